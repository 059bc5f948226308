#pragma once
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace hiernet::runs {

/// One directory per run (README "Run directories"): run.json (kind, config, dataset, seed, versions,
/// device, status), append-only metrics.jsonl, checkpoint.pt written atomically, and results
/// (cpm.json, eval.json, hierarchy.json).
///
///     auto run = RunDirectory::create("runs/resnet20", "backbone", config);
///     run.appendMetric({{"type", "train"}, {"iteration", 20}, {"loss", 1.2}});
///     run.setStatus("finished");
class RunDirectory {
public:
    /// Makes the directory (and parents) and writes run.json with status "created". Throws
    /// hiernet::Error when it already holds a run (nothing there is touched).
    static RunDirectory create(const std::string& path, const std::string& kind, const nlohmann::json& info);
    /// Opens an existing run; throws hiernet::Error naming the file when run.json is missing or broken.
    static RunDirectory open(const std::string& path);
    /// DIR/run.json, checked to be a run's (an object with a "kind"); throws hiernet::Error naming the file.
    static nlohmann::json readInfo(const std::string& path);

    /// A read-only view for the ranks other than 0 of a data-parallel run: rank 0 writes the run, the
    /// others follow it. Its updates stay in memory; status, metrics and result files are not written.
    static RunDirectory follow(const std::string& path);
    bool writes() const { return m_writes; }

    const std::string& path() const { return m_path; }
    std::string file(const std::string& name) const { return m_path + "/" + name; }
    std::string checkpointPath() const { return file("checkpoint.pt"); }
    const nlohmann::json& info() const { return m_info; }
    std::string kind() const { return m_info.value("kind", ""); }
    std::string status() const { return m_info.value("status", ""); }

    /// Updates status (and message) in run.json, atomically.
    void setStatus(const std::string& status, const std::string& message = {});
    /// Merges `patch` into run.json, atomically.
    void update(const nlohmann::json& patch);
    /// Appends one line to metrics.jsonl (one write; throws hiernet::Error naming the file and the cause).
    void appendMetric(const nlohmann::json& line) const;
    /// When training (phase "" for the main one) starts at `iteration` (its checkpoint's; 0 without one):
    /// drops that phase's metric lines after it, which a stopped or killed writer logged after its last
    /// checkpoint and the resumed training logs again. Rewrites metrics.jsonl atomically; returns the count.
    std::size_t dropMetricsAfter(const std::string& phase, std::int64_t iteration) const;
    /// Refuses (hiernet::Error naming the process) when a live process is training this run.
    void checkNoLiveWriter() const;
    /// Writes a result file (pretty JSON), atomically.
    void writeJson(const std::string& name, const nlohmann::json& json) const;
    nlohmann::json readJson(const std::string& name) const;

private:
    void save();
    std::string m_path;
    nlohmann::json m_info;
    bool m_writes = true;
};

/// Lines of a metrics.jsonl; a half-written last line (a writer mid-append) is skipped, other bad lines throw.
std::vector<nlohmann::json> readMetrics(const std::string& path);

/// Current time as ISO 8601 UTC.
std::string nowIso8601();

} // namespace hiernet::runs
