// Mean-image normalisation and seeded flip/translation augmentation (DESIGN.md §3).
#include "data/Preprocessing.h"

#include <torch/torch.h>

#include <QtTest>

using namespace hiernet::data;

class TestPreprocessing : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The mean image from chunked float64 sums equals the one from a float64 copy of the whole set, bit for bit
    // (9,000 images: two chunks and a part), and so does the dataset's per-channel mean.
    void pixelSumsAreExactAndChunked()
    {
        torch::manual_seed(3);
        const auto images = torch::randint(0, 256, { 9000, 3, 8, 8 }, torch::kUInt8);
        QVERIFY(torch::equal(pixelSums(images), images.to(torch::kFloat64).sum(0)));
        const auto whole = images.to(torch::kFloat64).mean(0).div(255.0).to(torch::kFloat32);
        Preprocessor prep(images);
        const auto zero = torch::zeros({ 1, 3, 8, 8 }, torch::kUInt8);
        QVERIFY(torch::equal(prep.normalize(zero)[0], -whole));
        const auto channels = pixelSums(images).sum({ 1, 2 }).div(9000.0 * 64).div(255.0);
        QVERIFY(torch::equal(channels, images.to(torch::kFloat64).mean({ 0, 2, 3 }).div(255.0)));
    }

    void normalizeSubtractsTrainMeanImage()
    {
        auto train = torch::zeros({ 2, 1, 2, 2 }, torch::kUInt8);
        train[0].fill_(255);
        Preprocessor prep(train);
        QVERIFY(torch::allclose(prep.meanImage(), torch::full({ 1, 2, 2 }, 0.5)));
        const auto x = prep.normalize(train);
        QVERIFY(torch::allclose(x[0], torch::full({ 1, 2, 2 }, 0.5)));
        QVERIFY(torch::allclose(x[1], torch::full({ 1, 2, 2 }, -0.5)));
    }

    void flipOnlyGivesImageOrMirror()
    {
        const auto batch = torch::arange(64 * 3 * 4 * 4, torch::kFloat32).reshape({ 64, 3, 4, 4 }) / 3072.0;
        Preprocessor prep(torch::zeros({ 1, 3, 4, 4 }, torch::kUInt8), { true, 0.0, 0.5 });
        const auto out = prep.augmentUnit(batch, 1, 0);
        int flipped = 0, same = 0;
        for (int i = 0; i < 64; ++i) {
            if (torch::equal(out[i], batch[i]))
                ++same;
            else if (torch::equal(out[i], batch[i].flip({ 2 })))
                ++flipped;
        }
        QCOMPARE(same + flipped, 64);
        QVERIFY(same > 10 && flipped > 10);
    }

    void translationFillsWithGrey()
    {
        // 16×16 images of ones: a shift of up to 2 pixels (12.5%) brings in at most 2 rows/columns of 0.5.
        const auto batch = torch::ones({ 32, 1, 16, 16 });
        Preprocessor prep(torch::zeros({ 1, 1, 16, 16 }, torch::kUInt8), { false, 0.125, 0.5 });
        const auto out = prep.augmentUnit(batch, 3, 5);
        QVERIFY(((out == 1.0) | (out == 0.5)).all().item<bool>());
        const auto ones = (out == 1.0).sum({ 1, 2, 3 });
        QVERIFY((ones >= 14 * 14).all().item<bool>());
        QVERIFY((ones < 256).any().item<bool>());
        // Shifted, not distorted: every image's ones form one rectangle of the original size minus the shift.
        for (int i = 0; i < 32; ++i) {
            const auto rows = (out[i][0] == 1.0).any(1).sum().item<int64_t>();
            const auto cols = (out[i][0] == 1.0).any(0).sum().item<int64_t>();
            QCOMPARE(ones[i].item<int64_t>(), rows * cols);
            QVERIFY(rows >= 14 && cols >= 14);
        }
    }

    void bilinearShiftMatchesTheHandComputedOne()
    {
        // translateBilinear against the bilinear sample written out: out(y, x) = in(y − dy, x − dx), 0.5 outside.
        const auto image = (torch::arange(12, torch::kFloat32) / 12).view({ 1, 1, 3, 4 });
        const double dy = 0.5, dx = -1.25, fill = 0.5;
        const auto out = translateBilinear(image, torch::full({ 1 }, dy), torch::full({ 1 }, dx), fill);
        auto at = [&](int y, int x) { return y < 0 || y > 2 || x < 0 || x > 3 ? fill : image[0][0][y][x].item<double>(); };
        for (int y = 0; y < 3; ++y)
            for (int x = 0; x < 4; ++x) {
                const double sy = y - dy, sx = x - dx;
                const int y0 = int(std::floor(sy)), x0 = int(std::floor(sx));
                const double wy = sy - y0, wx = sx - x0;
                const double expected = (1 - wy) * ((1 - wx) * at(y0, x0) + wx * at(y0, x0 + 1))
                    + wy * ((1 - wx) * at(y0 + 1, x0) + wx * at(y0 + 1, x0 + 1));
                QVERIFY2(std::abs(out[0][0][y][x].item<double>() - expected) < 1e-6,
                    qPrintable(
                        QStringLiteral("(%1, %2): %3 vs %4").arg(y).arg(x).arg(out[0][0][y][x].item<double>()).arg(expected)));
            }
        // Whole-pixel shifts are exact, and no shift is the identity.
        const auto whole = translateBilinear(image, torch::full({ 1 }, 1.0), torch::full({ 1 }, 0.0), fill);
        QVERIFY(torch::allclose(whole[0][0][1], image[0][0][0]) && (whole[0][0][0] == 0.5).all().item<bool>());
        QVERIFY(torch::allclose(translateBilinear(image, torch::zeros({ 1 }), torch::zeros({ 1 }), fill), image));
    }

    void continuousTranslationStaysWithinItsRange()
    {
        // The paper code's RandomTranslation(0.125): shifts of any fraction up to 12.5 % of each side, grey coming in.
        const auto batch = torch::ones({ 64, 1, 16, 16 });
        Preprocessor prep(torch::zeros({ 1, 1, 16, 16 }, torch::kUInt8), { false, 0.125, 0.5, /*bilinear=*/true });
        const auto out = prep.augmentUnit(batch, 3, 5);
        QVERIFY((out >= 0.5 - 1e-6).all().item<bool>() && (out <= 1 + 1e-6).all().item<bool>());
        // A shift of at most 2 px leaves the centre 12×12 untouched; fractional shifts blend the border (neither 1 nor 0.5).
        QVERIFY((out.narrow(2, 2, 12).narrow(3, 2, 12) == 1).all().item<bool>());
        QVERIFY(((out > 0.5 + 1e-3) & (out < 1 - 1e-3)).any().item<bool>());
        const auto grey = (out < 1 - 1e-6).sum({ 1, 2, 3 });
        QVERIFY((grey > 0).sum().item<std::int64_t>() > 60); // (nearly) every image moved
        QVERIFY(torch::equal(out, prep.augmentUnit(batch, 3, 5)));
        QVERIFY(!torch::equal(out, prep.augmentUnit(batch, 3, 6)));
    }

    void augmentationIsSeeded()
    {
        const auto batch = torch::randint(0, 256, { 16, 3, 8, 8 }, torch::kInt64).to(torch::kUInt8);
        Preprocessor prep(batch);
        QVERIFY(torch::equal(prep.augment(batch, 9, 4), prep.augment(batch, 9, 4)));
        QVERIFY(!torch::equal(prep.augment(batch, 9, 4), prep.augment(batch, 9, 5)));
        QVERIFY(!torch::equal(prep.augment(batch, 9, 4), prep.augment(batch, 10, 4)));
    }
};

QTEST_GUILESS_MAIN(TestPreprocessing)
#include "tst_preprocessing.moc"
