// Mean-image normalisation and seeded flip/translation augmentation (DESIGN.md §3).
#include "data/Preprocessing.h"

#include <torch/torch.h>

#include <QtTest>

using namespace hiernet::data;

class TestPreprocessing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizeSubtractsTrainMeanImage()
    {
        auto train = torch::zeros({2, 1, 2, 2}, torch::kUInt8);
        train[0].fill_(255);
        Preprocessor prep(train);
        QVERIFY(torch::allclose(prep.meanImage(), torch::full({1, 2, 2}, 0.5)));
        const auto x = prep.normalize(train);
        QVERIFY(torch::allclose(x[0], torch::full({1, 2, 2}, 0.5)));
        QVERIFY(torch::allclose(x[1], torch::full({1, 2, 2}, -0.5)));
    }

    void flipOnlyGivesImageOrMirror()
    {
        const auto batch = torch::arange(64 * 3 * 4 * 4, torch::kFloat32).reshape({64, 3, 4, 4}) / 3072.0;
        Preprocessor prep(torch::zeros({1, 3, 4, 4}, torch::kUInt8), {true, 0.0, 0.5});
        const auto out = prep.augmentUnit(batch, 1, 0);
        int flipped = 0, same = 0;
        for (int i = 0; i < 64; ++i) {
            if (torch::equal(out[i], batch[i])) ++same;
            else if (torch::equal(out[i], batch[i].flip({2}))) ++flipped;
        }
        QCOMPARE(same + flipped, 64);
        QVERIFY(same > 10 && flipped > 10);
    }

    void translationFillsWithGrey()
    {
        // 16×16 images of ones: a shift of up to 2 pixels (12.5%) brings in at most 2 rows/columns of 0.5.
        const auto batch = torch::ones({32, 1, 16, 16});
        Preprocessor prep(torch::zeros({1, 1, 16, 16}, torch::kUInt8), {false, 0.125, 0.5});
        const auto out = prep.augmentUnit(batch, 3, 5);
        QVERIFY(((out == 1.0) | (out == 0.5)).all().item<bool>());
        const auto ones = (out == 1.0).sum({1, 2, 3});
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

    void augmentationIsSeeded()
    {
        const auto batch = torch::randint(0, 256, {16, 3, 8, 8}, torch::kInt64).to(torch::kUInt8);
        Preprocessor prep(batch);
        QVERIFY(torch::equal(prep.augment(batch, 9, 4), prep.augment(batch, 9, 4)));
        QVERIFY(!torch::equal(prep.augment(batch, 9, 4), prep.augment(batch, 9, 5)));
        QVERIFY(!torch::equal(prep.augment(batch, 9, 4), prep.augment(batch, 10, 4)));
    }
};

QTEST_GUILESS_MAIN(TestPreprocessing)
#include "tst_preprocessing.moc"
