#pragma once
#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <string>

namespace hiernet::runs {

/// What ties a result computed from a run's weights (a cached evaluation, a Grad-CAM map) to them: the
/// checkpoint's iteration as run.json records it, and the file's size and modification time. A result is
/// reused only while the stamp is unchanged: a resumed, retrained or replaced checkpoint makes it again.
struct CheckpointStamp {
    std::string path;
    std::int64_t iteration = -1; ///< run.json's checkpoint_iteration (−1: none recorded)
    std::uintmax_t bytes = 0; ///< 0 when the file is missing
    std::int64_t time = 0;

    /// The stamp of the checkpoint at `path` now.
    static CheckpointStamp of(const std::string& path, std::int64_t iteration);
    /// As cached files record it (path left out: a moved run keeps its caches).
    nlohmann::json toJson() const;
    /// One string for in-memory caches (path included: two runs never share an entry).
    std::string key() const;
    bool operator==(const CheckpointStamp& other) const;
    bool operator!=(const CheckpointStamp& other) const { return !(*this == other); }
};

} // namespace hiernet::runs
