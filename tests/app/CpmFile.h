#pragma once
// Writes a cpm.json (the fields the studio reads) for app tests.
#include <QFile>
#include <QString>

#include <nlohmann/json.hpp>

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
    const std::size_t n = names.size();
    std::vector<std::vector<double>> rows;
    for (std::size_t i = 0; i < n; ++i)
        rows.emplace_back(values.begin() + std::ptrdiff_t(i * n), values.begin() + std::ptrdiff_t((i + 1) * n));
    const nlohmann::json json = {{"classes", names}, {"cpm", rows}, {"split", "val"}};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QByteArray::fromStdString(json.dump()));
    return true;
}
