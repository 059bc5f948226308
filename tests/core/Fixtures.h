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

} // namespace fixtures
