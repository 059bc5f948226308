#pragma once

namespace hiernet {

/// The process's peak resident memory so far, in MB (getrusage; 0 where the system does not say). For the
/// benchmarks that report memory beside their times.
double peakResidentMegabytes();

} // namespace hiernet
