#include "runs/SweepRecord.h"

#include "runs/JsonFields.h"
#include "util/Error.h"
#include "util/FileIo.h"

#include <algorithm>
#include <cstdlib>
#include <iomanip>
#include <set>
#include <sstream>

namespace hiernet::runs {
namespace {

using json_fields::optionalNumber;
using json_fields::valueOr;

std::string shortNumber(double value)
{
    std::ostringstream out;
    out << std::setprecision(6) << value;
    return out.str();
}

std::vector<std::string> listItems(const std::string& option, const std::string& text)
{
    std::vector<std::string> items;
    std::istringstream in(text);
    std::string item;
    while (std::getline(in, item, ','))
        items.push_back(item);
    if (items.empty())
        throw Error("--" + option + ": an empty list (give values separated by commas, e.g. --" + option + " 1,2)");
    for (const auto& i : items)
        if (i.empty() || i.find_first_not_of(" \t") == std::string::npos)
            throw Error("--" + option + " " + text + ": an empty item in the list");
    return items;
}

template <typename T> void checkUnique(const std::string& option, const std::vector<T>& values)
{
    if (std::set<T>(values.begin(), values.end()).size() != values.size())
        throw Error("--" + option + ": a value is given twice");
    if (values.empty())
        throw Error("--" + option + ": an empty list");
}

void putOptional(nlohmann::json& j, const char* key, const std::optional<double>& value)
{
    j[key] = value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

/// A CSV field: quoted when it holds a comma, a quote or a line break.
std::string csvText(const std::string& text)
{
    if (text.find_first_of(",\"\n") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (char c : text)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::string csvNumber(const std::optional<double>& value)
{
    if (!value)
        return {};
    std::ostringstream out;
    out << std::setprecision(6) << *value;
    return out.str();
}

} // namespace

std::string SweepPoint::name() const
{
    std::string name = "p" + shortNumber(pMin) + "-g" + std::to_string(gMax);
    if (balance != 0)
        name += "-a" + shortNumber(balance);
    if (levels != 1)
        name += "-l" + std::to_string(levels);
    return name;
}

std::vector<SweepPoint> SweepGrid::points() const
{
    std::vector<SweepPoint> out;
    for (double p : pMin)
        for (int g : gMax)
            for (double a : balance)
                for (int l : levels)
                    out.push_back({ p, g, a, l });
    return out;
}

void SweepGrid::validate() const
{
    checkUnique("p-min", pMin);
    checkUnique("g-max", gMax);
    checkUnique("balance", balance);
    checkUnique("levels", levels);
    for (double p : pMin)
        if (!(p >= 0 && p <= 1))
            throw Error("--p-min " + shortNumber(p) + ": a probability, 0…1");
    for (int g : gMax)
        if (g < 1)
            throw Error("--g-max " + std::to_string(g) + ": a group holds at least one class");
    for (double a : balance)
        if (!(a >= 0 && a <= 10))
            throw Error("--balance " + shortNumber(a) + ": α is 0 (the paper's rule) … 10");
    for (int l : levels)
        if (l < 1 || l > 4)
            throw Error("--levels " + std::to_string(l) + ": 1…4 levels of grouping");
}

nlohmann::json SweepGrid::toJson() const
{
    return { { "p_min", pMin }, { "g_max", gMax }, { "balance", balance }, { "levels", levels } };
}

SweepGrid SweepGrid::fromJson(const nlohmann::json& json)
{
    SweepGrid grid;
    grid.pMin = json.at("p_min").get<std::vector<double>>();
    grid.gMax = json.at("g_max").get<std::vector<int>>();
    grid.balance = valueOr(json, "balance", grid.balance);
    grid.levels = valueOr(json, "levels", grid.levels);
    return grid;
}

std::vector<double> parseNumberList(const std::string& option, const std::string& text)
{
    std::vector<double> out;
    for (const auto& item : listItems(option, text)) {
        char* end = nullptr;
        const double value = std::strtod(item.c_str(), &end);
        if (end == item.c_str() || *end != '\0')
            throw Error("--" + option + " " + text + ": '" + item + "' is not a number");
        out.push_back(value);
    }
    return out;
}

std::vector<int> parseIntegerList(const std::string& option, const std::string& text)
{
    std::vector<int> out;
    for (const auto& item : listItems(option, text)) {
        char* end = nullptr;
        const long value = std::strtol(item.c_str(), &end, 10);
        if (end == item.c_str() || *end != '\0')
            throw Error("--" + option + " " + text + ": '" + item + "' is not a whole number");
        out.push_back(int(value));
    }
    return out;
}

nlohmann::json SweepRow::toJson() const
{
    nlohmann::json j = { { "kind", kind }, { "name", name }, { "run", run }, { "status", status }, { "p_min", point.pMin },
        { "g_max", point.gMax }, { "balance", point.balance }, { "levels", point.levels }, { "groups", groups },
        { "group_sizes", groupSizes }, { "parameters", parameters }, { "iterations", iterations } };
    j["shares_with"] = sharesWith.empty() ? nlohmann::json(nullptr) : nlohmann::json(sharesWith);
    putOptional(j, "root_estimate", rootEstimate);
    putOptional(j, "root_measured", rootMeasured);
    putOptional(j, "val_slow", valSlow);
    putOptional(j, "val_fast", valFast);
    putOptional(j, "test_slow", testSlow);
    putOptional(j, "test_fast", testFast);
    putOptional(j, "mean_mistake_severity", meanMistakeSeverity);
    putOptional(j, "seconds", seconds);
    putOptional(j, "images_per_second", imagesPerSecond);
    return j;
}

SweepRow SweepRow::fromJson(const nlohmann::json& j)
{
    SweepRow row;
    row.kind = valueOr(j, "kind", row.kind);
    row.name = valueOr(j, "name", std::string());
    row.run = valueOr(j, "run", std::string());
    row.sharesWith = valueOr(j, "shares_with", std::string());
    row.status = valueOr(j, "status", row.status);
    row.point = { valueOr(j, "p_min", 0.0), valueOr(j, "g_max", 0), valueOr(j, "balance", 0.0), valueOr(j, "levels", 1) };
    row.groups = valueOr(j, "groups", 0);
    row.groupSizes = valueOr(j, "group_sizes", std::vector<int>());
    row.rootEstimate = optionalNumber(j, "root_estimate");
    row.rootMeasured = optionalNumber(j, "root_measured");
    row.valSlow = optionalNumber(j, "val_slow");
    row.valFast = optionalNumber(j, "val_fast");
    row.testSlow = optionalNumber(j, "test_slow");
    row.testFast = optionalNumber(j, "test_fast");
    row.meanMistakeSeverity = optionalNumber(j, "mean_mistake_severity");
    row.parameters = valueOr(j, "parameters", std::int64_t(0));
    row.iterations = valueOr(j, "iterations", std::int64_t(0));
    row.seconds = optionalNumber(j, "seconds");
    row.imagesPerSecond = optionalNumber(j, "images_per_second");
    return row;
}

std::string SweepRecord::dataset() const
{
    return valueOr(settings, "dataset", std::string());
}
std::string SweepRecord::backboneRun() const
{
    return valueOr(settings, "backbone", std::string());
}

std::vector<SweepRow> SweepRecord::rows() const
{
    auto out = points;
    if (backbone)
        out.push_back(*backbone);
    if (sameBudget)
        out.push_back(*sameBudget);
    return out;
}

std::string SweepRecord::csv() const
{
    std::ostringstream out;
    out << "kind,name,run,shares_with,status,p_min,g_max,balance,levels,groups,group_sizes,root_estimate,root_measured,"
           "val_slow,val_fast,test_slow,test_fast,mean_mistake_severity,parameters,iterations,seconds,images_per_second\n";
    for (const auto& r : rows()) {
        std::string sizes;
        for (std::size_t i = 0; i < r.groupSizes.size(); ++i)
            sizes += (i ? " " : "") + std::to_string(r.groupSizes[i]);
        const bool point = r.kind == "hiernet";
        out << r.kind << "," << csvText(r.name) << "," << csvText(r.run) << "," << csvText(r.sharesWith) << "," << r.status << ","
            << (point ? csvNumber(r.point.pMin) : "") << "," << (point ? std::to_string(r.point.gMax) : "") << ","
            << (point ? csvNumber(r.point.balance) : "") << "," << (point ? std::to_string(r.point.levels) : "") << ","
            << r.groups << "," << sizes << "," << csvNumber(r.rootEstimate) << "," << csvNumber(r.rootMeasured) << ","
            << csvNumber(r.valSlow) << "," << csvNumber(r.valFast) << "," << csvNumber(r.testSlow) << "," << csvNumber(r.testFast)
            << "," << csvNumber(r.meanMistakeSeverity) << "," << r.parameters << "," << r.iterations << ","
            << csvNumber(r.seconds) << "," << csvNumber(r.imagesPerSecond) << "\n";
    }
    return out.str();
}

nlohmann::json SweepRecord::toJson() const
{
    nlohmann::json points_ = nlohmann::json::array();
    for (const auto& p : points)
        points_.push_back(p.toJson());
    return { { "format", "hiernet-sweep" }, { "version", 1 }, { "settings", settings }, { "status", status },
        { "backbone", backbone ? backbone->toJson() : nlohmann::json(nullptr) },
        { "same_budget", sameBudget ? sameBudget->toJson() : nlohmann::json(nullptr) }, { "points", points_ } };
}

void SweepRecord::write(const std::string& directory) const
{
    io::writeAtomically(directory + "/sweep.json", toJson().dump(2) + "\n");
    io::writeAtomically(directory + "/sweep.csv", csv());
}

SweepRecord SweepRecord::load(const std::string& directory)
{
    const auto path = directory + "/sweep.json";
    if (!io::fileExists(path))
        throw Error(path + ": no such file (not a sweep folder)");
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(io::readText(path));
    } catch (const nlohmann::json::exception& e) {
        throw Error(path + ": not valid JSON (" + e.what() + ")");
    }
    if (!j.is_object() || j.value("format", std::string()) != "hiernet-sweep" || !j.contains("points") || !j["points"].is_array())
        throw Error(path + ": not a HierNet sweep's file (its \"format\" is not \"hiernet-sweep\" or it has no points)");
    SweepRecord record;
    record.settings = json_fields::member(j, "settings");
    record.status = valueOr(j, "status", record.status);
    if (j.contains("backbone") && j["backbone"].is_object())
        record.backbone = SweepRow::fromJson(j["backbone"]);
    if (j.contains("same_budget") && j["same_budget"].is_object())
        record.sameBudget = SweepRow::fromJson(j["same_budget"]);
    for (const auto& p : j["points"])
        record.points.push_back(SweepRow::fromJson(p));
    return record;
}

bool SweepRecord::isSweepFolder(const std::string& directory)
{
    return io::fileExists(directory + "/sweep.json");
}

} // namespace hiernet::runs
