#include "runs/WriterLiveness.h"

#include "runs/RunDirectory.h"
#include "util/FileIo.h"

#include <unistd.h>

#include <ctime>
#include <iomanip>
#include <fstream>
#include <sstream>

namespace hiernet::runs {

namespace {

std::string hostName()
{
    char buffer[256] = {};
    return ::gethostname(buffer, sizeof buffer - 1) == 0 ? std::string(buffer) : std::string();
}

std::string bootId()
{
    std::ifstream in("/proc/sys/kernel/random/boot_id");
    std::string id;
    std::getline(in, id);
    return id;
}

/// Field 22 of /proc/PID/stat: the process's start, in clock ticks after boot ("" when there is no such process).
std::string processStart(long long pid)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string stat;
    if (!std::getline(in, stat))
        return {};
    const auto end = stat.rfind(')'); // the command name may hold spaces and parentheses
    if (end == std::string::npos)
        return {};
    std::istringstream fields(stat.substr(end + 2));
    std::string field;
    for (int i = 3; i <= 22 && fields >> field; ++i)
        if (i == 22)
            return field;
    return {};
}

/// Seconds since an ISO 8601 UTC time as nowIso8601() writes it (-1 when it does not read as one).
double secondsSince(const std::string& iso)
{
    std::tm tm {};
    std::istringstream in(iso);
    in >> std::get_time(&tm, "%Y-%m-%dT%H:%M:%SZ");
    if (in.fail())
        return -1;
    return std::difftime(std::time(nullptr), timegm(&tm));
}

} // namespace

nlohmann::json currentWriter()
{
    const long long pid = ::getpid();
    return { { "host", hostName() }, { "pid", pid }, { "process_start", processStart(pid) }, { "boot_id", bootId() } };
}

WriterState writerState(const nlohmann::json& info, std::chrono::seconds staleAfter)
{
    if (!info.is_object() || !info.contains("writer") || !info["writer"].is_object())
        return WriterState::Unknown;
    const auto& writer = info["writer"];
    const std::string host = writer.value("host", std::string());
    if (!host.empty() && host == hostName()) {
        if (writer.value("boot_id", std::string()) != bootId())
            return WriterState::Gone; // the machine rebooted since
        const long long pid = writer.value("pid", 0LL);
        const std::string start = processStart(pid);
        return pid > 0 && !start.empty() && start == writer.value("process_start", std::string()) ? WriterState::Alive
                                                                                                  : WriterState::Gone;
    }
    const std::string heartbeat = info.value("heartbeat", std::string());
    const double age = heartbeat.empty() ? -1 : secondsSince(heartbeat);
    return age > double(staleAfter.count()) ? WriterState::Gone : WriterState::Unknown;
}

std::string effectiveStatus(const nlohmann::json& info)
{
    const std::string status = info.is_object() ? info.value("status", std::string()) : std::string();
    if (status == "running" && writerState(info) == WriterState::Gone)
        return "interrupted";
    return status;
}

} // namespace hiernet::runs
