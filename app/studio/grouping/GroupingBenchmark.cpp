#include "studio/grouping/GroupingBenchmark.h"

#include "studio/grouping/GroupingPage.h"
#include "studio/grouping/GroupingSession.h"
#include "studio/window/MainWindow.h"
#include "grouping/Cpm.h"
#include "grouping/SyntheticCpm.h"
#include "util/PeakMemory.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSlider>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace hiernet::studio {

namespace {

/// Every pending event handled and the page painted now (what a user would see after the change).
double millisecondsUntilDrawn(QWidget* page, QElapsedTimer& timer)
{
    QApplication::processEvents();
    page->grab();
    return double(timer.nsecsElapsed()) / 1e6;
}

QString writeSyntheticCpm(const QTemporaryDir& folder, int classes)
{
    grouping::Cpm cpm;
    cpm.values = grouping::syntheticCpm(classes, 42);
    for (int i = 0; i < classes; ++i)
        cpm.classes.push_back("class " + std::to_string(i));
    const auto file = folder.filePath(QStringLiteral("cpm.json"));
    grouping::saveCpm(cpm, file.toStdString(), { { "synthetic", { { "classes", classes }, { "seed", 42 } } } });
    return file;
}

} // namespace

int runGroupingBenchmark(MainWindow& window, int classes, const QString& cpmFile)
{
    if (cpmFile.isEmpty() && (classes < 2 || classes > 20000)) {
        std::fprintf(stderr, "hiernet-studio: --benchmark-grouping needs 2 … 20000 classes (got %d)\n", classes);
        return 2;
    }
    QTemporaryDir folder;
    const QString file = cpmFile.isEmpty() ? writeSyntheticCpm(folder, classes) : cpmFile;
    auto* page = window.groupingPage();
    window.showPage(QStringLiteral("grouping"));
    window.resize(1600, 900);
    window.show();
    QApplication::processEvents();
    const double before = peakResidentMegabytes();

    QElapsedTimer timer;
    timer.start();
    if (!window.groupingSession()->openCpm(file)) {
        std::fprintf(stderr, "hiernet-studio: could not open %s: %s\n", qPrintable(file), qPrintable(page->statusText()));
        return 1;
    }
    const double openMs = millisecondsUntilDrawn(page, timer);
    // p_min steps: the slider one position at a time through the part where groups form, as a drag moves it.
    auto* slider = page->pMinSlider();
    std::vector<double> steps;
    const int from = slider->value();
    for (int k = 1; k <= 60; ++k) {
        timer.restart();
        slider->setValue(from + (k <= 30 ? -k : k - 60));
        steps.push_back(millisecondsUntilDrawn(page, timer));
    }
    timer.restart();
    page->findClass(QString::fromStdString(window.groupingSession()->cpm().classes.back()));
    const double findMs = millisecondsUntilDrawn(page, timer);
    std::sort(steps.begin(), steps.end());
    const nlohmann::json result = { { "benchmark", "studio-grouping" }, { "classes", window.groupingSession()->cpm().size() },
        { "open_cpm_ms", openMs }, { "p_min_step_median_ms", steps[steps.size() / 2] }, { "p_min_step_max_ms", steps.back() },
        { "p_min_steps", steps.size() }, { "find_class_ms", findMs }, { "peak_rss_mb_before_open", before },
        { "peak_rss_mb", peakResidentMegabytes() } };
    std::printf("%s\n", result.dump(2).c_str());
    return 0;
}

} // namespace hiernet::studio
