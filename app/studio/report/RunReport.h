#pragma once
#include "CamMap.h"
#include "evaluation/HierNetEvaluation.h"
#include "evaluation/RouteExplanation.h"
#include "grouping/Cpm.h"
#include "grouping/Hierarchy.h"
#include "runs/RunFiles.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

class QTextDocument;

namespace hiernet::studio {

/// Everything a finished HierNet run's report shows, as plain data and images: gathered off the GUI thread.
struct ReportData {
    QString directory;
    runs::RunInfo info;
    QString backboneDirectory;
    std::optional<runs::RunInfo> backboneInfo;
    std::vector<std::string> classNames;
    grouping::Hierarchy hierarchy;
    std::vector<runs::MetricLine> backboneMetrics;
    std::optional<grouping::Cpm> cpm; ///< the backbone's, on the validation split
    evaluation::HierNetEvaluation val;
    evaluation::HierNetEvaluation test;
    /// The backbone trained on for as many iterations as the HierNet got (`hiernet reproduce` makes it).
    QString sameBudgetDirectory;
    std::optional<double> sameBudgetTestTop1;
    std::optional<double> sameBudgetValTop1;
    std::optional<evaluation::SeveritySummary> sameBudgetSeverity; ///< its test mistakes in this run's hierarchy
    std::optional<runs::RootPromise> promise;

    /// One of the most confident misrouted test images: its route and where the root looked.
    struct Misrouted {
        int index = -1;
        double confidence = 0;
        QImage image;
        evaluation::RouteExplanation route;
        CamMap rootMap;
    };
    QVector<Misrouted> misrouted;
};

/// Loads a finished HierNet run and gathers its report: the evaluation of both splits (the Explore page's
/// cache, written to eval.json as `hiernet eval` does), the backbone's curves and CPM, the same-budget
/// backbone where there is one, and the `misroutedImages` most confident misrouted test images with their
/// routes and the root's Grad-CAM. Throws hiernet::Error naming the run. Long: run it off the GUI thread.
ReportData gatherReport(const QString& directory, int misroutedImages = 8);

/// The report of a HierNet run as one document — dataset and configuration, the backbone's curves, the CPM
/// ordered by the groups, the tree with node accuracies, slow / fast / root accuracies and mistake
/// severities beside the backbone's (at the paper's and, where the run has one, the same budget), the
/// per-node confusion and a page of misrouted images — drawn with the studio's own views (on the
/// calling thread, which must be the GUI thread).
///
///     RunReport report(gatherReport(dir));
///     report.write("report.pdf", &error);   // or .html: one file, images inline
class RunReport {
    Q_DECLARE_TR_FUNCTIONS(hiernet::studio::RunReport)

public:
    explicit RunReport(ReportData data);
    ~RunReport();

    /// The document (images as resources); its text is what the PDF holds.
    QTextDocument& document();
    /// The report as HTML with the images inline (data: URIs).
    QString html() const;
    /// Writes a PDF (A4) or, for ".html"/".htm", the HTML; false with the reason in `error`. Writes to a
    /// temporary file first: an existing report is replaced only by a whole new one.
    bool write(const QString& file, QString* error) const;

private:
    QString imageTag(const QString& name, const QImage& image, int width);
    void build();

    ReportData m_data;
    QString m_html; ///< with report:NAME image sources
    QHash<QString, QImage> m_images;
    std::unique_ptr<QTextDocument> m_document;
};

} // namespace hiernet::studio
