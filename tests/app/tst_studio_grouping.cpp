// The grouping session and its two pages: sliders give exactly the core's groups, the dendrogram's cut is
// p_min, hand edits are undoable, hierarchies load, compare and save, and the Confusion page shows the
// same state and edits it.
#include "ConfusionHeatmap.h"
#include "ConfusionPage.h"
#include "CpmFile.h"
#include "Dendrogram.h"
#include "Fixtures.h"
#include "GroupingPage.h"
#include "GroupingSession.h"
#include "HierarchyModel.h"
#include "MainWindow.h"
#include "StudioSettings.h"
#include "data/Dataset.h"
#include "grouping/GroupingEngine.h"
#include "grouping/HierarchyBuilder.h"
#include "oracles/SyntheticCpm.h"

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

    /// A session with a CPM open and its Grouping page.
    struct Grouping
    {
        studio::GroupingSession session;
        studio::GroupingPage page{&session};
    };

    std::unique_ptr<Grouping> openPage(double pMin = 0.01, int gMax = 50)
    {
        auto g = std::make_unique<Grouping>();
        g->session.setGMax(gMax);
        g->session.setPMin(pMin);
        if (!g->session.openCpm(m_dir.path()))
            qFatal("%s", qPrintable(g->page.statusText()));
        return g;
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
            auto g = openPage(0.01, 12);
            for (int position = 0; position <= g->page.pMinSlider()->maximum(); position += 50)
                g->page.pMinSlider()->setValue(position);
            g->session.setPMin(0.003);
            QCOMPARE(studio::settings::groupingPMin.value(), 0.02); // no QSettings write while the slider moves
            QCOMPARE(studio::settings::groupingGMax.value(), 7);
        }
        QCOMPARE(studio::settings::groupingPMin.value(), 0.003); // the last choice, once the session goes
        QCOMPARE(studio::settings::groupingGMax.value(), 12);
        studio::GroupingSession next; // and the next session starts from it
        QCOMPARE(next.pMin(), 0.003);
        studio::GroupingPage page(&next);
        QCOMPARE(page.pMinSpin()->value(), 0.003);
    }

    void sliderGivesTheCoresGroups()
    {
        auto g = openPage(0.01, 12);
        grouping::GroupingEngine engine(m_values, kClasses);
        engine.setMaxGroupSize(12);
        QElapsedTimer clock;
        qint64 slowest = 0;
        int changes = 0;
        for (int position = 0; position <= g->page.pMinSlider()->maximum(); position += 7) {
            clock.start();
            g->page.pMinSlider()->setValue(position);
            QCoreApplication::processEvents();
            slowest = std::max(slowest, clock.elapsed());
            const double pMin = g->session.pMin();
            QCOMPARE(g->session.leafGroups(), engine.groups(pMin));
            QCOMPARE(g->page.dendrogram()->cut(), pMin);
            QCOMPARE(g->page.dendrogram()->mergesBelowCut(), engine.mergeCount(pMin));
            changes += 1;
        }
        qInfo("slowest slider step at %d classes: %lld ms over %d steps", kClasses, slowest, changes);
        // A drag is one undo step, however many values it passed.
        QCOMPARE(g->session.history()->count(), 1);

        g->session.setGMax(5);
        engine.setMaxGroupSize(5);
        QCOMPARE(g->session.leafGroups(), engine.groups(g->session.pMin()));
        for (const auto& group : g->session.leafGroups())
            QVERIFY(group.size() <= 5);
    }

    void spinBoxIsExact()
    {
        auto g = openPage();
        grouping::GroupingEngine engine(m_values, kClasses);
        engine.setMaxGroupSize(50);
        for (double pMin : {0.000731, 0.0075, 0.0213, 0.3}) {
            g->page.pMinSpin()->setValue(pMin);
            QCOMPARE(g->session.pMin(), pMin);
            QCOMPARE(g->session.leafGroups(), engine.groups(pMin));
        }
    }

    void draggingTheCutMovesPMin()
    {
        auto g = openPage(0.01, 50);
        auto* dendrogram = g->page.dendrogram();
        dendrogram->resize(600, 400);
        grouping::GroupingEngine engine(m_values, kClasses);
        engine.setMaxGroupSize(50);
        const int y = dendrogram->yOf(0.03);
        QTest::mousePress(dendrogram, Qt::LeftButton, {}, QPoint(300, y));
        QTest::mouseRelease(dendrogram, Qt::LeftButton, {}, QPoint(300, y));
        const double expected = dendrogram->proximityAt(y);
        QVERIFY(std::abs(g->session.pMin() - expected) < 1e-6); // the spin box keeps six decimals
        QCOMPARE(g->session.leafGroups(), engine.groups(g->session.pMin()));
        QCOMPARE(dendrogram->cut(), g->session.pMin());
    }

    void dragAndDropIsUndoable()
    {
        auto g = openPage(0.01, 50);
        const auto before = g->session.hierarchy();
        auto* model = g->page.model();
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

        const auto& after = g->session.hierarchy();
        QVERIFY(after != before);
        QCOMPARE(after.node(after.node(after.classNode(0)).parent).name, before.node(targetGroup).name);
        auto expected = groupOf(before, other);
        QVERIFY(groupOf(after, 0).size() == expected.size() + 1);
        QCOMPARE(g->page.model()->hierarchy(), after);

        g->session.history()->undo();
        QVERIFY(g->session.hierarchy() == before);
        QVERIFY(g->page.model()->hierarchy() == before);
        g->session.history()->redo();
        QCOMPARE(g->session.hierarchy().node(g->session.hierarchy().node(g->session.hierarchy().classNode(0)).parent).name, before.node(targetGroup).name);
    }

    void mergeSplitRenameAndUndo()
    {
        auto g = openPage(0.02, 50);
        const auto start = g->session.hierarchy();
        const auto groups = start.leafGroups();
        QVERIFY(groups.size() >= 3);
        QVERIFY(g->session.mergeGroups({groups[0], groups[1]}));
        QCOMPARE(g->session.leafGroups().size(), groups.size() - 1);
        const auto merged = g->session.hierarchy();
        const int group = merged.leafGroups()[0];
        const auto members = merged.classesUnder(group);
        QVERIFY(g->session.splitClasses({members.back()}));
        QCOMPARE(g->session.leafGroups().size(), groups.size());
        const int firstGroup = g->session.hierarchy().leafGroups()[0];
        QVERIFY(g->session.renameNode(firstGroup, QStringLiteral("tops")));
        QCOMPARE(g->session.hierarchy().node(firstGroup).name, std::string("tops"));
        // A clash is refused with a message and changes nothing.
        const auto beforeClash = g->session.hierarchy();
        QVERIFY(!g->session.renameNode(g->session.hierarchy().leafGroups()[1], QStringLiteral("tops")));
        QVERIFY(g->page.statusText().contains(QStringLiteral("tops")));
        QVERIFY(g->session.hierarchy() == beforeClash);
        // Splitting classes of two groups at once is refused.
        QVERIFY(!g->session.splitClasses({g->session.hierarchy().classesUnder(g->session.hierarchy().leafGroups()[0])[0],
                                     g->session.hierarchy().classesUnder(g->session.hierarchy().leafGroups()[1])[0]}));
        QVERIFY(g->page.statusText().contains(QStringLiteral("different groups")));

        g->session.history()->undo(); // rename
        g->session.history()->undo(); // split
        QVERIFY(g->session.hierarchy() == merged);
        g->session.history()->undo(); // merge
        QVERIFY(g->session.hierarchy() == start);
    }

    void undoRestoresTheSliders()
    {
        auto g = openPage(0.01, 50);
        const auto start = g->session.hierarchy();
        g->session.setGMax(7);
        g->session.setPMin(0.002);
        QCOMPARE(g->session.history()->count(), 2);
        QVERIFY(g->session.hierarchy() != start);
        g->session.history()->undo();
        QCOMPARE(g->session.gMax(), 7);
        g->session.history()->undo();
        QCOMPARE(g->session.gMax(), 50);
        QCOMPARE(g->session.pMin(), 0.01);
        QVERIFY(g->session.hierarchy() == start);
    }

    void furtherLevelsMakeADeeperTree()
    {
        auto g = openPage(0.005, 100);
        g->session.setLevels(QStringLiteral("0.05:10"));
        QVERIFY(g->session.hierarchy().statistics().depth >= 1);
        grouping::Cpm cpm = g->session.cpm();
        const auto expected = grouping::buildHierarchy(cpm, {{0.005, 100}, {0.05, 10}});
        QVERIFY(g->session.hierarchy() == expected);
        g->session.setLevels(QStringLiteral("0.05"));
        QVERIFY2(g->page.statusText().contains(QStringLiteral("0.05")), qPrintable(g->page.statusText()));
        QVERIFY(g->session.hierarchy() == expected); // a bad level changes nothing
    }

    void loadCompareAndSave()
    {
        auto g = openPage(0.01, 50);
        const auto original = g->session.hierarchy();
        const QString saved = m_dir.filePath(QStringLiteral("hierarchy.json"));
        QVERIFY(g->session.save(saved));
        QVERIFY(grouping::Hierarchy::load(saved.toStdString(), numberedClasses(kClasses)) == original);

        // Compare against the saved file after moving one class: exactly that class moved.
        int other = 1;
        while (groupOf(original, other) == groupOf(original, 5))
            ++other;
        QVERIFY(g->session.moveClasses({5}, original.node(original.classNode(other)).parent));
        QVERIFY(g->page.compareWith(saved));
        QVERIFY2(g->page.comparisonText().contains(QStringLiteral("class 5:")), qPrintable(g->page.comparisonText()));
        QVERIFY(g->page.comparisonText().contains(QStringLiteral("1 class moved")));

        QVERIFY(g->session.loadHierarchy(saved));
        QVERIFY(g->session.hierarchy() == original);
        g->session.history()->undo();
        QVERIFY(g->session.hierarchy() != original);

        // A file for other classes is refused with its name.
        const QString wrong = m_dir.filePath(QStringLiteral("wrong.json"));
        grouping::Hierarchy::fromGroups({"a", "b"}, {{0, 1}}).save(wrong.toStdString());
        const auto current = g->session.hierarchy();
        QVERIFY(!g->session.loadHierarchy(wrong));
        QVERIFY2(g->page.statusText().contains(wrong), qPrintable(g->page.statusText()));
        QVERIFY(g->session.hierarchy() == current);
        QVERIFY(!g->session.save(m_dir.filePath(QStringLiteral("no/such/dir/h.json"))));
        QVERIFY(g->page.statusText().contains(QStringLiteral("no/such/dir")));
    }

    void badCpmIsReported()
    {
        QTemporaryDir empty;
        studio::GroupingSession session;
        studio::GroupingPage page(&session);
        QVERIFY(!session.openCpm(empty.path()));
        QVERIFY(page.statusText().contains(empty.filePath(QStringLiteral("cpm.json"))));
    }

    void coarseLabelsOfCifar100()
    {
        QTemporaryDir dir;
        fixtures::writeCifar100Dataset(dir.path().toStdString(), 100, 2, 2);
        auto dataset = std::make_shared<data::Dataset>(data::loadDataset("cifar100:" + dir.path().toStdString()));
        QVERIFY(writeCpmJson(dir.filePath(QStringLiteral("cpm.json")), grouping::syntheticCpm(100, 1), dataset->classNames));
        studio::GroupingSession session;
        studio::GroupingPage page(&session);
        QVERIFY(!session.useCoarseLabels()); // no dataset yet
        QVERIFY(page.statusText().contains(QStringLiteral("no dataset")));
        studio::DatasetPreview preview;
        for (const auto& name : dataset->classNames)
            preview.classNames << QString::fromStdString(name);
        session.setDataset(dataset);
        page.setDataset(preview);
        QVERIFY(session.openCpm(dir.path()));
        QVERIFY(session.useCoarseLabels());
        const auto groups = session.leafGroups();
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
        auto* session = window.groupingSession();
        auto* confusion = window.confusionPage();
        auto* grouping = window.groupingPage();
        session->setPMin(0.02);
        QVERIFY(session->moveClasses({0}, session->hierarchy().leafGroups().back()));
        auto orderOf = [](const std::vector<std::vector<int>>& groups) {
            QVector<int> order;
            for (const auto& group : groups)
                for (int c : group)
                    order << c;
            return order;
        };
        QCOMPARE(confusion->heatmap()->order(), orderOf(session->leafGroups()));
        QCOMPARE(confusion->groups(), session->leafGroups());

        // The Confusion page's controls drive the same state: the Grouping page follows, and one undo
        // step takes it back on both.
        const auto before = session->leafGroups();
        confusion->gMaxSpin()->setValue(6);
        QCOMPARE(session->gMax(), 6);
        QCOMPARE(grouping->gMaxSpin()->value(), 6);
        grouping::GroupingEngine engine(m_values, kClasses);
        engine.setMaxGroupSize(6);
        QCOMPARE(grouping->model()->hierarchy().leafGroups().size(), engine.groups(0.02).size());
        QCOMPARE(grouping->dendrogram()->mergesBelowCut(), engine.mergeCount(0.02));
        confusion->pMinSpin()->setValue(0.005);
        QCOMPARE(session->pMin(), 0.005);
        QCOMPARE(grouping->pMinSpin()->value(), 0.005);
        QCOMPARE(grouping->dendrogram()->cut(), 0.005);
        QCOMPARE(session->leafGroups(), engine.groups(0.005));
        QCOMPARE(confusion->heatmap()->order(), orderOf(engine.groups(0.005)));
        session->history()->undo(); // the p_min change
        session->history()->undo(); // the g_max change
        QCOMPARE(session->leafGroups(), before);
        QCOMPARE(confusion->gMaxSpin()->value(), 50);
        QCOMPARE(confusion->heatmap()->order(), orderOf(before));
    }
};

QTEST_MAIN(TestStudioGrouping)
#include "tst_studio_grouping.moc"
