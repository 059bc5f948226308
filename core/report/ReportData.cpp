#include "report/ReportData.h"

#include "evaluation/ImageFilter.h"
#include "runs/BackboneRun.h"
#include "runs/HierNetRun.h"
#include "training/Evaluation.h"
#include "util/Error.h"
#include "util/FileIo.h"

#include <c10/core/GradMode.h>
#include <torch/torch.h>

#include <filesystem>

namespace hiernet::report {
namespace {

/// The backbone's curves and CPM, where its run is at hand.
void gatherBackbone(ReportData& data)
{
    data.backbone = data.run.transferredBackbone();
    if (!data.backbone)
        return;
    data.backboneMetrics = data.backbone->metrics();
    if (io::fileExists(data.backbone->file("cpm.json")))
        data.cpm = grouping::loadCpm(data.backbone->file("cpm.json"));
}

/// The same-budget backbone's accuracies and its test mistakes in this run's hierarchy.
void gatherSameBudget(ReportData& data, const runs::LoadedHierNetRun& loaded)
{
    data.sameBudget = data.run.sameBudgetBaseline();
    if (!data.sameBudget)
        return;
    data.sameBudgetValTop1 = data.sameBudget->eval().number("val", "top1");
    auto model = runs::loadBackboneModel(data.sameBudget->directory(), loaded.dataset, loaded.config.splitSeed, loaded.device);
    const auto result = training::evaluate(*model, loaded.dataset.split(data::Split::Test), loaded.preprocessor, loaded.device);
    data.sameBudgetTestTop1 = result.top1;
    const evaluation::MistakeSeverity measure(data.hierarchy);
    data.sameBudgetSeverity
        = evaluation::summarizeSeverities(measure.of(data.test.labels, result.predictions), measure.maximum());
}

/// The misrouted test images the tree was surest about, with the root's map of the group it chose.
void gatherMisrouted(ReportData& data, runs::LoadedHierNetRun& loaded, int count)
{
    evaluation::ImageFilter filter;
    filter.outcome = evaluation::ImageFilter::Outcome::Misrouted;
    filter.order = evaluation::ImageFilter::Order::ConfidenceDescending;
    const auto images = loaded.dataset.split(data::Split::Test);
    const auto chosen = evaluation::filterImages(data.test, filter);
    auto& net = *loaded.model->net;
    for (int i = 0; i < std::min<int>(count, int(chosen.size())); ++i) {
        const auto index = chosen[std::size_t(i)];
        MisroutedImage m;
        m.index = index;
        m.confidence = data.test.confidence[std::size_t(index)];
        m.image = images.images[index].to(torch::kCPU).contiguous();
        const auto x = loaded.preprocessor.normalize(m.image.unsqueeze(0).to(loaded.device))[0];
        m.route = evaluation::explainRoute(net, x, images.labels[index].item<std::int64_t>());
        m.route.index = index;
        m.rootMap = evaluation::gradCamAtNode(net, x, 0, m.route.taken.front().chosen);
        data.misrouted.push_back(std::move(m));
    }
}

} // namespace

ReportData gatherReport(const std::string& directory, int misroutedImages)
{
    c10::AutoGradMode noGrad(false);
    auto folder = runs::RunFolder::open(std::filesystem::absolute(directory).lexically_normal().string());
    if (!folder.isHierNet())
        throw Error(directory + ": is a " + folder.info().kind + " run, not a HierNet run");
    if (folder.info().status != "finished")
        throw Error(directory + ": the run is " + folder.info().status + "; a report needs a finished HierNet run");
    auto loaded = runs::loadHierNetRun(folder);
    ReportData data;
    data.run = std::move(folder);
    data.classNames = loaded.dataset.classNames;
    data.hierarchy = loaded.model->net->hierarchy();
    // Both splits as `hiernet eval` reports them, eval.json included; the backbone loaded once for both.
    const auto backbone = runs::loadTransferredBackbone(loaded);
    data.val = runs::evaluateAndRecord(loaded, data::Split::Val, backbone);
    data.test = runs::evaluateAndRecord(loaded, data::Split::Test, backbone);
    data.promise = data.run.rootPromise();
    gatherBackbone(data);
    gatherSameBudget(data, loaded);
    gatherMisrouted(data, loaded, misroutedImages);
    return data;
}

} // namespace hiernet::report
