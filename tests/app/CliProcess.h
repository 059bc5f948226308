// Test helper: the `hiernet` command line (HIERNET_CLI) run as a user runs it, its exit code and both outputs.
#pragma once
#include <QProcess>
#include <QString>
#include <QStringList>

struct CliResult {
    int code = -1;
    QString out;
    QString err;
};

inline CliResult hiernet(const QStringList& args, int timeoutMs = 300000)
{
    QProcess process;
    process.start(QStringLiteral(HIERNET_CLI), args);
    process.waitForFinished(timeoutMs);
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}
