#pragma once
#include "training/Trainer.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace hiernet::runs {
class TrainingJob;
}

namespace hiernet::studio {

/// Runs one training job (backbone or HierNet) on its own thread. Its signals arrive on the GUI
/// thread (queued); pause and stop are safe from the GUI thread at any time. Destroying a running
/// worker stops the job (it saves its checkpoint) and waits for it.
class TrainingWorker : public QObject {
    Q_OBJECT

public:
    explicit TrainingWorker(std::unique_ptr<runs::TrainingJob> job, QObject* parent = nullptr);
    ~TrainingWorker() override;

    void start();
    void setPaused(bool paused);
    /// Asks the job to stop at the next iteration; it saves a checkpoint and then finishes "cancelled".
    void stop();
    bool isRunning() const;
    bool isPaused() const { return m_paused; }
    QString directory() const;
    /// Blocks until the job's thread ended (tests, shutdown).
    bool wait(int milliseconds);

Q_SIGNALS:
    /// The trainer logged a window of iterations (the page then reads the run directory at once).
    void progress(const hiernet::training::TrainingProgress& progress);
    /// What the job is doing before and between its training phases ("loading fashion-mnist", …).
    void message(const QString& text);
    /// outcome: "finished", "cancelled" or "diverged".
    void finished(const QString& outcome, const QString& message);
    void failed(const QString& message);

private:
    void work();

    std::unique_ptr<runs::TrainingJob> m_job;
    QThread* m_thread = nullptr;
    bool m_paused = false;
};

} // namespace hiernet::studio

Q_DECLARE_METATYPE(hiernet::training::TrainingProgress)
