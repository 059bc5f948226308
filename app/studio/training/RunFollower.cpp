#include "studio/training/RunFollower.h"

#include "util/FileIo.h"

#include <QDir>

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
    m_info = {};
    m_infoStamp = -1;
    start(directory, false);
}

void RunFollower::follow(const runs::RunFolder& folder)
{
    m_info = folder.info();
    m_infoStamp = folder.stamp();
    start(QString::fromStdString(folder.directory()), true);
}

void RunFollower::start(const QString& directory, bool infoKnown)
{
    m_directory = directory;
    m_metrics = std::make_unique<runs::MetricsTail>(QDir(directory).filePath(QStringLiteral("metrics.jsonl")).toStdString());
    Q_EMIT started(directory);
    if (infoKnown)
        Q_EMIT infoChanged(m_info); // as the folder read it; poll() reads run.json again only if it changed since
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
    // run.json is replaced atomically, so a new modification time or size means a new whole file.
    const auto stamp = runs::runFileStamp(m_directory.toStdString());
    if (stamp < 0 || stamp == m_infoStamp)
        return;
    m_infoStamp = stamp;
    const auto info = runs::readRunInfo(m_directory.toStdString());
    if (!info) {
        Q_EMIT problem(tr("%1: not a JSON object").arg(QDir(m_directory).filePath(QStringLiteral("run.json"))));
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
