#include "evaluation/ImageFilter.h"

#include "evaluation/CoarseRouting.h"

#include <algorithm>
#include <cstdio>

namespace hiernet::evaluation {

namespace {

bool outcomeHolds(const HierNetEvaluation& e, const ImageFilter& f, int i)
{
    const auto k = std::size_t(i);
    switch (f.outcome) {
    case ImageFilter::Outcome::All:
        return true;
    case ImageFilter::Outcome::Correct:
        return e.fast[k] == e.labels[k];
    case ImageFilter::Outcome::Misrouted:
        return e.leftPathAt[k] >= 0;
    case ImageFilter::Outcome::WrongInGroup:
        return e.fast[k] != e.labels[k] && e.leftPathAt[k] < 0;
    case ImageFilter::Outcome::FastSlowDisagree:
        return e.fast[k] != e.slow[k];
    case ImageFilter::Outcome::StoppedAtGroup:
        return stopsAtGroup(e, i, f.coarseThreshold);
    }
    return true;
}

} // namespace

std::vector<int> filterImages(const HierNetEvaluation& e, const ImageFilter& f)
{
    if (f.outcome == ImageFilter::Outcome::StoppedAtGroup)
        checkThreshold(f.coarseThreshold, "coarse threshold");
    const auto& answers = e.answersOf(f.answer);
    std::vector<int> result;
    for (int i = 0; i < int(e.count); ++i) {
        const auto k = std::size_t(i);
        if (!outcomeHolds(e, f, i))
            continue;
        if (f.trueClass >= 0 && e.labels[k] != f.trueClass)
            continue;
        if (f.predictedClass >= 0 && answers[k] != f.predictedClass)
            continue;
        if (f.leftPathAt >= 0 && e.leftPathAt[k] != f.leftPathAt)
            continue;
        if (f.severity >= 0 && (k >= e.fastSeverity.size() || e.fastSeverity[k] != f.severity))
            continue;
        if (f.node >= 0) {
            const auto t = std::size_t(f.node);
            if (t >= e.nodeTrueChild.size() || e.nodeTrueChild[t][k] != f.trueChild || e.nodeChoice[t][k] != f.chosenChild)
                continue;
        }
        result.push_back(i);
    }
    if (f.order != ImageFilter::Order::Index) {
        const bool ascending = f.order == ImageFilter::Order::ConfidenceAscending;
        const auto& confidence = e.confidenceOf(f.answer);
        std::stable_sort(result.begin(), result.end(), [&](int a, int b) {
            const double ca = confidence[std::size_t(a)], cb = confidence[std::size_t(b)];
            return ascending ? ca < cb : ca > cb;
        });
    }
    return result;
}

std::string imagesCsv(const HierNetEvaluation& e, const std::vector<int>& images, const std::vector<std::string>& classNames)
{
    auto quoted = [](const std::string& text) {
        std::string q = "\"";
        for (char c : text)
            q += c == '"' ? std::string("\"\"") : std::string(1, c);
        return q + "\"";
    };
    std::string csv = "index,true,fast,slow,left_path_at,confidence,severity\n";
    for (int i : images) {
        const auto k = std::size_t(i);
        const int left = e.leftPathAt[k];
        char confidence[32];
        std::snprintf(confidence, sizeof confidence, "%.6f", e.confidence[k]);
        csv += std::to_string(i) + "," + quoted(classNames[std::size_t(e.labels[k])]) + ","
            + quoted(classNames[std::size_t(e.fast[k])]) + "," + quoted(classNames[std::size_t(e.slow[k])]) + ","
            + (left >= 0 ? quoted(e.nodes[std::size_t(left)].name) : std::string()) + "," + confidence + ","
            + (k < e.fastSeverity.size() ? std::to_string(e.fastSeverity[k]) : std::string()) + "\n";
    }
    return csv;
}

} // namespace hiernet::evaluation
