// The shareable report of a HierNet run: the PDF opens, has its pages and names the accuracies of eval.json;
// the HTML is one file; from the studio's File menu and from `hiernet report`; bad input is refused.
#include "studio/explore/ExplorePage.h"
#include "studio/explore/ExploreSession.h"
#include "Fixtures.h"
#include "studio/window/MainWindow.h"
#include "report/RunReport.h"
#include "runs/Sweep.h"
#include "studio/common/StudioSettings.h"
#include "StudioTestSetup.h"
#include "runs/BackboneRun.h"
#include "runs/HierNetRun.h"
#include "util/FileIo.h"
#include "util/Threads.h"
#include "ErrorMessage.h"

#include <nlohmann/json.hpp>

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QMessageBox>
#include <QtTest>

using namespace hiernet;

namespace {

/// What a PDF tool prints (pdftotext, pdfinfo from poppler-utils, installed by packaging/install-deps.sh).
QString runTool(const QString& tool, const QStringList& args)
{
    QProcess process;
    process.start(tool, args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString percentOf(const nlohmann::json& value)
{
    return QString::number(100 * value.get<double>(), 'f', 2) + QStringLiteral(" %");
}

} // namespace

class TestReport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_hiernet;

    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        isolateStudioSettings(path("runs"));
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "pdftotext (poppler-utils) is needed");
        const auto data = path("data").toStdString();
        QDir().mkpath(path("data"));
        fixtures::writeIdxDataset(data, 10, 12, 12, false);
        // The layout `hiernet reproduce` leaves: backbone/, hiernet/, backbone-same-budget/.
        runs::BackboneRunConfig backbone;
        backbone.dataset = "idx:" + data;
        backbone.trainer.iterations = 30;
        backbone.trainer.batchSize = 32;
        backbone.trainer.device = "cpu";
        QCOMPARE(int(runs::BackboneTrainingJob(path("backbone").toStdString(), backbone).run().outcome),
            int(training::TrainingOutcome::Finished));
        const auto classes = data::loadDataset(backbone.dataset).classNames;
        runs::HierNetRunConfig config = runs::HierNetRunConfig::continuing(path("backbone").toStdString());
        config.layout = { { 1 }, { 1 } };
        config.trainer = backbone.trainer;
        m_hiernet = path("hiernet");
        const auto hierarchy = grouping::Hierarchy::fromGroups(classes, { { 0, 6 }, { 1, 2, 3 }, { 4, 5, 7, 8, 9 } });
        QCOMPARE(int(runs::HierNetTrainingJob(m_hiernet.toStdString(), config, hierarchy).run().outcome),
            int(training::TrainingOutcome::Finished));
        auto sameBudget = runs::BackboneRunConfig::continuing(path("backbone").toStdString());
        sameBudget.trainer.iterations = 30;
        QCOMPARE(int(runs::BackboneTrainingJob(path("backbone-same-budget").toStdString(), sameBudget).run().outcome),
            int(training::TrainingOutcome::Finished));
    }

    void pdfNamesTheAccuraciesOfEvalJson()
    {
        auto data = report::gatherReport(m_hiernet.toStdString(), 4);
        QVERIFY(data.test.count > 0);
        QVERIFY(data.sameBudget.has_value());
        QVERIFY(data.sameBudgetTestTop1.has_value());
        QVERIFY(data.misrouted.size() <= 4);
        QCOMPARE(int(data.misrouted.size()), std::min<int>(4, int(data.test.misrouted)));
        report::RunReport document(std::move(data));
        QString error;
        QVERIFY2(document.write(path("report.pdf"), &error), qPrintable(error));

        const auto info = runTool(QStringLiteral("pdfinfo"), { path("report.pdf") });
        QVERIFY2(!info.isEmpty(), "pdfinfo cannot read the report");
        const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
        QVERIFY2(pages >= 4, qPrintable(info)); // configuration and accuracy, the backbone, the tree, the misrouted images
        QVERIFY(info.contains(QStringLiteral("HierNet report: hiernet")));
        // NFKC: pdftotext gives the "fi" of the fonts as one ligature character.
        const auto text
            = runTool(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path("report.pdf"), QStringLiteral("-") })
                  .normalized(QString::NormalizationForm_KC);
        for (const char* heading : { "Dataset and configuration", "Accuracy", "Mistake severity", "Hierarchical scores",
                 "Stopping at a group when unsure", "The backbone", "The tree", "Per-node confusion",
                 "The most confident misrouted test images" })
            QVERIFY2(text.contains(QLatin1String(heading)), heading);
        // Every accuracy eval.json holds for both splits is in the text.
        const auto eval = nlohmann::json::parse(io::readText((m_hiernet + QStringLiteral("/eval.json")).toStdString()));
        for (const char* split : { "val", "test" })
            for (const char* key : { "conditional_top1", "routing_top1" })
                QVERIFY2(text.contains(percentOf(eval.at(split).at(key))),
                    qPrintable(QStringLiteral("%1 %2 %3").arg(split, key, percentOf(eval.at(split).at(key)))));
        QVERIFY(text.contains(percentOf(eval.at("test").at("nodes").at(0).at("accuracy"))));
        QVERIFY(text.contains(percentOf(eval.at("test").at("severity").at("backbone").at("top1"))));
        QVERIFY(text.contains(QStringLiteral("same budget")));
        QVERIFY(text.contains(QStringLiteral("Backbone, same budget"))); // its severities too
        // The hierarchical scores and the coverage curve's points are eval.json's.
        QVERIFY(text.contains(percentOf(eval.at("test").at("hierarchical").at("hiernet_fast").at("micro").at("f1"))));
        for (const auto& point : eval.at("test").at("coarse_routing").at("curve"))
            QVERIFY(text.contains(percentOf(point.at("coverage"))));
    }

    void htmlIsOneFile()
    {
        report::RunReport document(report::gatherReport(m_hiernet.toStdString(), 2));
        QString error;
        QVERIFY2(document.write(path("report.html"), &error), qPrintable(error));
        const auto html = QString::fromUtf8(QByteArray::fromStdString(io::readText(path("report.html").toStdString())));
        QVERIFY(html.contains(QStringLiteral("data:image/png;base64,")));
        QVERIFY(!html.contains(QStringLiteral("src=\"report:")));
        QVERIFY(html.contains(QStringLiteral("HierNet fast (routing)")));
        QCOMPARE(document.document().toPlainText().contains(QStringLiteral("Mistake severity")), true);
    }

    void badInputIsRefusedAndKeepsTheOldReport()
    {
        report::RunReport document(report::gatherReport(m_hiernet.toStdString(), 0));
        QString error;
        QVERIFY(!document.write(path("report.docx"), &error));
        QVERIFY2(error.contains(QStringLiteral("give a .pdf or .html file")), qPrintable(error));
        QVERIFY(!QFile::exists(path("report.docx")));
        QVERIFY(!document.write(path("no-such-folder/report.pdf"), &error));
        QVERIFY2(error.contains(path("no-such-folder/report.pdf")), qPrintable(error));
        // Not a HierNet run, not a finished one.
        QVERIFY(
            errorOf([&] { report::gatherReport(path("backbone").toStdString()); }).contains(QStringLiteral("not a HierNet run")));
        QVERIFY(QDir().mkpath(path("unfinished")));
        for (const auto* file : { "/run.json", "/hierarchy.json", "/checkpoint.pt" })
            QVERIFY(QFile::copy(m_hiernet + QLatin1String(file), path("unfinished") + QLatin1String(file)));
        auto info = nlohmann::json::parse(io::readText(path("unfinished/run.json").toStdString()));
        info["status"] = "cancelled";
        io::writeAtomically(path("unfinished/run.json").toStdString(), info.dump());
        QVERIFY(errorOf([&] {
            report::gatherReport(path("unfinished").toStdString());
        }).contains(QStringLiteral("a report needs a finished HierNet run")));
    }

    void fromTheFileMenu()
    {
        studio::MainWindow window;
        QSignalSpy ready(window.explorePage(), &studio::ExplorePage::ready);
        window.explorePage()->openRun(m_hiernet);
        QVERIFY(ready.wait(60000));
        QCOMPARE(window.hierNetRunInView(), m_hiernet);
        QSignalSpy written(&window, &studio::MainWindow::reportWritten);
        QVERIFY(window.exportReport(window.hierNetRunInView(), path("menu.pdf")));
        QVERIFY(!window.exportReport(window.hierNetRunInView(), path("twice.pdf"))); // one at a time
        QVERIFY(written.wait(120000));
        QCOMPARE(written.at(0).at(0).toString(), path("menu.pdf"));
        QVERIFY(QFileInfo(path("menu.pdf")).size() > 1000);
        QSignalSpy failed(&window, &studio::MainWindow::reportFailed);
        QVERIFY(window.exportReport(path("backbone"), path("wrong.pdf")));
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 60000);
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("not a HierNet run")),
            qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(!QFile::exists(path("wrong.pdf")));
        QVERIFY(window.findChild<QMessageBox*>(QStringLiteral("reportFailed"))); // the user is told too
    }

    void fromTheCommandLine()
    {
        QProcess cli;
        cli.start(QStringLiteral(HIERNET_CLI), { QStringLiteral("report"), m_hiernet, QStringLiteral("--out"), path("cli.pdf") });
        QVERIFY(cli.waitForFinished(180000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QVERIFY(QString::fromUtf8(cli.readAllStandardOutput()).contains(path("cli.pdf")));
        const auto text = runTool(QStringLiteral("pdftotext"), { path("cli.pdf"), QStringLiteral("-") });
        const auto eval = nlohmann::json::parse(io::readText((m_hiernet + QStringLiteral("/eval.json")).toStdString()));
        QVERIFY(text.contains(percentOf(eval.at("test").at("routing_top1"))));
        QProcess bad;
        bad.start(QStringLiteral(HIERNET_CLI), { QStringLiteral("report"), m_hiernet, QStringLiteral("--out"), path("cli.txt") });
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 1);
        QVERIFY(bad.readAllStandardError().contains("give a .pdf or .html file"));
    }

    void aSweepsReport()
    {
        // A 2 × 2 sweep of the backbone's grouping, its report from the command line (read back with pdftotext) and
        // from the window (HTML, one file).
        runs::SweepSettings settings;
        settings.backbone = path("backbone").toStdString();
        settings.grid.pMin = { 0, 0.5 };
        settings.grid.gMax = { 2, 5 };
        settings.trainer.iterations = 4;
        settings.trainer.batchSize = 32;
        settings.trainer.device = "cpu";
        const auto sweep = path("sweep");
        const auto outcome = runs::Sweep(settings, sweep.toStdString()).run();
        QVERIFY(outcome.finished());
        QProcess cli;
        cli.start(QStringLiteral(HIERNET_CLI), { QStringLiteral("report"), sweep, QStringLiteral("--out"), path("sweep.pdf") });
        QVERIFY(cli.waitForFinished(180000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const auto text = runTool(QStringLiteral("pdftotext"), { path("sweep.pdf"), QStringLiteral("-") });
        for (const char* heading : { "Accuracy against the number of groups", "Every point", "Validation curves" })
            QVERIFY2(text.contains(QLatin1String(heading)), heading);
        for (const auto& row : outcome.record.points) {
            QVERIFY2(text.contains(QString::fromStdString(row.name)), row.name.c_str());
            QVERIFY2(text.contains(QString::number(100 * *row.testFast, 'f', 2)), row.name.c_str());
        }
        QVERIFY(text.contains(QString::number(100 * *outcome.record.sameBudget->testFast, 'f', 2)));

        studio::MainWindow window;
        QSignalSpy written(&window, &studio::MainWindow::reportWritten);
        QVERIFY(window.exportSweepReport(sweep, path("sweep.html")));
        QCOMPARE(written.count(), 1);
        QFile html(path("sweep.html"));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const auto page = QString::fromUtf8(html.readAll());
        QVERIFY(page.contains(QStringLiteral("data:image/png;base64,")));
        QVERIFY(page.contains(QStringLiteral("backbone, same budget")));
        QVERIFY(!window.exportSweepReport(path("backbone"), path("not-a-sweep.pdf"))); // a run folder is not a sweep
        QVERIFY(!QFile::exists(path("not-a-sweep.pdf")));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
