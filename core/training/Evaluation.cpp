#include "training/Evaluation.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

namespace hiernet::training {

EvaluationResult evaluate(ClassifierModel& model, const data::ImageSet& images, const data::Preprocessor& preprocessor,
    c10::Device device, int batchSize)
{
    torch::NoGradGuard noGrad;
    auto& module = model.module();
    const bool wasTraining = module.is_training();
    module.eval();
    EvaluationResult result;
    const auto n = images.size();
    auto probabilitySums = torch::Tensor();
    auto confusion = torch::Tensor();
    double lossSum = 0, top1 = 0, top5 = 0;
    for (std::int64_t start = 0; start < n; start += batchSize) {
        const auto end = std::min<std::int64_t>(n, start + batchSize);
        const auto x = preprocessor.normalize(images.images.slice(0, start, end).to(device));
        const auto y = images.labels.slice(0, start, end).to(device);
        const auto logp = model.logProbabilities(x).to(torch::kFloat32);
        if (!probabilitySums.defined()) {
            result.numClasses = int(logp.size(1));
            probabilitySums = torch::zeros({ logp.size(1), logp.size(1) }, torch::kFloat64);
            confusion = torch::zeros({ logp.size(1), logp.size(1) }, torch::kInt64);
        }
        lossSum += torch::nll_loss(logp, y, {}, at::Reduction::Sum).item<double>();
        const auto predicted = logp.argmax(1);
        top1 += predicted.eq(y).sum().item<double>();
        const auto kTop = std::min<std::int64_t>(5, logp.size(1));
        top5 += std::get<1>(logp.topk(kTop, 1)).eq(y.unsqueeze(1)).any(1).sum().item<double>();
        const auto yCpu = y.to(torch::kCPU);
        probabilitySums.index_add_(0, yCpu, logp.exp().to(torch::kCPU, torch::kFloat64));
        confusion.view(-1).index_add_(0, yCpu * logp.size(1) + predicted.to(torch::kCPU), torch::ones_like(yCpu));
        const auto p = predicted.to(torch::kCPU);
        result.predictions.insert(result.predictions.end(), p.data_ptr<std::int64_t>(), p.data_ptr<std::int64_t>() + p.numel());
        const auto chosen = logp.gather(1, predicted.unsqueeze(1)).squeeze(1).exp().to(torch::kCPU, torch::kFloat64).contiguous();
        result.confidences.insert(
            result.confidences.end(), chosen.data_ptr<double>(), chosen.data_ptr<double>() + chosen.numel());
    }
    result.count = n;
    if (n > 0) {
        result.loss = lossSum / double(n);
        result.top1 = top1 / double(n);
        result.top5 = top5 / double(n);
        const auto counts = confusion.sum(1).to(torch::kFloat64).clamp_min(1).unsqueeze(1);
        const auto cpm = (probabilitySums / counts).contiguous();
        result.cpm.assign(cpm.data_ptr<double>(), cpm.data_ptr<double>() + cpm.numel());
        const auto conf = confusion.contiguous();
        result.confusion.assign(conf.data_ptr<std::int64_t>(), conf.data_ptr<std::int64_t>() + conf.numel());
    }
    module.train(wasTraining);
    return result;
}

grouping::Cpm toCpm(const EvaluationResult& result, const std::vector<std::string>& classNames, const std::string& split)
{
    grouping::Cpm cpm;
    cpm.classes = classNames;
    cpm.values = result.cpm;
    cpm.confusion.assign(result.confusion.begin(), result.confusion.end());
    cpm.split = split;
    return cpm;
}

} // namespace hiernet::training
