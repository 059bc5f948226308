#pragma once
#include "data/DatasetCatalogue.h"

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace hiernet::studio {

/// Gets one dataset on its own thread — download (or resume), checksum, unpack: the core's download::getDataset
/// with the Qt Network fetcher. Its signals arrive on the GUI thread. cancel() stops at the next block and keeps
/// the partial download; destroying a running worker cancels it and waits.
class DatasetDownloadWorker : public QObject {
    Q_OBJECT

public:
    DatasetDownloadWorker(data::DownloadableDataset dataset, QString dataDirectory, QString mirror, QObject* parent = nullptr);
    ~DatasetDownloadWorker() override;

    void start();
    void cancel();
    bool isRunning() const;
    /// Blocks until the worker's thread ends (tests, closing).
    bool wait(int milliseconds);

Q_SIGNALS:
    /// "downloading URL", "checking …", "unpacking …" (the core's words).
    void step(const QString& text);
    /// total < 0: not known yet; secondsLeft < 0: not known yet.
    void progress(qint64 received, qint64 total, double bytesPerSecond, double secondsLeft);
    /// Ready: the spec that opens it and its folder; `alreadyThere` when nothing had to be done.
    void finished(const QString& spec, const QString& folder, bool alreadyThere);
    void cancelled(const QString& message);
    void failed(const QString& message);

private:
    void work();

    data::DownloadableDataset m_dataset;
    QString m_directory;
    QString m_mirror;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancel { false };
};

} // namespace hiernet::studio
