#pragma once
#include <QObject>
#include <QString>

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>

class QThread;

namespace hiernet::runs {
class Sweep;
class TrainingJob;
struct SweepRecord;
} // namespace hiernet::runs

namespace hiernet::studio {

/// Trains a sweep point after point on its own thread (the queue of the Grouping page's Sweep…). Its signals arrive on
/// the GUI thread (queued). stop() stops the point in training at its next step with a checkpoint; the finished
/// points are kept and running the same sweep again continues it. Destroying a running worker stops it and waits.
class SweepWorker : public QObject {
    Q_OBJECT

public:
    explicit SweepWorker(std::unique_ptr<runs::Sweep> sweep, QObject* parent = nullptr);
    ~SweepWorker() override;

    void start();
    void stop();
    bool isRunning() const;
    QString directory() const;
    bool wait(int milliseconds);

Q_SIGNALS:
    /// The whole sweep's progress (0 … 1, counting every training it makes) and the time it expects to need still.
    void progress(double fraction, double etaSeconds);
    /// What begins ("== point 2/4 …") and notes (a shared grouping).
    void message(const QString& text);
    /// sweep.json was written anew.
    void recordWritten();
    /// outcome: "finished", or the stopped training's ("cancelled", "diverged").
    void finished(const QString& outcome, const QString& message);
    void failed(const QString& message);

private:
    void work();
    void countFinished(const runs::SweepRecord& record);
    void reportProgress(double current);

    std::unique_ptr<runs::Sweep> m_sweep;
    QThread* m_thread = nullptr;
    std::mutex m_mutex;
    runs::TrainingJob* m_job = nullptr; ///< guarded by m_mutex
    std::atomic<bool> m_stop { false };
    int m_trainings = 1; ///< distinct points and the same-budget backbone
    std::atomic<int> m_finished { 0 };
    std::chrono::steady_clock::time_point m_started;
};

} // namespace hiernet::studio
