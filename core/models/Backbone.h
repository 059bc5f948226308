#pragma once
#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/pimpl.h>

#include <nlohmann/json_fwd.hpp>

#include <string>

namespace hiernet::models {

enum class BlockKind { ResNet, EluResNet };

/// How a network's layers start and how its batch norms keep their running statistics.
/// - batch norm `torch` (the default): running = 0.9·running + 0.1·batch, ε 1e-5; `keras` (the paper's
///   TensorFlow code): running = 0.99·running + 0.01·batch, ε 1e-3 (both with the batch's unbiased variance).
/// - initialization `he-normal` (the default): convolutions and dense heads He-normal (fan in), biases 0;
///   `keras` (the paper's code): convolutions He-normal truncated at ±2σ (Keras' he_normal), dense heads
///   Glorot-uniform, biases 0. Batch-norm scales 1, shifts 0 either way.
struct LayerConventions {
    std::string batchNorm = "torch";
    std::string initialization = "he-normal";

    /// PyTorch's momentum: the weight of the batch in the running statistics (Keras' momentum is 1 − it).
    double batchNormMomentum() const { return batchNorm == "keras" ? 0.01 : 0.1; }
    double batchNormEpsilon() const { return batchNorm == "keras" ? 1e-3 : 1e-5; }
    /// Throws hiernet::Error naming an unknown value.
    void validate() const;
};

/// Which CIFAR ResNet (He et al.): n residual blocks per stage, 6n+2 layers, 16/32/64 filters.
struct BackboneSpec {
    BlockKind kind = BlockKind::ResNet;
    int n = 3;
    int inChannels = 3;
    int numClasses = 10;
    LayerConventions conventions {};

    int blockCount() const { return 3 * n; }
    int layers() const { return 6 * n + 2; }
    int blockInChannels(int block) const;
    int blockOutChannels(int block) const;
    int blockStride(int block) const;
    /// "resnet-20", "elu-resnet-56", …
    std::string name() const;
    /// Throws hiernet::Error for n outside {1,2,3,5,7,9,18} or bad sizes.
    void validate() const;
    nlohmann::json toJson() const;
    static BackboneSpec fromJson(const nlohmann::json& json);
};
/// "resnet" or "elu-resnet" → kind; throws hiernet::Error otherwise.
BlockKind parseBlockKind(const std::string& text);
std::string toString(BlockKind kind);

/// conv3×3 (16, no bias) – BN – ReLU/ELU.
class StemImpl : public torch::nn::Module {
public:
    StemImpl(int inChannels, BlockKind kind);
    torch::Tensor forward(const torch::Tensor& x);

    torch::nn::Conv2d conv { nullptr };
    torch::nn::BatchNorm2d bn { nullptr };
    BlockKind kind;
};
TORCH_MODULE(Stem);

/// One residual block. ResNet: conv–BN–ReLU–conv–BN (+shortcut) ReLU. ELU-ResNet: conv–ELU–conv–BN
/// (+shortcut), no activation after the add. Projection shortcut (conv1×1 stride 2 + BN) where the shape changes.
///
/// With `siblings` G > 1 it is G such blocks side by side (the stacked siblings of a HierNet, SiblingSet):
/// G·C channels, sibling g's filters and batch-norm channels the g-th block of C; the convolutions are
/// grouped, one group per sibling. With `sharedInput` the block reads one input that every sibling
/// shares (the parent's features): the first convolution and the projection are then dense over it and
/// the identity shortcut repeats it G times.
class ResidualBlockImpl : public torch::nn::Module {
public:
    ResidualBlockImpl(int inChannels, int outChannels, int stride, BlockKind kind, int siblings = 1, bool sharedInput = false);
    torch::Tensor forward(const torch::Tensor& x);

    torch::nn::Conv2d conv1 { nullptr }, conv2 { nullptr }, projectionConv { nullptr };
    torch::nn::BatchNorm2d bn1 { nullptr }, bn2 { nullptr }, projectionBn { nullptr };
    BlockKind kind;
    int siblings;
    bool sharedInput;
};
TORCH_MODULE(ResidualBlock);

/// (ELU) – global average pool – fully connected. The ELU is there where the paper's code has it: before
/// a classifier of classes in an ELU-ResNet (the backbone's head, a HierNet's leaf heads), not before a
/// classifier of groups (a HierNet's root and inner nodes).
class ClassifierHeadImpl : public torch::nn::Module {
public:
    ClassifierHeadImpl(int inChannels, int outputs, BlockKind kind, bool eluBefore);
    torch::Tensor forward(const torch::Tensor& features);

    torch::nn::Linear fc { nullptr };
    BlockKind kind;
    bool eluBefore;
};
TORCH_MODULE(ClassifierHead);

/// A CIFAR ResNet as an explicit sequence: stem, blocks 0…3n−1, head — so that HierNet can cut it
/// at any block and copy block weights one by one.
///
///     Backbone net(BackboneSpec{BlockKind::ResNet, 3, 1, 10});   // ResNet-20 for Fashion-MNIST
///     auto logits = net->forward(images);                       // N×10
class BackboneImpl : public torch::nn::Module {
public:
    explicit BackboneImpl(const BackboneSpec& spec);

    torch::Tensor forward(const torch::Tensor& x);
    /// Stem + blocks [0, toBlock).
    torch::Tensor features(const torch::Tensor& x, int toBlock);
    /// Blocks [fromBlock, toBlock) on features.
    torch::Tensor runBlocks(const torch::Tensor& features, int fromBlock, int toBlock);

    const BackboneSpec& spec() const { return m_spec; }
    Stem stem { nullptr };
    torch::nn::ModuleList blocks { nullptr };
    ClassifierHead head { nullptr };

private:
    BackboneSpec m_spec;
};
TORCH_MODULE(Backbone);

/// Initialises the convolution and linear weights of `module` as `conventions` say (biases 0; BN weight 1,
/// bias 0) and gives its batch norms the conventions' momentum and ε.
void initializeLayers(torch::nn::Module& module, const LayerConventions& conventions);
/// Keras' he_normal: normal with std √(2 / fan in) / 0.8796, redrawn past ±2 std (truncated_normal).
void truncatedHeNormal_(at::Tensor& weight);
/// Glorot (Xavier) uniform over ±√(6 / (fan in + fan out)) of a dense weight (outputs × inputs).
void glorotUniform_(at::Tensor weight);

/// Number of trainable parameters.
std::int64_t parameterCount(const torch::nn::Module& module);

} // namespace hiernet::models
