// The fast grouping engine against the straightforward rule, hand-made cases and bad CPMs.
#include "grouping/Cpm.h"
#include "grouping/GroupingEngine.h"
#include "oracles/ReferenceGrouping.h"
#include "oracles/SyntheticCpm.h"
#include "ErrorMessage.h"
#include "util/Error.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <random>

using namespace hiernet;
using namespace hiernet::grouping;

namespace {

std::vector<double> randomCpm(int n, std::mt19937_64& rng, bool dyadicTies)
{
    std::vector<double> cpm(std::size_t(n) * n);
    for (auto& v : cpm) {
        // Dyadic values add exactly in any order, so exact ties stay exact ties.
        v = dyadicTies ? double(rng() % 4) / 64.0 : std::uniform_real_distribution<double>(0, 1)(rng) * ((rng() % 3) ? 0.01 : 0.2);
    }
    return cpm;
}

} // namespace

class TestGrouping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void engineEqualsOracle_data()
    {
        QTest::addColumn<bool>("ties");
        QTest::newRow("continuous") << false;
        QTest::newRow("exact ties") << true;
    }

    void engineEqualsOracle()
    {
        QFETCH(bool, ties);
        std::mt19937_64 rng(ties ? 11 : 12);
        int checked = 0;
        for (int n : {2, 3, 4, 5, 7, 10, 16, 25, 40, 64, 100, 200}) {
            const int trials = n <= 16 ? 12 : (n <= 64 ? 4 : 1);
            for (int t = 0; t < trials; ++t) {
                const auto cpm = (t % 2 && !ties) ? syntheticCpm(n, rng()) : randomCpm(n, rng, ties);
                GroupingEngine engine(cpm, n);
                for (int gMax : {1, 2, 3, 5, n / 2 + 1, n}) {
                    engine.setMaxGroupSize(gMax);
                    for (double pMin : {-1.0, 0.0, 1.0 / 64, 0.002, 0.01, 0.03, 0.1, 0.5}) {
                        if (n == 200 && gMax != n / 2 + 1 && gMax != 3)
                            continue; // the oracle is slow; two g_max values at n = 200 suffice
                        const auto expected = referenceGrouping(cpm, n, pMin, gMax);
                        const auto got = engine.groups(pMin);
                        if (got != expected)
                            QFAIL(qPrintable(QStringLiteral("n=%1 gMax=%2 pMin=%3 differ").arg(n).arg(gMax).arg(pMin)));
                        ++checked;
                    }
                }
            }
        }
        QVERIFY(checked > 500);
    }

    void mergeProximitiesNeverIncrease()
    {
        const auto cpm = syntheticCpm(300, 5);
        GroupingEngine engine(cpm, 300);
        engine.setMaxGroupSize(40);
        const auto& merges = engine.merges();
        QVERIFY(merges.size() > 200);
        for (std::size_t i = 1; i < merges.size(); ++i)
            QVERIFY(merges[i].proximity <= merges[i - 1].proximity * (1 + 1e-12));
        // A p_min cut equals the groups after that many merges.
        QCOMPARE(engine.groups(merges[99].proximity), engine.groupsAfter(99));
    }

    void countCurveCountsTheGroups()
    {
        // Each step of the curve is the number of groups the engine makes at that p_min, and the count
        // changes only at the steps: halfway between two thresholds it is the lower one's.
        const auto cpm = syntheticCpm(60, 9);
        GroupingEngine engine(cpm, 60);
        engine.setMaxGroupSize(8);
        const auto curve = engine.countCurve();
        QVERIFY(curve.thresholds.size() >= 3);
        QCOMPARE(curve.counts.size(), curve.thresholds.size());
        QVERIFY(std::is_sorted(curve.thresholds.begin(), curve.thresholds.end()));
        QCOMPARE(curve.counts.back(), 60); // above every merge: every class alone
        for (std::size_t i = 0; i < curve.thresholds.size(); ++i) {
            QCOMPARE(curve.counts[i], int(engine.groups(curve.thresholds[i]).size()));
            if (i + 1 < curve.thresholds.size()) {
                const double between = std::sqrt(curve.thresholds[i] * curve.thresholds[i + 1]);
                QCOMPARE(int(engine.groups(between).size()), curve.counts[i]);
            }
        }
    }

    void handMadeCpm()
    {
        // Classes 0,2 confuse each other (0.3 + 0.2), 1,3 a bit (0.05 + 0.05), 4 is alone.
        const std::vector<double> cpm = {
            0.70, 0.00, 0.30, 0.00, 0.00, //
            0.00, 0.95, 0.00, 0.05, 0.00, //
            0.20, 0.00, 0.80, 0.00, 0.00, //
            0.00, 0.05, 0.00, 0.95, 0.00, //
            0.00, 0.00, 0.00, 0.00, 1.00,
        };
        using Groups = std::vector<std::vector<int>>;
        QCOMPARE(groupClasses(cpm, 5, 0.2, 50), (Groups{{1}, {3}, {4}, {0, 2}}));
        QCOMPARE(groupClasses(cpm, 5, 0.05, 50), (Groups{{4}, {0, 2}, {1, 3}}));
        QCOMPARE(groupClasses(cpm, 5, 0.1, 50), (Groups{{1}, {3}, {4}, {0, 2}}));
        // Strictly above p_min: a proximity equal to p_min does not merge.
        QCOMPARE(groupClasses(cpm, 5, 0.5, 50), (Groups{{0}, {1}, {2}, {3}, {4}}));
        QCOMPARE(groupClasses(cpm, 5, 0.0, 1), (Groups{{0}, {1}, {2}, {3}, {4}}));
        // Group proximity is the mean over member pairs: {0,2} vs {1,3} is 0 → never merged above p_min 0.
        QCOMPARE(groupClasses(cpm, 5, 0.0, 50), (Groups{{4}, {0, 2}, {1, 3}}));
        // Below zero every pair qualifies; g_max caps sizes.
        QCOMPARE(groupClasses(cpm, 5, -1.0, 2), (Groups{{4}, {0, 2}, {1, 3}}));
    }

    void tiesFollowEnumerationOrder()
    {
        // Every off-diagonal proximity equal: the first pair (0,1) merges first, the merged group goes last.
        const int n = 4;
        std::vector<double> cpm(16, 0.125);
        using Groups = std::vector<std::vector<int>>;
        GroupingEngine engine(cpm, n);
        engine.setMaxGroupSize(2);
        QCOMPARE(engine.groupsAfter(1), (Groups{{2}, {3}, {0, 1}}));
        QCOMPARE(engine.groupsAfter(2), (Groups{{0, 1}, {2, 3}}));
        QCOMPARE(engine.merges().size(), std::size_t(2));
        QCOMPARE(engine.members(5), (std::vector<int>{2, 3}));
    }

    void badInput()
    {
        QVERIFY(errorOf([] { GroupingEngine({1.0}, 1).setMaxGroupSize(0); }).contains("g_max must be at least 1"));
        QVERIFY(errorOf([] { GroupingEngine({}, 0); }).contains("non-empty square"));
        QVERIFY(errorOf([] { parseCpmCsv("0.5,0.5\n0.5\n", "m.csv"); }).contains("m.csv: row 2 has 1 values"));
        QVERIFY(errorOf([] { parseCpmCsv("", "m.csv"); }).contains("empty"));
        QVERIFY(errorOf([] { parseCpmCsv("1,x\n0,1\n", "m.csv"); }).contains("'x' is not a number"));
        Cpm nan{{"a", "b"}, {1, 0, std::nan(""), 1}, {}, "val"};
        QVERIFY(errorOf([&] { validateCpm(nan, "c.json"); }).contains("entry [1][0] = nan is not a finite number"));
        Cpm negative{{"a", "b"}, {1, 0, -0.5, 1.5}, {}, "val"};
        QVERIFY(errorOf([&] { validateCpm(negative, "c.json"); }).contains("is negative"));
        Cpm unnormalised{{"a", "b"}, {3, 0, 0, 1}, {}, "val"};
        const auto warnings = validateCpm(unnormalised, "c.json");
        QCOMPARE(warnings.size(), std::size_t(1));
        QVERIFY(QString::fromStdString(warnings[0]).contains("row 0 (a) sums to 3"));
    }

    void loadJsonAndCsv()
    {
        QTemporaryDir dir;
        const auto json = dir.filePath("cpm.json").toStdString();
        std::ofstream(json) << R"({"classes":["x","y"],"cpm":[[0.9,0.1],[0.2,0.8]],"confusion":[[9,1],[2,8]],"split":"val"})";
        const auto a = loadCpm(json);
        QCOMPARE(a.classes, (std::vector<std::string>{"x", "y"}));
        QCOMPARE(a.at(1, 0), 0.2);
        QCOMPARE(a.confusion[1], 1.0);
        const auto csv = dir.filePath("cpm.csv").toStdString();
        std::ofstream(csv) << "x,y\n0.9,0.1\n0.2,0.8\n";
        const auto b = loadCpm(csv);
        QCOMPARE(b.classes, a.classes);
        QCOMPARE(b.values, a.values);
        std::ofstream(csv) << "0.9,0.1\n0.2,0.8\n";
        QCOMPARE(loadCpm(csv).classes, (std::vector<std::string>{"0", "1"}));
        std::ofstream(json) << R"({"classes":["x"],"cpm":[[0.9,0.1],[0.2,0.8]]})";
        QVERIFY(errorOf([&] { loadCpm(json); }).contains("\"classes\" names 1 classes but \"cpm\" has 2 rows"));
        std::ofstream(json) << R"({"cpm":[[0.9,0.1],[0.2]]})";
        QVERIFY(errorOf([&] { loadCpm(json); }).contains("must be square"));
        std::ofstream(json) << "{ nope";
        QVERIFY(errorOf([&] { loadCpm(json); }).contains("not valid JSON"));
        QVERIFY(errorOf([&] { loadCpm(dir.filePath("missing.json").toStdString()); }).contains("missing.json"));
    }
};

QTEST_GUILESS_MAIN(TestGrouping)
#include "tst_grouping.moc"
