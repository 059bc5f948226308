// Hierarchy files, validation, recursive grouping, hand edits and comparison.
#include "grouping/Cpm.h"
#include "grouping/Hierarchy.h"
#include "grouping/HierarchyBuilder.h"
#include "grouping/HierarchyComparison.h"
#include "ErrorMessage.h"
#include "util/Error.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace hiernet;
using namespace hiernet::grouping;

namespace {

const std::vector<std::string> kClasses = { "a", "b", "c", "d", "e" };

Hierarchy sample()
{
    return Hierarchy::fromGroups(kClasses, { { 4 }, { 0, 2 }, { 1, 3 } });
}

/// Two blocks {0,1,2,3} and {4,5}; inside the first, {0,1} and {2,3} are closer still. Rows sum to 1.
Cpm twoBlocks()
{
    const int n = 6;
    std::vector<double> v(36, 0.0);
    auto set = [&](int i, int j, double p) { v[std::size_t(i * n + j)] = v[std::size_t(j * n + i)] = p; };
    set(0, 1, 0.2);
    set(2, 3, 0.2);
    set(0, 2, 0.05);
    set(0, 3, 0.05);
    set(1, 2, 0.05);
    set(1, 3, 0.05);
    set(4, 5, 0.1);
    for (int i = 0; i < n; ++i) {
        double rest = 0;
        for (int j = 0; j < n; ++j)
            rest += i == j ? 0 : v[std::size_t(i * n + j)];
        v[std::size_t(i * n + i)] = 1 - rest;
    }
    return Cpm { { "c0", "c1", "c2", "c3", "c4", "c5" }, v, {}, "val" };
}

} // namespace

class TestHierarchy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fromGroupsAndQueries()
    {
        const auto h = sample();
        QCOMPARE(h.node(0).children.size(), std::size_t(3));
        QCOMPARE(h.leafOrder(), (std::vector<int> { 4, 0, 2, 1, 3 }));
        QCOMPARE(h.firstLevelPartition(), (std::vector<int> { 1, 2, 1, 2, 0 }));
        QCOMPARE(h.pathToClass(2).size(), std::size_t(2));
        QCOMPARE(h.node(h.pathToClass(2).back()).name, std::string("group 2"));
        const auto stats = h.statistics();
        QCOMPARE(stats.depth, 1);
        QCOMPARE(stats.groupsPerLevel, std::vector<int> { 3 });
        QCOMPARE(stats.firstLevelSizes, (std::vector<int> { 1, 2, 2 }));
        QVERIFY(stats.balance > 0.9 && stats.balance < 1.0);
    }

    void jsonRoundTrip()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath("hierarchy.json").toStdString();
        auto h = sample();
        h.rename(1, "loners");
        h.save(path);
        const auto back = Hierarchy::load(path, kClasses);
        QVERIFY(back == h);
        QCOMPARE(back.node(1).name, std::string("loners"));
        // Without known classes the file's own class list fixes the ids.
        QCOMPARE(Hierarchy::load(path).classNames(), kClasses);
    }

    void nestedSemanticFile()
    {
        const auto path = std::string(HIERNET_SOURCE_DIR) + "/resources/data/cifar100_semantic_hierarchy.json";
        const auto h = Hierarchy::load(path);
        // The shipped copy uses the official CIFAR-100 fine label names.
        QCOMPARE(h.classNames().size(), std::size_t(100));
        QVERIFY(std::find(h.classNames().begin(), h.classNames().end(), "aquarium_fish") != h.classNames().end());
        QCOMPARE(h.node(h.node(0).children.front()).name, std::string("animals"));
        QVERIFY(h.statistics().depth >= 3);
        for (int g : h.leafGroups())
            QVERIFY(!h.node(g).children.empty());
        QVERIFY(Hierarchy::fromJson(h.toJson(), h.classNames(), "again") == h);
    }

    void validationErrors()
    {
        auto load = [](const std::string& text) { return errorOf([&] { Hierarchy::fromJson(text, kClasses, "h.json"); }); };
        QVERIFY(load(R"({"root":{"g1":["a","b"],"g2":["c","d"]}})").contains("h.json: class 'e' is missing"));
        QVERIFY(load(R"({"root":{"g1":["a","b","e"],"g2":["c","d","a"]}})").contains("class 'a' appears more than once"));
        QVERIFY(load(R"({"root":{"g1":["a","b","e","x"],"g2":["c","d"]}})").contains("'x' is not a class of this dataset"));
        QVERIFY(load(R"({"root":{"g1":["a","b","c","d","e"],"g2":[]}})").contains("group 'g2' is empty"));
        QVERIFY(load(R"({"nodes":[{"name":"root","children":["g1"]},{"name":"g1","children":["a","b","c","d","e","root"]}]})")
                    .contains("cycle: root → g1 → root"));
        QVERIFY(load(R"({"nodes":[{"name":"root","children":["g1","g1"]},{"name":"g1","children":["a","b","c","d","e"]}]})")
                    .contains("more than one parent"));
        QVERIFY(
            load(R"({"nodes":[{"name":"root","children":["g1"]},{"name":"g1","children":["a","b","c","d","e"]},{"name":"g2"}]})")
                .contains("'g2' is not reachable"));
        QVERIFY(load(R"({"root":{"g1":["a","b"],"g2":["c","d"],"a":["e"]}})").contains("'a' is also a class name"));
        QVERIFY(load(R"({"nodes":[{"name":"root","children":["g1","e"]},{"name":"g1","children":["a","b","c","d"]}]})")
                    .contains("mixes classes and groups"));
        QVERIFY(load("[1,2]").contains("h.json: a hierarchy file holds a JSON object"));
        QVERIFY(load("{").contains("not valid JSON"));
        QVERIFY(
            errorOf([] { Hierarchy::load("/nonexistent/h.json"); }).contains("/nonexistent/h.json: hierarchy file not found"));
        // Without known classes the file's own list is read, each entry checked.
        QVERIFY(errorOf([] {
            Hierarchy::fromJson(R"({"classes": ["a", 3], "root": {"g": ["a"]}})", {}, "h.json");
        }).contains("h.json: \"classes\" must list class names, found 3"));
        QVERIFY(errorOf([] {
            Hierarchy::fromJson(R"({"classes": "a", "root": {"g": ["a"]}})", {}, "h.json");
        }).contains("h.json: \"classes\" must be a list of class names"));
    }

    void handEdits()
    {
        auto h = sample();
        const auto original = h;
        h.moveClass(0, h.findNode("group 3"));
        QCOMPARE(h.classesUnder(h.findNode("group 3")), (std::vector<int> { 1, 3, 0 }));
        // Moving the last class out removes the emptied group.
        h.moveClass(4, h.findNode("group 2"));
        QCOMPARE(h.findNode("group 1"), -1);
        QCOMPARE(h.node(0).children.size(), std::size_t(2));
        const int merged = h.mergeGroups(h.findNode("group 2"), h.findNode("group 3"));
        QCOMPARE(h.classesUnder(merged).size(), std::size_t(5));
        const int split = h.splitGroup(merged, { 1, 3 }, "odd");
        QCOMPARE(h.classesUnder(split), (std::vector<int> { 1, 3 }));
        h.validate();
        QVERIFY(h != original);
        QVERIFY(errorOf([&] { h.rename(h.findNode("odd"), "a"); }).contains("already taken"));
        QVERIFY(errorOf([&] { h.moveClass(0, 0); }).contains("only move into a group of classes"));
        QVERIFY(errorOf([&] { h.splitGroup(split, { 0 }); }).contains("is not in group 'odd'"));
    }

    void coarseLabels()
    {
        const auto h = Hierarchy::fromCoarseLabels(kClasses, { "vowels", "rest" }, { 0, 1, 1, 1, 0 });
        QCOMPARE(h.node(h.node(0).children[0]).name, std::string("vowels"));
        QCOMPARE(h.classesUnder(h.node(0).children[0]), (std::vector<int> { 0, 4 }));
    }

    void recursiveGrouping()
    {
        const auto cpm = twoBlocks();
        const auto one = buildHierarchy(cpm, { { 0.01, 50 } });
        QCOMPARE(one.statistics().firstLevelSizes, (std::vector<int> { 2, 4 })); // the merged block is appended last
        const auto two = buildHierarchy(cpm, parseLevels("0.01:50,0.2:2"));
        QCOMPARE(two.statistics().depth, 2);
        QCOMPARE(two.statistics().groupsPerLevel, (std::vector<int> { 2, 2 }));
        QCOMPARE(two.leafOrder(), (std::vector<int> { 4, 5, 0, 1, 2, 3 }));
        // Groups are named from their members (the block's four classes are equally central: class order),
        // and the tree equals the one the nested file form gives.
        QCOMPARE(two.node(two.node(0).children[1]).name, std::string("c0 · c1 +2"));
        QCOMPARE(two.node(two.node(two.node(0).children[1]).children[0]).name, std::string("c0 · c1"));
        const auto nested = Hierarchy::fromJson(
            R"({"root": {"c4 · c5": ["c4", "c5"], "c0 · c1 +2": {"c0 · c1": ["c0", "c1"], "c2 · c3": ["c2", "c3"]}}})",
            cpm.classes, "test");
        QVERIFY(two == nested);
        // An empty hierarchy (no tree yet) equals only another empty one, and cannot be written.
        QVERIFY(Hierarchy() == Hierarchy());
        QVERIFY(Hierarchy() != two && two != Hierarchy());
        QVERIFY(errorOf([] { Hierarchy().toJson(); }).contains("empty"));
        QVERIFY(errorOf([] { parseLevels("0.1:0"); }).contains("g_max '0' must be a whole number"));
        QVERIFY(errorOf([] { parseLevels("abc:5"); }).contains("p_min 'abc' is not a number"));
    }

    // The deeper levels' groupings inside the groups they split, made by the core once per tree.
    void levelTreesOfADeeperTree()
    {
        const auto cpm = twoBlocks();
        const auto levels = parseLevels("0.01:50,0.2:2");
        const auto tree = buildHierarchy(cpm, levels);
        QVERIFY(levelTrees(cpm, tree, {}, 0.0).empty());
        const auto trees = levelTrees(cpm, tree, { levels.begin() + 1, levels.end() }, 0.0);
        QCOMPARE(trees.size(), std::size_t(1)); // only the block of four is split further
        QCOMPARE(trees[0].level, 2);
        QCOMPARE(trees[0].classes, (std::vector<int> { 0, 1, 2, 3 }));
        QCOMPARE(trees[0].pMin, 0.2);
        QCOMPARE(trees[0].merges.size(), std::size_t(2)); // {0,1} and {2,3}; g_max 2 stops there
    }

    void adjustedRand()
    {
        QCOMPARE(adjustedRandIndex({ 0, 0, 1, 1 }, { 5, 5, 7, 7 }), 1.0);
        QVERIFY(adjustedRandIndex({ 0, 0, 1, 1 }, { 0, 1, 0, 1 }) < 0);
        // Known value: sklearn's adjusted_rand_score([0,0,0,1,1,1],[0,0,1,1,2,2]) = 0.24242424…
        QVERIFY(qAbs(adjustedRandIndex({ 0, 0, 0, 1, 1, 1 }, { 0, 0, 1, 1, 2, 2 }) - 0.242424242424) < 1e-9);
    }

    void comparison()
    {
        const auto a = sample(); // {e} {a, c} {b, d}
        const auto same = compareHierarchies(a, a);
        QCOMPARE(same.leafGroupAri, 1.0);
        QCOMPARE(same.firstLevelAri, 1.0);
        QVERIFY(same.moved.empty());

        auto b = a; // move c into {b, d}: c is the one class outside its group's best match
        b.moveClass(2, b.node(b.classNode(1)).parent);
        const auto diff = compareHierarchies(a, b);
        QCOMPARE(diff.moved.size(), std::size_t(1));
        QCOMPARE(diff.moved[0].classId, 2);
        QCOMPARE(diff.moved[0].from, std::string("group 2"));
        QCOMPARE(diff.moved[0].to, std::string("group 3"));
        QCOMPARE(diff.leafGroupAri, adjustedRandIndex({ 1, 2, 1, 2, 0 }, { 1, 2, 2, 2, 0 }));
        QVERIFY(diff.leafGroupAri < 1.0);

        const auto other = Hierarchy::fromGroups({ "a", "b" }, { { 0, 1 } });
        QVERIFY(errorOf([&] { compareHierarchies(a, other); }).contains("different classes"));
    }
};

QTEST_GUILESS_MAIN(TestHierarchy)
#include "tst_hierarchy.moc"
