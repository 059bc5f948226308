#pragma once
#include "distributed/Communicator.h"
#include "runs/TrainingJob.h"
#include "training/Trainer.h"
#include "util/FileIo.h"

#include <functional>
#include <memory>
#include <string>

namespace hiernet::runs {

/// How a driver of several trainings (a reproduction, a sweep) trains one job: by default job.run(); the CLI
/// shows progress bars and the studio relays the job's progress and stops it.
using TrainFunction = std::function<training::TrainingResult(TrainingJob&)>;

/// Trains the job of `directory` unless the file `done` exists there: resumes it when the folder has a run.json,
/// else starts the job `make()` returns. Every rank of a data-parallel run takes the same path.
template <typename Job, typename Make>
training::TrainingResult trainOrResume(const std::string& directory, const std::string& done,
    const std::shared_ptr<distributed::Communicator>& communicator, const TrainFunction& train, Make make)
{
    if (io::fileExists(directory + "/" + done))
        return { training::TrainingOutcome::Finished, 0, directory + " is done" };
    const bool exists = io::fileExists(directory + "/run.json");
    // Every rank looks before rank 0 can create the run, so that all take the same path.
    distributed::barrier(communicator.get(), "deciding whether to resume " + directory);
    auto job = exists ? Job::resume(directory, communicator) : make();
    return train ? train(*job) : job->run();
}

} // namespace hiernet::runs
