#include "cli/DataParallel.h"

#include "cli/Arguments.h"
#include "distributed/Communicator.h"
#include "distributed/LaunchEnvironment.h"
#include "training/Device.h"
#include "util/Error.h"

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <map>
#include <optional>
#include <thread>

extern char** environ;

namespace hiernet::cli {
namespace {

std::string describeExit(int status)
{
    if (WIFSIGNALED(status)) {
        const int number = WTERMSIG(status);
        const char* name = ::strsignal(number);
        return "was killed by signal " + std::to_string(number) + (name ? std::string(" (") + name + ")" : std::string());
    }
    return "exited with code " + std::to_string(WEXITSTATUS(status));
}

volatile sig_atomic_t forwardedSignal = 0;

void rememberSignal(int number)
{
    forwardedSignal = number;
}

} // namespace

int takeProcessCount(std::vector<std::string>& args)
{
    int processes = 1;
    for (auto it = args.begin(); it != args.end();) {
        std::optional<std::string> value;
        if (*it == "--nproc") {
            if (std::next(it) == args.end())
                throw Error("--nproc needs a number of processes");
            value = *std::next(it);
            it = args.erase(it, std::next(it, 2));
        } else if (it->rfind("--nproc=", 0) == 0) {
            value = it->substr(8);
            it = args.erase(it);
        } else {
            ++it;
        }
        if (value) {
            const auto n = parseInteger("nproc", *value);
            if (n < 1 || n > 1024)
                throw Error("--nproc " + *value + ": the number of processes must be in [1, 1024]");
            processes = int(n);
        }
    }
    return processes;
}

int threadsPerProcess()
{
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    const char* local = std::getenv("LOCAL_WORLD_SIZE");
    const int ranksHere = local ? std::max(1, std::atoi(local)) : 1;
    return std::max(1, cores / ranksHere);
}

namespace {

/// This process's environment with a rank's launch variables set.
std::vector<std::string> rankEnvironment(int rank, int processes, int port)
{
    const std::map<std::string, std::string> overrides { { "MASTER_ADDR", "127.0.0.1" }, { "MASTER_PORT", std::to_string(port) },
        { "WORLD_SIZE", std::to_string(processes) }, { "RANK", std::to_string(rank) }, { "LOCAL_RANK", std::to_string(rank) },
        { "LOCAL_WORLD_SIZE", std::to_string(processes) } };
    std::vector<std::string> environment;
    for (char** e = environ; *e; ++e) {
        const std::string entry = *e;
        if (!overrides.count(entry.substr(0, entry.find('='))))
            environment.push_back(entry);
    }
    for (const auto& [name, value] : overrides)
        environment.push_back(name + "=" + value);
    return environment;
}

/// Starts the ranks as copies of this program with `args`; throws (the started ones stopped) when one cannot start.
std::map<pid_t, int> startRanks(int processes, int port, std::vector<std::string> argvText)
{
    std::vector<char*> argv;
    for (auto& a : argvText)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::map<pid_t, int> rankOf;
    for (int rank = 0; rank < processes; ++rank) {
        auto environment = rankEnvironment(rank, processes, port);
        std::vector<char*> envp;
        for (auto& e : environment)
            envp.push_back(e.data());
        envp.push_back(nullptr);
        pid_t pid = 0;
        if (const int error = posix_spawn(&pid, "/proc/self/exe", nullptr, nullptr, argv.data(), envp.data())) {
            for (const auto& [started, r] : rankOf)
                ::kill(started, SIGTERM);
            throw Error("cannot start rank " + std::to_string(rank) + ": " + std::strerror(error));
        }
        rankOf[pid] = rank;
    }
    return rankOf;
}

/// How the ranks ended: the first that failed (rank, wait status), and whether all were stopped by a signal (and
/// the exit status they stopped with: 128 + the signal).
struct RanksEnded {
    std::optional<std::pair<int, int>> firstFailure;
    bool allCancelled = true;
    int stoppedWith = 130;
};

/// A rank that a stop signal ended with a checkpoint exits with 128 + SIGINT, SIGTERM, SIGHUP or SIGUSR1.
bool stoppedBySignal(int status)
{
    if (!WIFEXITED(status))
        return false;
    const int code = WEXITSTATUS(status);
    return code == 128 + SIGINT || code == 128 + SIGTERM || code == 128 + SIGHUP || code == 128 + SIGUSR1;
}

constexpr int kForwardedSignals[] = { SIGINT, SIGTERM, SIGHUP, SIGUSR1 };

/// Waits for every rank, passing on a signal sent to the launcher; after a failure the others get a grace
/// period to notice it themselves (rank 0 then marks the run failed with the cause), then are stopped.
RanksEnded waitForRanks(std::map<pid_t, int> rankOf)
{
    RanksEnded ended;
    auto deadline = std::chrono::steady_clock::time_point::max();
    bool terminated = false;
    while (!rankOf.empty()) {
        if (forwardedSignal) {
            for (const auto& [pid, rank] : rankOf)
                ::kill(pid, forwardedSignal);
            forwardedSignal = 0;
        }
        if (ended.firstFailure && !terminated && std::chrono::steady_clock::now() > deadline) {
            // SIGKILL: a rank waiting for the failed one in a collective would not reach its next step.
            for (const auto& [pid, rank] : rankOf)
                ::kill(pid, SIGKILL);
            terminated = true;
        }
        int status = 0;
        const pid_t pid = ::waitpid(-1, &status, WNOHANG);
        if (pid == 0) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            continue;
        }
        if (pid < 0 && errno == EINTR)
            continue;
        if (pid < 0)
            break;
        const auto found = rankOf.find(pid);
        if (found == rankOf.end())
            continue;
        const int rank = found->second;
        rankOf.erase(found);
        const bool cancelled = stoppedBySignal(status);
        const bool ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
        ended.allCancelled = ended.allCancelled && cancelled;
        if (cancelled)
            ended.stoppedWith = WEXITSTATUS(status);
        if (!ok && !cancelled && !ended.firstFailure) {
            ended.firstFailure = std::make_pair(rank, status);
            deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        }
    }
    return ended;
}

} // namespace

int launchRanks(int processes, const std::string& command, const std::vector<std::string>& args)
{
    if (std::getenv("WORLD_SIZE"))
        throw Error("--nproc starts ranks on this machine, but this process already is one (WORLD_SIZE is set by a launcher): "
                    "drop --nproc");
    const int port = distributed::freeLocalPort();
    std::vector<std::string> argv { "hiernet", command };
    argv.insert(argv.end(), args.begin(), args.end());
    // Ctrl-C and a closed terminal reach every rank from the terminal; the launcher waits for them to stop
    // together, and passes on a stop signal sent to it alone (SIGTERM from systemd or a container, Slurm's USR1).
    struct sigaction action { };
    action.sa_handler = rememberSignal;
    sigemptyset(&action.sa_mask);
    for (int number : kForwardedSignals)
        sigaction(number, &action, nullptr);
    auto rankOf = startRanks(processes, port, argv);
    std::cerr << "hiernet: " << processes << " processes on this machine (ranks 0-" << processes - 1 << ", 127.0.0.1:" << port
              << "); rank 0 writes and reports for all\n";
    const auto ended = waitForRanks(std::move(rankOf));
    for (int number : kForwardedSignals)
        std::signal(number, SIG_DFL);
    if (ended.firstFailure) {
        std::cerr << "hiernet " << command << ": error: rank " << ended.firstFailure->first << " of " << processes << " "
                  << describeExit(ended.firstFailure->second)
                  << "; the others were stopped. Any checkpoint the run wrote is kept: go on with --resume RUNDIR "
                     "(reproduce: the same command again), with any --nproc\n";
        return 1;
    }
    return ended.allCancelled ? ended.stoppedWith : 0;
}

std::shared_ptr<distributed::Communicator> joinRunIfLaunched(const std::vector<std::string>& args)
{
    const auto environment = distributed::LaunchEnvironment::fromEnvironment();
    if (!environment)
        return nullptr;
    std::string deviceName = "auto";
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--device" && i + 1 < args.size())
            deviceName = args[i + 1];
        else if (args[i].rfind("--device=", 0) == 0)
            deviceName = args[i].substr(9);
    }
    auto device = training::resolveDevice(deviceName);
    if (device.is_cuda() && deviceName.find(':') == std::string::npos) {
        const int gpus = int(training::cudaDevices().size());
        if (environment->localRank >= gpus)
            throw Error("LOCAL_RANK " + std::to_string(environment->localRank) + " has no GPU of its own: this machine has "
                + std::to_string(gpus) + "; start at most " + std::to_string(gpus)
                + " processes here, or train with --device cpu");
        device = c10::Device(c10::kCUDA, c10::DeviceIndex(environment->localRank));
    }
    return distributed::Communicator::connect(*environment, device);
}

} // namespace hiernet::cli
