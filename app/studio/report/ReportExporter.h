#pragma once
#include <QObject>
#include <QString>

namespace hiernet::studio {

/// Writes a HierNet run's report (RunReport) without blocking the GUI: the run is loaded, evaluated and its
/// maps made on a worker thread; the views are drawn and the file written back on the GUI thread.
///
///     exporter->start("runs/hiernet", "report.pdf");   // → finished(file) or failed(message)
class ReportExporter : public QObject {
    Q_OBJECT

public:
    explicit ReportExporter(QObject* parent = nullptr);

    /// False (and nothing started) while another report is being made.
    bool start(const QString& runDirectory, const QString& file);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void finished(const QString& file);
    void failed(const QString& message);

private:
    bool m_busy = false;
};

} // namespace hiernet::studio
