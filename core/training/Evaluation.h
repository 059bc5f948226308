#pragma once
#include "data/Dataset.h"
#include "data/Preprocessing.h"
#include "grouping/Cpm.h"
#include "training/ClassifierModel.h"

#include <c10/core/Device.h>
#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace hiernet::training {

/// A classifier evaluated on one split.
struct EvaluationResult {
    std::int64_t count = 0;
    int numClasses = 0;
    double loss = 0; ///< mean negative log-likelihood
    double top1 = 0;
    double top5 = 0;
    /// Confusion probability matrix, row-major K×K: row i = mean softmax over the images of true class i
    /// (a class without images gets a zero row).
    std::vector<double> cpm;
    /// Hard confusion matrix, row-major K×K: [true][predicted] counts.
    std::vector<std::int64_t> confusion;
    std::vector<std::int64_t> predictions; ///< per image, argmax class
    std::vector<double> confidences; ///< per image, the softmax probability of its prediction

    double cpmAt(int row, int col) const { return cpm[std::size_t(row) * std::size_t(numClasses) + std::size_t(col)]; }
};

/// Evaluates in eval mode, without gradients, in batches; restores the model's training mode.
EvaluationResult evaluate(ClassifierModel& model, const data::ImageSet& images, const data::Preprocessor& preprocessor,
    c10::Device device, int batchSize = 500);

/// The CPM and hard confusion matrix of an evaluation (grouping::saveCpm writes it as cpm.json).
grouping::Cpm toCpm(const EvaluationResult& result, const std::vector<std::string>& classNames, const std::string& split);

} // namespace hiernet::training
