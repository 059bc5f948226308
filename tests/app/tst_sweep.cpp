// hiernet sweep as a user runs it (issue #32): a 2 × 2 grid end to end on a tiny dataset, identical groupings
// trained once, a killed sweep continued, and the bad inputs refused with nothing written.
#include "CliProcess.h"
#include "Fixtures.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

namespace {

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// sweep.csv as rows of named cells.
QList<QHash<QString, QString>> readCsv(const QString& path)
{
    const auto lines = QString::fromUtf8(readAll(path)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QList<QHash<QString, QString>> rows;
    if (lines.isEmpty())
        return rows;
    const auto header = lines.front().split(QLatin1Char(','));
    for (int i = 1; i < lines.size(); ++i) {
        const auto cells = lines[i].split(QLatin1Char(','));
        QHash<QString, QString> row;
        for (int c = 0; c < header.size() && c < cells.size(); ++c)
            row.insert(header[c], cells[c]);
        rows.push_back(row);
    }
    return rows;
}

} // namespace

class TestSweep : public QObject {
    Q_OBJECT

    QTemporaryDir m_data, m_work;
    QString m_backbone;

    QStringList sweepArgs(const QString& out, const QStringList& grid, const QString& iterations = QStringLiteral("6")) const
    {
        return QStringList { QStringLiteral("sweep"), QStringLiteral("--backbone"), m_backbone } + grid
            + QStringList { QStringLiteral("--iterations"), iterations, QStringLiteral("--batch"), QStringLiteral("8"),
                  QStringLiteral("--device"), QStringLiteral("cpu"), QStringLiteral("--out"), out };
    }

private Q_SLOTS:
    void initTestCase()
    {
        fixtures::writeIdxDataset(m_data.path().toStdString(), 4, 12, 6, false);
        fixtures::writeText(m_data.path().toStdString() + "/classes.txt", "a\nb\nc\nd\n");
        m_backbone = m_work.filePath(QStringLiteral("backbone"));
        const auto r = hiernet({ QStringLiteral("train-backbone"), QStringLiteral("--data"),
            QStringLiteral("idx:") + m_data.path(), QStringLiteral("--n"), QStringLiteral("1"), QStringLiteral("--iterations"),
            QStringLiteral("6"), QStringLiteral("--batch"), QStringLiteral("8"), QStringLiteral("--device"),
            QStringLiteral("cpu"), QStringLiteral("--out"), m_backbone });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(m_backbone + QStringLiteral("/cpm.json")));
    }

    void sweepsTheGridAndSharesIdenticalGroupings()
    {
        // g_max 1 leaves every class alone whatever p_min is: p0-g1 and p0.5-g1 group identically and share one run.
        const auto out = m_work.filePath(QStringLiteral("sweep"));
        const auto r = hiernet(sweepArgs(
            out, { QStringLiteral("--p-min"), QStringLiteral("0,0.5"), QStringLiteral("--g-max"), QStringLiteral("1,2") }));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("the same grouping as p0-g1: trained once, shared")), qPrintable(r.err));
        const auto sweep = readJson(out + QStringLiteral("/sweep.json"));
        QCOMPARE(sweep.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        const auto points = sweep.value(QStringLiteral("points")).toArray();
        QCOMPARE(points.size(), 4);
        QHash<QString, QJsonObject> byName;
        for (const auto& p : points)
            byName.insert(p.toObject().value(QStringLiteral("name")).toString(), p.toObject());
        QCOMPARE(byName.keys().size(), 4);
        const auto shared = byName.value(QStringLiteral("p0.5-g1"));
        QCOMPARE(shared.value(QStringLiteral("shares_with")).toString(), QStringLiteral("p0-g1"));
        QCOMPARE(shared.value(QStringLiteral("run")).toString(), QStringLiteral("points/p0-g1"));
        QCOMPARE(shared.value(QStringLiteral("groups")).toInt(), 4);
        QCOMPARE(byName.value(QStringLiteral("p0-g2")).value(QStringLiteral("groups")).toInt(), 2); // p_min 0 merges to g_max
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/points/p0.5-g1"))); // trained once
        for (const auto& p : points) {
            const auto row = p.toObject();
            const auto run = out + QLatin1Char('/') + row.value(QStringLiteral("run")).toString();
            QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
            QCOMPARE(row.value(QStringLiteral("iterations")).toInt(), 6);
            // Each point is an ordinary run: eval opens it and agrees with the sweep's figure.
            const auto eval = hiernet(
                { QStringLiteral("eval"), run, QStringLiteral("--split"), QStringLiteral("test"), QStringLiteral("--json") });
            QVERIFY2(eval.code == 0, qPrintable(eval.err));
            const auto summary = QJsonDocument::fromJson(eval.out.toUtf8()).object();
            QCOMPARE(summary.value(QStringLiteral("routing_top1")).toDouble(), row.value(QStringLiteral("test_fast")).toDouble());
            QCOMPARE(
                summary.value(QStringLiteral("conditional_top1")).toDouble(), row.value(QStringLiteral("test_slow")).toDouble());
            // The grouping is the one `hiernet group` makes of the backbone's CPM at that point.
            const auto group = hiernet({ QStringLiteral("group"), QStringLiteral("--cpm"),
                m_backbone + QStringLiteral("/cpm.json"), QStringLiteral("--p-min"),
                QString::number(row.value(QStringLiteral("p_min")).toDouble()), QStringLiteral("--g-max"),
                QString::number(row.value(QStringLiteral("g_max")).toInt()), QStringLiteral("--json") });
            QCOMPARE(QJsonDocument::fromJson(group.out.toUtf8()).object().value(QStringLiteral("groups")).toArray().size(),
                row.value(QStringLiteral("groups")).toInt());
            QVERIFY(row.value(QStringLiteral("root_estimate")).isDouble());
            QVERIFY(row.value(QStringLiteral("parameters")).toInt() > 0);
        }
        const auto backbone = sweep.value(QStringLiteral("backbone")).toObject();
        QCOMPARE(backbone.value(QStringLiteral("iterations")).toInt(), 6);
        const auto sameBudget = sweep.value(QStringLiteral("same_budget")).toObject();
        QCOMPARE(sameBudget.value(QStringLiteral("iterations")).toInt(), 6); // as long as each HierNet trained
        QCOMPARE(readJson(out + QStringLiteral("/backbone-same-budget/run.json"))
                     .value(QStringLiteral("config"))
                     .toObject()
                     .value(QStringLiteral("continue_from"))
                     .toString(),
            m_backbone);
        // sweep.csv holds the same rows: the points, then the backbone and the same-budget backbone.
        const auto csv = readCsv(out + QStringLiteral("/sweep.csv"));
        QCOMPARE(csv.size(), 6);
        for (int i = 0; i < 4; ++i) {
            const auto row = points[i].toObject();
            QCOMPARE(csv[i].value(QStringLiteral("name")), row.value(QStringLiteral("name")).toString());
            QVERIFY(qAbs(csv[i].value(QStringLiteral("test_fast")).toDouble() - row.value(QStringLiteral("test_fast")).toDouble())
                < 1e-6);
            QCOMPARE(csv[i].value(QStringLiteral("groups")).toInt(), row.value(QStringLiteral("groups")).toInt());
        }
        QCOMPARE(csv[4].value(QStringLiteral("kind")), QStringLiteral("backbone"));
        QCOMPARE(csv[5].value(QStringLiteral("kind")), QStringLiteral("backbone_same_budget"));
        // The same command again: everything is done, nothing trains.
        const auto again = hiernet(sweepArgs(
            out, { QStringLiteral("--p-min"), QStringLiteral("0,0.5"), QStringLiteral("--g-max"), QStringLiteral("1,2") }));
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QVERIFY2(!again.err.contains(QStringLiteral("== point")), qPrintable(again.err));
    }

    void aKilledSweepContinuesWhereItStopped()
    {
        const auto out = m_work.filePath(QStringLiteral("killed"));
        const QStringList grid { QStringLiteral("--p-min"), QStringLiteral("0"), QStringLiteral("--g-max"), QStringLiteral("1,2"),
            QStringLiteral("--checkpoint-every"), QStringLiteral("10") };
        QProcess process;
        process.start(QStringLiteral(HIERNET_CLI), sweepArgs(out, grid, QStringLiteral("400")));
        QVERIFY(process.waitForStarted());
        // Killed once the first point is finished and the second has a checkpoint.
        const auto second = out + QStringLiteral("/points/p0-g2");
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(second + QStringLiteral("/checkpoint.pt")), 300000);
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished());
        const auto killed = readJson(out + QStringLiteral("/sweep.json")).value(QStringLiteral("points")).toArray();
        QCOMPARE(killed[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        QCOMPARE(killed[1].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("training"));
        const auto firstCheckpoint = QFileInfo(out + QStringLiteral("/points/p0-g1/checkpoint.pt")).lastModified();
        const auto secondCreated = readJson(second + QStringLiteral("/run.json")).value(QStringLiteral("created")).toString();
        const auto resumedFrom
            = readJson(second + QStringLiteral("/run.json")).value(QStringLiteral("checkpoint_iteration")).toInt();
        QVERIFY(resumedFrom > 0);

        // --resume: the folder's own settings (the same command would do as well).
        const auto r = hiernet({ QStringLiteral("sweep"), QStringLiteral("--resume"), out });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const auto sweep = readJson(out + QStringLiteral("/sweep.json"));
        QCOMPARE(sweep.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        QVERIFY2(
            r.err.contains(QStringLiteral("== point 2/2")) && !r.err.contains(QStringLiteral("== point 1/2")), qPrintable(r.err));
        QCOMPARE(QFileInfo(out + QStringLiteral("/points/p0-g1/checkpoint.pt")).lastModified(), firstCheckpoint); // kept
        const auto info = readJson(second + QStringLiteral("/run.json"));
        QCOMPARE(info.value(QStringLiteral("created")).toString(), secondCreated); // resumed, not started again
        QCOMPARE(info.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        QCOMPARE(info.value(QStringLiteral("total_iterations")).toInt(), 400);
    }

    void sweepsWithTwoProcesses()
    {
        // --nproc 2: every point trains over two Gloo ranks; rank 0 alone writes sweep.json and prints the table.
        const auto out = m_work.filePath(QStringLiteral("two"));
        auto args = sweepArgs(
            out, { QStringLiteral("--p-min"), QStringLiteral("0,0.5"), QStringLiteral("--g-max"), QStringLiteral("2") });
        args << QStringLiteral("--nproc") << QStringLiteral("2");
        const auto r = hiernet(args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.count(QStringLiteral("| p0-g2 |")), 1);
        const auto sweep = readJson(out + QStringLiteral("/sweep.json"));
        QCOMPARE(sweep.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        for (const auto& p : sweep.value(QStringLiteral("points")).toArray()) {
            const auto info = readJson(
                out + QLatin1Char('/') + p.toObject().value(QStringLiteral("run")).toString() + QStringLiteral("/run.json"));
            QCOMPARE(info.value(QStringLiteral("world_size")).toInt(), 2);
            QCOMPARE(info.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        }
    }

    void badInputIsRefusedWithNothingWritten_data()
    {
        QTest::addColumn<QStringList>("grid");
        QTest::addColumn<QString>("backbone");
        QTest::addColumn<QString>("outContent");
        QTest::addColumn<QString>("message");
        const QStringList ok { "--p-min", "0,0.5", "--g-max", "2" };
        QTest::newRow("empty list") << QStringList { "--p-min", "", "--g-max", "2" } << ""
                                    << ""
                                    << "--p-min: an empty list";
        QTest::newRow("unparsable item") << QStringList { "--p-min", "0.1,x", "--g-max", "2" } << ""
                                         << ""
                                         << "--p-min 0.1,x: 'x' is not a number";
        QTest::newRow("empty item") << QStringList { "--p-min", "0.1,,0.2", "--g-max", "2" } << ""
                                    << ""
                                    << "--p-min 0.1,,0.2: an empty item";
        QTest::newRow("g_max 0") << QStringList { "--p-min", "0.1", "--g-max", "0,2" } << ""
                                 << ""
                                 << "--g-max 0: a group holds at least one class";
        QTest::newRow("twice") << QStringList { "--p-min", "0.1,0.1", "--g-max", "2" } << ""
                               << ""
                               << "--p-min: a value is given twice";
        QTest::newRow("not a run") << ok << "/nonexistent/run"
                                   << ""
                                   << "/nonexistent/run";
        QTest::newRow("not finished") << ok << "unfinished"
                                      << ""
                                      << ", not finished (hiernet train-backbone --resume";
        QTest::newRow("not a backbone") << ok << "hiernet"
                                        << ""
                                        << "a hiernet run, not a backbone run";
        QTest::newRow("another sweep") << ok << ""
                                       << "sweep"
                                       << "holds another sweep";
        QTest::newRow("something else") << ok << ""
                                        << "file"
                                        << "is not empty and holds no sweep";
        QTest::newRow("a run") << ok << ""
                               << "run"
                               << "holds a run (run.json), not a sweep";
    }

    void badInputIsRefusedWithNothingWritten()
    {
        QFETCH(QStringList, grid);
        QFETCH(QString, backbone);
        QFETCH(QString, outContent);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QString run = m_backbone;
        if (backbone == QStringLiteral("unfinished") || backbone == QStringLiteral("hiernet")) {
            // A copy of the backbone whose run.json says otherwise.
            run = dir.filePath(backbone);
            QVERIFY(QDir().mkpath(run));
            for (const auto& name : { "run.json", "cpm.json", "checkpoint.pt" })
                QVERIFY(QFile::copy(
                    m_backbone + QLatin1Char('/') + QLatin1String(name), run + QLatin1Char('/') + QLatin1String(name)));
            auto info = readJson(run + QStringLiteral("/run.json"));
            if (backbone == QStringLiteral("unfinished"))
                info.insert(QStringLiteral("status"), QStringLiteral("running"));
            else
                info.insert(QStringLiteral("kind"), QStringLiteral("hiernet"));
            QFile file(run + QStringLiteral("/run.json"));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(QJsonDocument(info).toJson());
        } else if (!backbone.isEmpty())
            run = backbone;
        const auto out = dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        if (outContent == QStringLiteral("sweep"))
            fixtures::writeText((out + QStringLiteral("/sweep.json")).toStdString(),
                R"({"format": "hiernet-sweep", "version": 1, "settings": {"backbone": "/elsewhere", "identity": {"grid": {"p_min": [0.1]}}}, "points": []})");
        else if (outContent == QStringLiteral("file"))
            fixtures::writeText((out + QStringLiteral("/notes.txt")).toStdString(), "mine\n");
        else if (outContent == QStringLiteral("run"))
            QVERIFY(QFile::copy(m_backbone + QStringLiteral("/run.json"), out + QStringLiteral("/run.json")));
        const auto before = QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        const auto sweepBefore = readAll(out + QStringLiteral("/sweep.json"));
        auto args = sweepArgs(out, grid);
        args.replace(2, run);
        const auto r = hiernet(args);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before); // nothing written
        QCOMPARE(readAll(out + QStringLiteral("/sweep.json")), sweepBefore);
    }
};

QTEST_GUILESS_MAIN(TestSweep)
#include "tst_sweep.moc"
