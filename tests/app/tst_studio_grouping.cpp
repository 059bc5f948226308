// The grouping session and its two pages: sliders give exactly the core's groups, the dendrogram's cut is
// p_min, hand edits are undoable, hierarchies load, compare and save, and the Confusion page shows the
// same state and edits it.
#include "ConfusionHeatmap.h"
#include "GroupSizeHistogram.h"
#include "studio/common/ClassFinder.h"
#include "studio/grouping/ConfusionPage.h"
#include "CpmFile.h"
#include "Dendrogram.h"
#include "Fixtures.h"
#include "studio/grouping/GroupingPage.h"
#include "studio/grouping/GroupingSession.h"
#include "studio/grouping/MergeStepper.h"
#include "grouping/GroupNames.h"
#include "grouping/GroupingQuality.h"
#include "studio/grouping/HierarchyModel.h"
#include "studio/window/MainWindow.h"
#include "studio/common/StudioSettings.h"
#include "data/Dataset.h"
#include "grouping/GroupingEngine.h"
#include "grouping/HierarchyBuilder.h"
#include "grouping/SyntheticCpm.h"

#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QMimeData>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QWheelEvent>
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

class TestStudioGrouping : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::vector<double> m_values;

    /// A session with a CPM open and its Grouping page.
    struct Grouping {
        studio::GroupingSession session;
        studio::GroupingPage page { &session };
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
        for (double pMin : { 0.000731, 0.0075, 0.0213, 0.3 }) {
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
        std::unique_ptr<QMimeData> mime(model->mimeData({ classIndex }));
        QVERIFY(model->canDropMimeData(mime.get(), Qt::MoveAction, -1, 0, groupIndex));
        model->dropMimeData(mime.get(), Qt::MoveAction, -1, 0, groupIndex);

        const auto after = g->session.hierarchy();
        QVERIFY(after != before);
        // Class 0 joined the group of `other`, which is named anew from its members.
        QCOMPARE(after.node(after.classNode(0)).parent, after.node(after.classNode(other)).parent);
        const int joined = after.node(after.classNode(0)).parent;
        QCOMPARE(after.node(joined).name, grouping::nameFromMembers(g->session.cpm(), after.classesUnder(joined)));
        auto expected = groupOf(before, other);
        QVERIFY(groupOf(after, 0).size() == expected.size() + 1);
        QCOMPARE(g->page.model()->hierarchy(), after);

        g->session.history()->undo();
        QVERIFY(g->session.hierarchy() == before);
        QVERIFY(g->page.model()->hierarchy() == before);
        g->session.history()->redo();
        QVERIFY(g->session.hierarchy() == after);
    }

    void mergeSplitRenameAndUndo()
    {
        auto g = openPage(0.02, 50);
        const auto start = g->session.hierarchy();
        const auto groups = start.leafGroups();
        QVERIFY(groups.size() >= 3);
        QVERIFY(g->session.mergeGroups({ groups[0], groups[1] }));
        QCOMPARE(g->session.leafGroups().size(), groups.size() - 1);
        const auto merged = g->session.hierarchy();
        const int group = merged.leafGroups()[0];
        const auto members = merged.classesUnder(group);
        QVERIFY(g->session.splitClasses({ members.back() }));
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
        QVERIFY(!g->session.splitClasses({ g->session.hierarchy().classesUnder(g->session.hierarchy().leafGroups()[0])[0],
            g->session.hierarchy().classesUnder(g->session.hierarchy().leafGroups()[1])[0] }));
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
        const auto expected = grouping::buildHierarchy(cpm, { { 0.005, 100 }, { 0.05, 10 } });
        QVERIFY(g->session.hierarchy() == expected);
        g->session.setLevels(QStringLiteral("0.05"));
        QVERIFY2(g->page.statusText().contains(QStringLiteral("0.05")), qPrintable(g->page.statusText()));
        QVERIFY(g->session.hierarchy() == expected); // a bad level changes nothing
    }

    // The stepper walks the merges p_min allows: each step names both groups and the rule's numbers, and
    // shows the merge in the heatmap (rows and columns of both groups), the dendrogram and the group list;
    // the last says why it stops. Play runs to the end by itself; Alt+Left steps back.
    void mergeStepperExplainsEachStep()
    {
        auto g = openPage(0.01, 50);
        g->page.show();
        g->page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&g->page));
        auto* stepper = g->page.stepper();
        const auto* engine = g->session.engine();
        const int last = engine->mergeCount(0.01);
        QVERIFY(last > 3);
        QCOMPARE(stepper->step(), last);
        QVERIFY2(stepper->explanation().contains(QStringLiteral("It stops here: the closest pair left")),
            qPrintable(stepper->explanation()));
        QVERIFY(stepper->explanation().contains(QStringLiteral("≤ p_min 0.01")));

        stepper->setStep(1);
        const auto& first = engine->merges()[0];
        const auto a = engine->members(first.first), b = engine->members(first.second);
        const QString text = stepper->explanation();
        QVERIFY2(text.startsWith(QStringLiteral("Step 1 of %1: merge {").arg(last)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("proximity %1 > p_min 0.01").arg(QString::number(first.proximity, 'g', 3))));
        QVERIFY(text.contains(QStringLiteral("size %1 ≤ g_max 50").arg(first.size)));
        QCOMPARE(g->page.heatmap()->highlighted(0), QVector<int>(a.begin(), a.end()));
        QCOMPARE(g->page.heatmap()->highlighted(1), QVector<int>(b.begin(), b.end()));
        QCOMPARE(g->page.dendrogram()->highlightedMerge(), 0);
        // The heatmap shows the groups after one merge: the merged pair next to each other.
        const auto order = g->page.heatmap()->order();
        QCOMPARE(std::abs(order.indexOf(a[0]) - order.indexOf(b[0])), 1);
        const auto marked = g->page.model()->indexOfNode(g->session.hierarchy().classNode(a[0]));
        QVERIFY(g->page.model()->data(marked, Qt::BackgroundRole).isValid());

        QTest::keyClick(&g->page, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(stepper->step(), 2);
        QTest::keyClick(&g->page, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(stepper->step(), 1);
        QTest::keyClick(&g->page, Qt::Key_Home, Qt::AltModifier);
        QCOMPARE(stepper->step(), 0);
        QVERIFY(stepper->explanation().contains(QStringLiteral("every class is a group of its own (%1 groups)").arg(kClasses)));
        QVERIFY(g->page.heatmap()->highlighted(0).isEmpty());
        stepper->setSpeed(20);
        stepper->setStep(last - 3);
        stepper->play(true);
        QVERIFY(stepper->playing());
        QTRY_COMPARE(stepper->step(), last);
        QTRY_VERIFY(!stepper->playing());
        // Where g_max stops it, it says so.
        g->session.setPMin(-1.0);
        g->session.setGMax(3);
        QVERIFY2(stepper->explanation().contains(QStringLiteral("larger than g_max 3")), qPrintable(stepper->explanation()));
    }

    // What the CPM promises moves with p_min, and equals the core's numbers; every first-level group
    // says how much of its CPM mass stays inside.
    void qualityIsLive()
    {
        auto g = openPage(0.01, 50);
        auto quality = grouping::assessGrouping(g->session.cpm(), g->session.firstLevelGroups());
        QVERIFY2(
            g->page.qualityText().contains(QStringLiteral("root accuracy ≈ %1 %").arg(100 * quality.rootEstimate, 0, 'f', 1)),
            qPrintable(g->page.qualityText()));
        const QString before = g->page.qualityText();
        g->session.setPMin(0.002);
        QVERIFY(g->page.qualityText() != before);
        quality = grouping::assessGrouping(g->session.cpm(), g->session.firstLevelGroups());
        QVERIFY(g->page.qualityText().contains(QStringLiteral("balance %1").arg(quality.balance, 0, 'f', 2)));
        const int firstGroup = g->session.hierarchy().node(0).children[0];
        const QString row = g->page.model()->data(g->page.model()->indexOfNode(firstGroup), Qt::DisplayRole).toString();
        QVERIFY2(row.endsWith(QStringLiteral("%1 % stays inside").arg(100 * quality.groups[0].withinMass, 0, 'f', 1)),
            qPrintable(row));
        // A reference chosen with Compare… is compared again at every change.
        const QString saved = m_dir.filePath(QStringLiteral("reference.json"));
        QVERIFY(g->session.save(saved));
        QVERIFY(g->page.compareWith(saved));
        QVERIFY(g->page.qualityText().contains(QStringLiteral("adjusted Rand index 1.000 against reference.json")));
        g->session.setPMin(0.02);
        QVERIFY(!g->page.qualityText().contains(QStringLiteral("adjusted Rand index 1.000")));
    }

    // The balance slider is α in tenths: it regroups with the core's balance-aware rule, and undo takes it back.
    void balanceSliderRegroups()
    {
        auto g = openPage(0.002, 100);
        const auto paper = g->session.leafGroups();
        g->page.balanceSlider()->setValue(15);
        QCOMPARE(g->session.balance(), 1.5);
        grouping::GroupingEngine engine(g->session.cpm().values, kClasses);
        engine.setBalance(1.5);
        engine.setMaxGroupSize(100);
        std::vector<std::vector<int>> byTree = g->session.leafGroups(), byEngine = engine.groups(0.002);
        std::sort(byTree.begin(), byTree.end());
        std::sort(byEngine.begin(), byEngine.end());
        QCOMPARE(byTree, byEngine);
        QVERIFY(g->session.leafGroups() != paper);
        g->session.history()->undo();
        QCOMPARE(g->session.balance(), 0.0);
        QCOMPARE(g->page.balanceSlider()->value(), 0);
        QCOMPARE(g->session.leafGroups(), paper);
    }

    // Groups are named from their members and renamed as they change, until the user names one: that
    // name stays through hand edits, comes back when p_min returns to the same group, and is saved.
    void namesFollowMembersUntilRenamed()
    {
        auto g = openPage(0.01, 50);
        const auto& cpm = g->session.cpm();
        for (int node : g->session.hierarchy().innerNodes())
            QCOMPARE(g->session.hierarchy().node(node).name,
                grouping::nameFromMembers(cpm, g->session.hierarchy().classesUnder(node)));
        auto groups = g->session.hierarchy().leafGroups();
        int big = -1;
        for (int group : groups)
            if (g->session.hierarchy().classesUnder(group).size() >= 2 && big < 0)
                big = group;
        QVERIFY(big >= 0);
        const auto members = g->session.hierarchy().classesUnder(big);
        QVERIFY(g->session.renameNode(big, QStringLiteral("my group")));
        // Moving a class out of it keeps its name; the group it joins is named anew.
        const int other = g->session.hierarchy().leafGroups()[groups[0] == big ? 1 : 0];
        QVERIFY(g->session.moveClasses({ members.back() }, other));
        const auto& h = g->session.hierarchy();
        QVERIFY(h.findNode("my group") >= 0);
        const int joined = h.node(h.classNode(members.back())).parent;
        QCOMPARE(h.node(joined).name, grouping::nameFromMembers(cpm, h.classesUnder(joined)));
        // A regrouping gives the name back to a group of exactly its classes.
        g->session.history()->undo(); // the move
        g->session.setPMin(0.5);
        QCOMPARE(g->session.hierarchy().findNode("my group"), -1);
        g->session.setPMin(0.01);
        QVERIFY(g->session.hierarchy().findNode("my group") >= 0);
        const QString saved = m_dir.filePath(QStringLiteral("named.json"));
        QVERIFY(g->session.save(saved));
        const auto loaded = grouping::Hierarchy::load(saved.toStdString(), numberedClasses(kClasses));
        QCOMPARE(loaded.classesUnder(loaded.findNode("my group")),
            g->session.hierarchy().classesUnder(g->session.hierarchy().findNode("my group")));
    }

    // With further levels the dendrogram draws each level's merges inside the groups it splits.
    void dendrogramDrawsEveryLevel()
    {
        auto g = openPage(0.005, 100);
        QCOMPARE(g->page.dendrogram()->subtreesDrawn(), 0);
        g->session.setLevels(QStringLiteral("0.05:10"));
        const auto trees = g->session.levelTrees();
        QVERIFY(!trees.empty());
        QCOMPARE(g->page.dendrogram()->subtreesDrawn(), int(trees.size()));
        for (const auto& tree : trees)
            QCOMPARE(tree.level, 2);
        g->page.resize(1200, 800);
        g->page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&g->page));
        const QPixmap drawn = g->page.dendrogram()->grab();
        QVERIFY(!drawn.isNull());
        if (qEnvironmentVariableIsSet("HIERNET_SAVE_GRABS")) // to look at it: HIERNET_SAVE_GRABS=DIR
            drawn.save(qEnvironmentVariable("HIERNET_SAVE_GRABS") + QStringLiteral("/dendrogram-levels.png"));
        g->session.setLevels({});
        QCOMPARE(g->page.dendrogram()->subtreesDrawn(), 0);
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
        QVERIFY(g->session.moveClasses({ 5 }, original.node(original.classNode(other)).parent));
        QVERIFY(g->page.compareWith(saved));
        QVERIFY2(g->page.comparisonText().contains(QStringLiteral("class 5:")), qPrintable(g->page.comparisonText()));
        QVERIFY(g->page.comparisonText().contains(QStringLiteral("1 class moved")));

        QVERIFY(g->session.loadHierarchy(saved));
        QVERIFY(g->session.hierarchy() == original);
        g->session.history()->undo();
        QVERIFY(g->session.hierarchy() != original);

        // A file for other classes is refused with its name.
        const QString wrong = m_dir.filePath(QStringLiteral("wrong.json"));
        grouping::Hierarchy::fromGroups({ "a", "b" }, { { 0, 1 } }).save(wrong.toStdString());
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
            QCOMPARE(
                groups[g], (std::vector<int> { int(5 * g), int(5 * g + 1), int(5 * g + 2), int(5 * g + 3), int(5 * g + 4) }));
        QVERIFY(page.compareWith(QStringLiteral("coarse")));
        QVERIFY(page.comparisonText().contains(QStringLiteral("No class moved")));
    }

    // A generated 1,000-class CPM: the group sizes as a histogram whose counts are the groups; a search centres a
    // class in the heatmap, the dendrogram and the group list; the group list filters by name; a dendrogram subtree
    // collapses into one wedge and expands again; the wheel zooms the dendrogram around the leaf under the cursor.
    void aThousandClasses()
    {
        constexpr int n = 1000;
        QTemporaryDir dir;
        const auto values = grouping::syntheticCpm(n, 3);
        QVERIFY(writeCpmJson(dir.filePath(QStringLiteral("cpm.json")), values, numberedClasses(n)));
        studio::GroupingSession session;
        session.setGMax(50);
        session.setPMin(0.0075);
        studio::GroupingPage page(&session);
        page.resize(1600, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(session.openCpm(dir.path()));
        QCOMPARE(page.heatmap()->size(), n);

        // The histogram counts the first-level groups by size.
        const auto groups = session.firstLevelGroups();
        QVERIFY(groups.size() > 20 && groups.size() < 900);
        int counted = 0;
        for (const auto& bin : page.sizeHistogram()->bins()) {
            const auto inBin = std::count_if(groups.begin(), groups.end(),
                [&](const std::vector<int>& g) { return int(g.size()) >= bin.low && int(g.size()) <= bin.high; });
            QCOMPARE(bin.groups, int(inBin));
            counted += bin.groups;
        }
        QCOMPARE(counted, int(groups.size()));
        QCOMPARE(widgets::GroupSizeHistogram::binsOf({ 1, 1, 3, 120 }).front(), (widgets::GroupSizeHistogram::Bin { 1, 5, 3 }));

        // The search: by full name or a part of one, centred everywhere.
        QCOMPARE(studio::ClassFinder::match({ QStringLiteral("cat"), QStringLiteral("bobcat") }, QStringLiteral("CAT")), 0);
        QCOMPARE(studio::ClassFinder::match({ QStringLiteral("bobcat"), QStringLiteral("cat") }, QStringLiteral("bob")), 0);
        QVERIFY(page.findClass(QStringLiteral("class 777")));
        QCOMPARE(page.heatmap()->focusedClass(), 777);
        const int position = int(page.heatmap()->order().indexOf(777));
        QVERIFY(page.heatmap()->visibleCells().contains(QPointF(position, position)));
        QVERIFY(page.heatmap()->labelledPositions().contains(position));
        auto* dendrogram = page.dendrogram();
        QCOMPARE(dendrogram->focusedLeaf(), 777);
        QVERIFY(dendrogram->isZoomed());
        QVERIFY(std::abs(dendrogram->xOfLeaf(777) - dendrogram->width() / 2.0) < dendrogram->width() / 4.0);
        QVERIFY(dendrogram->labelsDrawn() > 0 && dendrogram->labelsDrawn() < 100);
        const auto current = page.tree()->currentIndex();
        QCOMPARE(current.data(studio::HierarchyModel::NodeRole).toInt(), session.hierarchy().classNode(777));
        QVERIFY(page.tree()->viewport()->rect().intersects(page.tree()->visualRect(current)));
        QVERIFY(!page.findClass(QStringLiteral("no such class")));
        QVERIFY(page.statusText().contains(QStringLiteral("no such class")));

        // The group list filtered by a class's name: the one group that holds it.
        page.groupFilter()->setText(QStringLiteral("class 777"));
        QCOMPARE(page.tree()->model()->rowCount(), 1);
        page.groupFilter()->setText(QStringLiteral("nothing like it"));
        QCOMPARE(page.tree()->model()->rowCount(), 0);
        QVERIFY(page.findClass(QStringLiteral("class 5"))); // a search clears a filter that hides its class
        QVERIFY(page.groupFilter()->text().isEmpty());
        QCOMPARE(page.tree()->currentIndex().data(studio::HierarchyModel::NodeRole).toInt(), session.hierarchy().classNode(5));

        // Collapse the subtree of a merge of at least five classes, and expand it again.
        dendrogram->showAll();
        const auto* engine = session.engine();
        const auto merge
            = std::find_if(engine->merges().begin(), engine->merges().end(), [](const auto& m) { return m.size >= 5; });
        QVERIFY(merge != engine->merges().end());
        const double units = dendrogram->totalUnits();
        QVERIFY(dendrogram->setCollapsed(merge->result, true));
        QVERIFY(dendrogram->isCollapsed(merge->result));
        QCOMPARE(dendrogram->totalUnits(), units - merge->size + widgets::Dendrogram::kWedgeUnits);
        const auto members = engine->members(merge->result);
        QCOMPARE(dendrogram->xOfLeaf(members.front()), dendrogram->xOfLeaf(members.back())); // one wedge
        const QPoint wedge(int(dendrogram->xOfLeaf(members.front())), dendrogram->yOf(dendrogram->heightOf(merge->result)) + 8);
        QCOMPARE(dendrogram->nodeAt(wedge), merge->result);
        QVERIFY(!dendrogram->setCollapsed(3, true)); // a leaf is not a subtree
        QVERIFY(dendrogram->setCollapsed(merge->result, false));
        QCOMPARE(dendrogram->totalUnits(), units);
        QVERIFY(dendrogram->collapsedNodes().isEmpty());

        // The wheel zooms around the leaf under the cursor.
        const double x = dendrogram->xOfLeaf(500);
        const QPointF at(x, dendrogram->height() / 2.0);
        QWheelEvent wheel(
            at, dendrogram->mapToGlobal(at), {}, { 0, 360 }, Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(dendrogram, &wheel);
        QVERIFY(dendrogram->isZoomed());
        QVERIFY(std::abs(dendrogram->xOfLeaf(500) - x) < 1.0);
    }

    void confusionPageFollows()
    {
        studio::MainWindow window;
        window.openRun(m_dir.path());
        auto* session = window.groupingSession();
        auto* confusion = window.confusionPage();
        auto* grouping = window.groupingPage();
        session->setPMin(0.02);
        QVERIFY(session->moveClasses({ 0 }, session->hierarchy().leafGroups().back()));
        auto orderOf = [](const std::vector<std::vector<int>>& groups) {
            QVector<int> order;
            for (const auto& group : groups)
                for (int c : group)
                    order << c;
            return order;
        };
        QCOMPARE(confusion->heatmap()->order(), orderOf(session->leafGroups()));
        QCOMPARE(confusion->groups(), session->leafGroups());
        QCOMPARE(confusion->finder()->find(QStringLiteral("class 42")), 42); // its own search box finds a class
        QCOMPARE(confusion->heatmap()->focusedClass(), 42);

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
