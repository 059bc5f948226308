#include "data/DatasetInfo.h"

#include <nlohmann/json.hpp>

#include <iomanip>
#include <sstream>

namespace hiernet::data {

nlohmann::json datasetInfo(const Dataset& ds)
{
    nlohmann::json info;
    info["dataset"] = ds.spec;
    info["name"] = ds.name;
    info["classes"] = ds.classNames;
    info["coarse_classes"] = ds.coarseClassNames;
    info["image_shape"] = ds.imageShape();
    info["split"] = ds.splitDescription;
    for (auto split : { Split::Train, Split::Val, Split::Test }) {
        const auto counts = ds.classCounts(split);
        std::int64_t total = 0;
        for (auto c : counts)
            total += c;
        info["splits"][toString(split)] = total;
        info["class_counts"][toString(split)] = counts;
    }
    info["channel_mean"] = ds.channelMean();
    return info;
}

std::string datasetInfoText(const Dataset& ds)
{
    const auto info = datasetInfo(ds);
    std::ostringstream out;
    const auto shape = ds.imageShape();
    out << ds.name << " (" << ds.spec << ")\n";
    out << "  images     " << shape[0] << " x " << shape[1] << " x " << shape[2] << " (C x H x W)\n";
    out << "  splits     train " << info["splits"]["train"] << ", val " << info["splits"]["val"] << ", test "
        << info["splits"]["test"] << "  (" << ds.splitDescription << ")\n";
    out << "  mean       ";
    for (auto m : ds.channelMean())
        out << std::fixed << std::setprecision(4) << m << ' ';
    out << "\n  classes    " << ds.numClasses() << "\n";
    const auto train = ds.classCounts(Split::Train), val = ds.classCounts(Split::Val), test = ds.classCounts(Split::Test);
    for (std::size_t i = 0; i < ds.classNames.size(); ++i)
        out << "    " << std::setw(3) << i << "  " << std::left << std::setw(24) << ds.classNames[i] << std::right << " train "
            << std::setw(6) << train[i] << "  val " << std::setw(5) << val[i] << "  test " << std::setw(5) << test[i] << "\n";
    if (!ds.coarseClassNames.empty()) {
        out << "  coarse classes " << ds.coarseClassNames.size() << ":";
        for (const auto& name : ds.coarseClassNames)
            out << ' ' << name;
        out << "\n";
    }
    return out.str();
}

} // namespace hiernet::data
