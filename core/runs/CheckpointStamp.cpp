#include "runs/CheckpointStamp.h"

#include <nlohmann/json.hpp>

#include <filesystem>

namespace hiernet::runs {

CheckpointStamp CheckpointStamp::of(const std::string& path, std::int64_t iteration)
{
    namespace fs = std::filesystem;
    CheckpointStamp stamp;
    stamp.path = path;
    stamp.iteration = iteration;
    std::error_code error;
    const auto bytes = fs::file_size(path, error);
    if (error)
        return stamp;
    const auto time = fs::last_write_time(path, error);
    if (error)
        return stamp;
    stamp.bytes = bytes;
    stamp.time = std::int64_t(time.time_since_epoch().count());
    return stamp;
}

nlohmann::json CheckpointStamp::toJson() const
{
    return { { "checkpoint_iteration", iteration }, { "checkpoint_bytes", bytes }, { "checkpoint_time", time } };
}

std::string CheckpointStamp::key() const
{
    return path + "|" + std::to_string(iteration) + "|" + std::to_string(bytes) + "|" + std::to_string(time);
}

bool CheckpointStamp::operator==(const CheckpointStamp& other) const
{
    return path == other.path && iteration == other.iteration && bytes == other.bytes && time == other.time;
}

} // namespace hiernet::runs
