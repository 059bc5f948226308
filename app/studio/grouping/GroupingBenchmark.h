#pragma once
#include <QString>

namespace hiernet::studio {

class MainWindow;

/// `hiernet-studio --benchmark-grouping [N]`: how responsive the studio is at N classes (default 1,000). Opens a
/// CPM (`cpmFile`, or a synthetic N-class cpm.json written to a temporary folder) on the Grouping page, with
/// every view drawn; moves the p_min slider step by step, each step timed until every view has redrawn (the
/// Grouping page painted, the Confusion page's heatmap replotted); finds a class; prints the times and the peak
/// resident memory. Returns the exit code (0 when it ran). Offscreen; a benchmark, not a test: nothing waits on it.
int runGroupingBenchmark(MainWindow& window, int classes, const QString& cpmFile);

} // namespace hiernet::studio
