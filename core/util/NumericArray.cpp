#include "util/NumericArray.h"

#include "util/Error.h"
#include "util/FileIo.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <sstream>

namespace hiernet::io {

namespace {

/// The value of a key in the header's Python dict literal: the text after "'key':" up to the next top-level comma.
std::string headerValue(const std::string& header, const std::string& key, const std::string& source)
{
    const auto at = header.find("'" + key + "'");
    if (at == std::string::npos)
        throw Error(source + ": the .npy header has no '" + key + "'");
    auto start = header.find(':', at);
    if (start == std::string::npos)
        throw Error(source + ": the .npy header's '" + key + "' has no value");
    ++start;
    int depth = 0;
    std::size_t end = start;
    for (; end < header.size(); ++end) {
        const char c = header[end];
        if (c == '(' || c == '[')
            ++depth;
        else if ((c == ')' || c == ']') && depth > 0)
            --depth;
        else if ((c == ',' || c == '}') && depth == 0)
            break;
    }
    const auto value = header.substr(start, end - start);
    const auto first = value.find_first_not_of(" \t"), last = value.find_last_not_of(" \t");
    return first == std::string::npos ? std::string() : value.substr(first, last - first + 1);
}

std::vector<std::size_t> parseShape(const std::string& text, const std::string& source)
{
    if (text.size() < 2 || text.front() != '(' || text.back() != ')')
        throw Error(source + ": the .npy shape " + text + " is not a tuple");
    std::vector<std::size_t> shape;
    std::istringstream in(text.substr(1, text.size() - 2));
    std::string item;
    while (std::getline(in, item, ',')) {
        const auto first = item.find_first_not_of(" \t");
        if (first == std::string::npos)
            continue; // the trailing comma of a one-element tuple
        const auto digits = item.substr(first, item.find_last_not_of(" \t") - first + 1);
        if (digits.empty() || digits.size() > 12 || digits.find_first_not_of("0123456789") != std::string::npos)
            throw Error(source + ": the .npy shape " + text + " holds '" + digits + "', not a size");
        shape.push_back(std::size_t(std::stoull(digits)));
    }
    return shape;
}

template <typename T> double readValue(const char* at)
{
    T value;
    std::memcpy(&value, at, sizeof(T));
    return double(value);
}

/// The reader of one element of a dtype ("<f4", "|u1", …) and its size; refuses what it does not read.
double (*elementReader(const std::string& descr, std::size_t& size, const std::string& source))(const char*)
{
    const auto refuse = [&](const std::string& why) -> double (*)(const char*) {
        throw Error(source + ": .npy dtype " + descr + " is not supported (" + why
            + "; give float32, float64 or integers, little-endian)");
    };
    if (descr.size() < 3 || descr.front() != '\'' || descr.back() != '\'')
        return refuse("not a simple dtype");
    const auto code = descr.substr(1, descr.size() - 2);
    if (code.size() < 3 || (code[0] != '<' && code[0] != '|' && code[0] != '='))
        return refuse(code.size() >= 1 && code[0] == '>' ? "big-endian" : "not a simple dtype");
    const char kind = code[1];
    const auto bytes = code.substr(2);
    size = bytes == "1" ? 1 : bytes == "2" ? 2 : bytes == "4" ? 4 : bytes == "8" ? 8 : 0;
    if (kind == 'f' && size == 4)
        return readValue<float>;
    if (kind == 'f' && size == 8)
        return readValue<double>;
    if (kind == 'i' && size != 0)
        return size == 1 ? readValue<std::int8_t>
            : size == 2  ? readValue<std::int16_t>
            : size == 4  ? readValue<std::int32_t>
                         : readValue<std::int64_t>;
    if (kind == 'u' && size != 0)
        return size == 1 ? readValue<std::uint8_t>
            : size == 2  ? readValue<std::uint16_t>
            : size == 4  ? readValue<std::uint32_t>
                         : readValue<std::uint64_t>;
    return refuse(kind == 'b' ? "bool" : kind == 'c' ? "complex" : kind == 'O' ? "Python objects" : "not a number type");
}

} // namespace

NumericArray parseNpy(const std::string& bytes, const std::string& source)
{
    static const std::string magic = "\x93NUMPY";
    if (bytes.size() < 10 || bytes.compare(0, magic.size(), magic) != 0)
        throw Error(source + ": not a NumPy .npy file (no \\x93NUMPY magic)");
    const auto major = std::uint8_t(bytes[6]);
    std::size_t headerLength = 0, headerStart = 0;
    if (major == 1) {
        headerLength = std::uint8_t(bytes[8]) | std::size_t(std::uint8_t(bytes[9])) << 8;
        headerStart = 10;
    } else if (major == 2 || major == 3) {
        if (bytes.size() < 12)
            throw Error(source + ": the .npy file is cut short in its header");
        for (int i = 3; i >= 0; --i)
            headerLength = headerLength << 8 | std::uint8_t(bytes[std::size_t(8 + i)]);
        headerStart = 12;
    } else {
        throw Error(source + ": .npy format version " + std::to_string(major) + " is not supported (1, 2 or 3)");
    }
    if (headerLength > bytes.size() - headerStart)
        throw Error(source + ": the .npy file is cut short in its header");
    const auto header = bytes.substr(headerStart, headerLength);
    if (headerValue(header, "fortran_order", source) != "False")
        throw Error(source + ": Fortran-ordered .npy arrays are not supported (save with np.ascontiguousarray)");
    std::size_t elementSize = 0;
    const auto read = elementReader(headerValue(header, "descr", source), elementSize, source);
    NumericArray array;
    array.shape = parseShape(headerValue(header, "shape", source), source);
    std::size_t count = 1;
    for (auto extent : array.shape) {
        if (extent != 0 && count > std::numeric_limits<std::size_t>::max() / 16 / extent)
            throw Error(source + ": the .npy shape is too large");
        count *= extent;
    }
    const auto dataStart = headerStart + headerLength;
    if (count * elementSize > bytes.size() - dataStart)
        throw Error(source + ": the .npy file is cut short: its shape needs " + std::to_string(count * elementSize)
            + " bytes of data, it holds " + std::to_string(bytes.size() - dataStart));
    array.values.resize(count);
    for (std::size_t i = 0; i < count; ++i)
        array.values[i] = read(bytes.data() + dataStart + i * elementSize);
    return array;
}

NumericArray parseNumericCsv(const std::string& text, const std::string& source)
{
    NumericArray array;
    std::istringstream lines(text);
    std::string line;
    std::size_t number = 0, rows = 0, columns = 0;
    while (std::getline(lines, line)) {
        ++number;
        for (char& c : line)
            if (c == ',' || c == ';' || c == '\t' || c == '\r')
                c = ' ';
        std::istringstream cells(line);
        std::vector<double> row;
        std::string cell;
        bool names = false;
        while (cells >> cell) {
            char* end = nullptr;
            const double value = std::strtod(cell.c_str(), &end);
            if (end != cell.c_str() + cell.size()) {
                if (rows == 0 && row.empty()) { // a first line of names
                    names = true;
                    break;
                }
                throw Error(source + ": line " + std::to_string(number) + ": '" + cell + "' is not a number");
            }
            row.push_back(value);
        }
        if (names || row.empty())
            continue;
        if (rows == 0)
            columns = row.size();
        else if (row.size() != columns)
            throw Error(source + ": line " + std::to_string(number) + " has " + std::to_string(row.size())
                + " numbers, the first row " + std::to_string(columns));
        array.values.insert(array.values.end(), row.begin(), row.end());
        ++rows;
    }
    if (rows == 0)
        throw Error(source + ": no numbers in this file");
    array.shape = columns == 1 ? std::vector<std::size_t> { rows } : std::vector<std::size_t> { rows, columns };
    return array;
}

NumericArray readNumericArray(const std::string& path)
{
    const auto dot = path.rfind('.');
    const bool npy = dot != std::string::npos && path.substr(dot) == ".npy";
    return npy ? parseNpy(io::readText(path), path) : parseNumericCsv(io::readText(path), path);
}

} // namespace hiernet::io
