// hiernet explain: Grad-CAM maps of the decisions along one image's route, as PNG and JSON.
#include "cli/Arguments.h"
#include "cli/Commands.h"

#include "evaluation/GradCam.h"
#include "evaluation/ImageFilter.h"
#include "evaluation/RouteExplanation.h"
#include "runs/HierNetRun.h"
#include "util/Error.h"
#include "util/FileIo.h"
#include "util/Png.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <iomanip>
#include <iostream>

namespace hiernet::cli {
namespace {

/// "group 1" → "group-1": a name safe in a file name.
std::string fileStem(const std::string& text)
{
    std::string out;
    for (unsigned char c : text)
        out += std::isalnum(c) ? char(std::tolower(c)) : '-';
    out.erase(std::unique(out.begin(), out.end(), [](char a, char b) { return a == '-' && b == '-'; }), out.end());
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out.empty() ? "x" : out;
}

/// Output index of `text` (a child's name, a class name, or a number) at a node whose outputs are `names`.
int outputNamed(const std::string& text, const std::vector<std::string>& names, const std::string& node)
{
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == text)
            return int(i);
    std::string known;
    for (const auto& name : names)
        known += (known.empty() ? "" : ", ") + name;
    throw Error("--class '" + text + "': node '" + node + "' has no output of that name (it has " + known + ")");
}

/// What `hiernet explain` was asked.
struct ExplainOptions {
    data::Split split = data::Split::Test;
    std::int64_t index = -1;
    bool firstMisrouted = false;
    std::string node; ///< "": the whole route (and the backbone's maps)
    std::string className; ///< with `node`: the output to explain
    double opacity = 0.5;
    std::int64_t scale = 0; ///< 0: enough for 224 pixels
    std::string device = "auto";
    std::string out;
};

ExplainOptions explainOptionsFrom(Arguments& a)
{
    ExplainOptions o;
    o.split = data::parseSplit(a.text("split", "test"));
    o.index = a.integer("index", -1);
    o.firstMisrouted = a.flag("first-misrouted");
    o.node = a.text("node", "");
    o.className = a.text("class", "");
    o.opacity = a.number("opacity", 0.5);
    o.scale = a.integer("scale", 0);
    o.device = a.text("device", "auto");
    o.out = a.required("out");
    a.finish();
    if (o.opacity < 0 || o.opacity > 1)
        throw Error("--opacity " + std::to_string(o.opacity) + ": give a value from 0 (image only) to 1 (map only)");
    if (o.scale < 0 || o.scale > 64)
        throw Error("--scale " + std::to_string(o.scale) + ": give 1…64 (0: enough for 224 pixels)");
    if (!o.className.empty() && o.node.empty())
        throw Error("--class needs --node (the node whose output it names; 'backbone' for the backbone)");
    if (o.index < 0 && !o.firstMisrouted)
        throw Error("give --index I or --first-misrouted");
    return o;
}

/// The image asked for: --index, or the first misrouted one of the split (the Explore page's cached evaluation).
std::int64_t chosenImage(const ExplainOptions& o, runs::LoadedHierNetRun& loaded, std::int64_t images)
{
    std::int64_t chosen = o.index;
    if (o.firstMisrouted) {
        evaluation::ImageFilter misrouted;
        misrouted.outcome = evaluation::ImageFilter::Outcome::Misrouted;
        const auto found = evaluation::filterImages(runs::evaluateCached(loaded, o.split), misrouted);
        if (found.empty())
            throw Error("no image of the " + data::toString(o.split) + " split is misrouted");
        chosen = found.front();
    }
    if (chosen < 0 || chosen >= images)
        throw Error("--index " + std::to_string(chosen) + " is outside the " + data::toString(o.split) + " split (0…"
            + std::to_string(images - 1) + ")");
    return chosen;
}

/// The maps of one node (--node, optionally --class): its own choice for this image (every node classifies every
/// image, on the route or not) and the true output where the node is on the true path; or the output asked for.
std::vector<evaluation::CamRequest> nodeRequests(
    const ExplainOptions& o, models::HierNetImpl& net, const evaluation::RouteExplanation& route, const at::Tensor& x)
{
    const auto& hierarchy = net.hierarchy();
    const int h = hierarchy.findNode(o.node);
    if (h < 0 || hierarchy.node(h).isClass())
        throw Error("--node '" + o.node
            + "': the tree has no node of that name (a group name from hierarchy.json, the root's name, or 'backbone')");
    const int t = net.treeNodeOf(h);
    std::vector<std::string> outputs;
    for (int c : hierarchy.node(h).children)
        outputs.push_back(hierarchy.node(c).name);
    if (!o.className.empty())
        return { { t, outputNamed(o.className, outputs, o.node), "asked" } };
    const auto step = std::find_if(route.taken.begin(), route.taken.end(), [t](const auto& s) { return s.treeNode == t; });
    const auto onTrue
        = std::find_if(route.truePath.begin(), route.truePath.end(), [t](const auto& s) { return s.treeNode == t; });
    int choice = step != route.taken.end() ? step->chosen : -1;
    if (choice < 0) {
        torch::NoGradGuard noGrad;
        net.eval();
        choice = int(net.forwardAll(x.unsqueeze(0)).nodeLogProbs[std::size_t(t)][0].argmax().item<std::int64_t>());
    }
    return evaluation::nodeCamRequests(t, choice, onTrue != route.truePath.end() ? onTrue->trueChild : -1);
}

/// Which maps: the whole route and the backbone's (the core's choice), the backbone's alone, or one node's.
std::vector<evaluation::CamRequest> mapRequests(const ExplainOptions& o, models::HierNetImpl& net,
    const evaluation::RouteExplanation& route, const at::Tensor& x, std::int64_t backbonePrediction,
    const std::vector<std::string>& names, const std::string& noBackbone)
{
    if (o.node.empty())
        return evaluation::explanationCamRequests(route, backbonePrediction);
    if (o.node == "backbone" && net.hierarchy().findNode("backbone") < 0) {
        if (backbonePrediction < 0)
            throw Error("the backbone's maps need its run: " + noBackbone);
        if (!o.className.empty())
            return { { -1, outputNamed(o.className, names, "backbone"), "asked" } };
        return evaluation::backboneCamRequests(backbonePrediction, route.trueClass);
    }
    return nodeRequests(o, net, route, x);
}

/// Writes each map as an overlay and a map PNG; returns their entries of explain.json.
nlohmann::json writeMaps(const ExplainOptions& o, const std::vector<evaluation::CamRequest>& requests, models::HierNetImpl& net,
    models::BackboneImpl* backbone, const at::Tensor& raw, const at::Tensor& x, const std::vector<std::string>& names, int scale)
{
    const int outWidth = int(raw.size(2)) * scale, outHeight = int(raw.size(1)) * scale;
    nlohmann::json maps = nlohmann::json::array();
    int number = 0;
    for (const auto& request : requests) {
        const auto cam = evaluation::gradCamFor(request, net, backbone, x, names);
        std::ostringstream stem;
        stem << std::setw(2) << std::setfill('0') << number++ << "-" << fileStem(cam.node) << "-" << fileStem(cam.target);
        io::writePngRgb(o.out + "/" + stem.str() + "-overlay.png",
            evaluation::camOverlay(raw, cam.activationMap, outWidth, outHeight, o.opacity), outWidth, outHeight);
        io::writePngRgb(o.out + "/" + stem.str() + "-map.png",
            evaluation::camOverlay(raw, cam.activationMap, outWidth, outHeight, 1.0), outWidth, outHeight);
        auto entry = cam.toJson();
        entry["role"] = request.role;
        entry["overlay"] = stem.str() + "-overlay.png";
        entry["map"] = stem.str() + "-map.png";
        maps.push_back(entry);
        std::cout << "  " << std::left << std::setw(20) << cam.node << " → " << std::setw(20) << cam.target << std::right << " ("
                  << request.role << ", p " << std::fixed << std::setprecision(3) << cam.probability << ", peak "
                  << std::setprecision(4) << cam.maximum() << "): " << o.out << "/" << stem.str() << "-overlay.png\n";
    }
    return maps;
}

} // namespace

int runExplain(const std::vector<std::string>& args, const CommandContext& context)
{
    Arguments a(args, { "first-misrouted" });
    if (a.positional().size() != 1)
        throw Error(
            "usage: hiernet explain RUNDIR [--split test] (--index I | --first-misrouted) [--node NAME] [--class C] --out DIR");
    const auto o = explainOptionsFrom(a);
    auto loaded = runs::loadHierNetRun(a.positional()[0], o.device);
    auto& net = *loaded.model->net;
    const auto images = loaded.dataset.split(o.split);
    const auto chosen = chosenImage(o, loaded, images.size());
    const auto raw = images.images[chosen].to(torch::kCPU).contiguous();
    const auto x = loaded.preprocessor.normalize(raw.unsqueeze(0).to(loaded.device))[0];
    auto route = evaluation::explainRoute(net, x, images.labels[chosen].item<std::int64_t>());
    route.index = chosen;
    std::string noBackbone;
    const auto backbone = runs::loadTransferredBackbone(loaded, &noBackbone);
    const auto backbonePrediction = backbone ? evaluation::backbonePrediction(*backbone->net, x) : -1;
    const auto& names = loaded.dataset.classNames;
    const auto requests = mapRequests(o, net, route, x, backbonePrediction, names, noBackbone);

    std::filesystem::create_directories(o.out);
    const int height = int(raw.size(1)), width = int(raw.size(2));
    const int scale = o.scale > 0 ? int(o.scale) : std::max(1, (224 + std::min(height, width) - 1) / std::min(height, width));
    io::writePngRgb(o.out + "/image.png",
        evaluation::camOverlay(raw, torch::zeros({ height, width }), width * scale, height * scale, 0.0), width * scale,
        height * scale);
    std::cout << "Grad-CAM for image " << chosen << " of the " << data::toString(o.split)
              << " split (true: " << names[std::size_t(route.trueClass)] << ", fast: " << names[std::size_t(route.fastPrediction)]
              << ", slow: " << names[std::size_t(route.slowPrediction)] << ")\n";
    const auto maps = writeMaps(o, requests, net, backbone ? backbone->net.get() : nullptr, raw, x, names, scale);
    nlohmann::json result = { { "run", loaded.folder.directory() }, { "split", data::toString(o.split) }, { "index", chosen },
        { "true_class", names[std::size_t(route.trueClass)] }, { "fast", names[std::size_t(route.fastPrediction)] },
        { "slow", names[std::size_t(route.slowPrediction)] }, { "route", evaluation::toJson(route, names) },
        { "opacity", o.opacity }, { "scale", scale }, { "image", "image.png" },
        { "colour_scale", "each map divided by its own peak: 0 dark blue, 0.5 green-yellow, 1 dark red" }, { "maps", maps } };
    if (backbone)
        result["backbone_prediction"] = names[std::size_t(backbonePrediction)];
    else
        result["backbone_missing"] = noBackbone;
    io::writeAtomically(o.out + "/explain.json", result.dump(2) + "\n");
    if (!backbone && o.node.empty())
        std::cout << "  (no backbone maps: " << noBackbone << ")\n";
    std::cout << "numbers: " << o.out << "/explain.json\n";
    return 0;
}

} // namespace hiernet::cli
