// The HierNet and Explore pages: a HierNet trained from the page draws its curves and tree without
// blocking the GUI thread; the gallery's filters, the route inspector and the per-node confusion cells
// show exactly what the core's evaluation and route explanation say.
#include "studio/explore/CoarseRoutingPanel.h"
#include "studio/explore/ErrorOverview.h"
#include "studio/grouping/ConfusionPage.h"
#include "studio/grouping/GroupingSession.h"
#include "studio/window/MainWindow.h"
#include "ConfusionHeatmap.h"
#include "CoverageCurve.h"
#include "QCustomPlotWrapper.h"
#include "evaluation/CoarseRouting.h"
#include "studio/explore/EvaluatedImagesModel.h"
#include "studio/explore/ExplorePage.h"
#include "studio/explore/ExploreSession.h"
#include "EventLoopGapMeter.h"
#include "Fixtures.h"
#include "data/ImageInput.h"
#include "studio/training/HierNetPage.h"
#include "evaluation/ImageFilter.h"
#include "studio/explore/RouteInspector.h"
#include "studio/training/RunFollower.h"
#include "studio/training/RunMonitor.h"
#include "studio/common/StudioSettings.h"
#include "StudioTestSetup.h"
#include "TrainingCurves.h"
#include "ProbabilityBars.h"
#include "TreeDiagram.h"
#include "studio/common/WidgetExport.h"
#include "SeverityChart.h"
#include "evaluation/GradCam.h"
#include "evaluation/HierNetEvaluation.h"
#include "evaluation/MistakeSeverity.h"
#include "evaluation/RouteExplanation.h"
#include "training/Evaluation.h"
#include "runs/BackboneRun.h"
#include "runs/HierNetRun.h"
#include "util/FileIo.h"
#include "util/Threads.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <QComboBox>
#include <QPushButton>
#include <QListView>
#include <QSlider>
#include <QToolButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QMimeData>
#include <QDragEnterEvent>
#include <QListWidget>
#include <QtTest>

#include <c10/core/GradMode.h>

using namespace hiernet;

class TestStudioExplore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_backbone, m_hierarchy, m_hiernet;
    evaluation::HierNetEvaluation m_expected; ///< the core's evaluation of the test split, made here

    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    void openExplore(studio::ExplorePage& page)
    {
        QSignalSpy ready(&page, &studio::ExplorePage::ready);
        page.openRun(m_hiernet, data::Split::Test);
        QVERIFY2(ready.wait(120000), qPrintable(page.statusText()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateStudioSettings(path("runs"));
        const auto data = path("data").toStdString();
        QDir().mkpath(path("data"));
        fixtures::writeIdxDataset(data, 10, 12, 12, false);
        // A backbone and a HierNet on the fixture, trained by the core (the page's own training is tested below).
        m_backbone = path("backbone");
        runs::BackboneRunConfig backbone;
        backbone.dataset = "idx:" + data;
        backbone.trainer.iterations = 30;
        backbone.trainer.batchSize = 32;
        backbone.trainer.device = "cpu";
        QCOMPARE(int(runs::BackboneTrainingJob(m_backbone.toStdString(), backbone).run().outcome),
            int(training::TrainingOutcome::Finished));
        const auto classes = data::loadDataset(backbone.dataset).classNames;
        m_hierarchy = path("hierarchy.json");
        grouping::Hierarchy::fromGroups(classes, { { 0, 6 }, { 1, 2, 3 }, { 4, 5, 7, 8, 9 } }).save(m_hierarchy.toStdString());
        m_hiernet = path("hiernet");
        runs::HierNetRunConfig config;
        config.dataset = backbone.dataset;
        config.layout = { { 1 }, { 1 } };
        config.backboneRun = m_backbone.toStdString();
        config.trainer = backbone.trainer;
        QCOMPARE(int(runs::HierNetTrainingJob(
                     m_hiernet.toStdString(), config, grouping::Hierarchy::load(m_hierarchy.toStdString(), classes))
                         .run()
                         .outcome),
            int(training::TrainingOutcome::Finished));
        auto loaded = runs::loadHierNetRun(m_hiernet.toStdString(), "cpu");
        m_expected = evaluation::evaluateHierNet(
            *loaded.model->net, loaded.dataset.split(data::Split::Test), loaded.preprocessor, loaded.device);
        QVERIFY(m_expected.count > 0);
    }

    void hierNetTrainingFromThePage()
    {
        studio::HierNetPage page;
        page.setBackboneRun(m_backbone);
        page.setHierarchyFile(m_hierarchy);
        page.usePaperDefaults(); // n = 1: split after block 1, one additional block
        QVERIFY2(page.startProblem().isEmpty(), qPrintable(page.startProblem()));
        // An impossible layout is explained before anything starts.
        page.setTreeLayout(QStringLiteral("7"), QStringLiteral("1"));
        QVERIFY(!page.startProblem().isEmpty());
        QVERIFY(!page.startTraining(path("refused")));
        QVERIFY(!QFile::exists(path("refused")));
        page.setTreeLayout(QStringLiteral("1"), QStringLiteral("x"));
        QVERIFY2(page.startProblem().contains(QStringLiteral("'x'")), qPrintable(page.startProblem()));
        page.usePaperDefaults();
        page.setRootPretraining(5);

        page.setIterations(24);
        EventLoopGapMeter meter;
        QSignalSpy finished(&page, &studio::TrainingPage::trainingFinished);
        QVERIFY2(page.startTraining(path("from-page")), qPrintable(page.lastError()));
        QVERIFY(finished.wait(180000));
        QCOMPARE(finished.at(0).at(1).toString(), QStringLiteral("finished"));
        qInfo("longest event-loop gap while a HierNet trained: %lld ms", meter.longest());
        QVERIFY(meter.longest() < 250);
        auto* curves = page.monitor()->curves();
        QVERIFY(curves->pointCount(QStringLiteral("train loss")) >= 1);
        QVERIFY(curves->pointCount(QStringLiteral("val routing (fast)")) >= 1);
        QVERIFY(curves->pointCount(QStringLiteral("val conditional (slow)")) >= 1);
        QVERIFY(curves->seriesNames().contains(QStringLiteral("node root")));
        // The tree: root and its three groups, each with its validation accuracy.
        QCOMPARE(page.tree()->nodeCount(), 4);
        QVERIFY(page.tree()->note(0).endsWith(QStringLiteral("%")));
        // Following another run (one without a validation yet) clears them: they were the last run's.
        QVERIFY(QDir().mkpath(path("no-validation-yet")));
        for (const auto* file : { "/run.json", "/hierarchy.json" })
            QVERIFY(QFile::copy(path("from-page") + QLatin1String(file), path("no-validation-yet") + QLatin1String(file)));
        page.monitor()->follower()->follow(path("no-validation-yet"));
        QCOMPARE(page.tree()->nodeCount(), 4);
        QVERIFY(page.tree()->note(0).isEmpty());
        const auto run = runs::RunDirectory::open(path("from-page").toStdString());
        QCOMPARE(run.status(), std::string("finished"));
        QCOMPARE(run.info()["config"]["root_pretrain_iterations"].get<int>(), 5);
        QCOMPARE(run.info()["config"]["seed_leaf_heads"].get<bool>(), false); // the paper's code: leaf heads fresh

        // A finished run is shown beside its backbone, and beside the backbone trained on for as many
        // iterations as the HierNet got (24 + 5 of root pre-training) once there is one.
        page.monitor()->follower()->follow(path("from-page"));
        QVERIFY2(
            page.budgetComparison().contains(QStringLiteral("no same-budget backbone yet")), qPrintable(page.budgetComparison()));
        QVERIFY(page.budgetComparison().contains(QStringLiteral("--iterations 29")));
        auto sameBudget = runs::BackboneRunConfig::continuing(m_backbone.toStdString());
        sameBudget.trainer.iterations = 29;
        QCOMPARE(int(runs::BackboneTrainingJob(path("backbone-same-budget").toStdString(), sameBudget).run().outcome),
            int(training::TrainingOutcome::Finished));
        page.monitor()->follower()->follow(path("from-page"));
        QVERIFY2(page.budgetComparison().contains(QStringLiteral("the same 29 iterations")), qPrintable(page.budgetComparison()));
        QVERIFY(page.budgetComparison().contains(QStringLiteral("(backbone-same-budget)")));
    }

    void filtersAreTheCoresImages()
    {
        studio::ExplorePage page;
        openExplore(page);
        const auto& e = m_expected;
        QCOMPARE(page.session()->evaluation().fast, e.fast);
        auto expect = [&](const std::function<bool(std::size_t)>& keep) {
            QVector<int> images;
            for (std::size_t i = 0; i < std::size_t(e.count); ++i)
                if (keep(i))
                    images << int(i);
            return images;
        };
        using Outcome = evaluation::ImageFilter::Outcome;
        const std::pair<Outcome, std::function<bool(std::size_t)>> cases[] = {
            { Outcome::All, [](std::size_t) { return true; } },
            { Outcome::Correct, [&](std::size_t i) { return e.fast[i] == e.labels[i]; } },
            { Outcome::Misrouted, [&](std::size_t i) { return e.leftPathAt[i] >= 0; } },
            { Outcome::WrongInGroup, [&](std::size_t i) { return e.leftPathAt[i] < 0 && e.fast[i] != e.labels[i]; } },
            { Outcome::FastSlowDisagree, [&](std::size_t i) { return e.fast[i] != e.slow[i]; } },
        };
        int total = 0;
        for (const auto& [outcome, keep] : cases) {
            evaluation::ImageFilter filter;
            filter.outcome = outcome;
            page.setFilter(filter);
            QCOMPARE(page.model()->images(), expect(keep));
            QCOMPARE(page.gallery()->model()->rowCount(), int(expect(keep).size()));
            total += outcome == Outcome::Misrouted || outcome == Outcome::WrongInGroup || outcome == Outcome::Correct
                ? int(expect(keep).size())
                : 0;
        }
        QCOMPARE(total, int(e.count)); // the three outcomes split the images
        evaluation::ImageFilter byClass;
        byClass.trueClass = 3;
        page.setFilter(byClass);
        QCOMPARE(page.model()->images(), expect([&](std::size_t i) { return e.labels[i] == 3; }));
        evaluation::ImageFilter atRoot;
        atRoot.leftPathAt = 0;
        page.setFilter(atRoot);
        QCOMPARE(page.model()->images(), expect([&](std::size_t i) { return e.leftPathAt[i] == 0; }));
        evaluation::ImageFilter sorted;
        sorted.order = evaluation::ImageFilter::Order::ConfidenceAscending;
        page.setFilter(sorted);
        const auto order = page.model()->images();
        for (int k = 1; k < order.size(); ++k)
            QVERIFY(e.confidence[std::size_t(order[k - 1])] <= e.confidence[std::size_t(order[k])]);
        // Thumbnails are made lazily: far fewer than the images for a filtered view that was never drawn.
        QVERIFY(page.model()->thumbnailsMade() <= int(e.count));

        // The CSV holds the filtered list.
        page.setFilter({});
        const QString csv = path("images.csv");
        QVERIFY(page.exportCsv(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), int(e.count) + 1);
        QCOMPARE(lines[0], QStringLiteral("index,true,fast,slow,left_path_at,confidence,severity"));
        QVERIFY(lines[1].startsWith(QStringLiteral("0,")));
    }

    void clickShowsTheCoresRoute()
    {
        studio::ExplorePage page;
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        openExplore(page);
        evaluation::ImageFilter misrouted;
        misrouted.outcome = evaluation::ImageFilter::Outcome::Misrouted;
        page.setFilter(misrouted);
        if (page.model()->images().size() < 2) // a tiny fixture model might route almost everything right
            page.setFilter({});
        const int row = 1;
        const int image = page.model()->imageAt(row);
        QSignalSpy shown(&page, &studio::ExplorePage::routeShown);
        const QRect rect = page.gallery()->visualRect(page.model()->index(row));
        QTest::mouseClick(page.gallery()->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().at(0).toInt() == image, 30000);

        auto loaded = runs::loadHierNetRun(m_hiernet.toStdString(), "cpu");
        const auto images = loaded.dataset.split(data::Split::Test);
        c10::AutoGradMode noGrad(false);
        const auto expected = evaluation::explainRoute(*loaded.model->net,
            loaded.preprocessor.normalize(images.images.slice(0, image, image + 1))[0],
            images.labels[image].item<std::int64_t>());
        const auto& got = page.inspector()->explanation();
        QCOMPARE(got.index, std::int64_t(image));
        QCOMPARE(got.trueClass, expected.trueClass);
        QCOMPARE(got.fastPrediction, expected.fastPrediction);
        QCOMPARE(got.slowPrediction, expected.slowPrediction);
        QCOMPARE(got.partedAt, expected.partedAt);
        QCOMPARE(got.taken.size(), expected.taken.size());
        for (std::size_t s = 0; s < got.taken.size(); ++s) {
            QCOMPARE(got.taken[s].treeNode, expected.taken[s].treeNode);
            QCOMPARE(got.taken[s].probabilities, expected.taken[s].probabilities);
        }
        QCOMPARE(got.top5, expected.top5);
        // What is drawn is that explanation: the first bars are the root's children with the root's probabilities.
        const auto bars = page.inspector()->bars();
        QVERIFY(bars.size() >= int(expected.taken.size()) + 1);
        QCOMPARE(int(bars[0]->bars().size()), int(expected.taken[0].probabilities.size()));
        for (std::size_t j = 0; j < expected.taken[0].probabilities.size(); ++j) {
            QCOMPARE(bars[0]->bars()[int(j)].value, expected.taken[0].probabilities[j]);
            QCOMPARE(bars[0]->bars()[int(j)].chosen, int(j) == expected.taken[0].chosen);
        }
        QCOMPARE(page.inspector()->tree()->takenPath().size(), int(expected.taken.size()));
        QCOMPARE(page.inspector()->tree()->truePath().size(), int(expected.truePath.size()));
        QCOMPARE(page.inspector()->tree()->flagged() >= 0, expected.partedAt >= 0);

        // Keyboard: the next image in the filtered list.
        QTest::keyClick(page.gallery(), Qt::Key_Right);
        const int next = page.model()->imageAt(row + 1);
        QTRY_VERIFY_WITH_TIMEOUT(page.inspector()->explanation().index == next, 30000);

        // Exports of the inspector and of the overview.
        QVERIFY(studio::exportWidget(page.inspector(), path("route.png")));
        QVERIFY(QImage(path("route.png")).width() > 0);
        QVERIFY(studio::exportWidget(page.overview(), path("errors.pdf")));
        QVERIFY(QFileInfo(path("errors.pdf")).size() > 0);
    }

    void confusionCellFiltersTheGallery()
    {
        studio::ExplorePage page;
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        openExplore(page);
        auto* overview = page.overview();
        QCOMPARE(overview->nodeTable()->rowCount(), int(m_expected.nodes.size()));
        overview->showNode(0);
        auto* table = overview->confusionTable();
        QCOMPARE(table->rowCount(), 3);
        // The cell with the most off-diagonal images (or the first diagonal cell when there is none).
        int row = 0, column = 0;
        std::int64_t most = -1;
        for (int a = 0; a < 3; ++a)
            for (int b = 0; b < 3; ++b)
                if (a != b && m_expected.nodes[0].confusion[std::size_t(a)][std::size_t(b)] > most) {
                    most = m_expected.nodes[0].confusion[std::size_t(a)][std::size_t(b)];
                    row = a;
                    column = b;
                }
        QCOMPARE(
            table->item(row, column)->text().toLongLong(), m_expected.nodes[0].confusion[std::size_t(row)][std::size_t(column)]);
        const QRect rect = table->visualItemRect(table->item(row, column));
        page.setVisible(true);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QVector<int> expected;
        for (std::size_t i = 0; i < std::size_t(m_expected.count); ++i)
            if (m_expected.nodeTrueChild[0][i] == row && m_expected.nodeChoice[0][i] == column)
                expected << int(i);
        QCOMPARE(page.filter().node, 0);
        QCOMPARE(page.model()->images(), expected);
        QCOMPARE(int(expected.size()), int(m_expected.nodes[0].confusion[std::size_t(row)][std::size_t(column)]));
    }

    void mapsAreTheCoresGradCams()
    {
        studio::ExplorePage page;
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        openExplore(page);
        QVERIFY(page.session()->hasBackbone());
        evaluation::ImageFilter misrouted;
        misrouted.outcome = evaluation::ImageFilter::Outcome::Misrouted;
        page.setFilter(misrouted);
        if (page.model()->images().isEmpty())
            page.setFilter({});
        const int image = page.model()->imageAt(0);
        QSignalSpy maps(&page, &studio::ExplorePage::mapsShown);
        page.selectImage(image);
        QTRY_VERIFY_WITH_TIMEOUT(!maps.isEmpty() && maps.last().at(0).toInt() == image, 60000);
        auto* inspector = page.inspector();
        const auto& explanation = inspector->explanation();

        // One map per decision on both paths, then the backbone's for its prediction (and the true class).
        auto loaded = runs::loadHierNetRun(m_hiernet.toStdString(), "cpu");
        auto backbone = runs::loadTransferredBackbone(loaded);
        QVERIFY(backbone);
        const auto images = loaded.dataset.split(data::Split::Test);
        const auto x = loaded.preprocessor.normalize(images.images.slice(0, image, image + 1))[0];
        const auto requests = evaluation::routeCamRequests(explanation);
        std::int64_t backbonePrediction = 0;
        {
            c10::AutoGradMode noGrad(false);
            backbone->net->eval();
            backbonePrediction = backbone->net->forward(x.unsqueeze(0)).argmax(1).item<std::int64_t>();
        }
        const int backboneMaps = backbonePrediction == explanation.trueClass ? 1 : 2;
        const auto& shown = inspector->maps();
        QCOMPARE(int(shown.size()), int(requests.size()) + backboneMaps);
        for (int i = 0; i < int(shown.size()); ++i) {
            const auto& map = shown[i];
            const auto expected = i < int(requests.size()) ? evaluation::gradCamAtNode(
                                      *loaded.model->net, x, requests[std::size_t(i)].treeNode, requests[std::size_t(i)].output)
                                                           : evaluation::gradCamBackbone(*backbone->net, x, map.output);
            QCOMPARE(map.treeNode, i < int(requests.size()) ? requests[std::size_t(i)].treeNode : -1);
            QCOMPARE(map.width, int(expected.activationMap.size(1)));
            QCOMPARE(int(map.values.size()), int(expected.activationMap.numel()));
            QVERIFY(
                torch::allclose(torch::tensor(map.values).view_as(expected.activationMap), expected.activationMap, 1e-4, 1e-6));
            QVERIFY(std::abs(map.probability - expected.probability) < 1e-5);
        }
        QCOMPARE(shown.back().isBackbone(), true);
        QCOMPARE(shown[int(requests.size())].output, int(backbonePrediction));
        // A small map beside each node, one in the list over the image per map, the first drawn over it.
        QCOMPARE(inspector->mapThumbnails().size(), int(shown.size()));
        QCOMPARE(inspector->mapChoice()->count(), int(shown.size()) + 1);
        QCOMPARE(inspector->currentMap(), 0);
        const QImage half = inspector->shownImage();
        inspector->opacitySlider()->setValue(100);
        QVERIFY(inspector->shownImage() != half);
        inspector->mapThumbnails().last()->click();
        QCOMPARE(inspector->currentMap(), int(shown.size()) - 1);
        inspector->setCurrentMap(-1);
        const QImage plain = inspector->shownImage();
        inspector->opacitySlider()->setValue(30);
        QCOMPARE(inspector->shownImage(), plain); // no map: the opacity changes nothing

        // Asked again, the maps come from the cache.
        const auto cachedMaps = page.session()->cachedMapCount();
        QCOMPARE(cachedMaps, std::size_t(shown.size()));
        const auto again = page.session()->mapsNow(image, explanation);
        QCOMPARE(page.session()->cachedMapCount(), cachedMaps);
        QCOMPARE(again.size(), shown.size());
        QCOMPARE(again[0].values, shown[0].values);
    }

    void yourOwnImagesAreRoutedWithTheirMaps()
    {
        // Files of any size and colour (and one that is not an image) dropped on the page: each converted as the README
        // says, listed above the gallery, its route the core's for the same input and its maps one per decision.
        QTemporaryDir files;
        QImage colour(50, 30, QImage::Format_RGB32);
        colour.fill(QColor(200, 40, 90));
        QVERIFY(colour.save(files.filePath(QStringLiteral("photo.png"))));
        QImage grey(7, 9, QImage::Format_Grayscale8);
        grey.fill(180);
        QVERIFY(grey.save(files.filePath(QStringLiteral("small.jpg"))));
        fixtures::writeText(files.filePath(QStringLiteral("notes.txt")).toStdString(), "not an image\n");
        studio::ExplorePage page;
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        openExplore(page);
        const int split = page.session()->splitImageCount();
        QCOMPARE(split, int(m_expected.count));
        // The drop: a folder.
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(files.path()) });
        QSignalSpy routes(&page, &studio::ExplorePage::routeShown);
        QSignalSpy maps(&page, &studio::ExplorePage::mapsShown);
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&page, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&page, &drop);
        QCOMPARE(page.session()->ownImageCount(), 2);
        QCOMPARE(page.ownImagesList()->count(), 2);
        QVERIFY(page.ownImagesList()->isVisibleTo(&page));
        QVERIFY2(page.statusText().contains(QStringLiteral("notes.txt")), qPrintable(page.statusText())); // named, skipped
        QCOMPARE(page.session()->ownImageFile(split), files.filePath(QStringLiteral("photo.png")));
        // The first new image's route, then its maps.
        QTRY_VERIFY_WITH_TIMEOUT(!routes.isEmpty() && routes.last().at(0).toInt() == split, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!maps.isEmpty() && maps.last().at(0).toInt() == split, 60000);
        const auto& shown = page.inspector()->explanation();
        QCOMPARE(shown.trueClass, std::int64_t(-1));
        QVERIFY(shown.truePath.empty());
        QVERIFY2(
            page.inspector()->summaryText().contains(QStringLiteral("photo.png")), qPrintable(page.inspector()->summaryText()));
        auto loaded = runs::loadHierNetRun(m_hiernet.toStdString(), "cpu");
        data::DecodedImage decoded;
        QVERIFY(data::decodeImageFile(files.filePath(QStringLiteral("photo.png")).toStdString(), decoded));
        const auto shape = loaded.dataset.imageShape();
        const auto input = data::imageAsInput(decoded, int(shape[0]), int(shape[1]), int(shape[2]));
        {
            c10::AutoGradMode noGrad(false);
            const auto expected = evaluation::explainRoute(*loaded.model->net, loaded.preprocessor.normalize(input)[0], -1);
            QCOMPARE(shown.fastPrediction, expected.fastPrediction);
            QCOMPARE(shown.slowPrediction, expected.slowPrediction);
            QCOMPARE(shown.taken.size(), expected.taken.size());
            for (std::size_t i = 0; i < shown.taken.size(); ++i)
                for (std::size_t j = 0; j < shown.taken[i].probabilities.size(); ++j)
                    QVERIFY(std::abs(shown.taken[i].probabilities[j] - expected.taken[i].probabilities[j]) < 1e-5);
        }
        // One map per node of the route and the backbone's for its prediction: nothing is "true" for your image.
        QCOMPARE(int(page.inspector()->maps().size()), int(shown.taken.size()) + 1);
        // The grey one through a click; then cleared, the gallery's images are as before.
        page.ownImagesList()->setCurrentRow(1);
        QTRY_VERIFY_WITH_TIMEOUT(routes.last().at(0).toInt() == split + 1, 60000);
        QTest::mouseClick(page.ownImagesList()->parentWidget()->findChildren<QPushButton*>().value(0), Qt::LeftButton);
        QCOMPARE(page.session()->ownImageCount(), 0);
        QVERIFY(!page.ownImagesList()->isVisibleTo(&page));
        QCOMPARE(page.model()->rowCount(), int(page.model()->images().size()));
        // A run folder dropped is left to the window.
        QMimeData run;
        run.setUrls({ QUrl::fromLocalFile(m_hiernet) });
        QDragEnterEvent runEnter(QPoint(10, 10), Qt::CopyAction, &run, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&page, &runEnter);
        QVERIFY(!runEnter.isAccepted());
    }

    void severitiesBesideTheBackbone()
    {
        studio::ExplorePage page;
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        openExplore(page);
        const auto& e = page.session()->evaluation();
        // The backbone's own predictions on the test split, measured in the HierNet's hierarchy.
        auto backbone = runs::loadBackboneRun(m_backbone.toStdString(), "cpu");
        const auto backboneResult = training::evaluate(
            *backbone.model, backbone.dataset.split(data::Split::Test), backbone.preprocessor, backbone.device);
        QCOMPARE(e.backbone, backboneResult.predictions);
        const evaluation::MistakeSeverity measure(page.session()->hierarchy());
        const auto expected
            = evaluation::summarizeSeverities(measure.of(m_expected.labels, backboneResult.predictions), measure.maximum());
        QCOMPARE(measure.maximum(), 2);

        auto* table = page.overview()->severityTable();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->columnCount(), 3 + 3);
        QCOMPARE(table->verticalHeaderItem(0)->text(), QStringLiteral("Backbone"));
        const QLocale locale = page.overview()->locale();
        QCOMPARE(table->item(0, 0)->text(), locale.toString(100 * backboneResult.top1, 'f', 2) + QStringLiteral(" %"));
        QCOMPARE(table->item(0, 1)->text(), locale.toString(expected.meanMistakeSeverity, 'f', 3));
        for (int s = 0; s <= 2; ++s)
            QCOMPARE(table->item(0, 3 + s)->text(), locale.toString(expected.histogram[std::size_t(s)]));
        const auto fast = evaluation::summarizeSeverities(measure.of(m_expected.labels, m_expected.fast), 2);
        QCOMPARE(table->item(1, 0)->text(), locale.toString(100 * m_expected.routingTop1, 'f', 2) + QStringLiteral(" %"));
        for (int s = 0; s <= 2; ++s)
            QCOMPARE(table->item(1, 3 + s)->text(), locale.toString(fast.histogram[std::size_t(s)]));
        const auto bars = page.overview()->severityChart()->shownPercentages();
        QCOMPARE(bars.size(), 3);
        QCOMPARE(bars[1].size(), 2); // severities 1 and 2
        QVERIFY(std::abs(bars[1][1] - 100.0 * double(fast.histogram[2]) / double(fast.count)) < 1e-9);

        // A click on a severity column filters the gallery to those images.
        const QRect cell = table->visualItemRect(table->item(1, 3 + 1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(page.filter().severity, 1);
        QVector<int> severityOne;
        for (std::size_t i = 0; i < std::size_t(m_expected.count); ++i)
            if (fast.count && measure.of(m_expected.labels[i], m_expected.fast[i]) == 1)
                severityOne << int(i);
        QCOMPARE(page.model()->images(), severityOne);
        QCOMPARE(page.severityFilter()->count(), 1 + 3);
    }

    void withoutItsBackboneTheRunStillOpens()
    {
        // A copy of the run whose backbone folder is gone: no backbone row, no backbone maps, and a note why.
        const QString moved = path("hiernet-moved");
        QVERIFY(QDir().mkpath(moved));
        for (const auto* file : { "/run.json", "/hierarchy.json", "/checkpoint.pt" })
            QVERIFY(QFile::copy(m_hiernet + QLatin1String(file), moved + QLatin1String(file)));
        auto info = nlohmann::json::parse(io::readText((moved + QStringLiteral("/run.json")).toStdString()));
        info["config"]["backbone_run"] = path("deleted-backbone").toStdString();
        io::writeAtomically((moved + QStringLiteral("/run.json")).toStdString(), info.dump());
        studio::ExplorePage page;
        QSignalSpy ready(&page, &studio::ExplorePage::ready);
        page.openRun(moved, data::Split::Test);
        QVERIFY2(ready.wait(120000), qPrintable(page.statusText()));
        QVERIFY(!page.session()->hasBackbone());
        QVERIFY2(page.session()->noBackboneReason().contains(path("deleted-backbone")),
            qPrintable(page.session()->noBackboneReason()));
        QCOMPARE(page.overview()->severityTable()->rowCount(), 2);
        QVERIFY(page.session()->evaluation().backbone.empty());
        const auto explanation = page.session()->explainNow(0);
        const auto maps = page.session()->mapsNow(0, explanation);
        QCOMPARE(int(maps.size()), int(evaluation::routeCamRequests(explanation).size()));
    }

    void coarseRoutingMarksTheImagesThatStop()
    {
        studio::ExplorePage page;
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        openExplore(page);
        const auto& e = page.session()->evaluation();
        QCOMPARE(e.fast, m_expected.fast);
        auto* panel = page.overview()->coarseRouting();
        const auto& points = panel->curve()->points();
        QCOMPARE(points.size(), 101);
        QCOMPARE(points.front().coverage, 1.0); // τ = 0: the fast routing
        QCOMPARE(points.front().leafAccuracy, m_expected.routingTop1);
        for (int k = 1; k < points.size(); ++k)
            QVERIFY(points[k].coverage <= points[k - 1].coverage);
        // A τ that stops some images and not others: the median probability of the routes' first choices.
        std::vector<double> first;
        for (const auto& p : e.routeProbability)
            first.push_back(p.front());
        std::sort(first.begin(), first.end());
        const double tau = std::round(100 * first[first.size() / 2]) / 100;
        panel->setThreshold(tau);
        QCOMPARE(page.model()->coarseThreshold(), tau);
        int stopped = 0;
        for (int i = 0; i < int(e.count); ++i) {
            QCOMPARE(page.model()->stopsAtGroup(i), evaluation::stopsAtGroup(m_expected, i, tau));
            stopped += page.model()->stopsAtGroup(i);
        }
        QVERIFY(stopped > 0);
        auto* show = panel->findChild<QPushButton*>();
        QVERIFY(show);
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(int(page.filter().outcome), int(evaluation::ImageFilter::Outcome::StoppedAtGroup));
        QCOMPARE(page.model()->images().size(), stopped);
        QCOMPARE(evaluation::coverageAt(e, tau).stoppedAtGroup, std::int64_t(stopped));
        QVERIFY2(panel->summaryText().contains(QString::number(stopped)), qPrintable(panel->summaryText()));
        // The hierarchical scores beside the severities: backbone, fast and slow rows, hP/hR/hF/macro hF and two levels.
        const auto h = e.hierarchical();
        auto* table = page.overview()->hierarchicalTable();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->columnCount(), 4 + 2);
        const auto percent = [&](double v) { return table->locale().toString(100 * v, 'f', 2) + QStringLiteral(" %"); };
        QCOMPARE(table->item(0, 2)->text(), percent(h.backbone->microF1));
        QCOMPARE(table->item(1, 0)->text(), percent(h.fast.microPrecision));
        QCOMPARE(table->item(2, 4)->text(), percent(h.slow.levelAccuracy[0]));
        QCOMPARE(table->item(1, 5)->text(), percent(m_expected.routingTop1)); // the leaf level is top-1
    }

    /// The images of the split that `answers` gives `predicted` for true class `trueClass`, most confident first.
    static QVector<int> cellImages(const evaluation::HierNetEvaluation& e, const std::vector<std::int64_t>& answers,
        const std::vector<double>& confidence, int trueClass, int predicted)
    {
        QVector<int> expected;
        for (std::size_t i = 0; i < answers.size(); ++i)
            if (e.labels[i] == trueClass && answers[i] == predicted)
                expected << int(i);
        std::stable_sort(expected.begin(), expected.end(),
            [&](int a, int b) { return confidence[std::size_t(a)] > confidence[std::size_t(b)]; });
        return expected;
    }

    /// The most frequent wrong pair of `answers`.
    static std::pair<int, int> mostConfused(const evaluation::HierNetEvaluation& e, const std::vector<std::int64_t>& answers)
    {
        std::map<std::pair<int, int>, int> pairs;
        for (std::size_t i = 0; i < answers.size(); ++i)
            if (answers[i] != e.labels[i])
                ++pairs[{ int(e.labels[i]), int(answers[i]) }];
        return std::max_element(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) {
            return a.second < b.second;
        })->first;
    }

    void confusionCellsOpenTheirImages()
    {
        studio::settings::rememberRun(m_hiernet); // a known HierNet trained from the backbone
        studio::MainWindow window;
        window.resize(1300, 850);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openRun(m_backbone); // its CPM on the Confusion page
        auto* confusion = window.confusionPage();
        auto* heatmap = confusion->heatmap();
        QCOMPARE(heatmap->size(), 10);
        auto* explore = window.explorePage();
        auto* session = explore->session();
        QSignalSpy ready(explore, &studio::ExplorePage::ready);
        auto clickCell = [&](std::pair<int, int> cell, evaluation::Predictor answer) {
            window.showPage(QStringLiteral("confusion"));
            confusion->cellAnswerChooser()->setCurrentIndex(confusion->cellAnswerChooser()->findData(int(answer)));
            const int row = int(heatmap->order().indexOf(cell.first)), column = int(heatmap->order().indexOf(cell.second));
            QTest::mouseClick(
                heatmap->plot(), Qt::LeftButton, {}, heatmap->plot()->mapFrom(heatmap, heatmap->cellCentre(row, column)));
        };
        // The backbone's answers: the backbone run itself opens on Explore, as its tree of one node, whose answers are
        // the backbone's own predictions on the split the CPM was measured on (validation).
        auto backbone = runs::loadBackboneRun(m_backbone.toStdString(), "cpu");
        const auto predicted = training::evaluate(
            *backbone.model, backbone.dataset.split(data::Split::Val), backbone.preprocessor, backbone.device);
        clickCell({ 6, 0 }, evaluation::Predictor::Backbone);
        QVERIFY(ready.wait(120000));
        QCOMPARE(window.currentPageId(), QStringLiteral("explore"));
        QVERIFY(session->isBackboneRun());
        QCOMPARE(QFileInfo(session->directory()).absoluteFilePath(), QFileInfo(m_backbone).absoluteFilePath());
        QCOMPARE(int(session->split()), int(data::Split::Val));
        QCOMPARE(session->evaluation().fast, predicted.predictions);
        const auto backboneCell = mostConfused(session->evaluation(), predicted.predictions);
        clickCell(backboneCell, evaluation::Predictor::Backbone); // the backbone is open now: at once
        const auto viaItsTree = explore->model()->images();
        QCOMPARE(viaItsTree,
            cellImages(
                session->evaluation(), predicted.predictions, predicted.confidences, backboneCell.first, backboneCell.second));
        QVERIFY(!viaItsTree.isEmpty());
        // As many images as the CPM's hard count in that cell.
        const auto& cpm = window.groupingSession()->cpm();
        QCOMPARE(double(viaItsTree.size()), cpm.confusion[std::size_t(backboneCell.first * cpm.size() + backboneCell.second)]);

        // A HierNet's answers: the newest known HierNet trained from this backbone opens (the one trained on the page
        // above, when it ran first); then every answer is shown at once, the backbone's read from its evaluation.
        ready.clear();
        clickCell({ 6, 0 }, evaluation::Predictor::HierNetFast);
        QVERIFY(ready.wait(120000));
        QVERIFY(!session->isBackboneRun());
        QCOMPARE(QFileInfo(session->backboneDirectory()).absoluteFilePath(), QFileInfo(m_backbone).absoluteFilePath());
        const auto& e = session->evaluation();
        QCOMPARE(e.backbone, predicted.predictions);
        for (auto answer :
            { evaluation::Predictor::HierNetFast, evaluation::Predictor::HierNetSlow, evaluation::Predictor::Backbone }) {
            const auto cell = answer == evaluation::Predictor::Backbone ? backboneCell : mostConfused(e, e.answersOf(answer));
            clickCell(cell, answer);
            QCOMPARE(window.currentPageId(), QStringLiteral("explore"));
            QCOMPARE(explore->filter().trueClass, cell.first);
            QCOMPARE(explore->filter().predictedClass, cell.second);
            QCOMPARE(int(explore->filter().answer), int(answer));
            QCOMPARE(
                explore->model()->images(), cellImages(e, e.answersOf(answer), e.confidenceOf(answer), cell.first, cell.second));
        }
        QCOMPARE(explore->model()->images(), viaItsTree); // the backbone's cell, either way

        // A backbone no HierNet was trained from: its own answers open, a HierNet's are refused with the reason.
        const auto lonely = path("lonely-backbone");
        QVERIFY(QDir().mkpath(lonely));
        for (const auto* file : { "/run.json", "/cpm.json", "/checkpoint.pt" })
            QVERIFY(QFile::copy(m_backbone + QLatin1String(file), lonely + QLatin1String(file)));
        window.openRun(lonely);
        ready.clear();
        QVERIFY(window.showCellImages(backboneCell.first, backboneCell.second, evaluation::Predictor::Backbone));
        QVERIFY(ready.wait(120000));
        QCOMPARE(QFileInfo(session->directory()).absoluteFilePath(), QFileInfo(lonely).absoluteFilePath());
        QCOMPARE(explore->model()->images(), viaItsTree);
        window.showPage(QStringLiteral("confusion"));
        QVERIFY(!window.showCellImages(1, 2, evaluation::Predictor::HierNetFast));
        QVERIFY2(confusion->statusText().contains(QStringLiteral("train a HierNet from this backbone")),
            qPrintable(confusion->statusText()));
        QCOMPARE(window.currentPageId(), QStringLiteral("confusion"));
    }

    void aHierNetRunOpensWithItsGrouping()
    {
        studio::MainWindow window;
        QVERIFY(window.openRunFolder(m_hiernet));
        auto* grouping = window.groupingSession();
        QCOMPARE(QFileInfo(grouping->cpmPath()).absolutePath(), QFileInfo(m_backbone).absoluteFilePath());
        const auto trained = grouping::Hierarchy::load(m_hierarchy.toStdString(), grouping->classNames());
        QVERIFY(grouping->hierarchy() == trained);
        QCOMPARE(window.confusionPage()->heatmap()->size(), 10);
        QCOMPARE(window.confusionPage()->groups().size(), std::size_t(3)); // the heatmap ordered by the trained groups
        QSignalSpy ready(window.explorePage(), &studio::ExplorePage::ready);
        QVERIFY(ready.wait(120000)); // its Explore page too
    }

    void evaluationIsCachedPerCheckpoint()
    {
        studio::ExplorePage page;
        openExplore(page); // earlier tests evaluated this run already
        QVERIFY(page.session()->fromCache());
        QCOMPARE(page.session()->evaluation().fast, m_expected.fast);
        QVERIFY(QFile::exists(m_hiernet + QStringLiteral("/explore-test.json")));
        // `hiernet route --first-misrouted` answers from the same cache (the core's evaluateCached).
        auto loaded = runs::loadHierNetRun(m_hiernet.toStdString(), "cpu");
        bool shared = false;
        QCOMPARE(runs::evaluateCached(loaded, data::Split::Test, &shared).fast, m_expected.fast);
        QVERIFY(shared);
        // A damaged cache is made again, not trusted.
        QFile cache(m_hiernet + QStringLiteral("/explore-test.json"));
        QVERIFY(cache.open(QIODevice::WriteOnly | QIODevice::Truncate));
        cache.write("{ broken");
        cache.close();
        studio::ExplorePage again;
        openExplore(again);
        QVERIFY(!again.session()->fromCache());
        QCOMPARE(again.session()->evaluation().fast, m_expected.fast);

        studio::ExplorePage bad;
        QSignalSpy failed(&bad, &studio::ExplorePage::failed);
        bad.openRun(path("no-such-run"));
        QVERIFY(failed.wait(30000));
        QVERIFY2(failed.at(0).at(0).toString().contains(path("no-such-run")), qPrintable(failed.at(0).at(0).toString()));
    }
};

QTEST_MAIN(TestStudioExplore)
#include "tst_studio_explore.moc"
