#pragma once
#include "runs/MetricsFile.h"
#include "runs/RunFolder.h"
#include "runs/RunInfo.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <vector>

namespace hiernet::studio {

/// Follows a run directory while something writes it — a training in this studio or a `hiernet` CLI
/// in another process alike: on a timer it reads the lines appended to metrics.jsonl since the last
/// look (the core's MetricsTail: only whole lines) and re-reads run.json when it changes.
///
///     follower->follow("runs/r8");
///     connect(follower, &RunFollower::metricsAppended, this, &Page::addMetrics);
class RunFollower : public QObject {
    Q_OBJECT

public:
    explicit RunFollower(QObject* parent = nullptr);
    ~RunFollower() override;

    /// Starts following `directory` from the beginning of its metrics (run.json may appear later).
    void follow(const QString& directory);
    /// The same for a run folder opened already: its run.json as read there, read again only when it changes.
    void follow(const runs::RunFolder& folder);
    void stop();
    /// Reads what is new now (also called by the timer).
    void poll();
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }

    QString directory() const { return m_directory; }
    const runs::RunInfo& info() const { return m_info; }
    QString status() const { return QString::fromStdString(m_info.status); }
    qint64 linesRead() const;

Q_SIGNALS:
    /// follow() switched to `directory`: what was shown of the previous run no longer holds.
    void started(const QString& directory);
    void metricsAppended(const std::vector<hiernet::runs::MetricLine>& lines);
    void infoChanged(const hiernet::runs::RunInfo& info);
    /// metrics.jsonl shrank (rewritten): the lines so far no longer hold; everything is read again.
    void restarted();
    /// A line or file that is not a JSON object (named with its line number).
    void problem(const QString& message);

private:
    void start(const QString& directory, bool infoKnown);
    void readInfo();
    void readMetrics();

    QTimer m_timer;
    QString m_directory;
    runs::RunInfo m_info;
    qint64 m_infoStamp = -1;
    std::unique_ptr<runs::MetricsTail> m_metrics;
};

} // namespace hiernet::studio

Q_DECLARE_METATYPE(hiernet::runs::RunInfo)
