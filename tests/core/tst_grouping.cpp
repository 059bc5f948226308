// The fast grouping engine against the straightforward rule, hand-made cases and bad CPMs.
#include "grouping/Cpm.h"
#include "grouping/GroupNames.h"
#include "grouping/GroupingEngine.h"
#include "grouping/GroupingQuality.h"
#include "grouping/HierarchyBuilder.h"
#include "oracles/ReferenceGrouping.h"
#include "grouping/SyntheticCpm.h"
#include "ErrorMessage.h"
#include "Fixtures.h"
#include "util/NumericArray.h"
#include "util/Error.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <iterator>
#include <random>

using namespace hiernet;
using namespace hiernet::grouping;

namespace {

std::vector<double> randomCpm(int n, std::mt19937_64& rng, bool dyadicTies)
{
    std::vector<double> cpm(std::size_t(n) * n);
    for (auto& v : cpm) {
        // Dyadic values add exactly in any order, so exact ties stay exact ties.
        v = dyadicTies ? double(rng() % 4) / 64.0
                       : std::uniform_real_distribution<double>(0, 1)(rng) * ((rng() % 3) ? 0.01 : 0.2);
    }
    return cpm;
}

/// Classes 0,2 confuse each other (0.3 + 0.2), 1,3 a bit (0.05 + 0.05), 4 is alone.
std::vector<double> fiveClasses()
{
    return {
        0.70,
        0.00,
        0.30,
        0.00,
        0.00, //
        0.00,
        0.95,
        0.00,
        0.05,
        0.00, //
        0.20,
        0.00,
        0.80,
        0.00,
        0.00, //
        0.00,
        0.05,
        0.00,
        0.95,
        0.00, //
        0.00,
        0.00,
        0.00,
        0.00,
        1.00,
    };
}

} // namespace

class TestGrouping : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void npyArraysAsNumPyWritesThem()
    {
        using fixtures::npyBytes;
        const auto matrix = io::parseNpy(npyBytes("<f8", "(2, 3)", fixtures::float64Bytes({ 1, 2, 3, 4, 5, 6.5 })), "m.npy");
        QCOMPARE(matrix.shape, (std::vector<std::size_t> { 2, 3 }));
        QCOMPARE(matrix.values, (std::vector<double> { 1, 2, 3, 4, 5, 6.5 }));
        const auto labels = io::parseNpy(npyBytes("<i8", "(3,)", fixtures::int64Bytes({ 2, 0, 1 }), false, 2), "l.npy");
        QCOMPARE(labels.shape, (std::vector<std::size_t> { 3 }));
        QCOMPARE(labels.values, (std::vector<double> { 2, 0, 1 }));
        const float f[2] = { 0.25f, 0.75f };
        QCOMPARE(io::parseNpy(npyBytes("<f4", "(1, 2)", std::string(reinterpret_cast<const char*>(f), sizeof f)), "f.npy").values,
            (std::vector<double> { 0.25, 0.75 }));
        QCOMPARE(
            io::parseNpy(npyBytes("|u1", "(2,)", std::string("\x07\xff", 2)), "u.npy").values, (std::vector<double> { 7, 255 }));
        // What it does not read, by name.
        const auto data = fixtures::float64Bytes({ 1, 2 });
        QVERIFY(errorOf([&] { io::parseNpy(npyBytes("<f8", "(2,)", data, true), "f.npy"); }).contains("f.npy: Fortran-ordered"));
        QVERIFY(errorOf([&] {
            io::parseNpy(npyBytes(">f8", "(2,)", data), "b.npy");
        }).contains("dtype '>f8' is not supported (big-endian"));
        QVERIFY(errorOf([&] { io::parseNpy(npyBytes("|b1", "(2,)", "\x01\x00"), "b.npy"); }).contains("(bool;"));
        QVERIFY(errorOf([&] { io::parseNpy(npyBytes("|O", "(2,)", data), "o.npy"); }).contains("dtype '|O' is not supported"));
        QVERIFY(errorOf([&] { io::parseNpy(npyBytes("<c16", "(1,)", data), "c.npy"); }).contains("complex"));
        QVERIFY(errorOf([&] {
            io::parseNpy(npyBytes("<f8", "(3,)", data), "s.npy");
        }).contains("cut short: its shape needs 24 bytes"));
        QVERIFY(errorOf([&] { io::parseNpy(npyBytes("<f8", "(x,)", data), "x.npy"); }).contains("holds 'x', not a size"));
        QVERIFY(errorOf([&] {
            io::parseNpy(npyBytes("<f8", "(2,)", data).substr(0, 30), "h.npy");
        }).contains("cut short in its header"));
        QVERIFY(errorOf([&] { io::parseNpy("PK\x03\x04 not npy", "z.npz"); }).contains("z.npz: not a NumPy .npy file"));
        auto future = npyBytes("<f8", "(2,)", data);
        future[6] = 4;
        QVERIFY(errorOf([&] { io::parseNpy(future, "v.npy"); }).contains("format version 4 is not supported"));
    }

    void numericCsvTables()
    {
        const auto table = io::parseNumericCsv("a,b,c\n0.1, 0.2,0.7\n\n1e-1;0.8;0.1\n", "p.csv");
        QCOMPARE(table.shape, (std::vector<std::size_t> { 2, 3 }));
        QCOMPARE(table.values, (std::vector<double> { 0.1, 0.2, 0.7, 1e-1, 0.8, 0.1 }));
        QCOMPARE(io::parseNumericCsv("3\n1\n2\n", "l.csv").shape, (std::vector<std::size_t> { 3 }));
        QVERIFY(
            errorOf([] { io::parseNumericCsv("1,2\n3\n", "r.csv"); }).contains("r.csv: line 2 has 1 numbers, the first row 2"));
        QVERIFY(errorOf([] { io::parseNumericCsv("1,2\n3,x\n", "x.csv"); }).contains("x.csv: line 2: 'x' is not a number"));
        QVERIFY(errorOf([] { io::parseNumericCsv("names only\n", "e.csv"); }).contains("no numbers"));
    }

    void cpmFromAnotherModelsProbabilities()
    {
        // Four images of classes 0, 0, 1, 1 (class 2 has none): row 0 = mean of the first two, row 1 of the last two.
        io::NumericArray probabilities { { 4, 3 }, { 0.6, 0.3, 0.1, 0.2, 0.7, 0.1, 0.1, 0.8, 0.1, 0.5, 0.4, 0.1 } };
        io::NumericArray labels { { 4 }, { 0, 0, 1, 1 } };
        std::vector<std::string> warnings;
        const auto cpm = cpmFromPredictions(probabilities, labels, { "a", "b", "c" }, "p.npy", &warnings);
        QCOMPARE(cpm.classes, (std::vector<std::string> { "a", "b", "c" }));
        const std::vector<double> expected { 0.4, 0.5, 0.1, 0.3, 0.6, 0.1, 0, 0, 0 };
        for (std::size_t i = 0; i < expected.size(); ++i)
            QVERIFY(std::abs(cpm.values[i] - expected[i]) < 1e-12);
        QCOMPARE(cpm.confusion, (std::vector<double> { 1, 1, 0, 1, 1, 0, 0, 0, 0 })); // argmax: a, b | b, a
        QVERIFY(warnings.size() >= 1 && warnings[0] == "class c has no image: its row is zero");
        QCOMPARE(cpmFromPredictions(probabilities, labels, {}, "p.npy").classes, (std::vector<std::string> { "0", "1", "2" }));
        // Bad input, by name.
        io::NumericArray logits = probabilities;
        logits.values[1] = -0.3;
        QVERIFY(errorOf([&] { cpmFromPredictions(logits, labels, {}, "p.npy"); }).contains("logits need a softmax first"));
        io::NumericArray unnormalised = probabilities;
        unnormalised.values[0] = 0.9;
        QVERIFY(errorOf([&] { cpmFromPredictions(unnormalised, labels, {}, "p.npy"); }).contains("of image 0 sum to 1.3, not 1"));
        QVERIFY(errorOf([&] {
            cpmFromPredictions(probabilities, { { 4 }, { 0, 3, 1, 1 } }, {}, "p.npy");
        }).contains("label 3 of image 1 is not a class (0 … 2)"));
        QVERIFY(errorOf([&] {
            cpmFromPredictions(probabilities, { { 3 }, { 0, 1, 1 } }, {}, "p.npy");
        }).contains("4 images of probabilities but labels of shape (3)"));
        QVERIFY(errorOf([&] {
            cpmFromPredictions(probabilities, labels, { "a" }, "p.npy");
        }).contains("1 class names for 3 classes"));
        // A K×K .npy matrix opens as a CPM; another shape is refused.
        QTemporaryDir dir;
        const auto square = dir.filePath(QStringLiteral("cpm.npy")).toStdString();
        fixtures::writeText(square, fixtures::npyBytes("<f8", "(2, 2)", fixtures::float64Bytes({ 0.9, 0.1, 0.2, 0.8 })));
        QCOMPARE(loadCpm(square).values, (std::vector<double> { 0.9, 0.1, 0.2, 0.8 }));
        const auto wide = dir.filePath(QStringLiteral("wide.npy")).toStdString();
        fixtures::writeText(wide, fixtures::npyBytes("<f8", "(1, 2)", fixtures::float64Bytes({ 0.9, 0.1 })));
        QVERIFY(errorOf([&] { loadCpm(wide); }).contains("a CPM is a square matrix; this .npy array has shape (1, 2)"));
    }

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
        for (int n : { 2, 3, 4, 5, 7, 10, 16, 25, 40, 64, 100, 200 }) {
            const int trials = n <= 16 ? 12 : (n <= 64 ? 4 : 1);
            for (int t = 0; t < trials; ++t) {
                const auto cpm = (t % 2 && !ties) ? syntheticCpm(n, rng()) : randomCpm(n, rng, ties);
                GroupingEngine engine(cpm, n);
                for (int gMax : { 1, 2, 3, 5, n / 2 + 1, n }) {
                    engine.setMaxGroupSize(gMax);
                    for (double pMin : { -1.0, 0.0, 1.0 / 64, 0.002, 0.01, 0.03, 0.1, 0.5 }) {
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
        const auto cpm = fiveClasses();
        using Groups = std::vector<std::vector<int>>;
        QCOMPARE(groupClasses(cpm, 5, 0.2, 50), (Groups { { 1 }, { 3 }, { 4 }, { 0, 2 } }));
        QCOMPARE(groupClasses(cpm, 5, 0.05, 50), (Groups { { 4 }, { 0, 2 }, { 1, 3 } }));
        QCOMPARE(groupClasses(cpm, 5, 0.1, 50), (Groups { { 1 }, { 3 }, { 4 }, { 0, 2 } }));
        // Strictly above p_min: a proximity equal to p_min does not merge.
        QCOMPARE(groupClasses(cpm, 5, 0.5, 50), (Groups { { 0 }, { 1 }, { 2 }, { 3 }, { 4 } }));
        QCOMPARE(groupClasses(cpm, 5, 0.0, 1), (Groups { { 0 }, { 1 }, { 2 }, { 3 }, { 4 } }));
        // Group proximity is the mean over member pairs: {0,2} vs {1,3} is 0 → never merged above p_min 0.
        QCOMPARE(groupClasses(cpm, 5, 0.0, 50), (Groups { { 4 }, { 0, 2 }, { 1, 3 } }));
        // Below zero every pair qualifies; g_max caps sizes.
        QCOMPARE(groupClasses(cpm, 5, -1.0, 2), (Groups { { 4 }, { 0, 2 }, { 1, 3 } }));
    }

    // A float CPM gives the engine the same pair sums, in double, as the same values given as double: the
    // merges agree to the last bit, so storing a CPM as float changes nothing where its values are floats.
    void floatCpmMergesAsDouble()
    {
        const int n = 150;
        const auto floats = syntheticCpmFloat(n, 3);
        const std::vector<double> doubles(floats.begin(), floats.end());
        QCOMPARE(doubles, [&] {
            const auto d = syntheticCpm(n, 3);
            std::vector<double> rounded;
            for (double v : d)
                rounded.push_back(double(float(v)));
            return rounded;
        }());
        const PairSums sums(floats, n);
        QCOMPARE(sums.at(3, 7), double(floats[3 * n + 7]) + double(floats[7 * n + 3]));
        QCOMPARE(sums.at(7, 3), sums.at(3, 7));
        QCOMPARE(sums.row(3)[7 - 3 - 1], sums.at(3, 7));
        auto fromFloat = GroupingEngine::fromFloat(floats, n);
        GroupingEngine fromDouble(doubles, n);
        for (int gMax : { 2, 9, n }) {
            fromFloat.setMaxGroupSize(gMax);
            fromDouble.setMaxGroupSize(gMax);
            QCOMPARE(fromFloat.merges().size(), fromDouble.merges().size());
            for (std::size_t i = 0; i < fromFloat.merges().size(); ++i) {
                const auto &a = fromFloat.merges()[i], &b = fromDouble.merges()[i];
                QVERIFY(a.first == b.first && a.second == b.second && a.size == b.size);
                QVERIFY(std::memcmp(&a.proximity, &b.proximity, sizeof(double)) == 0);
            }
            QCOMPARE(fromFloat.groups(0.004), referenceGrouping(doubles, n, 0.004, gMax));
        }
        QVERIFY(errorOf([] { GroupingEngine::fromFloat({ 1.0f, 0.0f }, 2); }).contains("non-empty square"));
    }

    void tiesFollowEnumerationOrder()
    {
        // Every off-diagonal proximity equal: the first pair (0,1) merges first, the merged group goes last.
        const int n = 4;
        std::vector<double> cpm(16, 0.125);
        using Groups = std::vector<std::vector<int>>;
        GroupingEngine engine(cpm, n);
        engine.setMaxGroupSize(2);
        QCOMPARE(engine.groupsAfter(1), (Groups { { 2 }, { 3 }, { 0, 1 } }));
        QCOMPARE(engine.groupsAfter(2), (Groups { { 0, 1 }, { 2, 3 } }));
        QCOMPARE(engine.merges().size(), std::size_t(2));
        QCOMPARE(engine.members(5), (std::vector<int> { 2, 3 }));
    }

    // α = 0 is the paper's rule bit for bit: the same merges, to the last bit of every proximity, after
    // any other α was set; and the engine with α > 0 equals the straightforward rule with the same α.
    void balanceZeroIsThePapersRule()
    {
        std::mt19937_64 rng(21);
        int checked = 0;
        for (int n : { 3, 5, 8, 13, 30, 64 }) {
            for (int t = 0; t < 3; ++t) {
                const auto cpm = t % 2 ? syntheticCpm(n, rng()) : randomCpm(n, rng, false);
                for (int gMax : { 2, 4, n }) {
                    GroupingEngine paper(cpm, n), balanced(cpm, n);
                    paper.setMaxGroupSize(gMax);
                    balanced.setMaxGroupSize(gMax);
                    balanced.setBalance(1.5);
                    for (double alpha : { 0.5, 1.5 })
                        for (double pMin : { 0.0, 0.002, 0.01, 0.05 }) {
                            balanced.setBalance(alpha);
                            QCOMPARE(balanced.groups(pMin), referenceGrouping(cpm, n, pMin, gMax, alpha));
                            ++checked;
                        }
                    balanced.setBalance(0);
                    QCOMPARE(balanced.merges().size(), paper.merges().size());
                    for (std::size_t i = 0; i < paper.merges().size(); ++i) {
                        const auto &a = balanced.merges()[i], &b = paper.merges()[i];
                        QVERIFY(a.first == b.first && a.second == b.second && a.result == b.result && a.size == b.size);
                        QVERIFY(std::memcmp(&a.proximity, &b.proximity, sizeof(double)) == 0);
                        QVERIFY(std::memcmp(&a.linkage, &b.proximity, sizeof(double)) == 0);
                    }
                    for (double pMin : { 0.0, 0.002, 0.01, 0.05 })
                        QCOMPARE(balanced.groups(pMin), referenceGrouping(cpm, n, pMin, gMax));
                }
            }
        }
        QVERIFY(checked > 300);
        QVERIFY(errorOf([] { GroupingEngine({ 1.0 }, 1).setBalance(-0.5); }).contains("balance α must be a number ≥ 0"));
    }

    // A hub class confused with every other (0.02 each way) and four pairs confused with each other
    // (0.012): the paper's rule chains everything into one group; α > 0 keeps the pairs apart, the
    // more so the larger α. Groups worked out by hand with the rule (2 / size)^α.
    void balanceKeepsGroupsSmaller()
    {
        const int n = 9;
        std::vector<double> cpm(std::size_t(n * n), 0.0);
        const auto set = [&](int a, int b, double v) { cpm[std::size_t(a * n + b)] = cpm[std::size_t(b * n + a)] = v; };
        for (int j = 1; j < n; ++j)
            set(0, j, 0.02);
        for (int a : { 1, 3, 5, 7 })
            set(a, a + 1, 0.012);
        GroupingEngine engine(cpm, n);
        engine.setMaxGroupSize(50);
        const auto largest = [&](double alpha) {
            engine.setBalance(alpha);
            std::size_t most = 0;
            for (const auto& g : engine.groups(0.005))
                most = std::max(most, g.size());
            return int(most);
        };
        QCOMPARE(largest(0), 9);
        QCOMPARE(largest(0.5), 5);
        QCOMPARE(largest(1), 5);
        QCOMPARE(largest(2), 3);
        engine.setBalance(1);
        using Groups = std::vector<std::vector<int>>;
        QCOMPARE(engine.groups(0.005), (Groups { { 5, 6 }, { 7, 8 }, { 3, 4, 2, 0, 1 } }));
        // A merge records both numbers: its union's score and the plain group proximity.
        const auto& first = engine.merges()[0];
        QCOMPARE(first.size, 2);
        QCOMPARE(first.proximity, first.linkage); // two single classes: (2 / 2)^α = 1
        const auto larger
            = std::find_if(engine.merges().begin(), engine.merges().end(), [](const Merge& m) { return m.size > 2; });
        QVERIFY(larger != engine.merges().end());
        QVERIFY(std::abs(larger->proximity - larger->linkage * std::pow(2.0 / larger->size, 1.0)) < 1e-15);
    }

    // Why the grouping stops: the next pair at or below p_min, every pair over g_max, or one group.
    void stopSaysWhy()
    {
        const auto cpm = fiveClasses();
        GroupingEngine engine(cpm, 5);
        engine.setMaxGroupSize(50);
        auto stop = engine.stopAt(0.2);
        QCOMPARE(stop.reason, GroupingStop::Reason::BelowPMin);
        QCOMPARE(stop.next.first, 1);
        QCOMPARE(stop.next.second, 3);
        QCOMPARE(stop.next.proximity, 0.1);
        QCOMPARE(engine.stopAt(-1.0).reason, GroupingStop::Reason::OneGroup);
        engine.setMaxGroupSize(2);
        stop = engine.stopAt(-1.0);
        QCOMPARE(stop.reason, GroupingStop::Reason::GMaxReached);
        QCOMPARE(stop.smallestPairSize, 3); // {4} with {0, 2} or {1, 3}
    }

    // The CPM's promise for a grouping, counted by hand: rows of classes 0…3, groups {0, 1} and {2, 3}.
    void qualityFromTheCpm()
    {
        Cpm cpm;
        cpm.classes = { "a", "b", "c", "d" };
        cpm.values = {
            0.6, 0.3, 0.1, 0.0, //
            0.2, 0.7, 0.0, 0.1, //
            0.0, 0.0, 0.9, 0.1, //
            0.1, 0.1, 0.2, 0.6, // sums to 1.0
        };
        auto q = assessGrouping(cpm, { { 0, 1 }, { 2, 3 } });
        QCOMPARE(q.groups.size(), std::size_t(2));
        QVERIFY(std::abs(q.groups[0].withinMass - (0.9 + 0.9) / 2) < 1e-12);
        QVERIFY(std::abs(q.groups[1].withinMass - (1.0 + 0.8) / 2) < 1e-12);
        QVERIFY(std::abs(q.rootEstimate - (0.9 + 0.9 + 1.0 + 0.8) / 4) < 1e-12);
        QCOMPARE(q.rootEstimateHard, -1.0);
        QCOMPARE(q.groups[0].withinHits, -1.0);
        QCOMPARE(q.largest, 2);
        QCOMPARE(q.smallest, 2);
        QVERIFY(std::abs(q.sizeEntropy - 1.0) < 1e-12);
        QVERIFY(std::abs(q.balance - 1.0) < 1e-12);
        // Hard counts: 10 images of a (9 inside), 20 of b (18 inside), 10 of c (10), 30 of d (21).
        cpm.confusion = {
            6,
            3,
            1,
            0, //
            4,
            14,
            0,
            2, //
            0,
            0,
            9,
            1, //
            3,
            6,
            6,
            15,
        };
        q = assessGrouping(cpm, { { 0, 1 }, { 2, 3 } });
        QVERIFY(std::abs(q.groups[0].withinHits - 27.0 / 30) < 1e-12);
        QVERIFY(std::abs(q.groups[1].withinHits - 31.0 / 40) < 1e-12);
        QVERIFY(std::abs(q.rootEstimateHard - 58.0 / 70) < 1e-12);
        // With counts, the soft estimate weights classes by their images: (10·0.9 + 20·0.9 + 10·1.0 + 30·0.8) / 70.
        QVERIFY(std::abs(q.rootEstimate - (9.0 + 18.0 + 10.0 + 24.0) / 70) < 1e-12);
        // Sizes 1 and 3: H = −(¼ log2 ¼ + ¾ log2 ¾) = 0.811278 bits, and that over log2 2.
        q = assessGrouping(cpm, { { 0 }, { 1, 2, 3 } });
        QVERIFY(std::abs(q.sizeEntropy - 0.8112781244591328) < 1e-12);
        QVERIFY(std::abs(q.balance - 0.8112781244591328) < 1e-12);
        QCOMPARE(q.largest, 3);
        QCOMPARE(q.smallest, 1);
        QCOMPARE(assessGrouping(cpm, { { 0, 1, 2, 3 } }).balance, 1.0);
        QCOMPARE(assessGrouping(cpm, { { 0, 1, 2, 3 } }).rootEstimate, 1.0);
        QVERIFY(errorOf([&] { assessGrouping(cpm, { { 0, 1 }, { 1, 2, 3 } }); }).contains("in two groups"));
        QVERIFY(errorOf([&] { assessGrouping(cpm, { { 0, 1 } }); }).contains("every class of the CPM must be in a group"));
    }

    // Names from members: the two most central classes, then how many more; user names are kept.
    void namesSayWhatAGroupIs()
    {
        Cpm cpm;
        cpm.classes = { "Shirt", "T-shirt", "Pullover", "Coat", "Bag" };
        cpm.values = std::vector<double>(25, 0.0);
        const auto set = [&](int a, int b, double v) { cpm.values[std::size_t(a * 5 + b)] = v; };
        set(0, 1, 0.06); // Shirt is confused with all three others (0.13), Pullover with two (0.09), T-shirt with one (0.06)
        set(0, 2, 0.05);
        set(0, 3, 0.02);
        set(2, 3, 0.04);
        QCOMPARE(nameFromMembers(cpm, { 1, 0, 2, 3 }), std::string("Shirt · Pullover +2"));
        QCOMPARE(nameFromMembers(cpm, { 3, 2 }), std::string("Pullover · Coat")); // a tie: class order
        QCOMPARE(nameFromMembers(cpm, { 4 }), std::string("(Bag)"));
        auto h = Hierarchy::fromGroups(cpm.classes, { { 0, 1 }, { 2, 3 }, { 4 } });
        h.rename(h.findNode("group 2"), "warm");
        nameGroupsFromMembers(h, cpm, { "warm" });
        QVERIFY(h.findNode("Shirt · T-shirt") >= 0);
        QCOMPARE(h.classesUnder(h.findNode("warm")), (std::vector<int> { 2, 3 }));
        QVERIFY(h.findNode("(Bag)") >= 0);
        // The builder names every level's groups from their members.
        const auto built = buildHierarchy(cpm, { { 0.001, 50 }, { 0.03, 2 } });
        for (int node : built.innerNodes())
            QCOMPARE(built.node(node).name, nameFromMembers(cpm, built.classesUnder(node)));
    }

    // A user's name stays with its group: through a regrouping it goes back to the group of exactly its classes
    // (and to no other), through hand edits it follows the group whose classes change.
    void givenNamesAreKeptAcrossRegrouping()
    {
        Cpm cpm;
        cpm.classes = { "Shirt", "T-shirt", "Pullover", "Coat", "Bag" };
        cpm.values = std::vector<double>(25, 0.0);
        cpm.values[0 * 5 + 1] = 0.06;
        cpm.values[2 * 5 + 3] = 0.04;
        GivenNames names;
        names.give("warm", { 3, 2 });
        QCOMPARE(names.names().at("warm"), (std::vector<int> { 2, 3 }));
        auto regrouped = Hierarchy::fromGroups(cpm.classes, { { 0, 1 }, { 2, 3 }, { 4 } });
        names.nameRegrouped(regrouped, cpm);
        QCOMPARE(regrouped.classesUnder(regrouped.findNode("warm")), (std::vector<int> { 2, 3 }));
        QVERIFY(regrouped.findNode("Shirt · T-shirt") >= 0);
        auto other = Hierarchy::fromGroups(cpm.classes, { { 0, 1, 2 }, { 3 }, { 4 } }); // no group of exactly {2, 3}
        names.nameRegrouped(other, cpm);
        QCOMPARE(other.findNode("warm"), -1);
        regrouped.moveClass(4, regrouped.findNode("warm")); // a hand edit: the name follows its group
        names.nameEdited(regrouped, cpm);
        QCOMPARE(names.names().at("warm"), (std::vector<int> { 2, 3, 4 }));
        QCOMPARE(regrouped.classesUnder(regrouped.findNode("warm")), (std::vector<int> { 2, 3, 4 }));
        const auto given = GivenNames::of(regrouped);
        QCOMPARE(given.names().size(), std::size_t(2));
        names.forget("warm");
        QVERIFY(names.empty());
    }

    void badInput()
    {
        QVERIFY(errorOf([] { GroupingEngine({ 1.0 }, 1).setMaxGroupSize(0); }).contains("g_max must be at least 1"));
        QVERIFY(errorOf([] { GroupingEngine({}, 0); }).contains("non-empty square"));
        QVERIFY(errorOf([] { parseCpmCsv("0.5,0.5\n0.5\n", "m.csv"); }).contains("m.csv: row 2 has 1 values"));
        QVERIFY(errorOf([] { parseCpmCsv("", "m.csv"); }).contains("empty"));
        QVERIFY(errorOf([] { parseCpmCsv("1,x\n0,1\n", "m.csv"); }).contains("'x' is not a number"));
        Cpm nan { { "a", "b" }, { 1, 0, std::nan(""), 1 }, {}, "val" };
        QVERIFY(errorOf([&] { validateCpm(nan, "c.json"); }).contains("entry [1][0] = nan is not a finite number"));
        Cpm negative { { "a", "b" }, { 1, 0, -0.5, 1.5 }, {}, "val" };
        QVERIFY(errorOf([&] { validateCpm(negative, "c.json"); }).contains("is negative"));
        Cpm unnormalised { { "a", "b" }, { 3, 0, 0, 1 }, {}, "val" };
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
        QCOMPARE(a.classes, (std::vector<std::string> { "x", "y" }));
        QCOMPARE(a.at(1, 0), 0.2);
        QCOMPARE(a.confusion[1], 1.0);
        const auto csv = dir.filePath("cpm.csv").toStdString();
        std::ofstream(csv) << "x,y\n0.9,0.1\n0.2,0.8\n";
        const auto b = loadCpm(csv);
        QCOMPARE(b.classes, a.classes);
        QCOMPARE(b.values, a.values);
        std::ofstream(csv) << "0.9,0.1\n0.2,0.8\n";
        QCOMPARE(loadCpm(csv).classes, (std::vector<std::string> { "0", "1" }));
        std::ofstream(json) << R"({"classes":["x"],"cpm":[[0.9,0.1],[0.2,0.8]]})";
        QVERIFY(errorOf([&] { loadCpm(json); }).contains("\"classes\" names 1 classes but \"cpm\" has 2 rows"));
        std::ofstream(json) << R"({"cpm":[[0.9,0.1],[0.2]]})";
        QVERIFY(errorOf([&] { loadCpm(json); }).contains("must be square"));
        // Class names that are not strings (found by fuzz_cpm: nlohmann's type error escaped).
        std::ofstream(json) << R"({"classes":["x", 0.15],"cpm":[[0.9,0.1],[0.2,0.8]]})";
        QVERIFY(errorOf([&] { loadCpm(json); }).contains("\"classes\" entry 1 is 0.15, not a class name"));
        std::ofstream(json) << R"({"classes":"x","cpm":[[0.9,0.1],[0.2,0.8]]})";
        QVERIFY(errorOf([&] { loadCpm(json); }).contains("\"classes\" must be a list of class names"));
        // The fuzzer's input as it found it (its first byte picks JSON or CSV).
        std::ifstream found(HIERNET_SOURCE_DIR "/tests/fuzz/regressions/cpm/class-name-not-a-string.json", std::ios::binary);
        const std::string input((std::istreambuf_iterator<char>(found)), std::istreambuf_iterator<char>());
        QVERIFY(!input.empty() && (input[0] & 1) == 0);
        std::ofstream(json, std::ios::binary | std::ios::trunc) << input.substr(1);
        QVERIFY(errorOf([&] { loadCpm(json); }).contains("not a class name"));
        std::ofstream(json) << "{ nope";
        QVERIFY(errorOf([&] { loadCpm(json); }).contains("not valid JSON"));
        QVERIFY(errorOf([&] { loadCpm(dir.filePath("missing.json").toStdString()); }).contains("missing.json"));
    }
};

QTEST_GUILESS_MAIN(TestGrouping)
#include "tst_grouping.moc"
