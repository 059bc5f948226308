#pragma once
#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace hiernet::runs {

/// A run's eval.json: per split ("val", "test"), the summary of its evaluation there (README "Run
/// directories"). Every writer goes through store(), so a split's entry never loses the others'.
///
///     EvalFile eval(run.file("eval.json"));
///     eval.store("test", evaluation::summaryJson(result));
///     auto top1 = eval.number("val", "top1");
class EvalFile {
public:
    explicit EvalFile(std::string path);

    const std::string& path() const { return m_path; }
    /// The file's content; an empty object when it is missing or damaged (it is then written anew).
    nlohmann::json read() const;
    /// The split's entry (an empty object when there is none).
    nlohmann::json split(const std::string& split) const;
    /// One number of a split's entry, when there.
    std::optional<double> number(const std::string& split, const std::string& key) const;
    /// Replaces the split's entry and keeps the others: one read, one atomic write.
    void store(const std::string& split, const nlohmann::json& summary) const;

private:
    std::string m_path;
};

} // namespace hiernet::runs
