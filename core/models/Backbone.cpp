#include "models/Backbone.h"

#include "models/BatchNorm.h"
#include "models/SavedLayout.h"

#include "util/Error.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

namespace hiernet::models {
namespace {

torch::nn::Conv2d conv(int in, int out, int kernel, int stride, int groups = 1)
{
    return torch::nn::Conv2d(
        torch::nn::Conv2dOptions(in, out, kernel).stride(stride).padding(kernel / 2).groups(groups).bias(false));
}

torch::Tensor activate(const torch::Tensor& x, BlockKind kind)
{
    return kind == BlockKind::ResNet ? torch::relu(x) : torch::elu(x);
}

} // namespace

int BackboneSpec::blockInChannels(int block) const
{
    return block == 0 ? 16 : blockOutChannels(block - 1);
}

int BackboneSpec::blockOutChannels(int block) const
{
    return 16 << (block / n);
}

int BackboneSpec::blockStride(int block) const
{
    return (block > 0 && block % n == 0) ? 2 : 1;
}

std::string BackboneSpec::name() const
{
    return toString(kind) + "-" + std::to_string(layers());
}

void BackboneSpec::validate() const
{
    if (n != 1 && n != 2 && n != 3 && n != 5 && n != 7 && n != 9 && n != 18)
        throw Error(
            "n = " + std::to_string(n) + " is not a CIFAR ResNet depth (expected 1, 2, 3, 5, 7, 9 or 18: 8 to 110 layers)");
    if (inChannels < 1)
        throw Error("input channels must be at least 1");
    if (numClasses < 1)
        throw Error("the number of classes must be at least 1");
    conventions.validate();
}

void LayerConventions::validate() const
{
    if (batchNorm != "torch" && batchNorm != "keras")
        throw Error("unknown batch-norm convention '" + batchNorm + "' (expected torch or keras)");
    if (initialization != "he-normal" && initialization != "keras")
        throw Error("unknown initialization '" + initialization + "' (expected he-normal or keras)");
}

nlohmann::json BackboneSpec::toJson() const
{
    return { { "arch", toString(kind) }, { "n", n }, { "layers", layers() }, { "in_channels", inChannels },
        { "classes", numClasses }, { "batch_norm", conventions.batchNorm }, { "initialization", conventions.initialization } };
}

BackboneSpec BackboneSpec::fromJson(const nlohmann::json& json)
{
    BackboneSpec spec;
    spec.kind = parseBlockKind(json.at("arch").get<std::string>());
    spec.n = json.at("n").get<int>();
    spec.inChannels = json.at("in_channels").get<int>();
    spec.numClasses = json.at("classes").get<int>();
    // Runs written before the conventions were a choice were built with PyTorch's.
    spec.conventions.batchNorm = json.value("batch_norm", spec.conventions.batchNorm);
    spec.conventions.initialization = json.value("initialization", spec.conventions.initialization);
    spec.validate();
    return spec;
}

BlockKind parseBlockKind(const std::string& text)
{
    if (text == "resnet")
        return BlockKind::ResNet;
    if (text == "elu-resnet")
        return BlockKind::EluResNet;
    throw Error("unknown architecture '" + text + "' (expected resnet or elu-resnet)");
}

std::string toString(BlockKind kind)
{
    return kind == BlockKind::ResNet ? "resnet" : "elu-resnet";
}

StemImpl::StemImpl(int inChannels, BlockKind kind_)
    : kind(kind_)
{
    conv = register_module("conv", models::conv(inChannels, 16, 3, 1));
    bn = register_module("bn", torch::nn::BatchNorm2d(16));
}

torch::Tensor StemImpl::forward(const torch::Tensor& x)
{
    return activate(batchNorm(bn, conv(x)), kind);
}

ResidualBlockImpl::ResidualBlockImpl(
    int inChannels, int outChannels, int stride, BlockKind kind_, int siblings_, bool sharedInput_)
    : kind(kind_)
    , siblings(siblings_)
    , sharedInput(sharedInput_ && siblings_ > 1)
{
    // G siblings: G·C channels; the first convolutions read the one shared input densely (each sibling's
    // filters are a block of output channels), the others one group per sibling.
    const int g = siblings;
    const int firstIn = sharedInput ? inChannels : g * inChannels;
    const int firstGroups = sharedInput ? 1 : g;
    conv1 = register_module("conv1", conv(firstIn, g * outChannels, 3, stride, firstGroups));
    if (kind == BlockKind::ResNet)
        bn1 = register_module("bn1", torch::nn::BatchNorm2d(g * outChannels));
    conv2 = register_module("conv2", conv(g * outChannels, g * outChannels, 3, 1, g));
    bn2 = register_module("bn2", torch::nn::BatchNorm2d(g * outChannels));
    if (stride != 1 || inChannels != outChannels) {
        projectionConv = register_module("projection_conv", conv(firstIn, g * outChannels, 1, stride, firstGroups));
        projectionBn = register_module("projection_bn", torch::nn::BatchNorm2d(g * outChannels));
    }
}

torch::Tensor ResidualBlockImpl::forward(const torch::Tensor& x)
{
    auto y = conv1(x);
    y = kind == BlockKind::ResNet ? torch::relu(batchNorm(bn1, y)) : torch::elu(y);
    y = batchNorm(bn2, conv2(y));
    const auto shortcut = projectionConv ? batchNorm(projectionBn, projectionConv(x))
        : sharedInput                    ? x.repeat({ 1, siblings, 1, 1 })
                                         : x;
    y = y + shortcut;
    return kind == BlockKind::ResNet ? torch::relu(y) : y;
}

ClassifierHeadImpl::ClassifierHeadImpl(int inChannels, int outputs, BlockKind kind_, bool eluBefore_)
    : kind(kind_)
    , eluBefore(eluBefore_)
{
    fc = register_module("fc", torch::nn::Linear(inChannels, outputs));
}

torch::Tensor ClassifierHeadImpl::forward(const torch::Tensor& features)
{
    auto x = eluBefore ? torch::elu(features) : features;
    return fc(x.mean({ 2, 3 }));
}

BackboneImpl::BackboneImpl(const BackboneSpec& spec)
    : m_spec(spec)
{
    spec.validate();
    stem = register_module("stem", Stem(spec.inChannels, spec.kind));
    blocks = register_module("blocks", torch::nn::ModuleList());
    for (int b = 0; b < spec.blockCount(); ++b)
        blocks->push_back(ResidualBlock(spec.blockInChannels(b), spec.blockOutChannels(b), spec.blockStride(b), spec.kind));
    head = register_module("head", ClassifierHead(64, spec.numClasses, spec.kind, spec.kind == BlockKind::EluResNet));
    initializeLayers(*this, spec.conventions);
}

torch::Tensor BackboneImpl::forward(const torch::Tensor& x)
{
    return head(features(x, m_spec.blockCount()));
}

torch::Tensor BackboneImpl::features(const torch::Tensor& x, int toBlock)
{
    return runBlocks(stem(x), 0, toBlock);
}

torch::Tensor BackboneImpl::runBlocks(const torch::Tensor& features, int fromBlock, int toBlock)
{
    auto x = features;
    for (int b = fromBlock; b < toBlock; ++b)
        x = blocks[std::size_t(b)]->as<ResidualBlock>()->forward(x);
    return x;
}

void truncatedHeNormal_(at::Tensor& weight)
{
    // Inverse transform sampling of the standard normal cut at ±2 (as torch.nn.init.trunc_normal_), scaled so that
    // the cut distribution keeps the variance 2 / fan in (Keras' VarianceScaling: std / 0.87962566103423978).
    const double fanIn = double(weight.numel() / weight.size(0));
    const double std = std::sqrt(2.0 / fanIn) / 0.87962566103423978;
    const double low = 0.5 * (1 + std::erf(-2 / std::sqrt(2.0))), high = 0.5 * (1 + std::erf(2 / std::sqrt(2.0)));
    weight.uniform_(2 * low - 1, 2 * high - 1).erfinv_().mul_(std * std::sqrt(2.0)).clamp_(-2 * std, 2 * std);
}

void glorotUniform_(at::Tensor weight)
{
    const double limit = std::sqrt(6.0 / double(weight.size(0) + weight.size(1)));
    weight.uniform_(-limit, limit);
}

void initializeLayers(torch::nn::Module& module, const LayerConventions& conventions)
{
    torch::NoGradGuard noGrad;
    const bool keras = conventions.initialization == "keras";
    // Not include_self: this runs inside constructors, before the module is held by a shared_ptr.
    for (auto& child : module.modules(/*include_self=*/false)) {
        if (auto* c = child->as<torch::nn::Conv2d>()) {
            if (keras)
                truncatedHeNormal_(c->weight);
            else
                torch::nn::init::kaiming_normal_(c->weight, 0.0, torch::kFanIn, torch::kReLU);
        } else if (auto* l = child->as<torch::nn::Linear>()) {
            if (keras)
                glorotUniform_(l->weight);
            else
                torch::nn::init::kaiming_normal_(l->weight, 0.0, torch::kFanIn, torch::kReLU);
            l->bias.zero_();
        } else if (auto* b = child->as<torch::nn::BatchNorm2d>()) {
            b->weight.fill_(1.0);
            b->bias.zero_();
            b->options.momentum(conventions.batchNormMomentum()).eps(conventions.batchNormEpsilon());
        }
    }
}

std::int64_t parameterCount(const torch::nn::Module& module)
{
    // As saved: a HierNet's stacked heads hold zero rows past a narrower head, which no node has.
    std::int64_t count = 0;
    for (const auto& t : savedTensors(module))
        if (t.parameter)
            count += t.tensor.numel();
    return count;
}

} // namespace hiernet::models
