#include "runs/EvalFile.h"

#include "util/FileIo.h"

namespace hiernet::runs {

EvalFile::EvalFile(std::string path)
    : m_path(std::move(path))
{
}

nlohmann::json EvalFile::read() const
{
    if (!io::fileExists(m_path))
        return nlohmann::json::object();
    try {
        auto json = nlohmann::json::parse(io::readText(m_path));
        if (json.is_object())
            return json;
    } catch (const std::exception&) {
        // a damaged file is written anew by the next store()
    }
    return nlohmann::json::object();
}

nlohmann::json EvalFile::split(const std::string& split) const
{
    const auto json = read();
    return json.contains(split) && json[split].is_object() ? json[split] : nlohmann::json::object();
}

std::optional<double> EvalFile::number(const std::string& split, const std::string& key) const
{
    const auto entry = this->split(split);
    if (entry.contains(key) && entry[key].is_number())
        return entry[key].get<double>();
    return std::nullopt;
}

void EvalFile::store(const std::string& split, const nlohmann::json& summary) const
{
    auto json = read();
    json[split] = summary;
    io::writeAtomically(m_path, json.dump(2) + "\n");
}

} // namespace hiernet::runs
