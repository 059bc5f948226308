#pragma once
#include "runs/MetricsFile.h"
#include "runs/RunFolder.h"
#include "runs/RunInfo.h"

#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QProgressBar;

namespace hiernet::widgets {
class TrainingCurves;
}

namespace hiernet::studio {

class RunFollower;

/// A run's live view: curves (loss, accuracies, learning rate), a progress bar and a line with
/// iteration, epoch, images/s and ETA — all read from the run directory, so a run trained here and one
/// a `hiernet` CLI is writing look the same.
class RunMonitor : public QWidget {
    Q_OBJECT

public:
    explicit RunMonitor(QWidget* parent = nullptr);

    /// Clears the curves and follows `directory` from its first metric.
    void follow(const QString& directory);
    /// The same for a run folder opened already (its run.json is not read again).
    void follow(const runs::RunFolder& folder);
    QString directory() const;
    /// Reads what the run wrote since the last look (the timer does this every 300 ms).
    void poll();
    /// Shows what the job says it is doing, until its first metrics arrive.
    void showMessage(const QString& text);
    /// A paused training still says "running" in run.json; the status line says "paused" (and no ETA).
    void setPaused(bool paused);
    /// The run's status as the lists show it: run.json's, or "paused" while the run shown here is paused.
    QString shownStatus() const;

    widgets::TrainingCurves* curves() const { return m_curves; }
    RunFollower* follower() const { return m_follower; }
    QString statusText() const;
    int progressValue() const;

Q_SIGNALS:
    /// run.json's status changed ("running", "finished", "cancelled", …).
    void statusChanged(const QString& status);

private:
    void clear(const QString& directory);
    void addMetrics(const std::vector<runs::MetricLine>& lines);
    void updateInfo(const runs::RunInfo& info);
    void updateStatusLine();

    RunFollower* m_follower;
    widgets::TrainingCurves* m_curves;
    QProgressBar* m_progress;
    QLabel* m_status;
    std::optional<runs::MetricLine> m_lastTrain;
    QString m_runStatus;
    QString m_phase;
    bool m_paused = false;
};

/// "4 min 12 s", "1 h 05 min", "12 s".
QString formatDuration(double seconds);

} // namespace hiernet::studio
