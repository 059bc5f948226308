#include "grouping/Cpm.h"

#include "util/Error.h"
#include "util/FileIo.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <sstream>

namespace hiernet::grouping {
namespace {

std::string shapeText(const std::vector<std::size_t>& shape)
{
    std::string text = "(";
    for (std::size_t i = 0; i < shape.size(); ++i)
        text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + ")";
}

std::string formatNumber(double value)
{
    std::ostringstream out;
    out << value;
    return out.str();
}

std::string trim(const std::string& s)
{
    const auto begin = s.find_first_not_of(" \t\r\"");
    if (begin == std::string::npos)
        return {};
    const auto end = s.find_last_not_of(" \t\r\"");
    return s.substr(begin, end - begin + 1);
}

std::vector<std::string> splitCsvLine(const std::string& line)
{
    std::vector<std::string> cells;
    std::string cell;
    std::istringstream in(line);
    while (std::getline(in, cell, ','))
        cells.push_back(trim(cell));
    return cells;
}

bool parseNumber(const std::string& text, double& value)
{
    if (text.empty())
        return false;
    char* end = nullptr;
    value = std::strtod(text.c_str(), &end);
    return end == text.c_str() + text.size();
}

std::vector<double> readSquare(const nlohmann::json& rows, std::size_t n, const std::string& source, const char* key)
{
    if (!rows.is_array() || rows.size() != n)
        throw Error(source + ": \"" + key + "\" must have " + std::to_string(n) + " rows, one per class");
    std::vector<double> values;
    values.reserve(n * n);
    for (std::size_t i = 0; i < n; ++i) {
        if (!rows[i].is_array() || rows[i].size() != n)
            throw Error(source + ": row " + std::to_string(i) + " of \"" + key + "\" has "
                + std::to_string(rows[i].is_array() ? rows[i].size() : 0) + " entries; the matrix must be square ("
                + std::to_string(n) + ")");
        for (const auto& v : rows[i]) {
            if (!v.is_number())
                throw Error(source + ": row " + std::to_string(i) + " of \"" + key + "\" holds a non-number " + v.dump());
            values.push_back(v.get<double>());
        }
    }
    return values;
}

} // namespace

std::vector<std::string> validateCpm(const Cpm& cpm, const std::string& source)
{
    const auto n = cpm.classes.size();
    if (n == 0)
        throw Error(source + ": the matrix is empty");
    if (cpm.values.size() != n * n)
        throw Error(source + ": the matrix is not square (" + std::to_string(cpm.values.size()) + " entries for "
            + std::to_string(n) + " classes)");
    std::vector<std::string> warnings;
    for (std::size_t i = 0; i < n; ++i) {
        double rowSum = 0;
        for (std::size_t j = 0; j < n; ++j) {
            const double v = cpm.values[i * n + j];
            if (!std::isfinite(v) || v < 0) { // the message only when it is needed: a million entries at 1,000 classes
                std::ostringstream where;
                where << source << ": entry [" << i << "][" << j << "] = " << v;
                throw Error(
                    where.str() + (std::isfinite(v) ? " is negative; a CPM holds probabilities" : " is not a finite number"));
            }
            rowSum += v;
        }
        if (std::abs(rowSum - 1.0) > 0.01) {
            std::ostringstream msg;
            msg << source << ": row " << i << " (" << cpm.classes[i] << ") sums to " << rowSum
                << ", not 1; is this a confusion probability matrix?";
            warnings.push_back(msg.str());
        }
    }
    return warnings;
}

Cpm parseCpmCsv(const std::string& text, const std::string& source)
{
    std::istringstream in(text);
    std::string line;
    std::vector<std::vector<std::string>> rows;
    while (std::getline(in, line))
        if (!trim(line).empty())
            rows.push_back(splitCsvLine(line));
    Cpm cpm;
    if (rows.empty())
        throw Error(source + ": the matrix is empty");
    double probe = 0;
    const bool header = !rows.front().empty() && !parseNumber(rows.front().front(), probe);
    if (header) {
        cpm.classes = rows.front();
        rows.erase(rows.begin());
    }
    const auto n = rows.size();
    if (n == 0)
        throw Error(source + ": the matrix is empty");
    if (header && cpm.classes.size() != n)
        throw Error(source + ": the header names " + std::to_string(cpm.classes.size()) + " classes but there are "
            + std::to_string(n) + " rows");
    for (std::size_t i = 0; i < n; ++i) {
        if (rows[i].size() != n)
            throw Error(source + ": row " + std::to_string(i + 1) + " has " + std::to_string(rows[i].size())
                + " values; the matrix must be square (" + std::to_string(n) + "x" + std::to_string(n) + ")");
        for (const auto& cell : rows[i]) {
            double v = 0;
            if (!parseNumber(cell, v))
                throw Error(source + ": row " + std::to_string(i + 1) + ": '" + cell + "' is not a number");
            cpm.values.push_back(v);
        }
    }
    if (!header)
        for (std::size_t i = 0; i < n; ++i)
            cpm.classes.push_back(std::to_string(i));
    return cpm;
}

void saveCpm(const Cpm& cpm, const std::string& path, const nlohmann::json& extras)
{
    const auto n = std::size_t(cpm.size());
    auto rows = [n](const std::vector<double>& values, bool counts) {
        nlohmann::json out = nlohmann::json::array();
        for (std::size_t i = 0; i < n; ++i) {
            nlohmann::json row = nlohmann::json::array();
            for (std::size_t j = 0; j < n; ++j) {
                const double v = values[i * n + j];
                if (counts)
                    row.push_back(std::int64_t(std::llround(v)));
                else
                    row.push_back(v);
            }
            out.push_back(std::move(row));
        }
        return out;
    };
    nlohmann::json json = { { "classes", cpm.classes }, { "cpm", rows(cpm.values, false) }, { "split", cpm.split } };
    if (!cpm.confusion.empty())
        json["confusion"] = rows(cpm.confusion, true);
    if (extras.is_object())
        json.update(extras);
    io::writeAtomically(path, json.dump(2) + "\n");
}

Cpm loadCpm(const std::string& path, std::vector<std::string>* warnings)
{
    const auto text = io::readText(path);
    Cpm cpm;
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first != std::string::npos && text[first] == '{') {
        nlohmann::json json;
        try {
            json = nlohmann::json::parse(text);
        } catch (const nlohmann::json::exception& e) {
            throw Error(path + ": not valid JSON (" + e.what() + ")");
        }
        if (!json.contains("cpm"))
            throw Error(path + ": no \"cpm\" matrix in this JSON file");
        const auto& rows = json["cpm"];
        const auto n = rows.is_array() ? rows.size() : 0;
        if (n == 0)
            throw Error(path + ": the matrix is empty");
        if (json.contains("classes")) {
            // Each entry checked: nlohmann's own conversion would throw its type error, not one naming the entry (found by
            // fuzz_cpm).
            const auto& names = json["classes"];
            if (!names.is_array())
                throw Error(path + ": \"classes\" must be a list of class names");
            for (std::size_t i = 0; i < names.size(); ++i) {
                if (!names[i].is_string())
                    throw Error(path + ": \"classes\" entry " + std::to_string(i) + " is " + names[i].dump()
                        + ", not a class name (a string)");
                cpm.classes.push_back(names[i].get<std::string>());
            }
            if (cpm.classes.size() != n)
                throw Error(path + ": \"classes\" names " + std::to_string(cpm.classes.size()) + " classes but \"cpm\" has "
                    + std::to_string(n) + " rows");
        } else {
            for (std::size_t i = 0; i < n; ++i)
                cpm.classes.push_back(std::to_string(i));
        }
        cpm.values = readSquare(rows, n, path, "cpm");
        if (json.contains("confusion"))
            cpm.confusion = readSquare(json["confusion"], n, path, "confusion");
        if (json.contains("split") && json["split"].is_string())
            cpm.split = json["split"].get<std::string>();
    } else if (text.compare(0, 6, "\x93NUMPY") == 0) {
        cpm = cpmFromNpy(io::parseNpy(text, path), path);
    } else {
        cpm = parseCpmCsv(text, path);
    }
    auto found = validateCpm(cpm, path);
    if (warnings)
        warnings->insert(warnings->end(), found.begin(), found.end());
    return cpm;
}

Cpm cpmFromNpy(const io::NumericArray& matrix, const std::string& source)
{
    if (matrix.shape.size() != 2 || matrix.shape[0] != matrix.shape[1])
        throw Error(source + ": a CPM is a square matrix; this .npy array has shape " + shapeText(matrix.shape));
    Cpm cpm;
    for (std::size_t i = 0; i < matrix.shape[0]; ++i)
        cpm.classes.push_back(std::to_string(i));
    cpm.values = matrix.values;
    return cpm;
}

Cpm cpmFromPredictions(const io::NumericArray& probabilities, const io::NumericArray& labels, std::vector<std::string> classNames,
    const std::string& source, std::vector<std::string>* warnings)
{
    if (probabilities.shape.size() != 2 || probabilities.rows() == 0 || probabilities.columns() < 2)
        throw Error(source + ": the probabilities must be a matrix of images × classes; this one has shape "
            + shapeText(probabilities.shape));
    const auto n = probabilities.rows(), k = probabilities.columns();
    if (labels.shape.size() > 2 || labels.columns() != 1 || labels.rows() != n)
        throw Error(source + ": " + std::to_string(n) + " images of probabilities but labels of shape " + shapeText(labels.shape)
            + " (one label per image)");
    if (classNames.empty())
        for (std::size_t c = 0; c < k; ++c)
            classNames.push_back(std::to_string(c));
    if (classNames.size() != k)
        throw Error(source + ": " + std::to_string(classNames.size()) + " class names for " + std::to_string(k) + " classes");
    Cpm cpm;
    cpm.classes = std::move(classNames);
    cpm.values.assign(k * k, 0.0);
    cpm.confusion.assign(k * k, 0.0);
    std::vector<double> images(k, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        const double label = labels.values[i];
        if (!(label >= 0 && label < double(k) && label == std::floor(label)))
            throw Error(source + ": label " + formatNumber(label) + " of image " + std::to_string(i) + " is not a class (0 … "
                + std::to_string(k - 1) + ")");
        const auto* row = probabilities.values.data() + i * k;
        std::size_t best = 0;
        double sum = 0;
        for (std::size_t c = 0; c < k; ++c) {
            if (!(row[c] >= 0 && row[c] <= 1))
                throw Error(source + ": image " + std::to_string(i) + " has probability " + formatNumber(row[c]) + " for class "
                    + std::to_string(c) + " (probabilities lie in 0 … 1: logits need a softmax first)");
            sum += row[c];
            best = row[c] > row[best] ? c : best;
        }
        if (std::abs(sum - 1.0) > 1e-3)
            throw Error(source + ": the probabilities of image " + std::to_string(i) + " sum to " + formatNumber(sum)
                + ", not 1 (save the softmax of the model's outputs)");
        const auto t = std::size_t(label);
        for (std::size_t c = 0; c < k; ++c)
            cpm.values[t * k + c] += row[c];
        cpm.confusion[t * k + best] += 1;
        images[t] += 1;
    }
    for (std::size_t t = 0; t < k; ++t) {
        if (images[t] == 0) {
            if (warnings)
                warnings->push_back("class " + cpm.classes[t] + " has no image: its row is zero");
            continue;
        }
        for (std::size_t c = 0; c < k; ++c)
            cpm.values[t * k + c] /= images[t];
    }
    auto found = validateCpm(cpm, source);
    if (warnings)
        warnings->insert(warnings->end(), found.begin(), found.end());
    return cpm;
}

Cpm subMatrix(const Cpm& cpm, const std::vector<int>& indices)
{
    Cpm sub;
    sub.split = cpm.split;
    for (int i : indices) {
        sub.classes.push_back(cpm.classes[std::size_t(i)]);
        for (int j : indices)
            sub.values.push_back(cpm.at(i, j));
    }
    return sub;
}

} // namespace hiernet::grouping
