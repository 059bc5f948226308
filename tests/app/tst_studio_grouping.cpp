// The Grouping page: sliders give exactly the core's groups, the dendrogram's cut is p_min, hand edits
// are undoable, hierarchies load, compare and save, and the Confusion page follows.
#include "ConfusionHeatmap.h"
#include "ConfusionPage.h"
#include "CpmFile.h"
#include "Dendrogram.h"
#include "Fixtures.h"
#include "GroupingPage.h"
#include "HierarchyModel.h"
#include "MainWindow.h"
#include "StudioSettings.h"
#include "data/Dataset.h"
#include "grouping/GroupingEngine.h"
#include "grouping/HierarchyBuilder.h"
#include "grouping/SyntheticCpm.h"

#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QMimeData>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace hiernet;

namespace {
constexpr int kClasses = 100;

/// The class's leaf group, as a class list.
std::vector<int> groupOf(const grouping::Hierarchy& h, int classId)
{
    return h.classesUnder(h.node(h.classNode(classId)).parent);
}
} // namespace

class TestStudioGrouping : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::vector<double> m_values;

    std::unique_ptr<studio::GroupingPage> openPage(double pMin = 0.01, int gMax = 50)
    {
        auto page = std::make_unique<studio::GroupingPage>();
        page->setGMax(gMax);
        page->setPMin(pMin);
        if (!page->openCpm(m_dir.path()))
            qFatal("%s", qPrintable(page->statusText()));
        return page;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_values = grouping::syntheticCpm(kClasses, 7);
        QVERIFY(writeCpmJson(m_dir.filePath(QStringLiteral("cpm.json")), m_values, numberedClasses(kClasses)));
    }

    void choicesAreRememberedOnceNotPerTick()
    {
        studio::settings::groupingPMin.setValue(0.02);
        studio::settings::groupingGMax.setValue(7);
        {
            auto page = openPage(0.01, 12);
            for (int position = 0; position <= page->pMinSlider()->maximum(); position += 50)
                page->pMinSlider()->setValue(position);
            page->setPMin(0.003);
            QCOMPARE(studio::settings::groupingPMin.value(), 0.02); // no QSettings write while the slider moves
            QCOMPARE(studio::settings::groupingGMax.value(), 7);
        }
        QCOMPARE(studio::settings::groupingPMin.value(), 0.003); // the last choice, once the page goes
        QCOMPARE(studio::settings::groupingGMax.value(), 12);
        auto next = std::make_unique<studio::GroupingPage>(); // and the next page starts from it
        QCOMPARE(next->pMin(), 0.003);
    }

    void sliderGivesTheCoresGroups()
    {
        auto page = openPage(0.01, 12);
        grouping::GroupingEngine engine(m_values, kClasses);
        engine.setMaxGroupSize(12);
        QElapsedTimer clock;
        qint64 slowest = 0;
        int changes = 0;
        for (int position = 0; position <= page->pMinSlider()->maximum(); position += 7) {
            clock.start();
            page->pMinSlider()->setValue(position);
            QCoreApplication::processEvents();
            slowest = std::max(slowest, clock.elapsed());
            const double pMin = page->pMin();
            QCOMPARE(page->leafGroups(), engine.groups(pMin));
            QCOMPARE(page->dendrogram()->cut(), pMin);
            QCOMPARE(page->dendrogram()->mergesBelowCut(), engine.mergeCount(pMin));
            changes += 1;
        }
        qInfo("slowest slider step at %d classes: %lld ms over %d steps", kClasses, slowest, changes);
        // A drag is one undo step, however many values it passed.
        QCOMPARE(page->undoStack()->count(), 1);

        page->setGMax(5);
        engine.setMaxGroupSize(5);
        QCOMPARE(page->leafGroups(), engine.groups(page->pMin()));
        for (const auto& group : page->leafGroups())
            QVERIFY(group.size() <= 5);
    }

    void spinBoxIsExact()
    {
        auto page = openPage();
        grouping::GroupingEngine engine(m_values, kClasses);
        engine.setMaxGroupSize(50);
        for (double pMin : {0.000731, 0.0075, 0.0213, 0.3}) {
            page->pMinSpin()->setValue(pMin);
            QCOMPARE(page->pMin(), pMin);
            QCOMPARE(page->leafGroups(), engine.groups(pMin));
        }
    }

    void draggingTheCutMovesPMin()
    {
        auto page = openPage(0.01, 50);
        auto* dendrogram = page->dendrogram();
        dendrogram->resize(600, 400);
        grouping::GroupingEngine engine(m_values, kClasses);
        engine.setMaxGroupSize(50);
        const int y = dendrogram->yOf(0.03);
        QTest::mousePress(dendrogram, Qt::LeftButton, {}, QPoint(300, y));
        QTest::mouseRelease(dendrogram, Qt::LeftButton, {}, QPoint(300, y));
        const double expected = dendrogram->proximityAt(y);
        QVERIFY(std::abs(page->pMin() - expected) < 1e-6); // the spin box keeps six decimals
        QCOMPARE(page->leafGroups(), engine.groups(page->pMin()));
        QCOMPARE(dendrogram->cut(), page->pMin());
    }

    void dragAndDropIsUndoable()
    {
        auto page = openPage(0.01, 50);
        const auto before = page->hierarchy();
        auto* model = page->model();
        // Drag class 0 onto the group of the first class that is not with it.
        int other = 1;
        while (groupOf(before, other) == groupOf(before, 0))
            ++other;
        const QModelIndex classIndex = model->indexOfNode(before.classNode(0));
        const int targetGroup = before.node(before.classNode(other)).parent;
        const QModelIndex groupIndex = model->indexOfNode(targetGroup);
        QVERIFY(model->flags(classIndex) & Qt::ItemIsDragEnabled);
        QVERIFY(model->flags(groupIndex) & Qt::ItemIsDropEnabled);
        std::unique_ptr<QMimeData> mime(model->mimeData({classIndex}));
        QVERIFY(model->canDropMimeData(mime.get(), Qt::MoveAction, -1, 0, groupIndex));
        model->dropMimeData(mime.get(), Qt::MoveAction, -1, 0, groupIndex);

        const auto& after = page->hierarchy();
        QVERIFY(after != before);
        QCOMPARE(after.node(after.node(after.classNode(0)).parent).name, before.node(targetGroup).name);
        auto expected = groupOf(before, other);
        QVERIFY(groupOf(after, 0).size() == expected.size() + 1);
        QCOMPARE(page->model()->hierarchy(), after);

        page->undoStack()->undo();
        QVERIFY(page->hierarchy() == before);
        QVERIFY(page->model()->hierarchy() == before);
        page->undoStack()->redo();
        QCOMPARE(page->hierarchy().node(page->hierarchy().node(page->hierarchy().classNode(0)).parent).name, before.node(targetGroup).name);
    }

    void mergeSplitRenameAndUndo()
    {
        auto page = openPage(0.02, 50);
        const auto start = page->hierarchy();
        const auto groups = start.leafGroups();
        QVERIFY(groups.size() >= 3);
        QVERIFY(page->mergeGroups({groups[0], groups[1]}));
        QCOMPARE(page->leafGroups().size(), groups.size() - 1);
        const auto merged = page->hierarchy();
        const int group = merged.leafGroups()[0];
        const auto members = merged.classesUnder(group);
        QVERIFY(page->splitClasses({members.back()}));
        QCOMPARE(page->leafGroups().size(), groups.size());
        const int firstGroup = page->hierarchy().leafGroups()[0];
        QVERIFY(page->renameNode(firstGroup, QStringLiteral("tops")));
        QCOMPARE(page->hierarchy().node(firstGroup).name, std::string("tops"));
        // A clash is refused with a message and changes nothing.
        const auto beforeClash = page->hierarchy();
        QVERIFY(!page->renameNode(page->hierarchy().leafGroups()[1], QStringLiteral("tops")));
        QVERIFY(page->statusText().contains(QStringLiteral("tops")));
        QVERIFY(page->hierarchy() == beforeClash);
        // Splitting classes of two groups at once is refused.
        QVERIFY(!page->splitClasses({page->hierarchy().classesUnder(page->hierarchy().leafGroups()[0])[0],
                                     page->hierarchy().classesUnder(page->hierarchy().leafGroups()[1])[0]}));
        QVERIFY(page->statusText().contains(QStringLiteral("different groups")));

        page->undoStack()->undo(); // rename
        page->undoStack()->undo(); // split
        QVERIFY(page->hierarchy() == merged);
        page->undoStack()->undo(); // merge
        QVERIFY(page->hierarchy() == start);
    }

    void undoRestoresTheSliders()
    {
        auto page = openPage(0.01, 50);
        const auto start = page->hierarchy();
        page->setGMax(7);
        page->setPMin(0.002);
        QCOMPARE(page->undoStack()->count(), 2);
        QVERIFY(page->hierarchy() != start);
        page->undoStack()->undo();
        QCOMPARE(page->gMax(), 7);
        page->undoStack()->undo();
        QCOMPARE(page->gMax(), 50);
        QCOMPARE(page->pMin(), 0.01);
        QVERIFY(page->hierarchy() == start);
    }

    void furtherLevelsMakeADeeperTree()
    {
        auto page = openPage(0.005, 100);
        page->setLevels(QStringLiteral("0.05:10"));
        QVERIFY(page->hierarchy().statistics().depth >= 1);
        grouping::Cpm cpm = page->cpm();
        const auto expected = grouping::buildHierarchy(cpm, {{0.005, 100}, {0.05, 10}});
        QVERIFY(page->hierarchy() == expected);
        page->setLevels(QStringLiteral("0.05"));
        QVERIFY2(page->statusText().contains(QStringLiteral("0.05")), qPrintable(page->statusText()));
        QVERIFY(page->hierarchy() == expected); // a bad level changes nothing
    }

    void loadCompareAndSave()
    {
        auto page = openPage(0.01, 50);
        const auto original = page->hierarchy();
        const QString saved = m_dir.filePath(QStringLiteral("hierarchy.json"));
        QVERIFY(page->save(saved));
        QVERIFY(grouping::Hierarchy::load(saved.toStdString(), numberedClasses(kClasses)) == original);

        // Compare against the saved file after moving one class: exactly that class moved.
        int other = 1;
        while (groupOf(original, other) == groupOf(original, 5))
            ++other;
        QVERIFY(page->moveClasses({5}, original.node(original.classNode(other)).parent));
        QVERIFY(page->compareWith(saved));
        QVERIFY2(page->comparisonText().contains(QStringLiteral("class 5:")), qPrintable(page->comparisonText()));
        QVERIFY(page->comparisonText().contains(QStringLiteral("1 class moved")));

        QVERIFY(page->loadHierarchy(saved));
        QVERIFY(page->hierarchy() == original);
        page->undoStack()->undo();
        QVERIFY(page->hierarchy() != original);

        // A file for other classes is refused with its name.
        const QString wrong = m_dir.filePath(QStringLiteral("wrong.json"));
        grouping::Hierarchy::fromGroups({"a", "b"}, {{0, 1}}).save(wrong.toStdString());
        const auto current = page->hierarchy();
        QVERIFY(!page->loadHierarchy(wrong));
        QVERIFY2(page->statusText().contains(wrong), qPrintable(page->statusText()));
        QVERIFY(page->hierarchy() == current);
        QVERIFY(!page->save(m_dir.filePath(QStringLiteral("no/such/dir/h.json"))));
        QVERIFY(page->statusText().contains(QStringLiteral("no/such/dir")));
    }

    void badCpmIsReported()
    {
        QTemporaryDir empty;
        studio::GroupingPage page;
        QVERIFY(!page.openCpm(empty.path()));
        QVERIFY(page.statusText().contains(empty.filePath(QStringLiteral("cpm.json"))));
    }

    void coarseLabelsOfCifar100()
    {
        QTemporaryDir dir;
        fixtures::writeCifar100Dataset(dir.path().toStdString(), 100, 2, 2);
        auto dataset = std::make_shared<data::Dataset>(data::loadDataset("cifar100:" + dir.path().toStdString()));
        QVERIFY(writeCpmJson(dir.filePath(QStringLiteral("cpm.json")), grouping::syntheticCpm(100, 1), dataset->classNames));
        studio::GroupingPage page;
        QVERIFY(!page.useCoarseLabels()); // no dataset yet
        QVERIFY(page.statusText().contains(QStringLiteral("no dataset")));
        studio::DatasetPreview preview;
        for (const auto& name : dataset->classNames)
            preview.classNames << QString::fromStdString(name);
        page.setDataset(dataset, preview);
        QVERIFY(page.openCpm(dir.path()));
        QVERIFY(page.useCoarseLabels());
        const auto groups = page.leafGroups();
        QCOMPARE(groups.size(), std::size_t(20));
        for (std::size_t g = 0; g < groups.size(); ++g)
            QCOMPARE(groups[g], (std::vector<int>{int(5 * g), int(5 * g + 1), int(5 * g + 2), int(5 * g + 3), int(5 * g + 4)}));
        QVERIFY(page.compareWith(QStringLiteral("coarse")));
        QVERIFY(page.comparisonText().contains(QStringLiteral("No class moved")));
    }

    void confusionPageFollows()
    {
        studio::MainWindow window;
        window.openRun(m_dir.path());
        auto* page = window.groupingPage();
        page->setPMin(0.02);
        QVERIFY(page->moveClasses({0}, page->hierarchy().leafGroups().back()));
        QVector<int> order;
        for (const auto& group : page->leafGroups())
            for (int c : group)
                order << c;
        QCOMPARE(window.confusionPage()->heatmap()->order(), order);
        QCOMPARE(window.confusionPage()->groups(), page->leafGroups());
    }
};

QTEST_MAIN(TestStudioGrouping)
#include "tst_studio_grouping.moc"
