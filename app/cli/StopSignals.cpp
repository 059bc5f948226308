#include "cli/StopSignals.h"

#include "runs/TrainingJob.h"

#include <signal.h>
#include <string.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace hiernet::cli {
namespace {

// Written by the handler, read by the StopWatch thread: a lock-free atomic, which is both signal-safe and
// thread-safe (a volatile sig_atomic_t is only the first: ThreadSanitizer found the race with the StopWatch).
std::atomic<int> received { 0 };
static_assert(std::atomic<int>::is_always_lock_free, "a signal handler may only touch lock-free atomics");

void remember(int number)
{
    int none = 0;
    received.compare_exchange_strong(none, number); // the first signal wins
}

constexpr int kStopSignals[] = { SIGINT, SIGTERM, SIGHUP, SIGUSR1 };

} // namespace

void installStopSignals()
{
    struct sigaction action { };
    action.sa_handler = remember;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART; // file and socket calls go on; the training loop looks between steps
    for (int number : kStopSignals)
        sigaction(number, &action, nullptr);
}

int stopSignal()
{
    return received.load();
}

std::string signalName(int number)
{
    switch (number) {
    case SIGINT:
        return "SIGINT";
    case SIGTERM:
        return "SIGTERM";
    case SIGHUP:
        return "SIGHUP";
    case SIGUSR1:
        return "SIGUSR1";
    }
    const char* name = ::strsignal(number);
    return "signal " + std::to_string(number) + (name ? std::string(" (") + name + ")" : std::string());
}

int stoppedExitCode()
{
    return 128 + (received ? int(received) : SIGINT);
}

struct StopWatch::Impl {
    std::mutex mutex;
    std::condition_variable done;
    bool stopping = false;
    std::thread thread;
};

StopWatch::StopWatch(runs::TrainingJob& job)
    : m_impl(std::make_unique<Impl>())
{
    // A signal handler may not lock the job's mutex: a thread looks for the signal and asks the job to stop.
    m_impl->thread = std::thread([impl = m_impl.get(), &job] {
        std::unique_lock<std::mutex> lock(impl->mutex);
        while (!impl->stopping) {
            if (const int number = received) {
                job.requestCancel(signalName(number));
                return;
            }
            impl->done.wait_for(lock, std::chrono::milliseconds(20));
        }
    });
}

StopWatch::~StopWatch()
{
    {
        std::lock_guard<std::mutex> lock(m_impl->mutex);
        m_impl->stopping = true;
    }
    m_impl->done.notify_all();
    m_impl->thread.join();
}

} // namespace hiernet::cli
