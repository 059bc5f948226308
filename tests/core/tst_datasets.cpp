// Loaders, dataset specs and splits on tiny files made here, including broken ones.
#include "Fixtures.h"

#include "data/Dataset.h"
#include "data/DatasetInfo.h"
#include "data/ImageInput.h"
#include "data/Loaders.h"
#include "grouping/HierarchyBuilder.h"
#include "util/Error.h"
#include "util/FileIo.h"
#include "util/Png.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <set>

using namespace hiernet;
using namespace hiernet::data;

namespace {

// Runs `load` and checks that it throws hiernet::Error whose message holds every fragment.
template <typename F> void expectError(F load, const std::vector<std::string>& fragments)
{
    try {
        load();
    } catch (const Error& e) {
        const std::string message = e.what();
        for (const auto& f : fragments)
            QVERIFY2(message.find(f) != std::string::npos, ("'" + f + "' missing in: " + message).c_str());
        return;
    }
    QFAIL("no error was raised");
}

} // namespace

class TestDatasets : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ownImagesBecomeModelInputs()
    {
        // A PNG written by the core (stb) decodes back to its pixels.
        QTemporaryDir dir;
        const auto png = dir.filePath(QStringLiteral("four.png")).toStdString();
        const std::vector<std::uint8_t> rgb { 255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30 }; // 2×2: red, green; blue, dark
        io::writePngRgb(png, rgb, 2, 2);
        DecodedImage image;
        QVERIFY(decodeImageFile(png, image));
        QCOMPARE(image.width, 2);
        QCOMPARE(image.channels, 3);
        QCOMPARE(image.pixels, rgb);
        // RGB → grey by luminance, at the same size: no resampling.
        const auto grey = imageAsInput(image, 1, 2, 2);
        QCOMPARE(grey.sizes(), (c10::IntArrayRef { 1, 1, 2, 2 }));
        QCOMPARE(grey[0][0][0][0].item<int>(), 76); // 0.299 × 255
        QCOMPARE(grey[0][0][0][1].item<int>(), 150); // 0.587 × 255
        QCOMPARE(grey[0][0][1][1].item<int>(), 18); // 0.299·10 + 0.587·20 + 0.114·30 = 18.15
        // Grey → RGB by repeating; a 4×2 image covered at 2×2 and cropped in the centre (its middle two columns).
        DecodedImage wide { 4, 2, 1, { 1, 2, 3, 4, 5, 6, 7, 8 } };
        const auto crop = imageAsInput(wide, 3, 2, 2);
        QCOMPARE(crop.sizes(), (c10::IntArrayRef { 1, 3, 2, 2 }));
        QVERIFY(torch::equal(crop[0][2], torch::tensor({ { 2, 3 }, { 6, 7 } }, torch::kUInt8)));
        // A larger image is shrunk so that its shorter side fits.
        DecodedImage big { 8, 8, 1, std::vector<std::uint8_t>(64, 100) };
        QVERIFY(torch::equal(imageAsInput(big, 1, 4, 4), torch::full({ 1, 1, 4, 4 }, 100, torch::kUInt8)));
        // Not an image: false, with the reason.
        const auto text = dir.filePath(QStringLiteral("notes.txt")).toStdString();
        fixtures::writeText(text, "not an image");
        std::string why;
        QVERIFY(!decodeImageFile(text, image, &why));
        QVERIFY2(why.find("not an image") != std::string::npos, why.c_str());
    }

    // A small .gz that expands without end (a gzip bomb) stops at a bound, with the file named.
    void decompressionIsBounded()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("bomb.gz")).toStdString();
        fixtures::writeBytes(path, std::vector<std::uint8_t>(std::size_t(3) << 20, 0), true);
        QVERIFY(QFileInfo(QString::fromStdString(path)).size() < 20000); // 3 MiB of zeros, a few KiB on disk
        QCOMPARE(hiernet::io::readMaybeGzipped(path, std::size_t(4) << 20).size(), std::size_t(3) << 20);
        try {
            hiernet::io::readMaybeGzipped(path, std::size_t(1) << 20);
            QFAIL("read past the bound");
        } catch (const hiernet::Error& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(
                         QString::fromStdString(path) + QStringLiteral(": larger than 1 MiB when decompressed")),
                e.what());
        }
    }

    void idxRawAndGzip_data()
    {
        QTest::addColumn<bool>("gzip");
        QTest::newRow("raw") << false;
        QTest::newRow("gz") << true;
    }

    void idxRawAndGzip()
    {
        QFETCH(bool, gzip);
        QTemporaryDir dir;
        const auto path = dir.path().toStdString();
        fixtures::writeIdxDataset(path, 10, 3, 4, gzip);
        const auto ds = loadDataset("idx:" + path);
        QCOMPARE(ds.numClasses(), 10);
        QCOMPARE(ds.classNames[3], std::string("3"));
        QCOMPARE(ds.train.images.sizes().vec(), (std::vector<int64_t> { 30, 1, 4, 5 }));
        QCOMPARE(ds.train.images.scalar_type(), torch::kUInt8);
        QCOMPARE(ds.train.labels.scalar_type(), torch::kInt64);
        // pixel (i, y, x) = (i*7 + y*w + x) % 256
        QCOMPARE(ds.train.images[13][0][2][3].item<int>(), (13 * 7 + 2 * 5 + 3) % 256);
        QCOMPARE(ds.train.labels[13].item<int64_t>(), 3);
        QCOMPARE(ds.officialTest.size(), 40);
        QVERIFY(!ds.train.coarseLabels.defined());
        QVERIFY(ds.coarseClassNames.empty());
    }

    void idxClassNamesFile()
    {
        QTemporaryDir dir;
        const auto path = dir.path().toStdString();
        fixtures::writeIdxDataset(path, 3, 2, 2, false);
        fixtures::writeText(path + "/classes.txt", "cat\ndog\nbird\n");
        const auto ds = loadDataset("idx:" + path);
        QCOMPARE(ds.classNames, (std::vector<std::string> { "cat", "dog", "bird" }));
    }

    void idxBadFiles()
    {
        QTemporaryDir dir;
        const auto path = dir.path().toStdString();
        fixtures::writeIdxDataset(path, 10, 2, 2, false);
        const auto images = path + "/train-images-idx3-ubyte";
        const auto labels = path + "/train-labels-idx1-ubyte";
        auto load = [&] { loadDataset("idx:" + path); };

        auto bytes = fixtures::idxImages(20, 4, 5);
        fixtures::writeBytes(images, { bytes.begin(), bytes.end() - 7 });
        expectError(load, { images, "truncated" });

        bytes[3] = 0x04;
        fixtures::writeBytes(images, bytes);
        expectError(load, { images, "wrong magic number 0x804" });

        fixtures::writeBytes(images, fixtures::idxImages(20, 4, 5));
        auto badLabels = fixtures::cyclicLabels(10, 2);
        badLabels[5] = 12;
        fixtures::writeBytes(labels, fixtures::idxLabels(badLabels));
        expectError(load, { labels, "label 12 of record 5 is out of range" });

        badLabels.pop_back();
        fixtures::writeBytes(labels, fixtures::idxLabels(badLabels));
        expectError(load, { labels, "19 labels", "20 images" });

        fixtures::writeBytes(labels, { 0, 0, 8 });
        expectError(load, { labels, "truncated IDX header" });

        std::filesystem::remove(labels);
        expectError(load, { path, "train-labels-idx1-ubyte" });
    }

    void cifar10()
    {
        QTemporaryDir dir;
        const auto path = dir.path().toStdString();
        fixtures::writeCifar10Dataset(path, 2);
        const auto ds = loadDataset("cifar10:" + path);
        QCOMPARE(ds.classNames.size(), std::size_t(10));
        QCOMPARE(ds.classNames[9], std::string("truck"));
        QCOMPARE(ds.train.size(), 100);
        QCOMPARE(ds.officialTest.size(), 40);
        QCOMPARE(ds.imageShape(), (std::vector<int64_t> { 3, 32, 32 }));
        // record r of the second batch: channel c holds (r + c) % 256; the images are channel-major
        QCOMPARE(ds.train.images[20 + 5][2][31][0].item<int>(), (5 + 2) % 256);
        QCOMPARE(ds.train.labels[20 + 5].item<int64_t>(), 5);
    }

    void cifar10BadFiles()
    {
        QTemporaryDir dir;
        const auto path = dir.path().toStdString();
        fixtures::writeCifar10Dataset(path, 1);
        auto load = [&] { loadDataset("cifar10:" + path); };
        std::filesystem::remove(path + "/batches.meta.txt");
        expectError(load, { path + "/batches.meta.txt", "not found" });

        fixtures::writeCifar10Dataset(path, 1);
        auto bytes = fixtures::cifar10Records(fixtures::cyclicLabels(10, 1));
        fixtures::writeBytes(path + "/data_batch_3.bin", { bytes.begin(), bytes.end() - 100 });
        expectError(load, { path + "/data_batch_3.bin", "not a whole number of CIFAR-10 records" });

        bytes[3073] = 10;
        fixtures::writeBytes(path + "/data_batch_3.bin", bytes);
        expectError(load, { path + "/data_batch_3.bin", "label 10 of record 1 is out of range" });

        fixtures::writeCifar10Dataset(path, 1);
        std::filesystem::remove(path + "/test_batch.bin");
        expectError(load, { path + "/test_batch.bin", "not found" });
    }

    void cifar100()
    {
        QTemporaryDir dir;
        const auto path = dir.path().toStdString();
        fixtures::writeCifar100Dataset(path, 100, 2, 4);
        const auto ds = loadDataset("cifar100:" + path);
        QCOMPARE(ds.classNames.size(), std::size_t(100));
        QCOMPARE(ds.coarseClassNames.size(), std::size_t(20));
        QCOMPARE(ds.train.coarseLabels[57].item<int64_t>(), 57 / 5);
        QCOMPARE(ds.train.labels[57].item<int64_t>(), 57);
        QCOMPARE(ds.train.images[57][1][0][0].item<int>(), (57 * 3 + 1) % 256);
        // Not the official 10,000 test records: a stratified split, half of each class.
        QCOMPARE(ds.classCounts(Split::Val), std::vector<int64_t>(100, 2));
        QVERIFY(ds.splitDescription.find("stratified") != std::string::npos);
        const auto info = datasetInfo(ds);
        QCOMPARE(info["coarse_classes"].size(), std::size_t(20));

        // The coarse labels as a hierarchy: fine class c sits in coarse group c / 5, named by it.
        const auto coarse = hiernet::grouping::hierarchyFromCoarseLabels(ds);
        QCOMPARE(coarse.leafGroups().size(), std::size_t(20));
        for (int c : { 0, 4, 5, 57, 99 })
            QCOMPARE(coarse.node(coarse.node(coarse.classNode(c)).parent).name, ds.coarseClassNames[std::size_t(c / 5)]);
        auto clash = ds;
        clash.train.coarseLabels = clash.train.coarseLabels.clone();
        clash.train.coarseLabels[157] = 0; // record 157 is class 57 (coarse 11) too
        expectError([&] { hiernet::grouping::hierarchyFromCoarseLabels(clash); }, { "has two coarse labels" });
        auto flat = ds;
        flat.train.coarseLabels = at::Tensor();
        expectError([&] { hiernet::grouping::hierarchyFromCoarseLabels(flat); }, { "has no coarse labels" });
    }

    void cifar100BadFiles()
    {
        QTemporaryDir dir;
        const auto path = dir.path().toStdString();
        fixtures::writeCifar100Dataset(path, 100, 1, 1);
        auto load = [&] { loadDataset("cifar100:" + path); };
        std::filesystem::remove(path + "/coarse_label_names.txt");
        expectError(load, { path + "/coarse_label_names.txt", "not found" });
        fixtures::writeText(path + "/coarse_label_names.txt", "a\nb\n");
        expectError(load, { path + "/train.bin", "coarse label 2 of record 10 is out of range" });
    }

    void paperSplitOfCifar100()
    {
        std::vector<int64_t> val, test;
        hiernet::data::detail::paperCifar100Split(val, test);
        QCOMPARE(val.size(), std::size_t(5000));
        QCOMPARE(test.size(), std::size_t(5000));
        std::set<int64_t> all(val.begin(), val.end());
        all.insert(test.begin(), test.end());
        QCOMPARE(all.size(), std::size_t(10000));
        QCOMPARE(*all.begin(), 0);
        QCOMPARE(*all.rbegin(), 9999);
        QVERIFY(std::binary_search(val.begin(), val.end(), 5306)); // "test_05306" is the file's first val entry
    }

    void stratifiedSplitIsSeededAndHalvesEachClass()
    {
        const auto labels = torch::tensor(std::vector<int64_t> { 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 0 });
        std::vector<int64_t> a1, b1, a2, b2, a3, b3;
        hiernet::data::detail::stratifiedSplit(labels, 3, 7, 0.5, a1, b1);
        hiernet::data::detail::stratifiedSplit(labels, 3, 7, 0.5, a2, b2);
        QCOMPARE(a1, a2);
        QCOMPARE(a1.size(), std::size_t(3 + 2 + 2));
        bool differs = false;
        for (std::uint64_t seed = 8; seed < 20 && !differs; ++seed) {
            hiernet::data::detail::stratifiedSplit(labels, 3, seed, 0.5, a3, b3);
            differs = a3 != a1;
        }
        QVERIFY(differs);
        std::set<int64_t> both(a1.begin(), a1.end());
        both.insert(b1.begin(), b1.end());
        QCOMPARE(both.size(), std::size_t(14));
    }

    void imageFolder()
    {
        QTemporaryDir dir;
        const auto path = dir.path().toStdString();
        for (const std::string cls : { "apple", "pear" }) {
            std::filesystem::create_directory(path + "/" + cls);
            for (int i = 0; i < 10; ++i)
                fixtures::writePgm(path + "/" + cls + "/" + std::to_string(i) + ".pgm", 6, 3, cls == "pear" ? 200 : 10);
        }
        const auto ds = loadDataset("folder:" + path);
        QCOMPARE(ds.classNames, (std::vector<std::string> { "apple", "pear" }));
        QCOMPARE(ds.train.size() + ds.officialTest.size(), 20);
        QCOMPARE(ds.officialTest.size(), 4);
        QCOMPARE(ds.imageShape(), (std::vector<int64_t> { 1, 3, 6 }));
        const auto pearImage = ds.train.images.index({ ds.train.labels == 1 }).select(0, 0);
        QCOMPARE(pearImage.min().item<int>(), 200);

        fixtures::writePgm(path + "/pear/odd.pgm", 5, 5, 1);
        expectError([&] { loadDataset("folder:" + path); }, { path + "/pear/odd.pgm", "all images must share one size" });
        fixtures::writeText(path + "/pear/odd.pgm", "not an image");
        expectError([&] { loadDataset("folder:" + path); }, { path + "/pear/odd.pgm", "not an image" });
        // Sizes in the header are checked before anything is allocated (fuzz_image_folder found "2-2"
        // read as a negative height, then a vector of 2^64 bytes asked for).
        for (const char* header : { "P6\n2-2\n255\n", "P5\n4096 4096\n255\n", "P5\n0 7\n255\n", "P5\n99999 1\n255\n" }) {
            fixtures::writeText(path + "/pear/odd.pgm", std::string(header) + "abcdef");
            expectError([&] { loadDataset("folder:" + path); }, { path + "/pear/odd.pgm", "not an image" });
        }
    }

    void emptyFolders()
    {
        QTemporaryDir dir;
        const auto path = dir.path().toStdString();
        expectError([&] { loadDataset("folder:" + path); }, { path, "holds no class folders" });
        std::filesystem::create_directory(path + "/empty");
        expectError([&] { loadDataset("folder:" + path); }, { path + "/empty", "holds no images" });
        expectError([&] { loadDataset("idx:" + path + "/nope"); }, { path + "/nope", "not found" });
    }

    void specs()
    {
        QCOMPARE(int(DatasetSpec::parse("cifar10:/x").format), int(DatasetSpec::Format::Cifar10));
        QCOMPARE(DatasetSpec::parse("cifar100:/a/b").directory, std::string("/a/b"));
        QCOMPARE(DatasetSpec::parse("fashion-mnist").directory, defaultFashionMnistDirectory());
        expectError([] { DatasetSpec::parse("imagenet:/x"); }, { "unknown format 'imagenet'" });
        expectError([] { DatasetSpec::parse("mnist"); }, { "dataset 'mnist'" });
        expectError([] { DatasetSpec::parse("idx:"); }, { "dataset 'idx:'" });
        expectError([] { parseSplit("validate"); }, { "unknown split 'validate'" });
    }
};

QTEST_GUILESS_MAIN(TestDatasets)
#include "tst_datasets.moc"
