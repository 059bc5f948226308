#pragma once
#include "evaluation/GradCam.h"
#include "evaluation/HierNetEvaluation.h"
#include "evaluation/MistakeSeverity.h"
#include "evaluation/RouteExplanation.h"
#include "grouping/Cpm.h"
#include "grouping/Hierarchy.h"
#include "runs/MetricsFile.h"
#include "runs/RunFolder.h"

#include <ATen/core/Tensor.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hiernet::report {

/// One of the most confident misrouted test images: its pixels, route and where the root looked.
struct MisroutedImage {
    std::int64_t index = -1;
    double confidence = 0;
    at::Tensor image; ///< uint8 C×H×W, CPU
    evaluation::RouteExplanation route;
    evaluation::GradCam rootMap; ///< the root's map of the group it chose
};

/// Everything a finished HierNet run's report shows, gathered in the core (no Qt, no drawing): the report
/// layer (app/report) draws it. Gathering is long (two evaluations, Grad-CAM): off the GUI thread.
struct ReportData {
    runs::RunFolder run;
    std::optional<runs::RunFolder> backbone; ///< the run it was transferred from, where it opens
    std::vector<std::string> classNames;
    grouping::Hierarchy hierarchy;
    std::vector<runs::MetricLine> backboneMetrics;
    std::optional<grouping::Cpm> cpm; ///< the backbone's, on the validation split
    evaluation::HierNetEvaluation val;
    evaluation::HierNetEvaluation test;
    /// The backbone trained on for as many iterations as the HierNet got (`hiernet reproduce` makes it).
    std::optional<runs::RunFolder> sameBudget;
    std::optional<double> sameBudgetTestTop1;
    std::optional<double> sameBudgetValTop1;
    std::optional<evaluation::SeveritySummary> sameBudgetSeverity; ///< its test mistakes in this run's hierarchy
    std::optional<runs::RootPromise> promise;
    std::vector<MisroutedImage> misrouted;

    /// The iterations the backbone trained (0 when its run is not at hand).
    std::int64_t backboneIterations() const { return backbone ? backbone->info().totalIterations : 0; }
};

/// Loads a finished HierNet run and gathers its report: the evaluation of both splits (the cached one, stored in
/// eval.json as `hiernet eval` does), the backbone's curves and CPM, the same-budget backbone where there is one,
/// and the `misroutedImages` most confident misrouted test images with their routes and the root's Grad-CAM.
/// Throws hiernet::Error naming the run when it is not a finished HierNet run.
ReportData gatherReport(const std::string& directory, int misroutedImages = 8);

} // namespace hiernet::report
