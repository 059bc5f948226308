#include "download/TransferProgress.h"

#include <cstdio>

namespace hiernet::download {

RateMeter::RateMeter(double windowSeconds)
    : m_window(windowSeconds)
{
}

TransferProgress RateMeter::sample(std::int64_t received, std::int64_t total, Clock::time_point now)
{
    m_samples.emplace_back(now, received);
    while (m_samples.size() > 2 && std::chrono::duration<double>(now - m_samples[1].first).count() >= m_window)
        m_samples.pop_front();
    TransferProgress progress;
    progress.received = received;
    progress.total = total;
    const double seconds = std::chrono::duration<double>(now - m_samples.front().first).count();
    if (seconds > 0.2) {
        progress.bytesPerSecond = double(received - m_samples.front().second) / seconds;
        if (total > 0 && progress.bytesPerSecond > 0)
            progress.secondsLeft = double(total - received) / progress.bytesPerSecond;
    }
    return progress;
}

std::string formatBytes(std::int64_t bytes)
{
    char text[32];
    if (bytes < 1000)
        std::snprintf(text, sizeof text, "%lld B", static_cast<long long>(bytes));
    else if (bytes < 1000 * 1000)
        std::snprintf(text, sizeof text, "%.0f kB", bytes / 1e3);
    else if (bytes < std::int64_t(1000) * 1000 * 1000)
        std::snprintf(text, sizeof text, "%.1f MB", bytes / 1e6);
    else
        std::snprintf(text, sizeof text, "%.2f GB", bytes / 1e9);
    return text;
}

std::string progressLine(const std::string& name, const TransferProgress& progress)
{
    std::string line = name + "  " + formatBytes(progress.received);
    if (progress.total > 0) {
        char percent[16];
        std::snprintf(percent, sizeof percent, " (%d%%)", int(100.0 * double(progress.received) / double(progress.total)));
        line += " of " + formatBytes(progress.total) + percent;
    }
    if (progress.bytesPerSecond > 0)
        line += "  " + formatBytes(std::int64_t(progress.bytesPerSecond)) + "/s";
    if (progress.secondsLeft >= 0) {
        const auto seconds = static_cast<long long>(progress.secondsLeft + 0.5);
        char left[32];
        std::snprintf(left, sizeof left, "  %lld:%02lld left", seconds / 60, seconds % 60);
        line += left;
    }
    return line;
}

} // namespace hiernet::download
