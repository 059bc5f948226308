#pragma once
#include "grouping/Cpm.h"
#include "grouping/Hierarchy.h"
#include "models/HierNet.h"
#include "runs/StageTraining.h"
#include "runs/SweepRecord.h"
#include "training/Trainer.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hiernet::distributed {
class Communicator;
}

namespace hiernet::runs {

/// What a sweep trains: a grid of groupings of one finished backbone's CPM, each point a HierNet with transfer.
struct SweepSettings {
    std::string backbone; ///< a finished backbone run (its cpm.json)
    SweepGrid grid;
    training::TrainerConfig trainer; ///< every point's HierNet, and the same-budget backbone
    std::optional<models::TreeLayout> layout; ///< default: the paper's for the backbone
    bool fusedSiblings = false;
    bool seedLeafHeads = false;
    std::int64_t rootPretrain = 0;

    /// What makes two sweeps the same (a resumed one must match): the backbone, the grid and the training that
    /// changes the results — not the device or how often it logs.
    nlohmann::json identity() const;
    /// The settings a sweep folder was started with (its sweep.json), to continue it; throws hiernet::Error naming
    /// the file when it does not hold them.
    static SweepSettings ofSweep(const std::string& directory);
};

/// How a sweep ended: every point done, or a training that stopped (its point resumes when the sweep runs again).
struct SweepOutcome {
    training::TrainingResult stopped; ///< Finished when every point is done
    SweepRecord record;
    bool finished() const { return stopped.outcome == training::TrainingOutcome::Finished; }
};

/// A sweep of the grouping (README "Sweeps"): one HierNet run folder per point of the grid in OUT/points/NAME, each
/// an ordinary run; points whose grouping comes out identical are trained once and share that run; the backbone
/// trained on for the HierNets' iterations once (OUT/backbone-same-budget); OUT/sweep.json and sweep.csv written as
/// points finish. Running it again continues: finished points are kept, a stopped one resumes from its checkpoint.
///
///     Sweep sweep(settings, "sweeps/fmnist");     // checks everything; throws before writing anything
///     sweep.onStage = [](const std::string& s) { std::cerr << s << "\n"; };
///     auto outcome = sweep.run();
class Sweep {
public:
    /// Throws hiernet::Error, writing nothing, for a grid that does not validate, a run that is not a finished
    /// backbone with a CPM, a point whose tree the layout cannot hold, or an OUT that holds another sweep or
    /// something else.
    Sweep(SweepSettings settings, std::string out, std::shared_ptr<distributed::Communicator> communicator = nullptr);

    /// What begins ("point 2/4 p0.005-g20: 3 groups"), and notes (shared groupings); said on every rank.
    std::function<void(const std::string&)> onStage;
    /// Trains one job (the CLI shows its progress, the studio relays it); by default job.run().
    TrainFunction train;
    /// After each change of sweep.json (rank 0): the record as written.
    std::function<void(const SweepRecord&)> onRecord;

    SweepOutcome run();

    const std::vector<SweepPoint>& points() const { return m_points; }
    /// The grouping of point i (the same object for points that share it).
    const grouping::Hierarchy& hierarchy(std::size_t i) const { return m_hierarchies[i]; }
    /// The index of the earlier point whose grouping point i repeats, or i.
    std::size_t trainedBy(std::size_t i) const { return m_trainedBy[i]; }
    const std::string& directory() const { return m_out; }
    std::string pointDirectory(std::size_t i) const { return m_out + "/" + pointRun(i); }
    std::string sameBudgetDirectory() const { return m_out + "/backbone-same-budget"; }

private:
    std::string pointRun(std::size_t i) const { return "points/" + m_points[m_trainedBy[i]].name(); }
    void checkOutputFolder() const;
    /// `layout` cut to the levels of groups the point's tree has (the first split points).
    models::TreeLayout layoutFor(const grouping::Hierarchy& hierarchy, const SweepPoint& point, models::TreeLayout layout) const;
    SweepRecord startingRecord() const;
    training::TrainingResult trainPoint(std::size_t i);
    void finishPoint(std::size_t i, double seconds);
    training::TrainingResult trainSameBudget(std::int64_t budget);
    void say(const std::string& text) const;
    void save();

    SweepSettings m_settings;
    std::string m_out;
    std::shared_ptr<distributed::Communicator> m_communicator;
    std::string m_dataset;
    grouping::Cpm m_cpm;
    std::vector<SweepPoint> m_points;
    std::vector<grouping::Hierarchy> m_hierarchies;
    std::vector<models::TreeLayout> m_layouts;
    std::vector<std::size_t> m_trainedBy;
    SweepRecord m_record;
};

} // namespace hiernet::runs
