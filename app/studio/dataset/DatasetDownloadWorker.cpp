#include "studio/dataset/DatasetDownloadWorker.h"

#include "download/DatasetDownload.h"
#include "studio/dataset/QtFetch.h"

#include <QThread>

namespace hiernet::studio {

DatasetDownloadWorker::DatasetDownloadWorker(
    data::DownloadableDataset dataset, QString dataDirectory, QString mirror, QObject* parent)
    : QObject(parent)
    , m_dataset(std::move(dataset))
    , m_directory(std::move(dataDirectory))
    , m_mirror(std::move(mirror))
{
}

DatasetDownloadWorker::~DatasetDownloadWorker()
{
    cancel();
    wait(-1);
}

void DatasetDownloadWorker::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { work(); });
    m_thread->setObjectName(QStringLiteral("dataset download"));
    m_thread->start();
}

void DatasetDownloadWorker::cancel()
{
    m_cancel = true;
}

bool DatasetDownloadWorker::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool DatasetDownloadWorker::wait(int milliseconds)
{
    if (!m_thread)
        return true;
    const bool done = milliseconds < 0 ? m_thread->wait() : m_thread->wait(milliseconds);
    if (done) {
        delete m_thread;
        m_thread = nullptr;
    }
    return done;
}

void DatasetDownloadWorker::work()
{
    // Signals emitted here are queued to the GUI thread, where this object lives.
    try {
        const download::DatasetInstall install(m_dataset, m_directory.toStdString(), m_mirror.trimmed().toStdString());
        download::GetObserver observer;
        observer.step = [this](const std::string& text) { Q_EMIT step(QString::fromStdString(text)); };
        observer.progress = [this](const download::TransferProgress& p) {
            Q_EMIT progress(p.received, p.total, p.bytesPerSecond, p.secondsLeft);
        };
        observer.cancelled = [this] { return m_cancel.load(); };
        const bool fetched = download::getDataset(install, fetchWithQt, observer);
        Q_EMIT finished(QString::fromStdString(data::installedDatasetSpec(m_dataset, install.dataDirectory())),
            QString::fromStdString(install.installedPath()), !fetched);
    } catch (const download::Cancelled& stopped) {
        Q_EMIT cancelled(QString::fromStdString(stopped.what()));
    } catch (const std::exception& error) {
        Q_EMIT failed(QString::fromStdString(error.what()));
    }
}

} // namespace hiernet::studio
