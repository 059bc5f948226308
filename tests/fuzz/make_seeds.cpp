// hiernet_fuzz_seeds OUT: a seed corpus per fuzz target, each a valid file of its kind (with the
// target's leading choice byte), made by the same code that makes the real files.
#include "Fixtures.h"
#include "grouping/Cpm.h"
#include "grouping/Hierarchy.h"
#include "runs/RunDirectory.h"
#include "training/Checkpoint.h"
#include "util/FileIo.h"

#include <torch/torch.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace {

using Bytes = std::vector<std::uint8_t>;
namespace fs = std::filesystem;

Bytes readFile(const fs::path& path)
{
    const auto text = hiernet::io::readText(path.string());
    return Bytes(text.begin(), text.end());
}

void seed(const fs::path& out, const std::string& target, const std::string& name, Bytes prefix, const Bytes& body)
{
    fs::create_directories(out / target);
    prefix.insert(prefix.end(), body.begin(), body.end());
    fixtures::writeBytes((out / target / name).string(), prefix);
}

Bytes text(const std::string& s)
{
    return Bytes(s.begin(), s.end());
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::cerr << "usage: hiernet_fuzz_seeds OUT\n";
        return 2;
    }
    const fs::path out = argv[1];
    const fs::path work = out / "_work";
    fs::create_directories(work);

    // IDX: 4 images of 3×3 and their labels; plain and gzip.
    const auto images = fixtures::idxImages(4, 3, 3), labels = fixtures::idxLabels({ 0, 1, 2, 9 });
    Bytes idx = images;
    idx.insert(idx.end(), labels.begin(), labels.end());
    const Bytes length = { std::uint8_t(labels.size() & 0xff), std::uint8_t(labels.size() >> 8) };
    seed(out, "idx", "plain", { 0, length[0], length[1] }, idx);
    seed(out, "idx", "gzip", { 1, length[0], length[1] }, idx);

    // CIFAR-10 and -100 records, a meta file.
    seed(out, "cifar", "cifar10", { 0 }, fixtures::cifar10Records({ 0, 3, 9 }));
    seed(out, "cifar", "cifar100", { 1 }, fixtures::cifar100Records({ 0, 42, 99 }));
    seed(out, "cifar", "meta", { 2 }, text("airplane\nautomobile\nbird\n"));

    // A dataset archive in CIFAR-10's official layout (packed by tar, as the official one), and a catalogue.
    fs::create_directories(work / "staging" / "cifar-10-batches-bin");
    fixtures::writeBytes(
        (work / "staging" / "cifar-10-batches-bin" / "data_batch_1.bin").string(), fixtures::cifar10Records({ 0, 3 }));
    fixtures::writeBytes(
        (work / "staging" / "cifar-10-batches-bin" / "batches.meta.txt").string(), text("airplane\nautomobile\n"));
    const auto tar
        = "tar czf '" + (work / "archive.tar.gz").string() + "' -C '" + (work / "staging").string() + "' cifar-10-batches-bin";
    if (std::system(tar.c_str()) == 0)
        seed(out, "dataset_download", "archive", { 0 }, readFile(work / "archive.tar.gz"));
    seed(out, "dataset_download", "catalogue", { 1 },
        text(R"({"datasets":[{"name":"cifar10","title":"CIFAR-10","format":"cifar10","url":"https://example.org/c.tar.gz",)"
             R"("archive":"c.tar.gz","md5":"c32a1d4ab5d03f1284b67883e8d87530","bytes":170052171,"folder":"cifar-10-batches-bin",)"
             R"("files":["data_batch_1.bin","batches.meta.txt"]}]})"));

    // PGM and PPM.
    fixtures::writePgm((work / "image.pgm").string(), 4, 3, 77);
    seed(out, "image_folder", "pgm", { 0 }, readFile(work / "image.pgm"));
    seed(out, "image_folder", "ppm", { 1 }, text("P6\n2 2\n255\n\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c"));

    // cpm.json (as runs write it) and CSV.
    hiernet::grouping::Cpm cpm;
    cpm.classes = { "a", "b", "c" };
    cpm.values = { 0.8, 0.15, 0.05, 0.1, 0.85, 0.05, 0.02, 0.03, 0.95 };
    hiernet::grouping::saveCpm(cpm, (work / "cpm.json").string(), { { "run", "seed" } });
    seed(out, "cpm", "json", { 0 }, readFile(work / "cpm.json"));
    seed(out, "cpm", "csv", { 1 }, text("a,b,c\n0.8,0.15,0.05\n0.1,0.85,0.05\n0.02,0.03,0.95\n"));
    // .npy (as np.save writes it) and CSV arrays: a CPM, and probabilities of images.
    seed(out, "npy", "cpm.npy", { 0 }, text(fixtures::npyBytes("<f8", "(2, 2)", fixtures::float64Bytes({ 0.9, 0.1, 0.2, 0.8 }))));
    seed(out, "npy", "probabilities.npy", { 2 },
        text(fixtures::npyBytes("<f8", "(2, 3)", fixtures::float64Bytes({ 0.6, 0.3, 0.1, 0.2, 0.7, 0.1 }), false, 2)));
    seed(out, "npy", "probabilities.csv", { 3 }, text("0.6,0.3,0.1\n0.2,0.7,0.1\n"));

    // Hierarchies: the groups form (as saved) and the nested form.
    const std::vector<std::string> classes
        = { "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot" };
    hiernet::grouping::Hierarchy::fromGroups(classes, { { 0, 2, 3, 4, 6 }, { 5, 7, 9 }, { 1 }, { 8 } })
        .save((work / "hierarchy.json").string());
    seed(out, "hierarchy", "saved", { 1 }, readFile(work / "hierarchy.json"));
    seed(out, "hierarchy", "nested", { 0 },
        text(
            R"({"name":"root","children":[{"name":"shoes","children":["Sandal","Sneaker","Ankle boot"]},{"name":"rest","children":["Bag","Trouser"]}]})"));

    // run.json (as a run writes it) and metrics.jsonl lines of both kinds.
    auto run = hiernet::runs::RunDirectory::create((work / "run").string(), "backbone",
        { { "config", { { "arch", "resnet" }, { "n", 1 }, { "trainer", { { "batch_size", 128 } } } } },
            { "model", { { "arch", "resnet" }, { "n", 1 }, { "layers", 8 } } } });
    run.update({ { "writer", { { "host", "elsewhere" }, { "pid", 1 }, { "process_start", "1" }, { "boot_id", "x" } } },
        { "heartbeat", "2026-01-01T00:00:00Z" } });
    run.setStatus("running");
    seed(out, "run_files", "run_json", { 0 }, readFile(work / "run" / "run.json"));
    seed(out, "run_files", "metrics", { 1 },
        text("{\"type\":\"train\",\"iteration\":20,\"epoch\":0.04,\"loss\":2.2,\"train_accuracy\":0.2,\"lr\":0.02,\"images_per_"
             "second\":900}\n"
             "{\"type\":\"val\",\"iteration\":468,\"loss\":0.5,\"accuracy\":0.81,\"top5\":0.99,\"node_accuracy\":{\"root\":0.9}}"
             "\n"));

    // A checkpoint that loads into the target's Linear(4, 3), and one with a wrong shape.
    torch::nn::Linear linear(4, 3);
    hiernet::training::saveTensors((work / "good.pt").string(), hiernet::training::moduleState(*linear));
    hiernet::training::saveTensors(
        (work / "shape.pt").string(), { { "model.weight", torch::zeros({ 2, 2 }) }, { "trainer.iteration", torch::tensor(7) } });
    seed(out, "checkpoint", "good", {}, readFile(work / "good.pt"));
    seed(out, "checkpoint", "shape", {}, readFile(work / "shape.pt"));

    fs::remove_all(work);
    std::cout << "seeds in " << out.string() << "\n";
    return 0;
}
