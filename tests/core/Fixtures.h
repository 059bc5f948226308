#pragma once
// Tiny dataset files with known pixels and labels, written by code into a folder.
#include <cstdint>
#include <string>
#include <vector>

namespace fixtures {

std::vector<std::uint8_t> bigEndian32(std::uint32_t v);
void writeBytes(const std::string& path, const std::vector<std::uint8_t>& bytes, bool gzip = false);
void writeText(const std::string& path, const std::string& text);

/// IDX image bytes: n images of h×w whose pixel (i, y, x) = (i * 7 + y * w + x) % 256.
std::vector<std::uint8_t> idxImages(std::uint32_t n, std::uint32_t h, std::uint32_t w);
/// IDX label bytes: label i = labels[i].
std::vector<std::uint8_t> idxLabels(const std::vector<std::uint8_t>& labels);
/// Labels 0..classes-1 repeated `perClass` times (i % classes).
std::vector<std::uint8_t> cyclicLabels(int classes, int perClass);

/// Writes train-/t10k- IDX files into dir (gzipped when asked).
void writeIdxDataset(const std::string& dir, int classes, int trainPerClass, int testPerClass, bool gzip);

/// CIFAR-10 records: label byte then 3072 pixel bytes whose value = (record + channel) % 256.
std::vector<std::uint8_t> cifar10Records(const std::vector<std::uint8_t>& labels);
void writeCifar10Dataset(const std::string& dir, int perClassPerBatch);

/// CIFAR-100 records: coarse, fine, 3072 pixel bytes; fine class c has coarse label c / 5.
std::vector<std::uint8_t> cifar100Records(const std::vector<std::uint8_t>& fine);
void writeCifar100Dataset(const std::string& dir, int fineClasses, int trainPerClass, int testPerClass);

/// A binary PGM image filled with one grey value.
void writePgm(const std::string& path, int w, int h, std::uint8_t value);

/// A NumPy .npy file as np.save writes it: `descr` ("<f4", "<i8", …), `shape` ("(2, 3)", "(4,)"), the raw
/// little-endian element bytes; `version` 1 (2-byte header length) or 2 (4-byte); the header padded to 64 bytes.
std::string npyBytes(
    const std::string& descr, const std::string& shape, const std::string& data, bool fortran = false, int version = 1);
/// The bytes of doubles (float64) or 64-bit integers, little-endian as on this machine.
std::string float64Bytes(const std::vector<double>& values);
std::string int64Bytes(const std::vector<std::int64_t>& values);

} // namespace fixtures
