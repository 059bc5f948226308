#pragma once
#include "util/NumericArray.h"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

namespace hiernet::grouping {

/// A confusion probability matrix: row i = mean softmax over the validation images of true class i.
struct Cpm {
    std::vector<std::string> classes; ///< one name per row; "0", "1", … when the file has none
    std::vector<double> values; ///< row-major n×n
    std::vector<double> confusion; ///< hard confusion counts (row-major n×n), empty when unknown
    std::string split = "val";

    int size() const { return static_cast<int>(classes.size()); }
    double at(int row, int col) const { return values[std::size_t(row) * classes.size() + std::size_t(col)]; }
};

/// Checks a CPM: throws hiernet::Error for an empty or non-square matrix, NaN/inf or negative entries;
/// returns warnings (rows far from summing to 1). `source` names the file in messages.
std::vector<std::string> validateCpm(const Cpm& cpm, const std::string& source);

/// Reads cpm.json ({"classes": [...], "cpm": [[...]], "confusion": [[...]]}), a NumPy .npy square matrix or a CSV
/// square matrix with an optional header row of names. Validates; warnings are appended to `warnings` when given.
Cpm loadCpm(const std::string& path, std::vector<std::string>* warnings = nullptr);

/// Writes cpm.json atomically (the form loadCpm reads): "classes", "cpm" and "confusion" (when known) as
/// rows, "split", and the members of `extras` (cpm.json of a run adds "run", "top1", "top5", "count").
void saveCpm(const Cpm& cpm, const std::string& path, const nlohmann::json& extras);

/// A K×K .npy matrix as a CPM (classes named "0" … "K−1"). loadCpm reads .npy files through it.
Cpm cpmFromNpy(const io::NumericArray& matrix, const std::string& source);

/// The CPM of any classifier from its per-image class probabilities (N×K, each row a softmax) and the true labels
/// (N class ids): row i is the mean probability vector over the images of class i — the paper's CPM, what this
/// project computes of its own backbones — and the hard confusion counts come from each image's most probable
/// class. `classNames` empty: "0" … "K−1". Throws hiernet::Error naming `source` for shapes that disagree, a label
/// that is not a class, a value outside 0 … 1 (logits) or a row that does not sum to 1; a class without images gets
/// a zero row and a warning.
Cpm cpmFromPredictions(const io::NumericArray& probabilities, const io::NumericArray& labels, std::vector<std::string> classNames,
    const std::string& source, std::vector<std::string>* warnings = nullptr);

/// Parses CSV text (see loadCpm); `source` names it in messages.
Cpm parseCpmCsv(const std::string& text, const std::string& source);

/// The rows and columns `indices` of a CPM, in that order (for grouping inside a group).
Cpm subMatrix(const Cpm& cpm, const std::vector<int>& indices);

} // namespace hiernet::grouping
