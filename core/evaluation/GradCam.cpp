#include "evaluation/GradCam.h"

#include "util/Error.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>

namespace hiernet::evaluation {
namespace {

namespace F = torch::nn::functional;

/// The Grad-CAM of `head` at `activation` (1×C×h×w) for `output`; fills the numbers and both maps.
void camFrom(const at::Tensor& activation, const std::function<at::Tensor(const at::Tensor&)>& head, std::int64_t height,
    std::int64_t width, GradCam& cam)
{
    // The gradient is taken at the activation only: what lies before it needs none.
    const auto a = activation.detach().requires_grad_(true);
    const auto logits = head(a);
    const auto score = logits[0][cam.output];
    const auto gradient = torch::autograd::grad({ score }, { a })[0];
    torch::NoGradGuard noGrad;
    const auto weights = gradient.mean({ 2, 3 }, /*keepdim=*/true); // 1×C×1×1: α_c
    const auto map = torch::relu((weights * a.detach()).sum(1, /*keepdim=*/true)); // 1×1×h×w
    cam.logit = score.item<double>();
    cam.probability = torch::softmax(logits.detach()[0], 0)[cam.output].item<double>();
    cam.activationMap = map[0][0].to(torch::kCPU, torch::kFloat32).contiguous();
    cam.map = F::interpolate(map,
        F::InterpolateFuncOptions()
            .size(std::vector<std::int64_t> { height, width })
            .mode(torch::kBilinear)
            .align_corners(false))[0][0]
                  .to(torch::kCPU, torch::kFloat32)
                  .contiguous();
}

std::string blockName(int block)
{
    return block < 0 ? std::string("the stem") : "block " + std::to_string(block) + " of the backbone";
}

void checkImage(const at::Tensor& image)
{
    if (image.dim() != 3)
        throw Error("Grad-CAM: the image must be C×H×W, not " + std::to_string(image.dim()) + "-dimensional");
}

/// Restores a module's training mode on leaving.
struct EvalModeGuard {
    explicit EvalModeGuard(torch::nn::Module& module)
        : module(module)
        , wasTraining(module.is_training())
    {
        module.eval();
    }
    ~EvalModeGuard() { module.train(wasTraining); }
    torch::nn::Module& module;
    bool wasTraining;
};

} // namespace

double GradCam::maximum() const
{
    return map.defined() && map.numel() > 0 ? map.max().item<double>() : 0.0;
}

nlohmann::json GradCam::toJson() const
{
    std::vector<std::vector<double>> rows;
    if (activationMap.defined()) {
        const auto m = activationMap.to(torch::kFloat64).contiguous();
        const auto at = m.accessor<double, 2>();
        for (std::int64_t y = 0; y < m.size(0); ++y) {
            rows.emplace_back();
            for (std::int64_t x = 0; x < m.size(1); ++x)
                rows.back().push_back(at[y][x]);
        }
    }
    return { { "node", node }, { "tree_node", treeNode }, { "output", output }, { "target", target }, { "layer", layer },
        { "logit", logit }, { "probability", probability }, { "maximum", maximum() },
        { "mean", map.defined() && map.numel() ? map.mean().item<double>() : 0.0 },
        { "image_size", map.defined() ? std::vector<std::int64_t> { map.size(0), map.size(1) } : std::vector<std::int64_t> {} },
        { "activation_map", rows } };
}

GradCam gradCamAtNode(models::HierNetImpl& net, const at::Tensor& image, int treeNode, int output)
{
    checkImage(image);
    if (treeNode < 0 || treeNode >= net.nodeCount())
        throw Error("Grad-CAM: tree node " + std::to_string(treeNode) + " does not exist (0…"
            + std::to_string(net.nodeCount() - 1) + ")");
    const auto& hierarchy = net.hierarchy();
    const auto& hierarchyNode = hierarchy.node(net.nodeIds()[std::size_t(treeNode)]);
    const int outputs = int(hierarchyNode.children.size());
    if (output < 0 || output >= outputs)
        throw Error("Grad-CAM: node '" + hierarchyNode.name + "' has outputs 0…" + std::to_string(outputs - 1) + ", not "
            + std::to_string(output));
    std::vector<int> path; // root … treeNode
    for (int h = net.nodeIds()[std::size_t(treeNode)]; h >= 0; h = hierarchy.node(h).parent)
        path.insert(path.begin(), net.treeNodeOf(h));

    EvalModeGuard evalMode(net);
    GradCam cam;
    cam.treeNode = treeNode;
    cam.node = hierarchyNode.name;
    cam.output = output;
    cam.target = hierarchy.node(hierarchyNode.children[std::size_t(output)]).name;
    auto node = net.node(treeNode);
    at::Tensor activation;
    {
        torch::NoGradGuard noGrad;
        auto x = image.unsqueeze(0);
        for (int t : path)
            x = net.node(t)->edge(x);
        for (const auto& block : *node->classifierBlocks)
            x = block->as<models::ResidualBlock>()->forward(x);
        activation = x;
    }
    const int lastBlock = node->classifierTo > node->classifierFrom ? node->classifierTo - 1 : node->edgeTo - 1;
    cam.layer = "node '" + cam.node + "', "
        + (node->classifierTo > node->classifierFrom ? "last additional block" : "last edge block") + " (" + blockName(lastBlock)
        + ")";
    if (lastBlock < 0)
        cam.layer = "node '" + cam.node + "', the stem";
    torch::AutoGradMode enableGrad(true);
    camFrom(
        activation, [&](const at::Tensor& a) { return node->head(a); }, image.size(1), image.size(2), cam);
    return cam;
}

GradCam gradCamBackbone(models::BackboneImpl& net, const at::Tensor& image, int classId)
{
    checkImage(image);
    const int classes = net.spec().numClasses;
    if (classId < 0 || classId >= classes)
        throw Error("Grad-CAM: the backbone has classes 0…" + std::to_string(classes - 1) + ", not " + std::to_string(classId));
    EvalModeGuard evalMode(net);
    GradCam cam;
    cam.node = "backbone";
    cam.output = classId;
    cam.layer = "backbone, " + blockName(net.spec().blockCount() - 1);
    at::Tensor activation;
    {
        torch::NoGradGuard noGrad;
        activation = net.features(image.unsqueeze(0), net.spec().blockCount());
    }
    torch::AutoGradMode enableGrad(true);
    camFrom(
        activation, [&](const at::Tensor& a) { return net.head(a); }, image.size(1), image.size(2), cam);
    return cam;
}

std::vector<CamRequest> routeCamRequests(const RouteExplanation& explanation)
{
    std::vector<CamRequest> out;
    std::vector<int> seen;
    for (const auto* steps : { &explanation.taken, &explanation.truePath })
        for (const auto& step : *steps) {
            if (std::find(seen.begin(), seen.end(), step.treeNode) != seen.end())
                continue;
            seen.push_back(step.treeNode);
            out.push_back({ step.treeNode, step.chosen, step.trueChild == step.chosen ? "chosen, true" : "chosen" });
            if (step.trueChild >= 0 && step.trueChild != step.chosen)
                out.push_back({ step.treeNode, step.trueChild, "true" });
        }
    return out;
}

std::vector<CamRequest> backboneCamRequests(std::int64_t prediction, std::int64_t trueClass)
{
    std::vector<CamRequest> out { { -1, int(prediction), prediction == trueClass ? "chosen, true" : "chosen" } };
    if (trueClass >= 0 && prediction != trueClass) // a user's image has no true class
        out.push_back({ -1, int(trueClass), "true" });
    return out;
}

std::vector<CamRequest> nodeCamRequests(int treeNode, int choice, int trueOutput)
{
    std::vector<CamRequest> out { { treeNode, choice, trueOutput == choice ? "chosen, true" : "chosen" } };
    if (trueOutput >= 0 && trueOutput != choice)
        out.push_back({ treeNode, trueOutput, "true" });
    return out;
}

std::vector<CamRequest> explanationCamRequests(const RouteExplanation& route, std::int64_t backbonePrediction)
{
    auto out = routeCamRequests(route);
    if (backbonePrediction >= 0)
        for (auto& request : backboneCamRequests(backbonePrediction, route.trueClass))
            out.push_back(std::move(request));
    return out;
}

std::int64_t backbonePrediction(models::BackboneImpl& net, const at::Tensor& image)
{
    torch::NoGradGuard noGrad;
    const bool wasTraining = net.is_training();
    net.eval();
    const auto predicted = net.forward(image.unsqueeze(0)).argmax(1).item<std::int64_t>();
    net.train(wasTraining);
    return predicted;
}

GradCam gradCamFor(const CamRequest& request, models::HierNetImpl& net, models::BackboneImpl* backbone, const at::Tensor& image,
    const std::vector<std::string>& classNames)
{
    if (request.treeNode >= 0)
        return gradCamAtNode(net, image, request.treeNode, request.output);
    if (!backbone)
        throw Error("a map of the backbone needs its run");
    auto cam = gradCamBackbone(*backbone, image, request.output);
    if (request.output >= 0 && std::size_t(request.output) < classNames.size())
        cam.target = classNames[std::size_t(request.output)];
    return cam;
}

void camColour(double value, std::uint8_t rgb[3])
{
    // Piecewise-linear "jet" from dark blue through cyan, green-yellow and orange to dark red.
    static const double stops[][4] = { { 0.00, 0.00, 0.00, 0.50 }, { 0.15, 0.00, 0.10, 1.00 }, { 0.38, 0.00, 0.85, 1.00 },
        { 0.50, 0.45, 1.00, 0.50 }, { 0.62, 1.00, 0.90, 0.00 }, { 0.85, 1.00, 0.20, 0.00 }, { 1.00, 0.55, 0.00, 0.00 } };
    const double v = std::isfinite(value) ? std::clamp(value, 0.0, 1.0) : 0.0;
    std::size_t i = 1;
    while (i + 1 < std::size(stops) && v > stops[i][0])
        ++i;
    const auto& a = stops[i - 1];
    const auto& b = stops[i];
    const double t = b[0] > a[0] ? (v - a[0]) / (b[0] - a[0]) : 0.0;
    for (int c = 0; c < 3; ++c)
        rgb[c] = std::uint8_t(std::lround(255 * (a[c + 1] + t * (b[c + 1] - a[c + 1]))));
}

std::vector<float> resizeBilinear(const std::vector<float>& map, int w, int h, int width, int height)
{
    if (w <= 0 || h <= 0 || width <= 0 || height <= 0 || map.size() != std::size_t(w) * std::size_t(h))
        throw Error("Grad-CAM: cannot resize a " + std::to_string(w) + "×" + std::to_string(h) + " map of "
            + std::to_string(map.size()) + " values to " + std::to_string(width) + "×" + std::to_string(height));
    // Source coordinate of an output pixel centre, clamped at the border (align_corners = false).
    auto source = [](int out, int outSize, int inSize, int& low, int& high, float& t) {
        const float s = std::max(0.0f, (float(out) + 0.5f) * float(inSize) / float(outSize) - 0.5f);
        low = std::min(int(s), inSize - 1);
        high = std::min(low + 1, inSize - 1);
        t = s - float(low);
    };
    std::vector<float> out(std::size_t(width) * std::size_t(height));
    for (int y = 0; y < height; ++y) {
        int y0, y1;
        float ty;
        source(y, height, h, y0, y1, ty);
        for (int x = 0; x < width; ++x) {
            int x0, x1;
            float tx;
            source(x, width, w, x0, x1, tx);
            auto at = [&](int yy, int xx) { return map[std::size_t(yy) * std::size_t(w) + std::size_t(xx)]; };
            const float top = at(y0, x0) + tx * (at(y0, x1) - at(y0, x0));
            const float bottom = at(y1, x0) + tx * (at(y1, x1) - at(y1, x0));
            out[std::size_t(y) * std::size_t(width) + std::size_t(x)] = top + ty * (bottom - top);
        }
    }
    return out;
}

std::vector<std::uint8_t> camOverlay(const std::uint8_t* pixels, int channels, int h, int w, const std::vector<float>& map,
    int mapW, int mapH, int width, int height, double opacity)
{
    if (channels != 1 && channels != 3)
        throw Error("Grad-CAM overlay: the image must be C×H×W with 1 or 3 channels, not " + std::to_string(channels));
    if (h <= 0 || w <= 0 || width <= 0 || height <= 0)
        throw Error("Grad-CAM overlay: the image and the overlay need a positive size");
    opacity = std::clamp(opacity, 0.0, 1.0);
    const auto resized = resizeBilinear(map, mapW, mapH, width, height);
    const float peak = map.empty() ? 0.0f : *std::max_element(map.begin(), map.end());
    const auto plane = std::size_t(h) * std::size_t(w);
    std::vector<std::uint8_t> out(std::size_t(width) * std::size_t(height) * 3);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const auto sy = std::min<std::int64_t>(h - 1, std::int64_t(y) * h / height);
            const auto sx = std::min<std::int64_t>(w - 1, std::int64_t(x) * w / width);
            const auto k = std::size_t(y) * std::size_t(width) + std::size_t(x);
            std::uint8_t colour[3];
            camColour(peak > 0 ? double(std::max(0.0f, resized[k])) / peak : 0.0, colour);
            for (int c = 0; c < 3; ++c) {
                const double base
                    = pixels[std::size_t(channels == 3 ? c : 0) * plane + std::size_t(sy) * std::size_t(w) + std::size_t(sx)];
                out[k * 3 + std::size_t(c)] = std::uint8_t(std::lround((1 - opacity) * base + opacity * colour[c]));
            }
        }
    return out;
}

std::vector<std::uint8_t> camOverlay(const at::Tensor& imageUint8, const at::Tensor& map, int width, int height, double opacity)
{
    if (imageUint8.dim() != 3 || imageUint8.scalar_type() != torch::kByte)
        throw Error("Grad-CAM overlay: the image must be a uint8 C×H×W tensor");
    if (map.dim() != 2)
        throw Error("Grad-CAM overlay: the map must be 2-dimensional");
    const auto image = imageUint8.to(torch::kCPU).contiguous();
    const auto values = map.to(torch::kCPU, torch::kFloat32).contiguous();
    return camOverlay(image.data_ptr<std::uint8_t>(), int(image.size(0)), int(image.size(1)), int(image.size(2)),
        std::vector<float>(values.data_ptr<float>(), values.data_ptr<float>() + values.numel()), int(values.size(1)),
        int(values.size(0)), width, height, opacity);
}

GradCamCache::GradCamCache(std::size_t capacity)
    : m_capacity(std::max<std::size_t>(1, capacity))
{
}

bool GradCamCache::Key::operator<(const Key& other) const
{
    return std::tie(checkpoint, split, image, treeNode, output)
        < std::tie(other.checkpoint, other.split, other.image, other.treeNode, other.output);
}

std::optional<GradCam> GradCamCache::find(const Key& key)
{
    std::lock_guard lock(m_mutex);
    const auto found = m_index.find(key);
    if (found == m_index.end())
        return std::nullopt;
    m_entries.splice(m_entries.begin(), m_entries, found->second);
    return found->second->second;
}

void GradCamCache::insert(const Key& key, const GradCam& cam)
{
    std::lock_guard lock(m_mutex);
    if (const auto found = m_index.find(key); found != m_index.end()) {
        m_entries.erase(found->second);
        m_index.erase(found);
    }
    m_entries.emplace_front(key, cam);
    m_index[key] = m_entries.begin();
    while (m_entries.size() > m_capacity) {
        m_index.erase(m_entries.back().first);
        m_entries.pop_back();
    }
}

std::size_t GradCamCache::size() const
{
    std::lock_guard lock(m_mutex);
    return m_entries.size();
}

void GradCamCache::clear()
{
    std::lock_guard lock(m_mutex);
    m_entries.clear();
    m_index.clear();
}

} // namespace hiernet::evaluation
