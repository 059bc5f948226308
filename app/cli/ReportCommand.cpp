// hiernet report: a finished HierNet run's report as PDF or HTML: its data gathered by the core, drawn by the
// report library (Qt; not the studio).
#include "cli/Arguments.h"
#include "cli/Commands.h"

#include "util/Error.h"

#ifdef HIERNET_WITH_REPORT
#include "report/RunReport.h"
#include "report/SweepReport.h"
#include "runs/SweepRecord.h"

#include <QApplication>
#include <QFileInfo>
#endif

#include <iostream>

namespace hiernet::cli {

int runReport(const std::vector<std::string>& args, const CommandContext& context)
{
    Arguments a(args, {});
    if (a.positional().size() != 1)
        throw Error("usage: hiernet report RUNDIR|SWEEPDIR --out report.pdf|report.html [--images K]");
    const auto out = a.required("out");
    const auto images = a.integer("images", 8);
    a.finish();
    if (images < 0 || images > 100)
        throw Error("--images " + std::to_string(images) + ": give 0…100 misrouted images");
#ifdef HIERNET_WITH_REPORT
    const auto suffix = QFileInfo(QString::fromStdString(out)).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("html") && suffix != QLatin1String("htm"))
        throw Error("--out " + out + ": give a .pdf or .html file");
    // The views draw without a screen.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    int argc = 1;
    char name[] = "hiernet";
    char* argv[] = { name, nullptr };
    QApplication application(argc, argv);
    QString error;
    if (runs::SweepRecord::isSweepFolder(a.positional()[0])) { // a sweep's report: its chart, table and curves
        const report::SweepReport document(runs::compareSweep(a.positional()[0]));
        if (!document.write(QString::fromStdString(out), &error))
            throw Error(error.toStdString());
        std::cout << "report: " << out << "\n";
        return 0;
    }
    std::cerr << "gathering " << a.positional()[0] << " (its evaluation on both splits, cached in the run)\n";
    const report::RunReport document(report::gatherReport(a.positional()[0], int(images)));
    if (!document.write(QString::fromStdString(out), &error))
        throw Error(error.toStdString());
    std::cout << "report: " << out << "\n";
    return 0;
#else
    (void)out;
    throw Error(
        "this hiernet was built without the studio (HIERNET_BUILD_GUI=OFF): the report is drawn with Qt; build with the GUI, "
        "or make it with hiernet-studio (File › Export report…)");
#endif
}

} // namespace hiernet::cli
