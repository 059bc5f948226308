// hiernet data get|list (issue #33): the official-layout archives served on 127.0.0.1 by hiernet-test-mirror —
// a whole download, a transfer cut short and resumed, a corrupt archive, offline, a proxy that fails, a full disk,
// Ctrl-C, bad input — and what each leaves in the data folder. Nothing reaches beyond loopback.
#include "DownloadFixture.h"

#include <QTemporaryDir>
#include <QtTest>

#include <signal.h>

namespace {

struct Result {
    int code = -1;
    QString out;
    QString err;
};

Result run(const QStringList& args, const QProcessEnvironment& env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HIERNET_CLI), args);
    process.waitForFinished(120000);
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

} // namespace

class DatasetGetTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DownloadFixture m_fixture;

    QString archivePart() const { return m_fixture.dataDirectory() + QStringLiteral("/cifar-10-binary.tar.gz.part"); }
    QString installed() const { return m_fixture.dataDirectory() + QStringLiteral("/cifar-10-batches-bin"); }
    /// Nothing but what is named is left in the data folder (no half-unpacked dataset, no stray part).
    void expectDataFolderHolds(const QStringList& names)
    {
        const auto entries
            = QDir(m_fixture.dataDirectory()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System);
        QCOMPARE(entries, names);
    }
    void reset() { QDir(m_fixture.dataHome()).removeRecursively(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fixture.make(m_dir.path());
    }
    void init() { reset(); }

    void getsChecksAndUnpacksBothDatasets()
    {
        LoopbackMirror mirror(m_fixture.served());
        QVERIFY(mirror.port() > 0);
        const auto env = m_fixture.environment();
        auto list = run({ QStringLiteral("data"), QStringLiteral("list"), QStringLiteral("--json") }, env);
        QCOMPARE(list.code, 0);
        QVERIFY2(
            QJsonDocument::fromJson(list.out.toUtf8()).array().at(1)[QStringLiteral("installed")] == false, qPrintable(list.out));
        for (const auto* name : { "cifar10", "cifar100" }) {
            const auto got = run({ QStringLiteral("data"), QStringLiteral("get"), QString::fromLatin1(name),
                                     QStringLiteral("--mirror"), mirror.url() },
                env);
            QVERIFY2(got.code == 0, qPrintable(got.err));
            QVERIFY2(got.out.contains(QStringLiteral("open it as: %1").arg(QString::fromLatin1(name))), qPrintable(got.out));
            // Opened by name, as the user was told.
            const auto info = run(
                { QStringLiteral("data"), QStringLiteral("info"), QString::fromLatin1(name), QStringLiteral("--json") }, env);
            QVERIFY2(info.code == 0, qPrintable(info.err));
        }
        QCOMPARE(fileBytes(installed() + QStringLiteral("/data_batch_3.bin")),
            fileBytes(m_dir.path() + QStringLiteral("/staging/cifar-10-batches-bin/data_batch_3.bin")));
        expectDataFolderHolds({ QStringLiteral("cifar-10-batches-bin"), QStringLiteral("cifar-100-binary") });
        list = run({ QStringLiteral("data"), QStringLiteral("list") }, env);
        QVERIFY2(list.out.contains(QStringLiteral("installed  open as cifar100")), qPrintable(list.out));
        // Again: nothing to do, nothing asked of the server.
        const auto requests = mirror.requests().size();
        const auto again = run({ QStringLiteral("data"), QStringLiteral("get"), QStringLiteral("cifar10"),
                                   QStringLiteral("--mirror"), mirror.url() },
            env);
        QCOMPARE(again.code, 0);
        QVERIFY(again.out.contains(QStringLiteral("already in")));
        QCOMPARE(mirror.requests().size(), requests);
    }

    void aCutTransferIsResumedWithARange()
    {
        const auto size = QFileInfo(m_fixture.served() + QStringLiteral("/cifar-10-binary.tar.gz")).size();
        const auto cut = size / 2;
        LoopbackMirror mirror(
            m_fixture.served(), { QStringLiteral("--truncate-first"), QStringLiteral("cifar-10-binary.tar.gz=%1").arg(cut) });
        const QStringList args { QStringLiteral("data"), QStringLiteral("get"), QStringLiteral("cifar10"),
            QStringLiteral("--mirror"), mirror.url() };
        const auto first = run(args, m_fixture.environment());
        QVERIFY(first.code != 0);
        QVERIFY2(first.err.contains(QStringLiteral("transfer stopped after"))
                && first.err.contains(QStringLiteral("run again to resume")),
            qPrintable(first.err));
        QCOMPARE(QFileInfo(archivePart()).size(), cut);
        expectDataFolderHolds({ QStringLiteral("cifar-10-binary.tar.gz.part") });

        const auto second = run(args, m_fixture.environment());
        QVERIFY2(second.code == 0, qPrintable(second.err));
        QVERIFY2(mirror.requests().contains(QStringLiteral("GET /cifar-10-binary.tar.gz range=%1 status=206").arg(cut)),
            qPrintable(mirror.requests().join(QLatin1Char('\n'))));
        QCOMPARE(fileBytes(installed() + QStringLiteral("/test_batch.bin")),
            fileBytes(m_dir.path() + QStringLiteral("/staging/cifar-10-batches-bin/test_batch.bin")));
        expectDataFolderHolds({ QStringLiteral("cifar-10-batches-bin") });
    }

    void aCorruptArchiveIsRemovedUnpacked()
    {
        // The mirror's archive differs from the one the catalogue's MD5 names (one byte changed).
        const auto corrupt = m_dir.path() + QStringLiteral("/corrupt");
        QDir().mkpath(corrupt);
        auto bytes = fileBytes(m_fixture.served() + QStringLiteral("/cifar-10-binary.tar.gz"));
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x5a);
        QFile out(corrupt + QStringLiteral("/cifar-10-binary.tar.gz"));
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size());
        out.close();
        LoopbackMirror mirror(corrupt);
        const auto got = run({ QStringLiteral("data"), QStringLiteral("get"), QStringLiteral("cifar10"),
                                 QStringLiteral("--mirror"), mirror.url() },
            m_fixture.environment());
        QVERIFY(got.code != 0);
        QVERIFY2(got.err.contains(QStringLiteral("wrong checksum")) && got.err.contains(QStringLiteral("nothing was unpacked")),
            qPrintable(got.err));
        expectDataFolderHolds({});
    }

    void offlineAndAFailingProxyAreNamed()
    {
        const auto closed = closedLoopbackPort();
        const QStringList args { QStringLiteral("data"), QStringLiteral("get"), QStringLiteral("cifar10"),
            QStringLiteral("--mirror"), QStringLiteral("http://127.0.0.1:%1").arg(closed) };
        const auto offline = run(args, m_fixture.environment());
        QVERIFY(offline.code != 0);
        QVERIFY2(
            offline.err.contains(QStringLiteral("cannot connect — offline, or the server is down")), qPrintable(offline.err));
        expectDataFolderHolds({});

        LoopbackMirror mirror(m_fixture.served());
        auto env = m_fixture.environment();
        env.insert(QStringLiteral("http_proxy"), QStringLiteral("http://127.0.0.1:%1").arg(closed));
        const auto proxied = run({ QStringLiteral("data"), QStringLiteral("get"), QStringLiteral("cifar10"),
                                     QStringLiteral("--mirror"), mirror.url() },
            env);
        QVERIFY(proxied.code != 0);
        QVERIFY2(proxied.err.contains(QStringLiteral("through the proxy http://127.0.0.1:%1 (from http_proxy)").arg(closed)),
            qPrintable(proxied.err));
        QVERIFY(mirror.requests().isEmpty());
        expectDataFolderHolds({});
    }

    void aFullDiskIsNamedAndNothingHalfDoneStays()
    {
        // The part file made a link to /dev/full, whose writes fail with ENOSPC as on a full disk.
        QDir().mkpath(m_fixture.dataDirectory());
        QVERIFY(QFile::link(QStringLiteral("/dev/full"), archivePart()));
        LoopbackMirror mirror(m_fixture.served());
        const auto got = run({ QStringLiteral("data"), QStringLiteral("get"), QStringLiteral("cifar10"),
                                 QStringLiteral("--mirror"), mirror.url() },
            m_fixture.environment());
        QVERIFY(got.code != 0);
        QVERIFY2(
            got.err.contains(archivePart() + QStringLiteral(": cannot write (No space left on device)")), qPrintable(got.err));
        QVERIFY(!QFileInfo::exists(installed()));
    }

    void ctrlCKeepsThePartForAResume()
    {
        LoopbackMirror slow(m_fixture.served(), { QStringLiteral("--rate"), QStringLiteral("20000") });
        QProcess process;
        process.setProcessEnvironment(m_fixture.environment());
        process.start(QStringLiteral(HIERNET_CLI),
            { QStringLiteral("data"), QStringLiteral("get"), QStringLiteral("cifar10"), QStringLiteral("--mirror"), slow.url() });
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(archivePart()).size() > 0, 20000);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 130);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("download cancelled after")));
        const auto kept = QFileInfo(archivePart()).size();
        QVERIFY(kept > 0);
        expectDataFolderHolds({ QStringLiteral("cifar-10-binary.tar.gz.part") });

        LoopbackMirror fast(m_fixture.served());
        const auto resumed = run(
            { QStringLiteral("data"), QStringLiteral("get"), QStringLiteral("cifar10"), QStringLiteral("--mirror"), fast.url() },
            m_fixture.environment());
        QVERIFY2(resumed.code == 0, qPrintable(resumed.err));
        QVERIFY(fast.requests().contains(QStringLiteral("GET /cifar-10-binary.tar.gz range=%1 status=206").arg(kept)));
    }

    void badInputIsRefusedByName()
    {
        LoopbackMirror mirror(m_fixture.served());
        const auto env = m_fixture.environment();
        const auto get = [&env](const QStringList& more) {
            return run(QStringList { QStringLiteral("data"), QStringLiteral("get") } + more, env);
        };
        auto r = get({ QStringLiteral("imagenet") });
        QVERIFY2(r.code != 0
                && r.err.contains(
                    QStringLiteral("'imagenet' is not a dataset that can be downloaded (known: cifar10, cifar100)")),
            qPrintable(r.err));
        r = get({ QStringLiteral("cifar10"), QStringLiteral("--mirror"), QStringLiteral("ftp://127.0.0.1/") });
        QVERIFY2(
            r.code != 0 && r.err.contains(QStringLiteral("expected an http://, https:// or file:// address")), qPrintable(r.err));
        r = get({ QStringLiteral("cifar10"), QStringLiteral("--dir"), m_fixture.catalogue() });
        QVERIFY2(r.code != 0 && r.err.contains(QStringLiteral("cannot create the data folder")), qPrintable(r.err));
        // A mirror without the archive.
        r = get({ QStringLiteral("cifar10"), QStringLiteral("--mirror"), mirror.url() + QStringLiteral("/elsewhere") });
        QVERIFY2(r.code != 0 && r.err.contains(QStringLiteral("HTTP 404")), qPrintable(r.err));
        // A folder of the user's under the dataset's name is never taken or removed.
        QDir().mkpath(installed());
        QFile mine(installed() + QStringLiteral("/notes.txt"));
        QVERIFY(mine.open(QIODevice::WriteOnly) && mine.write("mine") == 4);
        mine.close();
        r = get({ QStringLiteral("cifar10"), QStringLiteral("--mirror"), mirror.url() });
        QVERIFY2(r.code != 0 && r.err.contains(QStringLiteral("exists but does not hold CIFAR-10's files")), qPrintable(r.err));
        QVERIFY(QFileInfo::exists(installed() + QStringLiteral("/notes.txt")));
        // Not downloaded yet: opening by name says how to get it.
        reset();
        r = run({ QStringLiteral("data"), QStringLiteral("info"), QStringLiteral("cifar100") }, env);
        QVERIFY2(r.code != 0 && r.err.contains(QStringLiteral("is not downloaded yet"))
                && r.err.contains(QStringLiteral("hiernet data get cifar100")),
            qPrintable(r.err));
        // A catalogue that is not one.
        auto broken = env;
        broken.insert(
            QStringLiteral("HIERNET_DATASET_CATALOGUE"), m_fixture.served() + QStringLiteral("/cifar-10-binary.tar.gz"));
        r = run({ QStringLiteral("data"), QStringLiteral("list") }, broken);
        QVERIFY2(r.code != 0 && r.err.contains(QStringLiteral("cifar-10-binary.tar.gz: not valid JSON")), qPrintable(r.err));
    }

    void anArchiveInAnotherLayoutLeavesNothingUnpacked()
    {
        // Right checksum (the catalogue is made for it), wrong layout: the files are not under the dataset's folder.
        QTemporaryDir other;
        const auto staging = other.path() + QStringLiteral("/staging");
        QDir().mkpath(staging + QStringLiteral("/other-folder"));
        fixtures::writeCifar10Dataset((staging + QStringLiteral("/other-folder")).toStdString(), 1);
        QDir().mkpath(other.path() + QStringLiteral("/served"));
        DownloadFixture::pack(
            staging, QStringLiteral("other-folder"), other.path() + QStringLiteral("/served/cifar-10-binary.tar.gz"));
        const auto entry = DownloadFixture::entry(QStringLiteral("cifar10"), QStringLiteral("CIFAR-10"),
            other.path() + QStringLiteral("/served/cifar-10-binary.tar.gz"), QStringLiteral("cifar-10-batches-bin"),
            { QStringLiteral("test_batch.bin") });
        QFile catalogue(other.path() + QStringLiteral("/catalogue.json"));
        QVERIFY(catalogue.open(QIODevice::WriteOnly));
        catalogue.write(QJsonDocument(QJsonObject { { QStringLiteral("datasets"), QJsonArray { entry } } }).toJson());
        catalogue.close();
        auto env = m_fixture.environment();
        env.insert(QStringLiteral("HIERNET_DATASET_CATALOGUE"), catalogue.fileName());
        LoopbackMirror mirror(other.path() + QStringLiteral("/served"));
        const auto r = run({ QStringLiteral("data"), QStringLiteral("get"), QStringLiteral("cifar10"), QStringLiteral("--mirror"),
                               mirror.url() },
            env);
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("is not in 'cifar-10-batches-bin/' (the archive is not in the official layout)")),
            qPrintable(r.err));
        // The checked archive stays (a next try need not download it again); nothing half-unpacked does.
        expectDataFolderHolds({ QStringLiteral("cifar-10-binary.tar.gz") });
    }
};

QTEST_GUILESS_MAIN(DatasetGetTest)
#include "tst_dataset_get.moc"
