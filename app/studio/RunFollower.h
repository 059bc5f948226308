#pragma once
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace hiernet::studio {

/// Follows a run directory while something writes it — a training in this studio or a `hiernet` CLI
/// in another process alike: on a timer it reads the lines appended to metrics.jsonl since the last
/// look (only whole lines; a line still being written waits for its newline) and re-reads run.json
/// when it changes.
///
///     follower->follow("runs/r8");
///     connect(follower, &RunFollower::metricsAppended, this, &Page::addMetrics);
class RunFollower : public QObject
{
    Q_OBJECT

public:
    explicit RunFollower(QObject* parent = nullptr);

    /// Starts following `directory` from the beginning of its metrics (run.json may appear later).
    void follow(const QString& directory);
    void stop();
    /// Reads what is new now (also called by the timer).
    void poll();
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }

    QString directory() const { return m_directory; }
    QJsonObject info() const { return m_info; }
    QString status() const { return m_info.value(QStringLiteral("status")).toString(); }
    qint64 linesRead() const { return m_lines; }

Q_SIGNALS:
    /// follow() switched to `directory`: what was shown of the previous run no longer holds.
    void started(const QString& directory);
    void metricsAppended(const QList<QJsonObject>& lines);
    void infoChanged(const QJsonObject& info);
    /// metrics.jsonl shrank (rewritten): the lines so far no longer hold; everything is read again.
    void restarted();
    /// A line that is not a JSON object (named with its line number).
    void problem(const QString& message);

private:
    void readInfo();
    void readMetrics();

    QTimer m_timer;
    QString m_directory;
    QJsonObject m_info;
    qint64 m_infoStamp = -1;
    qint64 m_offset = 0;
    qint64 m_lines = 0;
};

} // namespace hiernet::studio
