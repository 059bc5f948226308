#pragma once
// Lenient reads of run files' fields: a field a run does not have (yet), or of another type, reads as the fallback.
#include <nlohmann/json.hpp>

#include <optional>

namespace hiernet::runs::json_fields {

template <typename T> inline T valueOr(const nlohmann::json& object, const char* key, T fallback)
{
    if (!object.is_object() || !object.contains(key) || object[key].is_null())
        return fallback;
    try {
        return object[key].get<T>();
    } catch (const nlohmann::json::exception&) {
        return fallback; // a field of another type reads as absent
    }
}

inline std::optional<double> optionalNumber(const nlohmann::json& object, const char* key)
{
    if (object.is_object() && object.contains(key) && object[key].is_number())
        return object[key].get<double>();
    return std::nullopt;
}

inline const nlohmann::json& member(const nlohmann::json& object, const char* key)
{
    static const nlohmann::json empty = nlohmann::json::object();
    return object.is_object() && object.contains(key) && object[key].is_object() ? object[key] : empty;
}

} // namespace hiernet::runs::json_fields
