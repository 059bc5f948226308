#include "studio/training/TrainingWorker.h"

#include "runs/TrainingJob.h"

#include <QThread>

#include <c10/util/Exception.h>
#include <c10/core/GradMode.h>

namespace hiernet::studio {

TrainingWorker::TrainingWorker(std::unique_ptr<runs::TrainingJob> job, QObject* parent)
    : QObject(parent)
    , m_job(std::move(job))
{
    qRegisterMetaType<hiernet::training::TrainingProgress>();
    m_job->onProgress = [this](const training::TrainingProgress& p) { Q_EMIT progress(p); };
    m_job->onMessage = [this](const std::string& text) { Q_EMIT message(QString::fromStdString(text)); };
}

TrainingWorker::~TrainingWorker()
{
    if (m_thread) {
        m_job->requestCancel();
        m_thread->wait();
        delete m_thread;
    }
}

void TrainingWorker::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { work(); });
    m_thread->setObjectName(QStringLiteral("training"));
    m_thread->start(QThread::LowPriority);
}

void TrainingWorker::work()
{
    // Grad mode is per thread; the job runs in this one.
    c10::AutoGradMode grad(true);
    try {
        const auto result = m_job->run();
        Q_EMIT finished(QString::fromStdString(training::toString(result.outcome)), QString::fromStdString(result.message));
    } catch (const c10::Error& e) {
        Q_EMIT failed(QString::fromStdString(e.what_without_backtrace()));
    } catch (const std::exception& e) {
        Q_EMIT failed(QString::fromStdString(e.what()));
    }
}

void TrainingWorker::setPaused(bool paused)
{
    m_paused = paused;
    m_job->setPaused(paused);
}

void TrainingWorker::stop()
{
    m_job->requestCancel();
}

bool TrainingWorker::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

QString TrainingWorker::directory() const
{
    return QString::fromStdString(m_job->directory());
}

bool TrainingWorker::wait(int milliseconds)
{
    return !m_thread || m_thread->wait(QDeadlineTimer(milliseconds));
}

} // namespace hiernet::studio
