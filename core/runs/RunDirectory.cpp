#include "runs/RunDirectory.h"

#include "util/Error.h"
#include "runs/WriterLiveness.h"
#include "util/FileIo.h"

#include <chrono>
#include <ctime>
#include <filesystem>
#include <sstream>

namespace hiernet::runs {

std::string nowIso8601()
{
    const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm {};
    gmtime_r(&now, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buffer;
}

RunDirectory RunDirectory::create(const std::string& path, const std::string& kind, const nlohmann::json& info)
{
    if (path.empty())
        throw Error("no run directory given (--out DIR)");
    if (io::fileExists(path + "/run.json"))
        throw Error(path + ": already holds a run (run.json); choose another directory, or resume it");
    std::error_code ec;
    std::filesystem::create_directories(path, ec);
    if (ec || !io::isDirectory(path))
        throw Error(path + ": cannot create the run directory (" + ec.message() + ")");
    RunDirectory run;
    run.m_path = path;
    run.m_info = info;
    run.m_info["kind"] = kind;
    run.m_info["status"] = "created";
    run.m_info["created"] = nowIso8601();
    run.save();
    return run;
}

nlohmann::json RunDirectory::readInfo(const std::string& path)
{
    const auto file = path + "/run.json";
    if (!io::isDirectory(path))
        throw Error(path + ": run directory not found");
    if (!io::fileExists(file))
        throw Error(file + ": not found; " + path + " is not a run directory");
    nlohmann::json info;
    try {
        info = nlohmann::json::parse(io::readText(file));
    } catch (const nlohmann::json::exception& e) {
        throw Error(file + ": not valid JSON (" + e.what() + ")");
    }
    if (!info.is_object() || !info.contains("kind"))
        throw Error(file + ": has no \"kind\"; not a run file");
    return info;
}

RunDirectory RunDirectory::open(const std::string& path)
{
    RunDirectory run;
    run.m_path = path;
    run.m_info = readInfo(path);
    return run;
}

RunDirectory RunDirectory::follow(const std::string& path)
{
    auto run = open(path);
    run.m_writes = false;
    return run;
}

void RunDirectory::setStatus(const std::string& status, const std::string& message)
{
    m_info["status"] = status;
    if (message.empty())
        m_info.erase("message");
    else
        m_info["message"] = message;
    save();
}

void RunDirectory::update(const nlohmann::json& patch)
{
    m_info.merge_patch(patch);
    save();
}

void RunDirectory::save()
{
    if (!m_writes)
        return;
    m_info["updated"] = nowIso8601();
    io::writeAtomically(file("run.json"), m_info.dump(2) + "\n");
}

void RunDirectory::appendMetric(const nlohmann::json& line) const
{
    if (!m_writes)
        return;
    io::appendLine(file("metrics.jsonl"), line.dump());
}

std::size_t RunDirectory::dropMetricsAfter(const std::string& phase, std::int64_t iteration) const
{
    const auto path = file("metrics.jsonl");
    if (!m_writes || !io::fileExists(path))
        return 0;
    std::string kept;
    std::size_t dropped = 0;
    for (const auto& line : readMetrics(path)) {
        if (line.value("phase", std::string()) == phase && line.contains("iteration") && line["iteration"].is_number()
            && line["iteration"].get<std::int64_t>() > iteration) {
            ++dropped;
            continue;
        }
        kept += line.dump() + "\n";
    }
    if (dropped > 0)
        io::writeAtomically(path, kept);
    return dropped;
}

void RunDirectory::checkNoLiveWriter() const
{
    if (status() != "running" || writerState(m_info) != WriterState::Alive)
        return;
    const auto& writer = m_info["writer"];
    throw Error(m_path + ": is being trained by process " + std::to_string(writer.value("pid", 0LL)) + " on "
        + writer.value("host", std::string("this machine")) + "; stop it (it keeps a checkpoint) before resuming");
}

void RunDirectory::writeJson(const std::string& name, const nlohmann::json& json) const
{
    if (!m_writes)
        return;
    io::writeAtomically(file(name), json.dump(2) + "\n");
}

nlohmann::json RunDirectory::readJson(const std::string& name) const
{
    const auto path = file(name);
    if (!io::fileExists(path))
        throw Error(path + ": not found");
    try {
        return nlohmann::json::parse(io::readText(path));
    } catch (const nlohmann::json::exception& e) {
        throw Error(path + ": not valid JSON (" + e.what() + ")");
    }
}

std::vector<nlohmann::json> readMetrics(const std::string& path)
{
    std::vector<nlohmann::json> lines;
    if (!io::fileExists(path))
        return lines;
    const auto text = io::readText(path);
    std::istringstream in(text);
    std::string line;
    std::size_t number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (line.empty())
            continue;
        try {
            lines.push_back(nlohmann::json::parse(line));
        } catch (const nlohmann::json::exception&) {
            const bool lastAndUnterminated = in.eof() && !text.empty() && text.back() != '\n';
            if (lastAndUnterminated)
                break;
            throw Error(path + ": line " + std::to_string(number) + " is not valid JSON");
        }
    }
    return lines;
}

} // namespace hiernet::runs
