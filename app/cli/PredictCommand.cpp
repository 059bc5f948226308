// hiernet predict: a user's own images through a trained HierNet (or a backbone, as its tree of one node).
#include "cli/Arguments.h"
#include "cli/Commands.h"
#include "data/ImageInput.h"
#include "evaluation/RouteExplanation.h"
#include "runs/HierNetRun.h"
#include "runs/RunFolder.h"
#include "util/Error.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <algorithm>
#include <filesystem>
#include <iomanip>
#include <iostream>

namespace hiernet::cli {
namespace {

/// The k most probable classes of a probability vector, as [{"class", "probability"}].
nlohmann::json topClasses(
    const std::vector<std::pair<std::int64_t, double>>& ranked, std::size_t k, const std::vector<std::string>& names)
{
    nlohmann::json out = nlohmann::json::array();
    for (std::size_t j = 0; j < std::min(k, ranked.size()); ++j)
        out.push_back({ { "class", names[std::size_t(ranked[j].first)] }, { "probability", ranked[j].second } });
    return out;
}

std::vector<std::pair<std::int64_t, double>> ranked(const std::vector<double>& probabilities)
{
    std::vector<std::pair<std::int64_t, double>> out;
    for (std::size_t c = 0; c < probabilities.size(); ++c)
        out.emplace_back(std::int64_t(c), probabilities[c]);
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return out;
}

/// One image's answer: the route with each node's choice and probability, the fast top-k (the reached leaf
/// group's classes) and the slow top-k (the conditional distribution).
nlohmann::json predictImage(runs::LoadedHierNetRun& run, const at::Tensor& input, std::size_t k)
{
    auto& net = *run.model->net;
    const auto x = run.preprocessor.normalize(input.to(run.device));
    const auto e = evaluation::explainRoute(net, x[0], -1);
    nlohmann::json route = nlohmann::json::array();
    double path = 1;
    for (const auto& step : e.taken) {
        const double p = step.probabilities[std::size_t(step.chosen)];
        path *= p;
        route.push_back({ { "node", step.name }, { "chose", step.childNames[std::size_t(step.chosen)] }, { "probability", p },
            { "path_probability", path } });
    }
    auto fast = e.leafClasses;
    std::stable_sort(fast.begin(), fast.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    const auto& names = run.dataset.classNames;
    return { { "route", route }, { "fast", topClasses(fast, k, names) },
        { "slow", topClasses(ranked(e.conditional), k, names) } };
}

void printPrediction(const std::string& file, const nlohmann::json& p, bool backbone)
{
    std::cout << file << "\n";
    auto list = [](const nlohmann::json& classes) {
        std::ostringstream out;
        out << std::fixed << std::setprecision(3);
        for (std::size_t j = 0; j < classes.size(); ++j)
            out << (j ? ", " : "") << classes[j].at("class").get<std::string>() << " "
                << classes[j].at("probability").get<double>();
        return out.str();
    };
    if (backbone) {
        std::cout << "  top-" << p.at("slow").size() << ": " << list(p.at("slow")) << "\n";
        return;
    }
    std::cout << "  route: " << p.at("route").at(0).at("node").get<std::string>();
    for (const auto& step : p.at("route"))
        std::cout << " → " << step.at("chose").get<std::string>() << " (" << std::fixed << std::setprecision(3)
                  << step.at("probability").get<double>() << ")";
    std::cout << "\n  fast top-" << p.at("fast").size() << ": " << list(p.at("fast")) << "\n  slow top-" << p.at("slow").size()
              << ": " << list(p.at("slow")) << "\n";
}

} // namespace

int runPredict(const std::vector<std::string>& args, const CommandContext& context)
{
    Arguments a(args, { "json" });
    if (a.positional().size() < 2)
        throw Error("usage: hiernet predict RUNDIR IMAGE|FOLDER… [--top 5] [--json] [--device D]");
    const auto k = a.integer("top", 5);
    if (k < 1)
        throw Error("--top " + std::to_string(k) + " must be at least 1");
    const bool json = a.flag("json");
    const auto device = a.text("device", "auto");
    a.finish();
    auto folder = runs::RunFolder::open(a.positional()[0]);
    const bool backbone = !folder.isHierNet();
    auto run
        = backbone ? runs::loadBackboneRunAsTree(std::move(folder), device) : runs::loadHierNetRun(std::move(folder), device);
    const auto shape = run.dataset.imageShape(); // C, H, W
    nlohmann::json images = nlohmann::json::array(), errors = nlohmann::json::array();
    for (const auto& file : data::imageFilesIn({ a.positional().begin() + 1, a.positional().end() })) {
        data::DecodedImage image;
        std::string why;
        if (!data::decodeImageFile(file, image, &why)) {
            errors.push_back({ { "file", file }, { "error", why } });
            std::cerr << "hiernet predict: " << file << ": " << why << "\n";
            continue;
        }
        auto p = predictImage(run, data::imageAsInput(image, int(shape[0]), int(shape[1]), int(shape[2])), std::size_t(k));
        if (!json)
            printPrediction(file, p, backbone);
        p["file"] = file;
        images.push_back(std::move(p));
    }
    if (json)
        std::cout << nlohmann::json {
            { "run", run.folder.directory() }, { "kind", backbone ? "backbone" : "hiernet" }, { "images", images },
            { "errors", errors }
        }.dump(2) << "\n";
    return errors.empty() ? 0 : 1;
}

} // namespace hiernet::cli
