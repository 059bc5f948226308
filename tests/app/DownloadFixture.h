// Test helper for the dataset downloads: archives in the official CIFAR layouts made from generated files, a
// catalogue that lists them with their real MD5 sums, and the loopback mirror (hiernet-test-mirror) serving them.
// Nothing here reaches beyond 127.0.0.1.
#pragma once
#include "Fixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/// The archives and the catalogue in one folder (`served`), the data folder beside it.
struct DownloadFixture {
    QString root;
    QString served() const { return root + QStringLiteral("/served"); }
    QString dataHome() const { return root + QStringLiteral("/xdg"); }
    QString dataDirectory() const { return dataHome() + QStringLiteral("/hiernet/datasets"); }
    QString catalogue() const { return root + QStringLiteral("/catalogue.json"); }

    /// Packs `folder` (made by `write`) into served()/archive with tar, as the official archives are packed.
    static void pack(const QString& staging, const QString& folder, const QString& archive)
    {
        QProcess tar;
        tar.start(QStringLiteral("tar"), { QStringLiteral("czf"), archive, QStringLiteral("-C"), staging, folder });
        QVERIFY2(tar.waitForFinished(60000) && tar.exitCode() == 0, tar.readAllStandardError().constData());
    }

    static QJsonObject entry(
        const QString& name, const QString& title, const QString& archive, const QString& folder, const QStringList& files)
    {
        QFile file(archive);
        file.open(QIODevice::ReadOnly);
        const auto bytes = file.readAll();
        return QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("title"), title },
            { QStringLiteral("format"), name }, { QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9/unused") },
            { QStringLiteral("archive"), QFileInfo(archive).fileName() },
            { QStringLiteral("md5"), QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex()) },
            { QStringLiteral("bytes"), double(bytes.size()) }, { QStringLiteral("folder"), folder },
            { QStringLiteral("files"), QJsonArray::fromStringList(files) } };
    }

    /// CIFAR-10 and CIFAR-100 archives in their official layouts, and their catalogue.
    void make(const QString& rootFolder)
    {
        root = rootFolder;
        QDir().mkpath(served());
        const auto staging = root + QStringLiteral("/staging");
        const auto c10 = QStringLiteral("cifar-10-batches-bin"), c100 = QStringLiteral("cifar-100-binary");
        QDir().mkpath(staging + QLatin1Char('/') + c10);
        QDir().mkpath(staging + QLatin1Char('/') + c100);
        fixtures::writeCifar10Dataset((staging + QLatin1Char('/') + c10).toStdString(), 3);
        fixtures::writeCifar100Dataset((staging + QLatin1Char('/') + c100).toStdString(), 10, 4, 2);
        pack(staging, c10, served() + QStringLiteral("/cifar-10-binary.tar.gz"));
        pack(staging, c100, served() + QStringLiteral("/cifar-100-binary.tar.gz"));
        const QJsonArray datasets { entry(QStringLiteral("cifar10"), QStringLiteral("CIFAR-10"),
                                        served() + QStringLiteral("/cifar-10-binary.tar.gz"), c10,
                                        { QStringLiteral("data_batch_1.bin"), QStringLiteral("data_batch_5.bin"),
                                            QStringLiteral("test_batch.bin"), QStringLiteral("batches.meta.txt") }),
            entry(QStringLiteral("cifar100"), QStringLiteral("CIFAR-100"), served() + QStringLiteral("/cifar-100-binary.tar.gz"),
                c100, { QStringLiteral("train.bin"), QStringLiteral("test.bin"), QStringLiteral("fine_label_names.txt") }) };
        QFile out(catalogue());
        out.open(QIODevice::WriteOnly);
        out.write(QJsonDocument(QJsonObject { { QStringLiteral("datasets"), datasets } }).toJson());
    }

    /// The environment a download runs in: this catalogue, this data home, no proxy unless asked.
    QProcessEnvironment environment() const
    {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HIERNET_DATASET_CATALOGUE"), catalogue());
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
        for (const auto* name : { "http_proxy", "https_proxy", "all_proxy", "HTTPS_PROXY", "ALL_PROXY", "no_proxy" })
            env.remove(QString::fromLatin1(name));
        return env;
    }
};

/// For tests in this process (the studio's): generated archives in a temporary folder, and this process's
/// environment pointed at their catalogue and data home, no proxy — put back when it goes, also when a check fails.
struct DownloadEnvironment {
    QTemporaryDir dir;
    DownloadFixture fixture;

    DownloadEnvironment()
    {
        fixture.make(dir.path());
        qputenv("HIERNET_DATASET_CATALOGUE", fixture.catalogue().toUtf8());
        qputenv("XDG_DATA_HOME", fixture.dataHome().toUtf8());
        for (const auto* name : { "http_proxy", "https_proxy", "all_proxy", "HTTPS_PROXY", "ALL_PROXY" })
            qunsetenv(name);
    }
    ~DownloadEnvironment()
    {
        qunsetenv("HIERNET_DATASET_CATALOGUE");
        qunsetenv("XDG_DATA_HOME");
    }
    DownloadEnvironment(const DownloadEnvironment&) = delete;
    DownloadEnvironment& operator=(const DownloadEnvironment&) = delete;
};

/// hiernet-test-mirror serving a folder on 127.0.0.1; stopped when destroyed.
class LoopbackMirror {
public:
    explicit LoopbackMirror(const QString& folder, const QStringList& options = {})
    {
        m_process.start(QStringLiteral(HIERNET_TEST_MIRROR), QStringList { folder } + options);
        if (m_process.waitForStarted(10000) && m_process.waitForReadyRead(10000)) {
            const auto line = QString::fromUtf8(m_process.readLine()).trimmed();
            if (line.startsWith(QStringLiteral("port ")))
                m_port = line.mid(5).toInt();
        }
    }
    ~LoopbackMirror()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    int port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    /// Every request line so far ("GET /NAME range=N status=S").
    QStringList requests()
    {
        m_process.waitForReadyRead(100);
        m_log += QString::fromUtf8(m_process.readAllStandardOutput());
        return m_log.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private:
    QProcess m_process;
    QString m_log;
    int m_port = 0;
};

/// A loopback port that nothing listens on (a server offline).
inline int closedLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const int port = probe.serverPort();
    probe.close();
    return port;
}
