#pragma once
#include "runs/RunComparison.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTextDocument;

namespace hiernet::report {

class ReportDocument;

/// The report of a sweep (README "Sweeps") as one document — what was swept and how it trained, the chart of accuracy
/// against the number of groups beside the same-budget backbone, the table of every point, and the runs' validation
/// curves — drawn with the Compare page's views on the calling thread. What `hiernet report SWEEPDIR` and the Compare
/// page's Export report… write.
///
///     SweepReport report(runs::compareSweep(dir));
///     report.write("sweep.pdf", &error);   // or .html
class SweepReport {
    Q_DECLARE_TR_FUNCTIONS(hiernet::report::SweepReport)

public:
    /// Throws hiernet::Error when `comparison` is not a sweep's.
    explicit SweepReport(runs::Comparison comparison);
    ~SweepReport();

    QTextDocument& document();
    QString html() const;
    bool write(const QString& file, QString* error) const;

private:
    QString title() const;
    void settingsSection();
    void chartSection();
    void tableSection();
    void curvesSection();

    runs::Comparison m_comparison;
    std::unique_ptr<QTextDocument> m_document;
    std::unique_ptr<ReportDocument> m_writer;
};

} // namespace hiernet::report
