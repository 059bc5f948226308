#include "cli/Arguments.h"
#include "cli/Commands.h"

#include "data/Dataset.h"
#include "data/DatasetInfo.h"
#include "util/Error.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace hiernet::cli {

int runDataInfo(const std::vector<std::string>& args, const CommandContext& context)
{
    Arguments a(args, { "json" });
    const auto& pos = a.positional();
    if (pos.size() != 2 || pos[0] != "info")
        throw Error("usage: hiernet data info DATASET [--json]");
    const bool json = a.flag("json");
    const auto seed = a.integer("split-seed", 0);
    a.finish();
    const auto dataset = data::loadDataset(pos[1], std::uint64_t(seed));
    if (json)
        std::cout << data::datasetInfo(dataset).dump(2) << "\n";
    else
        std::cout << data::datasetInfoText(dataset);
    return 0;
}

} // namespace hiernet::cli
