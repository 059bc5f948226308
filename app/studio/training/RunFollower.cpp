#include "RunFollower.h"

#include "util/FileIo.h"

#include <QDir>
#include <QFileInfo>

#include <nlohmann/json.hpp>

namespace hiernet::studio {

RunFollower::RunFollower(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<hiernet::runs::RunInfo>();
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, &RunFollower::poll);
}

RunFollower::~RunFollower() = default;

void RunFollower::follow(const QString& directory)
{
    m_directory = directory;
    m_info = {};
    m_infoStamp = -1;
    m_metrics = std::make_unique<runs::MetricsTail>(QDir(directory).filePath(QStringLiteral("metrics.jsonl")).toStdString());
    Q_EMIT started(directory);
    poll();
    m_timer.start();
}

void RunFollower::stop()
{
    m_timer.stop();
    m_directory.clear();
    m_metrics.reset();
}

qint64 RunFollower::linesRead() const
{
    return m_metrics ? m_metrics->linesRead() : 0;
}

void RunFollower::poll()
{
    if (m_directory.isEmpty())
        return;
    readInfo();
    readMetrics();
}

void RunFollower::readInfo()
{
    const QFileInfo file(QDir(m_directory).filePath(QStringLiteral("run.json")));
    if (!file.exists())
        return;
    // run.json is replaced atomically, so a new modification time or size means a new whole file.
    const qint64 stamp = file.lastModified().toMSecsSinceEpoch() * 1000003 + file.size();
    if (stamp == m_infoStamp)
        return;
    m_infoStamp = stamp;
    const auto info = runs::readRunInfo(m_directory.toStdString());
    if (!info) {
        Q_EMIT problem(tr("%1: not a JSON object").arg(file.filePath()));
        return;
    }
    m_info = *info;
    Q_EMIT infoChanged(m_info);
}

void RunFollower::readMetrics()
{
    if (!m_metrics)
        return;
    const auto chunk = m_metrics->readNew();
    if (chunk.restarted)
        Q_EMIT restarted();
    for (const auto& message : chunk.problems)
        Q_EMIT problem(QString::fromStdString(message));
    if (!chunk.lines.empty())
        Q_EMIT metricsAppended(chunk.lines);
}

} // namespace hiernet::studio
