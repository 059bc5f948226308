#pragma once
#include <memory>
#include <string>

namespace hiernet::runs {
class TrainingJob;
}

namespace hiernet::cli {

/// The signals that ask a training command to stop with a checkpoint rather than die: SIGINT (Ctrl-C), SIGTERM
/// (what systemd, Docker, Kubernetes and Slurm send before SIGKILL), SIGHUP (the terminal closed) and SIGUSR1
/// (Slurm's `--signal=USR1@SECONDS` warning). installStopSignals() makes the process remember the first one
/// instead of ending; a StopWatch hands it to the job that trains.
void installStopSignals();
/// The first stop signal received (0: none).
int stopSignal();
/// "SIGTERM", "SIGINT", …
std::string signalName(int signal);
/// The exit status of a command its stop signal ended: 128 + the signal (130 when it stopped for another reason).
int stoppedExitCode();

/// While it lives, asks `job` to stop (after the step in flight, with a checkpoint, run.json naming the signal)
/// as soon as a stop signal arrives — also one that arrived before it began.
class StopWatch {
public:
    explicit StopWatch(runs::TrainingJob& job);
    ~StopWatch();
    StopWatch(const StopWatch&) = delete;
    StopWatch& operator=(const StopWatch&) = delete;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace hiernet::cli
