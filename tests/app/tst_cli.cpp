// The hiernet command line as a user runs it: output formats, exit codes and error messages.
#include "CliProcess.h"
#include "Fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include <csignal>

namespace {

void writeFile(const QString& path, const QByteArray& text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void helpListsCommands()
    {
        const auto r = hiernet({ QStringLiteral("--help") });
        QCOMPARE(r.code, 0);
        for (const char* command :
            { "data", "devices", "train-backbone", "train-hiernet", "cpm", "eval", "route", "reproduce", "group", "bench" })
            QVERIFY2(r.out.contains(QLatin1String(command)), command);
        QCOMPARE(hiernet({ QStringLiteral("group"), QStringLiteral("--help") }).code, 0);
        QCOMPARE(hiernet({ QStringLiteral("frobnicate") }).code, 2);
    }

    void manualListsEveryOptionOfHelp()
    {
        // The manual page and --help come from one command table: every option a command's --help names is in
        // `man hiernet` (rendered by man itself, as a user reads it), under that command.
        QTemporaryDir dir;
        const auto man = hiernet({ QStringLiteral("--man") });
        QCOMPARE(man.code, 0);
        writeFile(dir.filePath(QStringLiteral("hiernet.1")), man.out.toUtf8());
        QProcess render;
        render.setEnvironment(
            QProcess::systemEnvironment() << QStringLiteral("MANWIDTH=200") << QStringLiteral("MAN_KEEP_FORMATTING=0"));
        render.start(
            QStringLiteral("man"), { QStringLiteral("-l"), QStringLiteral("-Tutf8"), dir.filePath(QStringLiteral("hiernet.1")) });
        QVERIFY(render.waitForFinished(60000));
        QCOMPARE(render.exitCode(), 0);
        // man may bold with backspaces (col -b style); keep the plain text.
        QString page = QString::fromUtf8(render.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral(".\\x08")));
        page.replace(QChar(0x2010), QLatin1Char('-')).replace(QChar(0x2212), QLatin1Char('-'));
        const auto help = hiernet({ QStringLiteral("--help") });
        const QRegularExpression commandLine(QStringLiteral("^  (\\S+) "), QRegularExpression::MultilineOption);
        int commands = 0;
        for (auto it = commandLine.globalMatch(help.out); it.hasNext();) {
            const auto command = it.next().captured(1);
            ++commands;
            QVERIFY2(page.contains(QStringLiteral("hiernet ") + command), qPrintable(command));
            const auto usage = hiernet({ command, QStringLiteral("--help") });
            QCOMPARE(usage.code, 0);
            const auto section = page.mid(page.indexOf(
                QRegularExpression(QStringLiteral("^   ") + QRegularExpression::escape(command) + QStringLiteral("$"),
                    QRegularExpression::MultilineOption)));
            const QRegularExpression option(QStringLiteral("--[a-z0-9][a-z0-9-]*"));
            for (auto o = option.globalMatch(usage.out); o.hasNext();) {
                const auto name = o.next().captured(0);
                QVERIFY2(section.contains(name), qPrintable(command + QLatin1Char(' ') + name));
            }
        }
        QVERIFY(commands >= 13);
        const auto version = hiernet({ QStringLiteral("--version") });
        QCOMPARE(version.code, 0);
        QVERIFY2(version.out.startsWith(QStringLiteral("hiernet 0.")) && version.out.contains(QStringLiteral("LibTorch")),
            qPrintable(version.out));
    }

    void bashCompletesCommandsAndOptions()
    {
        QTemporaryDir dir;
        const auto script = hiernet({ QStringLiteral("--bash-completion") });
        QCOMPARE(script.code, 0);
        writeFile(dir.filePath(QStringLiteral("hiernet.bash")), script.out.toUtf8());
        auto complete = [&](const QString& words, int current) {
            QProcess bash;
            bash.start(QStringLiteral("bash"),
                { QStringLiteral("-c"),
                    QStringLiteral("source '%1'; COMP_WORDS=(%2); COMP_CWORD=%3; _hiernet; echo \"${COMPREPLY[*]}\"")
                        .arg(dir.filePath(QStringLiteral("hiernet.bash")), words)
                        .arg(current) });
            bash.waitForFinished(30000);
            return QString::fromUtf8(bash.readAllStandardOutput()).trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        };
        QCOMPARE(complete(QStringLiteral("hiernet train"), 1),
            (QStringList { QStringLiteral("train-backbone"), QStringLiteral("train-hiernet") }));
        const auto options = complete(QStringLiteral("hiernet train-hiernet --root"), 2);
        QVERIFY2(
            options.contains(QStringLiteral("--root-pretrain")) && options.contains(QStringLiteral("--root-pretrain-frozen")),
            qPrintable(options.join(QLatin1Char(' '))));
        QVERIFY(complete(QStringLiteral("hiernet explain --cl"), 2) == QStringList { QStringLiteral("--class") });
        // The trainer's options where a command takes them.
        QVERIFY(complete(QStringLiteral("hiernet reproduce --epo"), 2).contains(QStringLiteral("--epochs")));
    }

    void devicesListsEachGpuOrSaysWhyNone()
    {
        const auto r = hiernet({ QStringLiteral("devices"), QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        const auto json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(!json[QStringLiteral("libtorch")].toString().isEmpty());
        QVERIFY(json[QStringLiteral("cpu_threads")].toInt() >= 1);
        const auto gpus = json[QStringLiteral("cuda")].toArray();
        const auto text = hiernet({ QStringLiteral("devices") });
        QCOMPARE(text.code, 0);
        if (gpus.isEmpty()) {
            QVERIFY2(!json[QStringLiteral("cuda_unavailable")].toString().isEmpty(), qPrintable(r.out));
            QVERIFY2(text.out.contains(QStringLiteral("cuda: none (")), qPrintable(text.out));
        } else {
            const auto first = gpus[0].toObject();
            QCOMPARE(first[QStringLiteral("id")].toString(), QStringLiteral("cuda:0"));
            QVERIFY(first[QStringLiteral("memory_bytes")].toDouble() > 0);
            QVERIFY2(
                text.out.contains(QStringLiteral("cuda:0: ") + first[QStringLiteral("name")].toString()), qPrintable(text.out));
        }
    }

    void cpmFromAnotherModelsPredictions()
    {
        // What a PyTorch user saves with np.save: softmax probabilities (float64) and integer labels (int64).
        QTemporaryDir dir;
        const auto probs = dir.filePath(QStringLiteral("probs.npy")), labels = dir.filePath(QStringLiteral("labels.npy"));
        fixtures::writeText(probs.toStdString(),
            fixtures::npyBytes(
                "<f8", "(4, 3)", fixtures::float64Bytes({ 0.6, 0.3, 0.1, 0.2, 0.7, 0.1, 0.1, 0.1, 0.8, 0.5, 0.1, 0.4 })));
        fixtures::writeText(labels.toStdString(), fixtures::npyBytes("<i8", "(4,)", fixtures::int64Bytes({ 0, 1, 2, 2 })));
        const auto names = dir.filePath(QStringLiteral("names.txt"));
        writeFile(names, "cat\ndog\nowl\n");
        const auto out = dir.filePath(QStringLiteral("cpm.json"));
        const auto made = hiernet({ QStringLiteral("cpm"), QStringLiteral("--from-predictions"), probs,
            QStringLiteral("--labels"), labels, QStringLiteral("--classes"), names, QStringLiteral("--out"), out });
        QVERIFY2(made.code == 0, qPrintable(made.err));
        QVERIFY2(made.out.contains(QStringLiteral("3 classes, 4 images, top-1 75.00%")), qPrintable(made.out));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json[QStringLiteral("classes")].toArray(),
            QJsonArray({ QStringLiteral("cat"), QStringLiteral("dog"), QStringLiteral("owl") }));
        const auto owl = json[QStringLiteral("cpm")]
                             .toArray()[2]
                             .toArray(); // the mean of the last two rows; the last image is taken for a cat
        QVERIFY(std::abs(owl[0].toDouble() - 0.3) < 1e-12 && std::abs(owl[2].toDouble() - 0.6) < 1e-12);
        // The studio's and `hiernet group`'s reader takes it as any cpm.json.
        const auto grouped = hiernet({ QStringLiteral("group"), QStringLiteral("--cpm"), out, QStringLiteral("--g-max"),
            QStringLiteral("2"), QStringLiteral("--p-min"), QStringLiteral("0.01") });
        QVERIFY2(grouped.code == 0, qPrintable(grouped.err));
        // Labels that do not fit, and logits instead of probabilities: named, nothing written.
        const auto shortLabels = dir.filePath(QStringLiteral("short.npy"));
        fixtures::writeText(shortLabels.toStdString(), fixtures::npyBytes("<i8", "(3,)", fixtures::int64Bytes({ 0, 1, 2 })));
        const auto bad = hiernet({ QStringLiteral("cpm"), QStringLiteral("--from-predictions"), probs, QStringLiteral("--labels"),
            shortLabels, QStringLiteral("--out"), dir.filePath(QStringLiteral("bad.json")) });
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("4 images of probabilities but labels of shape (3)")), qPrintable(bad.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("bad.json"))));
        const auto logits = dir.filePath(QStringLiteral("logits.csv"));
        writeFile(logits, "2.1,-0.3,0.5\n0.2,1.7,-1.0\n0.1,0.1,3.0\n-0.5,0.3,0.9\n");
        const auto raw = hiernet({ QStringLiteral("cpm"), QStringLiteral("--from-predictions"), logits,
            QStringLiteral("--labels"), labels, QStringLiteral("--out"), dir.filePath(QStringLiteral("bad.json")) });
        QVERIFY2(raw.err.contains(QStringLiteral("logits need a softmax first")), qPrintable(raw.err));
    }

    void groupPrintsReferenceOrderJson()
    {
        QTemporaryDir dir;
        const auto cpm = dir.filePath(QStringLiteral("cpm.csv"));
        writeFile(cpm, "a,b,c,d,e\n0.70,0,0.30,0,0\n0,0.95,0,0.05,0\n0.20,0,0.80,0,0\n0,0.05,0,0.95,0\n0,0,0,0,1\n");
        const auto out = dir.filePath(QStringLiteral("h.json"));
        const auto r
            = hiernet({ QStringLiteral("group"), QStringLiteral("--cpm"), cpm, QStringLiteral("--g-max"), QStringLiteral("50"),
                QStringLiteral("--p-min"), QStringLiteral("0.05"), QStringLiteral("--json"), QStringLiteral("--out"), out });
        QCOMPARE(r.code, 0);
        const auto json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(
            json[QStringLiteral("groups")].toArray(), QJsonArray({ QJsonArray { 4 }, QJsonArray { 0, 2 }, QJsonArray { 1, 3 } }));
        QCOMPARE(json[QStringLiteral("names")].toArray()[1].toArray(), QJsonArray({ QStringLiteral("a"), QStringLiteral("c") }));
        QVERIFY(QFile::exists(out));
        // What the CPM promises: every row's mass stays inside its group here; sizes 1, 2, 2 of 5 classes.
        const auto quality = json[QStringLiteral("quality")].toObject();
        QCOMPARE(quality[QStringLiteral("root_estimate")].toDouble(), 1.0);
        QVERIFY(quality[QStringLiteral("root_estimate_hard")].isNull()); // a CSV has no counts
        QVERIFY(std::abs(quality[QStringLiteral("size_entropy_bits")].toDouble() - 1.5219280948873621) < 1e-9);
        QVERIFY(std::abs(quality[QStringLiteral("balance")].toDouble() - 1.5219280948873621 / std::log2(3.0)) < 1e-9);
        const auto groups = quality[QStringLiteral("groups")].toArray();
        QCOMPARE(groups.size(), 3);
        QCOMPARE(groups[1].toObject()[QStringLiteral("name")].toString(), QStringLiteral("a · c"));
        QCOMPARE(groups[0].toObject()[QStringLiteral("name")].toString(), QStringLiteral("(e)"));
        // Against the hierarchy it just saved: the same partition; balance α travels into the levels.
        const auto again
            = hiernet({ QStringLiteral("group"), QStringLiteral("--cpm"), cpm, QStringLiteral("--p-min"), QStringLiteral("0.05"),
                QStringLiteral("--balance"), QStringLiteral("1"), QStringLiteral("--reference"), out, QStringLiteral("--json") });
        QCOMPARE(again.code, 0);
        const auto second = QJsonDocument::fromJson(again.out.toUtf8()).object();
        QCOMPARE(second[QStringLiteral("levels")].toArray()[0].toObject()[QStringLiteral("balance")].toDouble(), 1.0);
        QCOMPARE(second[QStringLiteral("quality")]
                     .toObject()[QStringLiteral("reference")]
                     .toObject()[QStringLiteral("leaf_group_ari")]
                     .toDouble(),
            1.0);
        const auto text = hiernet(
            { QStringLiteral("group"), QStringLiteral("--cpm"), cpm, QStringLiteral("--p-min"), QStringLiteral("0.05") });
        QVERIFY2(text.out.contains(QStringLiteral("root accuracy the CPM implies: 100.00 %")), qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("a · c (2): [100.0 % stays inside]")));
    }

    void benchTrainsAFusedHierNet()
    {
        const auto r = hiernet({ QStringLiteral("bench"), QStringLiteral("train"), QStringLiteral("--model"),
            QStringLiteral("hiernet"), QStringLiteral("--fused"), QStringLiteral("--n"), QStringLiteral("1"),
            QStringLiteral("--classes"), QStringLiteral("6"), QStringLiteral("--groups"), QStringLiteral("3"),
            QStringLiteral("--image"), QStringLiteral("8"), QStringLiteral("--batch"), QStringLiteral("4"),
            QStringLiteral("--steps"), QStringLiteral("1"), QStringLiteral("--warmup"), QStringLiteral("0"),
            QStringLiteral("--device"), QStringLiteral("cpu"), QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        const auto json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json[QStringLiteral("model")].toString(), QStringLiteral("hiernet-resnet-8-3-groups"));
        QVERIFY(json[QStringLiteral("fused_siblings")].toBool());
        QVERIFY(json[QStringLiteral("images_per_second")].toDouble() > 0);
        QVERIFY(!json.contains(QStringLiteral("ops_per_step"))); // only with --count-ops
    }

    void benchCountsTheOpsOfAStep()
    {
        // --count-ops: per phase and in all, in the JSON and the text; the phases add up to the total.
        const QStringList args = { "bench", "train", "--model", "hiernet", "--fused", "--n", "1", "--classes", "6", "--groups",
            "3", "--image", "8", "--batch", "4", "--steps", "1", "--warmup", "2", "--device", "cpu", "--count-ops" };
        const auto r = hiernet(QStringList(args) << QStringLiteral("--json"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const auto json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const auto ops = json[QStringLiteral("ops_per_step")].toInt();
        QCOMPARE(ops,
            json[QStringLiteral("forward_ops")].toInt() + json[QStringLiteral("backward_autograd_nodes")].toInt()
                + json[QStringLiteral("optimizer_ops")].toInt());
        QVERIFY2(ops > 50 && ops < 400, qPrintable(QString::number(ops)));
        QVERIFY(json[QStringLiteral("parameter_tensors")].toInt() > 10);
        const auto text = hiernet(args);
        QVERIFY2(text.code == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QStringLiteral("one step dispatches %1 ops").arg(ops)), qPrintable(text.out));
    }

    void benchTrainsWithTheCpuSwitches()
    {
        // bf16 autocast, channels-last and the trainer's data path (gather + augment each step), on CPU.
        for (const char* dataFlag : { "--with-data", "--data-on-host" }) {
            QStringList args = { "bench", "train", "--model", "hiernet", "--fused", "--bf16", "--channels-last", "--with-data",
                "--n", "1", "--classes", "6", "--groups", "3", "--image", "8", "--batch", "4", "--steps", "2", "--warmup", "1",
                "--device", "cpu", "--json" };
            if (QLatin1String(dataFlag) == QLatin1String("--data-on-host"))
                args << QStringLiteral("--data-on-host");
            const auto r = hiernet(args);
            QVERIFY2(r.code == 0, qPrintable(r.err));
            const auto json = QJsonDocument::fromJson(r.out.toUtf8()).object();
            QVERIFY(json[QStringLiteral("bf16")].toBool());
            QVERIFY(json[QStringLiteral("channels_last")].toBool());
            QVERIFY(json[QStringLiteral("with_data")].toBool());
            QCOMPARE(json[QStringLiteral("data_on_host")].toBool(), QLatin1String(dataFlag) == QLatin1String("--data-on-host"));
            QVERIFY(!json[QStringLiteral("cuda_graphs")].toBool());
            QVERIFY(json[QStringLiteral("images_per_second")].toDouble() > 0);
        }
    }

    void reproduceFollowsThePaperAndComparesAtTheSameBudget()
    {
        // A whole `reproduce` on a tiny IDX set: the paper's HierNet protocol (leaf heads fresh, the root network
        // pre-trained as long as the main training) and the backbone trained on for the HierNet's iterations.
        QTemporaryDir data, out;
        fixtures::writeIdxDataset(data.path().toStdString(), 4, 12, 6, false);
        fixtures::writeText(data.path().toStdString() + "/classes.txt", "a\nb\nc\nd\n"); // four classes, not MNIST's ten
        const QStringList args = { QStringLiteral("reproduce"), QStringLiteral("--data"), QStringLiteral("idx:") + data.path(),
            QStringLiteral("--arch"), QStringLiteral("resnet"), QStringLiteral("--n"), QStringLiteral("1"),
            QStringLiteral("--p-min"), QStringLiteral("0"), QStringLiteral("--g-max"), QStringLiteral("2"),
            QStringLiteral("--iterations"), QStringLiteral("6"), QStringLiteral("--batch"), QStringLiteral("8"),
            QStringLiteral("--device"), QStringLiteral("cpu"), QStringLiteral("--out"), out.path() };
        const auto r = hiernet(args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("same budget")), qPrintable(r.out));
        QFile file(out.filePath(QStringLiteral("results.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto results = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(results.value(QStringLiteral("groups")).toInt(), 2); // g_max 2 over 4 classes
        QCOMPARE(results.value(QStringLiteral("seed_leaf_heads")).toBool(true), false);
        QCOMPARE(results.value(QStringLiteral("root_pretrain_iterations")).toInt(), 6);
        QCOMPARE(results.value(QStringLiteral("iterations")).toObject().value(QStringLiteral("hiernet")).toInt(), 12);
        const auto test = results.value(QStringLiteral("test")).toObject();
        for (const char* key : { "backbone", "backbone_same_budget", "hiernet_slow", "hiernet_fast", "hiernet_root" })
            QVERIFY2(test.contains(QLatin1String(key)), key);
        QFile sameBudget(out.filePath(QStringLiteral("backbone-same-budget/run.json")));
        QVERIFY(sameBudget.open(QIODevice::ReadOnly));
        const auto info = QJsonDocument::fromJson(sameBudget.readAll()).object();
        QCOMPARE(info.value(QStringLiteral("config")).toObject().value(QStringLiteral("continue_from")).toString(),
            out.filePath(QStringLiteral("backbone")));
        QCOMPARE(info.value(QStringLiteral("total_iterations")).toInt(), 12);
        // Re-running continues: everything is there, so nothing is trained again.
        const auto again = hiernet(args);
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QVERIFY2(!again.out.contains(QStringLiteral("run: ")), qPrintable(again.out)); // no training job ran

        // The finished HierNet's mistakes, beside the backbone's in the same hierarchy (classes a…d in 2 groups).
        const QString hiernetRun = out.filePath(QStringLiteral("hiernet"));
        const auto eval = hiernet(
            { QStringLiteral("eval"), hiernetRun, QStringLiteral("--split"), QStringLiteral("test"), QStringLiteral("--json") });
        QVERIFY2(eval.code == 0, qPrintable(eval.err));
        const auto summary = QJsonDocument::fromJson(eval.out.toUtf8()).object();
        const auto severity = summary.value(QStringLiteral("severity")).toObject();
        QCOMPARE(severity.value(QStringLiteral("maximum")).toInt(), 2);
        const int count = summary.value(QStringLiteral("count")).toInt();
        for (const char* who : { "backbone", "hiernet_fast", "hiernet_slow" }) {
            const auto s = severity.value(QLatin1String(who)).toObject();
            QVERIFY2(!s.isEmpty(), who);
            const auto histogram = s.value(QStringLiteral("histogram")).toArray();
            QCOMPARE(histogram.size(), 3);
            QCOMPARE(histogram[0].toInt() + histogram[1].toInt() + histogram[2].toInt(), count);
            const int mistakes = histogram[1].toInt() + histogram[2].toInt();
            QCOMPARE(s.value(QStringLiteral("mistakes")).toInt(), mistakes);
            if (mistakes > 0)
                QVERIFY(std::abs(s.value(QStringLiteral("mean_mistake_severity")).toDouble()
                            - double(histogram[1].toInt() + 2 * histogram[2].toInt()) / mistakes)
                    < 1e-9);
        }
        QCOMPARE(severity.value(QStringLiteral("hiernet_fast")).toObject().value(QStringLiteral("top1")).toDouble(),
            summary.value(QStringLiteral("routing_top1")).toDouble());
        const auto text = hiernet({ QStringLiteral("eval"), hiernetRun, QStringLiteral("--split"), QStringLiteral("test") });
        QVERIFY2(text.out.contains(QStringLiteral("mistake severity")) && text.out.contains(QStringLiteral("backbone")),
            qPrintable(text.out));
        // Hierarchical scores (the leaf level is top-1) and the routing that stops at a group when unsure (τ = 0 is
        // the fast routing; --coarse-threshold adds its point).
        const auto hierarchical = summary.value(QStringLiteral("hierarchical")).toObject();
        const auto fastLevels
            = hierarchical.value(QStringLiteral("hiernet_fast")).toObject().value(QStringLiteral("level_accuracy")).toArray();
        QCOMPARE(fastLevels.size(), 2);
        QCOMPARE(fastLevels[1].toDouble(), summary.value(QStringLiteral("routing_top1")).toDouble());
        QVERIFY(hierarchical.contains(QStringLiteral("backbone")));
        const auto curve = summary.value(QStringLiteral("coarse_routing")).toObject().value(QStringLiteral("curve")).toArray();
        QVERIFY(curve.size() >= 2);
        QCOMPARE(curve[0].toObject().value(QStringLiteral("coverage")).toDouble(), 1.0);
        QCOMPARE(curve[0].toObject().value(QStringLiteral("leaf_accuracy")).toDouble(),
            summary.value(QStringLiteral("routing_top1")).toDouble());
        QVERIFY(text.out.contains(QStringLiteral("hierarchical scores")) && text.out.contains(QStringLiteral("stop at a group")));
        const auto coarse = hiernet({ QStringLiteral("eval"), hiernetRun, QStringLiteral("--split"), QStringLiteral("test"),
            QStringLiteral("--coarse-threshold"), QStringLiteral("0.65"), QStringLiteral("--json") });
        QVERIFY2(coarse.code == 0, qPrintable(coarse.err));
        const auto point
            = QJsonDocument::fromJson(coarse.out.toUtf8()).object().value(QStringLiteral("coarse_threshold")).toObject();
        QCOMPARE(point.value(QStringLiteral("threshold")).toDouble(), 0.65);
        QCOMPARE(
            point.value(QStringLiteral("answered_at_class")).toInt() + point.value(QStringLiteral("stopped_at_group")).toInt(),
            count);
        const auto badThreshold
            = hiernet({ QStringLiteral("eval"), hiernetRun, QStringLiteral("--coarse-threshold"), QStringLiteral("1.5") });
        QCOMPARE(badThreshold.code, 1);
        QVERIFY2(badThreshold.err.contains(QStringLiteral("--coarse-threshold 1.5")), qPrintable(badThreshold.err));
        const auto backboneThreshold = hiernet({ QStringLiteral("eval"), out.filePath(QStringLiteral("backbone")),
            QStringLiteral("--coarse-threshold"), QStringLiteral("0.5") });
        QVERIFY2(backboneThreshold.err.contains(QStringLiteral("for HierNet runs")), qPrintable(backboneThreshold.err));
        // The backbone's severities against a hierarchy file.
        const auto backboneEval = hiernet(
            { QStringLiteral("eval"), out.filePath(QStringLiteral("backbone")), QStringLiteral("--split"), QStringLiteral("test"),
                QStringLiteral("--hierarchy"), out.filePath(QStringLiteral("hierarchy.json")), QStringLiteral("--json") });
        QVERIFY2(backboneEval.code == 0, qPrintable(backboneEval.err));
        QCOMPARE(QJsonDocument::fromJson(backboneEval.out.toUtf8())
                     .object()
                     .value(QStringLiteral("severity"))
                     .toObject()
                     .value(QStringLiteral("histogram")),
            severity.value(QStringLiteral("backbone")).toObject().value(QStringLiteral("histogram")));

        // Your own image: test image 0 as `explain` writes it (at its own size), through `predict`: the route's answer.
        const QString native = out.filePath(QStringLiteral("native"));
        QVERIFY(hiernet({ QStringLiteral("explain"), hiernetRun, QStringLiteral("--index"), QStringLiteral("0"),
                            QStringLiteral("--scale"), QStringLiteral("1"), QStringLiteral("--node"), QStringLiteral("root"),
                            QStringLiteral("--out"), native })
                    .code
            == 0);
        writeFile(native + QStringLiteral("/notes.txt"), "not an image");
        const auto predicted = hiernet({ QStringLiteral("predict"), hiernetRun, native + QStringLiteral("/image.png"),
            native + QStringLiteral("/notes.txt"), QStringLiteral("--top"), QStringLiteral("2"), QStringLiteral("--json") });
        QCOMPARE(predicted.code, 1); // the text file is named and skipped
        QVERIFY2(predicted.err.contains(QStringLiteral("notes.txt: not an image")), qPrintable(predicted.err));
        const auto answer = QJsonDocument::fromJson(predicted.out.toUtf8()).object();
        QCOMPARE(answer[QStringLiteral("errors")].toArray().size(), 1);
        const auto image = answer[QStringLiteral("images")].toArray()[0].toObject();
        const auto route0 = QJsonDocument::fromJson(
            hiernet({ QStringLiteral("route"), hiernetRun, QStringLiteral("--index"), QStringLiteral("0"),
                        QStringLiteral("--split"), QStringLiteral("test"), QStringLiteral("--json") })
                .out.toUtf8())
                                .object();
        const auto fast = image[QStringLiteral("fast")].toArray();
        QCOMPARE(fast.size(), 2);
        QCOMPARE(fast[0].toObject()[QStringLiteral("class")].toString(),
            route0[QStringLiteral("fast")].toObject()[QStringLiteral("name")].toString());
        QCOMPARE(image[QStringLiteral("slow")].toArray()[0].toObject()[QStringLiteral("class")].toString(),
            route0[QStringLiteral("slow")].toObject()[QStringLiteral("name")].toString());
        QCOMPARE(image[QStringLiteral("route")].toArray().size(), route0[QStringLiteral("route")].toArray().size());

        // Grad-CAM maps of an image's route: PNGs and the numbers.
        const QString maps = out.filePath(QStringLiteral("maps"));
        const auto explain = hiernet({ QStringLiteral("explain"), hiernetRun, QStringLiteral("--index"), QStringLiteral("0"),
            QStringLiteral("--out"), maps });
        QVERIFY2(explain.code == 0, qPrintable(explain.err));
        QFile explainJson(maps + QStringLiteral("/explain.json"));
        QVERIFY(explainJson.open(QIODevice::ReadOnly));
        const auto explained = QJsonDocument::fromJson(explainJson.readAll()).object();
        const auto list = explained.value(QStringLiteral("maps")).toArray();
        QVERIFY(list.size() >= 3); // the root, the leaf group reached, the backbone
        QCOMPARE(list[0].toObject().value(QStringLiteral("node")).toString(), QStringLiteral("root"));
        QCOMPARE(list.last().toObject().value(QStringLiteral("node")).toString(), QStringLiteral("backbone"));
        QCOMPARE(
            explained.value(QStringLiteral("scale")).toInt(), 56); // the smaller side of the 4×5 fixture images to 224 pixels
        for (const auto& entry : list) {
            const auto map = entry.toObject();
            QVERIFY(map.value(QStringLiteral("probability")).toDouble() >= 0);
            QVERIFY(map.value(QStringLiteral("maximum")).toDouble() >= 0);
            for (const char* key : { "overlay", "map" }) {
                QFile png(maps + QLatin1Char('/') + map.value(QLatin1String(key)).toString());
                QVERIFY2(png.open(QIODevice::ReadOnly), qPrintable(png.fileName()));
                const auto bytes = png.read(24);
                QVERIFY(bytes.startsWith(QByteArray("\x89PNG", 4)));
                const int width = (int(quint8(bytes[18])) << 8) | int(quint8(bytes[19]));
                const int height = (int(quint8(bytes[22])) << 8) | int(quint8(bytes[23]));
                QCOMPARE(height, 4 * 56); // the fixture's 4×5 images, 56 times
                QCOMPARE(width, 5 * 56);
            }
        }
        const auto one = hiernet({ QStringLiteral("explain"), hiernetRun, QStringLiteral("--index"), QStringLiteral("1"),
            QStringLiteral("--node"), QStringLiteral("backbone"), QStringLiteral("--class"), QStringLiteral("c"),
            QStringLiteral("--out"), maps + QStringLiteral("-one") });
        QVERIFY2(one.code == 0, qPrintable(one.err));
        QVERIFY2(one.out.contains(QStringLiteral("backbone")) && one.out.contains(QStringLiteral("-backbone-c-overlay.png")),
            qPrintable(one.out));
        for (const auto& [args, message] : { std::pair { QStringList { "--index", "0", "--node", "nowhere" },
                                                 QStringLiteral("--node 'nowhere': the tree has no node of that name") },
                 std::pair { QStringList { "--index", "0", "--class", "a" }, QStringLiteral("--class needs --node") },
                 std::pair { QStringList { "--index", "0", "--node", "root", "--class", "zebra" },
                     QStringLiteral("--class 'zebra': node 'root' has no output") },
                 std::pair { QStringList { "--index", "9999" }, QStringLiteral("--index 9999 is outside the test split") },
                 std::pair { QStringList { "--index", "0", "--opacity", "2" }, QStringLiteral("--opacity") } }) {
            const auto bad = hiernet(QStringList { QStringLiteral("explain"), hiernetRun } + args
                + QStringList { QStringLiteral("--out"), maps + QStringLiteral("-bad") });
            QCOMPARE(bad.code, 1);
            QVERIFY2(bad.err.contains(message), qPrintable(bad.err));
        }
    }

    void quickIsTheCpuPreset()
    {
        // `--schedule quick` (the default) trains with flips only and NHWC unless told otherwise; the paper's
        // schedules keep the paper's flip + translation.
        QTemporaryDir data, out;
        fixtures::writeIdxDataset(data.path().toStdString(), 3, 4, 2, false);
        auto trainer = [&](const QString& name, QStringList more) {
            QStringList args = { QStringLiteral("train-backbone"), QStringLiteral("--data"), QStringLiteral("idx:") + data.path(),
                QStringLiteral("--iterations"), QStringLiteral("1"), QStringLiteral("--batch"), QStringLiteral("4"),
                QStringLiteral("--device"), QStringLiteral("cpu"), QStringLiteral("--out"), out.filePath(name) };
            const auto r = hiernet(args + more);
            if (r.code != 0)
                qWarning("%s", qPrintable(r.err));
            QFile file(out.filePath(name + QStringLiteral("/run.json")));
            return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll())
                                                        .object()
                                                        .value(QStringLiteral("config"))
                                                        .toObject()
                                                        .value(QStringLiteral("trainer"))
                                                        .toObject()
                                                  : QJsonObject();
        };
        const auto quick = trainer(QStringLiteral("quick"), {});
        QCOMPARE(quick.value(QStringLiteral("augmentation")).toString(), QStringLiteral("flip"));
        QVERIFY(quick.value(QStringLiteral("channels_last")).toBool());
        const auto plain = trainer(QStringLiteral("plain"),
            { QStringLiteral("--no-channels-last"), QStringLiteral("--augment"), QStringLiteral("none") });
        QCOMPARE(plain.value(QStringLiteral("augmentation")).toString(), QStringLiteral("none"));
        QVERIFY(!plain.value(QStringLiteral("channels_last")).toBool(true));
        const auto paper = trainer(QStringLiteral("paper"), { QStringLiteral("--schedule"), QStringLiteral("paper") });
        QCOMPARE(paper.value(QStringLiteral("augmentation")).toString(), QStringLiteral("flip-translate"));
        QVERIFY(!paper.value(QStringLiteral("channels_last")).toBool(true));
    }

    void reproduceTableBesideThePapersValues()
    {
        // `--table 1` on a generated CIFAR-100-format folder, one row and two iterations: the row's folder, and
        // the Markdown and CSV tables with the paper's published values and the differences.
        QTemporaryDir data, out;
        fixtures::writeCifar100Dataset(data.path().toStdString(), 100, 2, 2);
        const QStringList args = { QStringLiteral("reproduce"), QStringLiteral("--table"), QStringLiteral("1"),
            QStringLiteral("--rows"), QStringLiteral("3"), QStringLiteral("--data"), QStringLiteral("cifar100:") + data.path(),
            QStringLiteral("--iterations"), QStringLiteral("2"), QStringLiteral("--batch"), QStringLiteral("8"),
            QStringLiteral("--device"), QStringLiteral("cpu"), QStringLiteral("--out"), out.path() };
        const auto r = hiernet(args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile results(out.filePath(QStringLiteral("n3/results.json")));
        QVERIFY(results.open(QIODevice::ReadOnly));
        const auto summary = QJsonDocument::fromJson(results.readAll()).object();
        QCOMPARE(summary.value(QStringLiteral("schedule")).toString(), QStringLiteral("paper-backbone"));
        QCOMPARE(summary.value(QStringLiteral("hiernet_schedule")).toString(), QStringLiteral("reference"));
        // Every stage trains what the published runs trained (the paper's code): continuous translation with flips,
        // Keras' batch norm and initialisation, the backbone schedule of n = 3 (no warm-up), no root pre-training.
        for (const char* stage : { "backbone", "hiernet", "backbone-same-budget" }) {
            QFile runFile(out.filePath(QStringLiteral("n3/%1/run.json").arg(QLatin1String(stage))));
            QVERIFY2(runFile.open(QIODevice::ReadOnly), stage);
            const auto run = QJsonDocument::fromJson(runFile.readAll()).object();
            const auto config = run.value(QStringLiteral("config")).toObject();
            const auto trainer = config.value(QStringLiteral("trainer")).toObject();
            QCOMPARE(trainer.value(QStringLiteral("augmentation")).toString(), QStringLiteral("flip-translate-bilinear"));
            QCOMPARE(config.value(QStringLiteral("batch_norm")).toString(), QStringLiteral("keras"));
            QCOMPARE(config.value(QStringLiteral("initialization")).toString(), QStringLiteral("keras"));
            QCOMPARE(run.value(QStringLiteral("model")).toObject().value(QStringLiteral("batch_norm")).toString(),
                QStringLiteral("keras"));
            const bool backbone = QLatin1String(stage) == QLatin1String("backbone");
            QCOMPARE(trainer.value(QStringLiteral("schedule")).toString(),
                backbone ? QStringLiteral("paper-backbone") : QStringLiteral("reference"));
            if (QLatin1String(stage) == QLatin1String("hiernet"))
                QCOMPARE(config.value(QStringLiteral("root_pretrain_iterations")).toInt(-1), 0);
        }
        QFile md(out.filePath(QStringLiteral("table.md")));
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString table = QString::fromUtf8(md.readAll());
        QVERIFY2(table.contains(QStringLiteral("| 3 | 20 | ")) && table.contains(QStringLiteral("| 65.96 | "))
                && table.contains(QStringLiteral("| 68.08 | ")),
            qPrintable(table));
        QFile csv(out.filePath(QStringLiteral("table.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const auto lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(QStringLiteral("n,layers,backbone,paper_backbone,backbone_same_budget,")));
        QVERIFY2(
            lines[1].startsWith(QStringLiteral("3,20,")) && lines[1].contains(QStringLiteral(",65.96")), qPrintable(lines[1]));
    }

    void reproduceWithTwoProcesses()
    {
        // `--nproc 2`: two Gloo processes on this machine train every stage of a reproduction; rank 0 alone
        // writes the runs (each metric line once), says the stages and prints the table.
        QTemporaryDir data, out;
        fixtures::writeIdxDataset(data.path().toStdString(), 4, 12, 6, false);
        fixtures::writeText(data.path().toStdString() + "/classes.txt", "a\nb\nc\nd\n");
        const auto r = hiernet(
            { "reproduce", "--data", "idx:" + data.path(), "--n", "1", "--p-min", "0", "--g-max", "2", "--iterations", "6",
                "--batch", "8", "--validate-every", "3", "--device", "cpu", "--nproc", "2", "--sync-bn", "--out", out.path() });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.count(QStringLiteral("| HierNet fast (routing) |")), 1);
        QCOMPARE(r.err.count(QStringLiteral("== 3/5 HierNet with transfer")), 1);
        QVERIFY2(r.err.contains(QStringLiteral("2 processes on this machine")), qPrintable(r.err));
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("results.json"))));
        for (const char* run : { "backbone", "hiernet", "backbone-same-budget" }) {
            QFile file(out.filePath(QLatin1String(run) + QStringLiteral("/run.json")));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const auto info = QJsonDocument::fromJson(file.readAll()).object();
            QCOMPARE(info.value(QStringLiteral("world_size")).toInt(), 2);
            QCOMPARE(info.value(QStringLiteral("backend")).toString(), QStringLiteral("gloo"));
            QCOMPARE(info.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
            QVERIFY(info.value(QStringLiteral("config"))
                        .toObject()
                        .value(QStringLiteral("trainer"))
                        .toObject()
                        .value(QStringLiteral("sync_batch_norm"))
                        .toBool());
        }
        QFile metrics(out.filePath(QStringLiteral("backbone/metrics.jsonl")));
        QVERIFY(metrics.open(QIODevice::ReadOnly));
        QList<int> trainIterations;
        for (const auto& line : metrics.readAll().split('\n')) {
            const auto json = QJsonDocument::fromJson(line).object();
            if (json.value(QStringLiteral("type")).toString() == QLatin1String("train")
                && !json.contains(QStringLiteral("phase")))
                trainIterations << json.value(QStringLiteral("iteration")).toInt();
        }
        QCOMPARE(trainIterations, (QList<int> { 6 })); // one line per log point (every 20 or at the end), not one per rank
    }

    void launcherStopsTheRunWhenARankIsKilled()
    {
        // A rank killed mid-run: the launcher names it and stops, rank 0 marks the run failed with the cause,
        // the checkpoint stays, and the run resumes with another number of processes.
        QTemporaryDir data, out;
        fixtures::writeIdxDataset(data.path().toStdString(), 4, 12, 6, false);
        fixtures::writeText(data.path().toStdString() + "/classes.txt", "a\nb\nc\nd\n");
        const QString run = out.filePath(QStringLiteral("run"));
        QProcess launcher;
        launcher.start(QStringLiteral(HIERNET_CLI),
            { "train-backbone", "--data", "idx:" + data.path(), "--n", "1", "--iterations", "600", "--batch", "8",
                "--checkpoint-every", "2", "--device", "cpu", "--nproc", "2", "--out", run });
        QVERIFY(launcher.waitForStarted());
        // The ranks are the launcher's children; wait until rank 0 has written a few checkpoints.
        const QString childrenFile = QStringLiteral("/proc/%1/task/%1/children").arg(launcher.processId());
        QStringList ranks;
        int polls = 0;
        for (;;) {
            QFile children(childrenFile);
            if (children.open(QIODevice::ReadOnly))
                ranks = QString::fromLatin1(children.readAll()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QFile info(run + QStringLiteral("/run.json"));
            if (ranks.size() == 2 && info.open(QIODevice::ReadOnly)
                && QJsonDocument::fromJson(info.readAll()).object().value(QStringLiteral("checkpoint_iteration")).toInt() >= 6)
                break;
            QVERIFY2(launcher.state() == QProcess::Running, qPrintable(QString::fromUtf8(launcher.readAllStandardError())));
            QTest::qWait(50);
            QVERIFY2(++polls < 6000, "no checkpoint within 5 minutes");
        }
        ::kill(ranks[1].toInt(), SIGKILL); // the second child: rank 1
        QVERIFY(launcher.waitForFinished(120000));
        QCOMPARE(launcher.exitCode(), 1);
        const auto err = QString::fromUtf8(launcher.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("rank 1 of 2 was killed by signal 9")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("Any checkpoint the run wrote is kept")), qPrintable(err));
        QFile file(run + QStringLiteral("/run.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto info = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(info.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QVERIFY2(info.value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("another rank stopped or cannot be reached")),
            qPrintable(info.value(QStringLiteral("message")).toString()));
        const int kept = info.value(QStringLiteral("checkpoint_iteration")).toInt();
        QVERIFY(kept >= 6 && kept % 2 == 0);
        // Resumed in one process from that checkpoint, to the end.
        const auto resumed = hiernet({ "train-backbone", "--resume", run, "--nproc", "1" });
        QVERIFY2(resumed.code == 0, qPrintable(resumed.err));
        QFile after(run + QStringLiteral("/run.json"));
        QVERIFY(after.open(QIODevice::ReadOnly));
        const auto finished = QJsonDocument::fromJson(after.readAll()).object();
        QCOMPARE(finished.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        QCOMPARE(finished.value(QStringLiteral("world_size")).toInt(), 1);
        QCOMPARE(finished.value(QStringLiteral("checkpoint_iteration")).toInt(), 600);
    }

    void benchTrainsWithTwoProcesses()
    {
        const auto r = hiernet({ "bench", "train", "--n", "1", "--classes", "4", "--image", "8", "--batch", "8", "--steps", "2",
            "--warmup", "1", "--device", "cpu", "--nproc", "2", "--sync-bn", "--json" });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const auto json = QJsonDocument::fromJson(r.out.toUtf8()).object(); // one report: rank 0's
        QCOMPARE(json[QStringLiteral("processes")].toInt(), 2);
        QVERIFY(json[QStringLiteral("sync_batch_norm")].toBool());
        QCOMPARE(json[QStringLiteral("batch")].toInt(), 8);
        QVERIFY(json[QStringLiteral("images_per_second")].toDouble() > 0);
    }

    void badInputGivesClearErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing cpm") << QStringList { "group", "--cpm", "/nonexistent/cpm.json" } << "/nonexistent/cpm.json";
        QTest::newRow("g_max 0") << QStringList { "group", "--cpm", "CPM", "--g-max", "0" } << "--g-max 0 must be at least 1";
        QTest::newRow("p_min text") << QStringList { "group", "--cpm", "CPM", "--p-min", "abc" }
                                    << "--p-min 'abc' is not a number";
        QTest::newRow("unknown option") << QStringList { "group", "--cpm", "CPM", "--gmax", "3" } << "unknown option --gmax";
        // An unknown option is named as such (not taken for one that needs a value), with the closest known one.
        QTest::newRow("unknown option last") << QStringList { "train-backbone", "--foo" }
                                             << "unknown option --foo (hiernet train-backbone --help lists its options)";
        QTest::newRow("misspelt option") << QStringList { "train-backbone", "--epoch", "3", "--out", "OUT" }
                                         << "unknown option --epoch; did you mean --epochs?";
        QTest::newRow("misspelt trainer option") << QStringList { "train-hiernet", "--iteratons=4", "--out", "OUT" }
                                                 << "unknown option --iteratons; did you mean --iterations?";
        QTest::newRow("bad dataset") << QStringList { "data", "info", "cifar10:/nonexistent" }
                                     << "/nonexistent: dataset folder not found";
        QTest::newRow("bad arch") << QStringList { "train-backbone", "--arch", "vgg", "--out", "OUT" }
                                  << "unknown architecture 'vgg'";
        QTest::newRow("bad n") << QStringList { "train-backbone", "--n", "4", "--out", "OUT" }
                               << "n = 4 is not a CIFAR ResNet depth";
        QTest::newRow("bad schedule") << QStringList { "train-backbone", "--schedule", "fast", "--out", "OUT" }
                                      << "unknown schedule 'fast'";
        QTest::newRow("not a run") << QStringList { "eval", "/nonexistent/run" } << "/nonexistent/run: run directory not found";
        QTest::newRow("route flag") << QStringList { "route", "/nonexistent/run", "--first-misrouted" }
                                    << "/nonexistent/run: run directory not found";
        QTest::newRow("negative balance") << QStringList { "group", "--cpm", "CPM", "--balance", "-1" }
                                          << "--balance -1 must be a number ≥ 0";
        QTest::newRow("bad levels") << QStringList { "group", "--cpm", "CPM", "--levels", "0.1:x" }
                                    << "g_max 'x' must be a whole number";
        QTest::newRow("fused backbone") << QStringList { "bench", "train", "--fused", "--device", "cpu" }
                                        << "use it with --model hiernet";
        QTest::newRow("graphs on cpu (bench)")
            << QStringList { "bench", "train", "--cuda-graphs", "--device", "cpu" } << "CUDA graphs need";
        QTest::newRow("counting a graph") << QStringList { "bench", "train", "--cuda-graphs", "--count-ops", "--device", "cpu" }
                                          << "--count-ops counts an eager step";
        QTest::newRow("graphs on cpu (train)") << QStringList { "train-backbone", "--cuda-graphs", "--device", "cpu", "--out",
            "OUT" } << "CUDA graphs (--cuda-graphs) need a CUDA device";
        QTest::newRow("layout both ways") << QStringList { "train-backbone", "--channels-last", "--no-channels-last", "--out",
            "OUT" } << "--channels-last and --no-channels-last contradict each other";
        QTest::newRow("gpu not there") << QStringList { "train-backbone", "--device", "cuda:7", "--out", "OUT" }
                                       << "device 'cuda:7': ";
        QTest::newRow("host data without data")
            << QStringList { "bench", "train", "--data-on-host", "--device", "cpu" } << "give --with-data too";
        QTest::newRow("no processes") << QStringList { "train-backbone", "--nproc", "0", "--out", "OUT" }
                                      << "--nproc 0: the number of processes must be in [1, 1024]";
        QTest::newRow("uneven batch") << QStringList { "train-backbone", "--batch", "9", "--nproc", "2", "--device", "cpu",
            "--out", "OUT" } << "batch size 9 does not split evenly over 2 processes";
        QTest::newRow("graphs and processes") << QStringList { "bench", "train", "--nproc", "2", "--cuda-graphs", "--device",
            "cpu" } << "--cuda-graphs and --nproc do not go together";
        QTest::newRow("sync-bn alone") << QStringList { "bench", "train", "--sync-bn", "--device", "cpu" }
                                       << "--sync-bn synchronises batch norm";
        QTest::newRow("processes for grouping")
            << QStringList { "bench", "grouping", "--classes", "4", "--nproc", "2" } << "--nproc is for hiernet bench train";
        QTest::newRow("processes for data") << QStringList { "data", "info", "fashion-mnist", "--nproc", "2" }
                                            << "unknown option --nproc";
        QTest::newRow("too many groups") << QStringList { "bench", "train", "--model", "hiernet", "--classes", "4", "--groups",
            "9", "--device", "cpu" } << "--groups 9: must be in 1…4";
    }

    void badInputGivesClearErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const auto cpm = dir.filePath(QStringLiteral("cpm.csv"));
        writeFile(cpm, "1,0\n0,1\n");
        args.replaceInStrings(QStringLiteral("CPM"), cpm);
        args.replaceInStrings(QStringLiteral("OUT"), dir.filePath(QStringLiteral("run")));
        const auto r = hiernet(args);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("run/run.json")))); // nothing written for a refused run
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
