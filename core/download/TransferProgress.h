#pragma once
#include <chrono>
#include <cstdint>
#include <deque>
#include <string>

namespace hiernet::download {

/// Where a download stands: bytes on disk (a resumed part included), the archive's size (-1 while unknown),
/// the recent rate and the time left at that rate (-1 while unknown).
struct TransferProgress {
    std::int64_t received = 0;
    std::int64_t total = -1;
    double bytesPerSecond = 0;
    double secondsLeft = -1;
};

/// The rate over the last few seconds rather than since the start, so that a resumed download or a network
/// that slows down gives an honest time left.
class RateMeter {
public:
    using Clock = std::chrono::steady_clock;
    explicit RateMeter(double windowSeconds = 5.0);
    TransferProgress sample(std::int64_t received, std::int64_t total, Clock::time_point now = Clock::now());

private:
    double m_window;
    std::deque<std::pair<Clock::time_point, std::int64_t>> m_samples;
};

/// "45.2 MB", "812 kB", "17 B" (decimal units, as download tools show them).
std::string formatBytes(std::int64_t bytes);
/// One line for a terminal: "cifar-10-binary.tar.gz  45.2 of 170.1 MB (27%)  3.1 MB/s  1:21 left".
std::string progressLine(const std::string& name, const TransferProgress& progress);

} // namespace hiernet::download
