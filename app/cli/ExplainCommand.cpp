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

struct MapJob {
    int treeNode = -1; ///< −1: the backbone
    int output = -1;
    std::string role;
};

} // namespace

int runExplain(const std::vector<std::string>& args)
{
    Arguments a(args, { "first-misrouted" });
    if (a.positional().size() != 1)
        throw Error(
            "usage: hiernet explain RUNDIR [--split test] (--index I | --first-misrouted) [--node NAME] [--class C] --out DIR");
    const auto split = data::parseSplit(a.text("split", "test"));
    const auto index = a.integer("index", -1);
    const bool firstMisrouted = a.flag("first-misrouted");
    const auto nodeName = a.text("node", "");
    const auto className = a.text("class", "");
    const double opacity = a.number("opacity", 0.5);
    const auto scaleOption = a.integer("scale", 0);
    const auto device = a.text("device", "auto");
    const auto out = a.required("out");
    a.finish();
    if (opacity < 0 || opacity > 1)
        throw Error("--opacity " + std::to_string(opacity) + ": give a value from 0 (image only) to 1 (map only)");
    if (scaleOption < 0 || scaleOption > 64)
        throw Error("--scale " + std::to_string(scaleOption) + ": give 1…64 (0: enough for 224 pixels)");
    if (!className.empty() && nodeName.empty())
        throw Error("--class needs --node (the node whose output it names; 'backbone' for the backbone)");
    if (index < 0 && !firstMisrouted)
        throw Error("give --index I or --first-misrouted");

    auto loaded = runs::loadHierNetRun(a.positional()[0], device);
    auto& net = *loaded.model->net;
    const auto images = loaded.dataset.split(split);
    std::int64_t chosen = index;
    if (firstMisrouted) {
        evaluation::ImageFilter misrouted;
        misrouted.outcome = evaluation::ImageFilter::Outcome::Misrouted;
        const auto found = evaluation::filterImages(runs::evaluateCached(loaded, split), misrouted);
        if (found.empty())
            throw Error("no image of the " + data::toString(split) + " split is misrouted");
        chosen = found.front();
    }
    if (chosen < 0 || chosen >= images.size())
        throw Error("--index " + std::to_string(chosen) + " is outside the " + data::toString(split) + " split (0…"
            + std::to_string(images.size() - 1) + ")");
    const auto raw = images.images[chosen].to(torch::kCPU).contiguous();
    const auto x = loaded.preprocessor.normalize(raw.unsqueeze(0).to(loaded.device))[0];
    const auto trueClass = images.labels[chosen].item<std::int64_t>();
    auto route = evaluation::explainRoute(net, x, trueClass);
    route.index = chosen;

    std::string noBackbone;
    const auto backbone = runs::loadTransferredBackbone(loaded, &noBackbone);
    std::int64_t backbonePrediction = -1;
    if (backbone) {
        torch::NoGradGuard noGrad;
        backbone->net->eval();
        backbonePrediction = backbone->net->forward(x.unsqueeze(0)).argmax(1).item<std::int64_t>();
    }
    const auto& names = loaded.dataset.classNames;

    // Which maps: the whole route (and the backbone's), or one node's.
    std::vector<MapJob> jobs;
    auto addBackbone = [&](const std::string& only) {
        if (!backbone)
            throw Error("the backbone's maps need its run: " + noBackbone);
        if (!only.empty()) {
            jobs.push_back({ -1, outputNamed(only, names, "backbone"), "asked" });
            return;
        }
        jobs.push_back({ -1, int(backbonePrediction), backbonePrediction == trueClass ? "chosen, true" : "chosen" });
        if (backbonePrediction != trueClass)
            jobs.push_back({ -1, int(trueClass), "true" });
    };
    if (nodeName.empty()) {
        for (const auto& request : evaluation::routeCamRequests(route))
            jobs.push_back({ request.treeNode, request.output, request.role });
        if (backbone)
            addBackbone("");
    } else if (nodeName == "backbone" && net.hierarchy().findNode("backbone") < 0) {
        addBackbone(className);
    } else {
        const int h = net.hierarchy().findNode(nodeName);
        if (h < 0 || net.hierarchy().node(h).isClass())
            throw Error("--node '" + nodeName
                + "': the tree has no node of that name (a group name from hierarchy.json, the root's name, or 'backbone')");
        const int t = net.treeNodeOf(h);
        const auto step = std::find_if(route.taken.begin(), route.taken.end(), [t](const auto& s) { return s.treeNode == t; });
        const auto onTrue
            = std::find_if(route.truePath.begin(), route.truePath.end(), [t](const auto& s) { return s.treeNode == t; });
        std::vector<std::string> outputs;
        for (int c : net.hierarchy().node(h).children)
            outputs.push_back(net.hierarchy().node(c).name);
        if (!className.empty()) {
            jobs.push_back({ t, outputNamed(className, outputs, nodeName), "asked" });
        } else {
            // The node's own choice for this image (every node classifies every image, on the route or not), and the
            // true output where the node is on the true path.
            int nodeChoice = step != route.taken.end() ? step->chosen : -1;
            if (nodeChoice < 0) {
                torch::NoGradGuard noGrad;
                net.eval();
                nodeChoice = int(net.forwardAll(x.unsqueeze(0)).nodeLogProbs[std::size_t(t)][0].argmax().item<std::int64_t>());
            }
            const int trueOutput = onTrue != route.truePath.end() ? onTrue->trueChild : -1;
            jobs.push_back({ t, nodeChoice, trueOutput == nodeChoice ? "chosen, true" : "chosen" });
            if (trueOutput >= 0 && trueOutput != nodeChoice)
                jobs.push_back({ t, trueOutput, "true" });
        }
    }

    std::filesystem::create_directories(out);
    const int height = int(raw.size(1)), width = int(raw.size(2));
    const int scale
        = scaleOption > 0 ? int(scaleOption) : std::max(1, (224 + std::min(height, width) - 1) / std::min(height, width));
    const int outWidth = width * scale, outHeight = height * scale;
    const auto zeroMap = torch::zeros({ height, width });
    io::writePngRgb(out + "/image.png", evaluation::camOverlay(raw, zeroMap, outWidth, outHeight, 0.0), outWidth, outHeight);

    nlohmann::json maps = nlohmann::json::array();
    std::cout << "Grad-CAM for image " << chosen << " of the " << data::toString(split)
              << " split (true: " << names[std::size_t(trueClass)] << ", fast: " << names[std::size_t(route.fastPrediction)]
              << ", slow: " << names[std::size_t(route.slowPrediction)] << ")\n";
    int number = 0;
    for (const auto& job : jobs) {
        auto cam = job.treeNode >= 0 ? evaluation::gradCamAtNode(net, x, job.treeNode, job.output)
                                     : evaluation::gradCamBackbone(*backbone->net, x, job.output);
        if (job.treeNode < 0)
            cam.target = names[std::size_t(job.output)];
        std::ostringstream stem;
        stem << std::setw(2) << std::setfill('0') << number++ << "-" << fileStem(cam.node) << "-" << fileStem(cam.target);
        io::writePngRgb(out + "/" + stem.str() + "-overlay.png",
            evaluation::camOverlay(raw, cam.activationMap, outWidth, outHeight, opacity), outWidth, outHeight);
        io::writePngRgb(out + "/" + stem.str() + "-map.png",
            evaluation::camOverlay(raw, cam.activationMap, outWidth, outHeight, 1.0), outWidth, outHeight);
        auto entry = cam.toJson();
        entry["role"] = job.role;
        entry["overlay"] = stem.str() + "-overlay.png";
        entry["map"] = stem.str() + "-map.png";
        maps.push_back(entry);
        std::cout << "  " << std::left << std::setw(20) << cam.node << " → " << std::setw(20) << cam.target << std::right << " ("
                  << job.role << ", p " << std::fixed << std::setprecision(3) << cam.probability << ", peak "
                  << std::setprecision(4) << cam.maximum() << "): " << out << "/" << stem.str() << "-overlay.png\n";
    }
    nlohmann::json result = { { "run", loaded.run.path() }, { "split", data::toString(split) }, { "index", chosen },
        { "true_class", names[std::size_t(trueClass)] }, { "fast", names[std::size_t(route.fastPrediction)] },
        { "slow", names[std::size_t(route.slowPrediction)] }, { "route", evaluation::toJson(route, names) },
        { "opacity", opacity }, { "scale", scale }, { "image", "image.png" },
        { "colour_scale", "each map divided by its own peak: 0 dark blue, 0.5 green-yellow, 1 dark red" }, { "maps", maps } };
    if (backbone)
        result["backbone_prediction"] = names[std::size_t(backbonePrediction)];
    else
        result["backbone_missing"] = noBackbone;
    io::writeAtomically(out + "/explain.json", result.dump(2) + "\n");
    if (!backbone && nodeName.empty())
        std::cout << "  (no backbone maps: " << noBackbone << ")\n";
    std::cout << "numbers: " << out << "/explain.json\n";
    return 0;
}

} // namespace hiernet::cli
