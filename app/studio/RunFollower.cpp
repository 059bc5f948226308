#include "RunFollower.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace hiernet::studio {

RunFollower::RunFollower(QObject* parent)
    : QObject(parent)
{
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, &RunFollower::poll);
}

void RunFollower::follow(const QString& directory)
{
    m_directory = directory;
    m_info = {};
    m_infoStamp = -1;
    m_offset = 0;
    m_lines = 0;
    Q_EMIT started(directory);
    poll();
    m_timer.start();
}

void RunFollower::stop()
{
    m_timer.stop();
    m_directory.clear();
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
    QFile in(file.filePath());
    if (!in.open(QIODevice::ReadOnly))
        return;
    QJsonParseError error;
    const auto document = QJsonDocument::fromJson(in.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        Q_EMIT problem(tr("%1: not a JSON object (%2)").arg(file.filePath(), error.errorString()));
        m_infoStamp = stamp;
        return;
    }
    m_infoStamp = stamp;
    if (document.object() != m_info) {
        m_info = document.object();
        Q_EMIT infoChanged(m_info);
    }
}

void RunFollower::readMetrics()
{
    QFile in(QDir(m_directory).filePath(QStringLiteral("metrics.jsonl")));
    if (!in.exists())
        return;
    if (in.size() < m_offset) {
        m_offset = 0;
        m_lines = 0;
        Q_EMIT restarted();
    }
    if (in.size() == m_offset || !in.open(QIODevice::ReadOnly) || !in.seek(m_offset))
        return;
    const QByteArray chunk = in.readAll();
    const qsizetype end = chunk.lastIndexOf('\n');
    if (end < 0)
        return; // only part of a line so far
    QList<QJsonObject> lines;
    qsizetype start = 0;
    while (start <= end) {
        const qsizetype newline = chunk.indexOf('\n', start);
        const QByteArray line = chunk.mid(start, newline - start).trimmed();
        start = newline + 1;
        ++m_lines;
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const auto document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            Q_EMIT problem(tr("%1, line %2: not a JSON object (%3)").arg(in.fileName()).arg(m_lines).arg(error.errorString()));
            continue;
        }
        lines << document.object();
    }
    m_offset += end + 1;
    if (!lines.isEmpty())
        Q_EMIT metricsAppended(lines);
}

} // namespace hiernet::studio
