#include "Fixtures.h"

#include <zlib.h>

#include <fstream>
#include <stdexcept>

namespace fixtures {

std::vector<std::uint8_t> bigEndian32(std::uint32_t v)
{
    return { std::uint8_t(v >> 24), std::uint8_t(v >> 16), std::uint8_t(v >> 8), std::uint8_t(v) };
}

void writeBytes(const std::string& path, const std::vector<std::uint8_t>& bytes, bool gzip)
{
    if (gzip) {
        gzFile f = gzopen(path.c_str(), "wb");
        if (!f)
            throw std::runtime_error("cannot write " + path);
        gzwrite(f, bytes.data(), unsigned(bytes.size()));
        gzclose(f);
        return;
    }
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
}

void writeText(const std::string& path, const std::string& text)
{
    std::ofstream(path) << text;
}

std::vector<std::uint8_t> idxImages(std::uint32_t n, std::uint32_t h, std::uint32_t w)
{
    std::vector<std::uint8_t> bytes = bigEndian32(0x803);
    for (auto v : { n, h, w }) {
        auto b = bigEndian32(v);
        bytes.insert(bytes.end(), b.begin(), b.end());
    }
    for (std::uint32_t i = 0; i < n; ++i)
        for (std::uint32_t y = 0; y < h; ++y)
            for (std::uint32_t x = 0; x < w; ++x)
                bytes.push_back(std::uint8_t((i * 7 + y * w + x) % 256));
    return bytes;
}

std::vector<std::uint8_t> idxLabels(const std::vector<std::uint8_t>& labels)
{
    std::vector<std::uint8_t> bytes = bigEndian32(0x801);
    auto n = bigEndian32(std::uint32_t(labels.size()));
    bytes.insert(bytes.end(), n.begin(), n.end());
    bytes.insert(bytes.end(), labels.begin(), labels.end());
    return bytes;
}

std::vector<std::uint8_t> cyclicLabels(int classes, int perClass)
{
    std::vector<std::uint8_t> labels;
    for (int i = 0; i < classes * perClass; ++i)
        labels.push_back(std::uint8_t(i % classes));
    return labels;
}

void writeIdxDataset(const std::string& dir, int classes, int trainPerClass, int testPerClass, bool gzip)
{
    const std::string ext = gzip ? ".gz" : "";
    const auto train = cyclicLabels(classes, trainPerClass), test = cyclicLabels(classes, testPerClass);
    writeBytes(dir + "/train-images-idx3-ubyte" + ext, idxImages(std::uint32_t(train.size()), 4, 5), gzip);
    writeBytes(dir + "/train-labels-idx1-ubyte" + ext, idxLabels(train), gzip);
    writeBytes(dir + "/t10k-images-idx3-ubyte" + ext, idxImages(std::uint32_t(test.size()), 4, 5), gzip);
    writeBytes(dir + "/t10k-labels-idx1-ubyte" + ext, idxLabels(test), gzip);
}

std::vector<std::uint8_t> cifar10Records(const std::vector<std::uint8_t>& labels)
{
    std::vector<std::uint8_t> bytes;
    for (std::size_t r = 0; r < labels.size(); ++r) {
        bytes.push_back(labels[r]);
        for (int c = 0; c < 3; ++c)
            bytes.insert(bytes.end(), 1024, std::uint8_t((r + std::size_t(c)) % 256));
    }
    return bytes;
}

void writeCifar10Dataset(const std::string& dir, int perClassPerBatch)
{
    for (int b = 1; b <= 5; ++b)
        writeBytes(dir + "/data_batch_" + std::to_string(b) + ".bin", cifar10Records(cyclicLabels(10, perClassPerBatch)));
    writeBytes(dir + "/test_batch.bin", cifar10Records(cyclicLabels(10, 4)));
    writeText(dir + "/batches.meta.txt", "airplane\nautomobile\nbird\ncat\ndeer\ndog\nfrog\nhorse\nship\ntruck\n\n");
}

std::vector<std::uint8_t> cifar100Records(const std::vector<std::uint8_t>& fine)
{
    std::vector<std::uint8_t> bytes;
    for (std::size_t r = 0; r < fine.size(); ++r) {
        bytes.push_back(std::uint8_t(fine[r] / 5));
        bytes.push_back(fine[r]);
        for (int c = 0; c < 3; ++c)
            bytes.insert(bytes.end(), 1024, std::uint8_t((r * 3 + std::size_t(c)) % 256));
    }
    return bytes;
}

void writeCifar100Dataset(const std::string& dir, int fineClasses, int trainPerClass, int testPerClass)
{
    writeBytes(dir + "/train.bin", cifar100Records(cyclicLabels(fineClasses, trainPerClass)));
    writeBytes(dir + "/test.bin", cifar100Records(cyclicLabels(fineClasses, testPerClass)));
    std::string fine, coarse;
    for (int c = 0; c < fineClasses; ++c)
        fine += "fine" + std::to_string(c) + "\n";
    for (int c = 0; c < (fineClasses + 4) / 5; ++c)
        coarse += "coarse" + std::to_string(c) + "\n";
    writeText(dir + "/fine_label_names.txt", fine);
    writeText(dir + "/coarse_label_names.txt", coarse);
}

void writePgm(const std::string& path, int w, int h, std::uint8_t value)
{
    std::ofstream out(path, std::ios::binary);
    out << "P5\n" << w << " " << h << "\n255\n";
    out << std::string(std::size_t(w * h), char(value));
}

std::string npyBytes(const std::string& descr, const std::string& shape, const std::string& data, bool fortran, int version)
{
    std::string header
        = "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False") + ", 'shape': " + shape + ", }";
    const std::size_t prefix = version == 1 ? 10 : 12;
    while ((prefix + header.size() + 1) % 64 != 0)
        header += ' ';
    header += '\n';
    std::string out = "\x93NUMPY";
    out += char(version);
    out += char(0);
    const auto length = header.size();
    for (std::size_t i = 0; i < (version == 1 ? 2u : 4u); ++i)
        out += char((length >> (8 * i)) & 0xff);
    return out + header + data;
}

std::string float64Bytes(const std::vector<double>& values)
{
    return std::string(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(double));
}

std::string int64Bytes(const std::vector<std::int64_t>& values)
{
    return std::string(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(std::int64_t));
}

} // namespace fixtures
