#pragma once
#include "report/ReportData.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTextDocument;

namespace hiernet::report {

class ReportDocument;

/// The report of a HierNet run as one document — dataset and configuration, the backbone's curves, the CPM
/// ordered by the groups, the tree with node accuracies, slow / fast / root accuracies and mistake
/// severities beside the backbone's (at the paper's and, where the run has one, the same budget), the
/// per-node confusion and a page of misrouted images — drawn with the studio's views from the data the core
/// gathered (report::gatherReport), on the calling thread (the GUI thread, or `hiernet report`'s only one).
///
///     RunReport report(gatherReport(dir));
///     report.write("report.pdf", &error);   // or .html: one file, images inline
class RunReport {
    Q_DECLARE_TR_FUNCTIONS(hiernet::report::RunReport)

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
    QString title() const;
    void configurationSection();
    void accuracySection();
    void severitySection();
    void hierarchicalSection();
    void coarseRoutingSection();
    void backboneSection();
    void treeSection();
    void nodeConfusionSection();
    void misroutedSection();

    ReportData m_data;
    std::unique_ptr<QTextDocument> m_document;
    std::unique_ptr<ReportDocument> m_writer;
};

} // namespace hiernet::report
