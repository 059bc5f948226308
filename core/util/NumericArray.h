#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace hiernet::io {

/// A numeric array read from a file written by another tool, as doubles in C (row-major) order.
struct NumericArray {
    std::vector<std::size_t> shape;
    std::vector<double> values;
    std::size_t rows() const { return shape.empty() ? 0 : shape[0]; }
    /// Columns of a 2-D array, 1 for a 1-D one.
    std::size_t columns() const { return shape.size() < 2 ? 1 : shape[1]; }
};

/// A NumPy .npy array (format versions 1.0, 2.0 and 3.0): little-endian (or one-byte) float32, float64 and integer
/// dtypes, C order, any shape. Throws hiernet::Error naming `source` and what it does not support — another dtype
/// (big-endian, bool, complex, object, strings), Fortran order, a header it cannot read, a file cut short.
NumericArray parseNpy(const std::string& bytes, const std::string& source);
/// A CSV (or whitespace-separated) table of numbers: one row per line, blank lines and a first line of names skipped;
/// every row as long as the first. Throws hiernet::Error naming `source`, the line and the cell that is not a number.
NumericArray parseNumericCsv(const std::string& text, const std::string& source);
/// Reads `path` by its suffix: .npy with parseNpy, anything else as CSV.
NumericArray readNumericArray(const std::string& path);

} // namespace hiernet::io
