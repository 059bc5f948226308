// A run folder's run.json and metrics.jsonl as the lists, the studio (RunFolder) and resume read them. Input:
// byte 0 bit 0 = metrics.jsonl (else run.json), the rest is the file.
#include "FuzzInput.h"
#include "runs/RunDirectory.h"
#include "runs/RunFolder.h"
#include "runs/MetricsFile.h"
#include "runs/RunInfo.h"
#include "runs/WriterLiveness.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const std::string dir = fuzz::scratch() + "/run";
    if (data[0] & 1) {
        const std::string path = fuzz::writeFile("run/metrics.jsonl", data + 1, size - 1);
        fuzz::expectCleanError([&] {
            for (const auto& line : hiernet::runs::readMetrics(path))
                hiernet::runs::MetricLine::fromJson(line);
        });
        return 0;
    }
    fuzz::writeFile("run/run.json", data + 1, size - 1);
    hiernet::runs::readRunInfo(dir); // never throws: a list skips what it cannot read
    fuzz::expectCleanError([&] {
        const auto run = hiernet::runs::RunDirectory::open(dir);
        hiernet::runs::effectiveStatus(run.info());
        run.checkNoLiveWriter();
    });
    // The readers' side: run.json parsed once into the summary and the typed configuration.
    fuzz::expectCleanError([&] {
        const auto folder = hiernet::runs::RunFolder::open(dir);
        folder.configJson();
        if (folder.hasConfig() && folder.isHierNet())
            folder.hierNetConfig();
        folder.checkpointStamp();
    });
    return 0;
}
