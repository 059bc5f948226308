#include "studio/compare/SweepWorker.h"

#include "runs/Sweep.h"
#include "runs/TrainingJob.h"

#include <QThread>

#include <c10/core/GradMode.h>
#include <c10/util/Exception.h>

namespace hiernet::studio {

SweepWorker::SweepWorker(std::unique_ptr<runs::Sweep> sweep, QObject* parent)
    : QObject(parent)
    , m_sweep(std::move(sweep))
{
    m_trainings = 1; // the same-budget backbone
    for (std::size_t i = 0; i < m_sweep->points().size(); ++i)
        if (m_sweep->trainedBy(i) == i)
            ++m_trainings;
    m_sweep->onStage = [this](const std::string& text) { Q_EMIT message(QString::fromStdString(text)); };
    m_sweep->onRecord = [this](const runs::SweepRecord& record) {
        countFinished(record);
        Q_EMIT recordWritten();
    };
    m_sweep->train = [this](runs::TrainingJob& job) {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_job = &job;
            if (m_stop)
                job.requestCancel();
        }
        job.onProgress = [this](const training::TrainingProgress& p) {
            reportProgress(p.total > 0 ? double(p.iteration) / double(p.total) : 0);
        };
        job.onMessage = [this](const std::string& text) { Q_EMIT message(QString::fromStdString(text)); };
        const auto result = job.run();
        std::lock_guard<std::mutex> lock(m_mutex);
        m_job = nullptr;
        return result;
    };
}

SweepWorker::~SweepWorker()
{
    if (m_thread) {
        stop();
        m_thread->wait();
        delete m_thread;
    }
}

void SweepWorker::countFinished(const runs::SweepRecord& record)
{
    int finished = record.sameBudget ? 1 : 0;
    for (const auto& row : record.points)
        if (row.finished() && row.sharesWith.empty())
            ++finished;
    m_finished = finished;
}

void SweepWorker::reportProgress(double current)
{
    const double fraction = std::min(1.0, (m_finished + current) / m_trainings);
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count();
    Q_EMIT progress(fraction, fraction > 0 ? elapsed / fraction - elapsed : -1);
}

void SweepWorker::start()
{
    if (m_thread)
        return;
    m_started = std::chrono::steady_clock::now();
    m_thread = QThread::create([this] { work(); });
    m_thread->setObjectName(QStringLiteral("sweep"));
    m_thread->start(QThread::LowPriority);
}

void SweepWorker::work()
{
    c10::AutoGradMode grad(true); // grad mode is per thread
    try {
        const auto outcome = m_sweep->run();
        Q_EMIT finished(
            outcome.finished() ? QStringLiteral("finished") : QString::fromStdString(training::toString(outcome.stopped.outcome)),
            QString::fromStdString(outcome.stopped.message));
    } catch (const c10::Error& e) {
        Q_EMIT failed(QString::fromStdString(e.what_without_backtrace()));
    } catch (const std::exception& e) {
        Q_EMIT failed(QString::fromStdString(e.what()));
    }
}

void SweepWorker::stop()
{
    m_stop = true;
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_job)
        m_job->requestCancel();
}

bool SweepWorker::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

QString SweepWorker::directory() const
{
    return QString::fromStdString(m_sweep->directory());
}

bool SweepWorker::wait(int milliseconds)
{
    return !m_thread || m_thread->wait(QDeadlineTimer(milliseconds));
}

} // namespace hiernet::studio
