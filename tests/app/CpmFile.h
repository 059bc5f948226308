#pragma once
// Writes a cpm.json for app tests, with the core's writer.
#include "grouping/Cpm.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <exception>
#include <string>
#include <vector>

inline std::vector<std::string> numberedClasses(int n)
{
    std::vector<std::string> names;
    for (int i = 0; i < n; ++i)
        names.push_back("class " + std::to_string(i));
    return names;
}

/// `values` row-major n×n.
inline bool writeCpmJson(const QString& path, const std::vector<double>& values, const std::vector<std::string>& names)
{
    hiernet::grouping::Cpm cpm;
    cpm.classes = names;
    cpm.values = values;
    try {
        hiernet::grouping::saveCpm(cpm, path.toStdString(), nlohmann::json::object());
    } catch (const std::exception&) {
        return false;
    }
    return true;
}
