#pragma once
#include "data/Dataset.h"

#include <nlohmann/json_fwd.hpp>

namespace hiernet::data {

/// Summary of a dataset as `hiernet data info --json` prints it: classes, coarse_classes, image_shape,
/// splits {train, val, test}, class_counts {train, val, test}, channel_mean, split.
nlohmann::json datasetInfo(const Dataset& dataset);

/// The same as readable lines for a terminal.
std::string datasetInfoText(const Dataset& dataset);

} // namespace hiernet::data
