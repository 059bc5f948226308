// hiernet sweep: HierNets over a grid of groupings of one backbone's CPM (README "Sweeps").
#include "cli/Arguments.h"
#include "cli/Commands.h"
#include "distributed/Communicator.h"
#include "runs/Sweep.h"
#include "runs/TrainingJob.h"
#include "util/Error.h"

#include <iomanip>
#include <iostream>
#include <sstream>

namespace hiernet::cli {
namespace {

std::string percent(const std::optional<double>& value)
{
    if (!value)
        return "–";
    std::ostringstream out;
    out << std::fixed << std::setprecision(2) << 100 * *value;
    return out.str();
}

/// The sweep's rows as a Markdown table (what sweep.csv holds, for the terminal).
std::string sweepTable(const runs::SweepRecord& record)
{
    std::ostringstream out;
    out << "| point | groups | root estimate | root | val slow | val fast | test slow | test fast | mistake severity | "
           "iterations | minutes |\n|---|---|---|---|---|---|---|---|---|---|---|\n";
    for (const auto& r : record.rows()) {
        std::ostringstream severity, minutes;
        if (r.meanMistakeSeverity)
            severity << std::fixed << std::setprecision(3) << *r.meanMistakeSeverity;
        if (r.seconds)
            minutes << std::fixed << std::setprecision(1) << *r.seconds / 60;
        out << "| " << r.name << (r.sharesWith.empty() ? "" : " (= " + r.sharesWith + ")") << " | "
            << (r.kind == "hiernet" ? std::to_string(r.groups) : "") << " | " << percent(r.rootEstimate) << " | "
            << percent(r.rootMeasured) << " | " << percent(r.valSlow) << " | " << percent(r.valFast) << " | "
            << percent(r.testSlow) << " | " << percent(r.testFast) << " | " << severity.str() << " | " << r.iterations << " | "
            << minutes.str() << " |\n";
    }
    return out.str();
}

runs::SweepSettings sweepSettingsFrom(Arguments& a)
{
    runs::SweepSettings s;
    s.backbone = a.required("backbone");
    s.grid.pMin = runs::parseNumberList("p-min", a.required("p-min"));
    s.grid.gMax = runs::parseIntegerList("g-max", a.required("g-max"));
    if (a.has("balance"))
        s.grid.balance = runs::parseNumberList("balance", a.text("balance", ""));
    if (a.has("levels"))
        s.grid.levels = runs::parseIntegerList("levels", a.text("levels", ""));
    if (a.has("splits") || a.has("extra")) {
        models::TreeLayout layout;
        layout.splitPoints = runs::parseIntegerList("splits", a.required("splits"));
        if (a.has("extra"))
            layout.additionalBlocks = runs::parseIntegerList("extra", a.text("extra", ""));
        s.layout = layout;
    }
    s.fusedSiblings = a.flag("fused-siblings");
    s.seedLeafHeads = a.flag("seed-leaf-heads");
    s.rootPretrain = a.integer("root-pretrain", 0);
    if (s.rootPretrain < 0)
        throw Error("--root-pretrain " + std::to_string(s.rootPretrain) + ": iterations, 0 or more");
    s.trainer = trainerConfigFrom(a, { "quick", training::kQuickHierNetEpochs, "" });
    return s;
}

} // namespace

int runSweep(const std::vector<std::string>& args, const CommandContext& context)
{
    Arguments a(args, trainerFlags({ "fused-siblings", "seed-leaf-heads" }));
    runs::SweepSettings settings;
    std::string out;
    if (a.has("resume")) { // the sweep folder's own settings
        out = a.text("resume", "");
        const auto device = a.text("device", "");
        a.finish();
        settings = runs::SweepSettings::ofSweep(out);
        if (!device.empty())
            settings.trainer.device = device;
    } else {
        settings = sweepSettingsFrom(a);
        out = a.required("out");
        a.finish();
    }
    runs::Sweep sweep(settings, out, context.communicator); // every check before anything is written
    const bool speaks = distributed::leads(context.communicator.get());
    sweep.onStage = [speaks](const std::string& stage) {
        if (speaks)
            std::cerr << stage << "\n";
    };
    sweep.train = [](runs::TrainingJob& job) { return trainWithProgress(job); };
    const auto outcome = sweep.run();
    if (!speaks)
        return outcome.finished() ? 0 : exitCodeOf(outcome.stopped);
    std::cout << "\n" << sweepTable(outcome.record) << "\nsweep: " << out << "/sweep.json, " << out << "/sweep.csv\n";
    if (!outcome.finished()) {
        std::cerr << "the sweep stopped; the same command continues it (finished points are kept)\n";
        return exitCodeOf(outcome.stopped);
    }
    return 0;
}

} // namespace hiernet::cli
