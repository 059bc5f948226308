#pragma once
#include "runs/MetricsFile.h"

#include <vector>

namespace hiernet::widgets {
class TrainingCurves;
}

namespace hiernet::studio {

/// Draws a run's metrics lines as the training pages do: train loss, accuracy and learning rate; the
/// validation points (a HierNet's slow and fast accuracy and a thin curve per node). Lines of a
/// pre-training phase are left out: they count their own iterations.
void addMetricsToCurves(widgets::TrainingCurves& curves, const std::vector<runs::MetricLine>& lines);

} // namespace hiernet::studio
