// hiernet-studio: the desktop studio.
#include "studio/training/BackbonePage.h"
#include "studio/explore/ExplorePage.h"
#include "studio/training/HierNetPage.h"
#include "studio/dataset/DataPage.h"
#include "studio/grouping/GroupingBenchmark.h"
#include "studio/grouping/GroupingPage.h"
#include "studio/grouping/GroupingSession.h"
#include "studio/window/MainWindow.h"
#include "studio/compare/ComparePage.h"
#include "studio/grouping/MergeStepper.h"
#include "studio/common/QtImageDecoder.h"
#include "studio/common/StudioSettings.h"
#include "util/Threads.h"

#include <QApplication>
#include <QTabWidget>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <QIcon>

#include <memory>

using namespace hiernet;
using namespace hiernet::studio;

namespace {

// Renders the window once everything asked for is there (the dataset, and for a HierNet run its
// evaluation and the chosen image's route with its Grad-CAM maps), writes the PNG and quits.
void scheduleScreenshot(MainWindow& window, const QString& file, int waits)
{
    auto pending = std::make_shared<int>(waits);
    auto shoot = [&window, file, pending] {
        if (--*pending > 0)
            return;
        QTimer::singleShot(300, &window, [&window, file] {
            const bool ok = window.grab().save(file);
            std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "wrote" : "could not write", qPrintable(file));
            QApplication::exit(ok ? 0 : 1);
        });
    };
    QObject::connect(window.datasetLoader(), &DatasetLoader::loaded, &window, shoot);
    QObject::connect(window.datasetLoader(), &DatasetLoader::failed, &window, shoot);
    QObject::connect(window.explorePage(), &ExplorePage::mapsShown, &window, shoot);
    QObject::connect(window.explorePage(), &ExplorePage::failed, &window, [shoot, pending] {
        *pending = 1;
        shoot();
    });
}

/// The application icon in every size it is drawn in (resources/icons, compiled in).
QIcon studioIcon()
{
    QIcon icon;
    for (int size : { 16, 22, 32, 48, 64, 128, 256 })
        icon.addFile(QStringLiteral(":/icons/hiernet-studio-%1.png").arg(size), QSize(size, size));
    return icon;
}

/// The language chosen under Settings (the system's by default): numbers and units follow its locale too,
/// Qt's own dialogs speak it where Debian's qt6-translations-l10n is installed.
void installTranslations(QTranslator& qt, QTranslator& studio)
{
    const auto language = settings::language.value();
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    if (qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qt);
    if (studio.load(QLocale(), QStringLiteral("hiernet_studio"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&studio);
}

/// A command-line text, marked for lupdate with QT_TRANSLATE_NOOP("main", …) where it is written.
QString translated(const char* text)
{
    return QApplication::translate("main", text);
}

/// The studio's command line.
struct CommandLine {
    QCommandLineOption data { QStringLiteral("data"),
        translated(QT_TRANSLATE_NOOP("main", "Dataset to open (fashion-mnist, cifar10:DIR, …).")), QStringLiteral("spec") };
    QCommandLineOption screenshot { QStringLiteral("screenshot"),
        translated(QT_TRANSLATE_NOOP("main", "Render the window offscreen to FILE.png and exit.")), QStringLiteral("file") };
    QCommandLineOption page { QStringLiteral("page"),
        translated(QT_TRANSLATE_NOOP("main", "Page to show (data, backbone, confusion, grouping, hiernet, explore, compare).")),
        QStringLiteral("name") };
    QCommandLineOption threads { QStringLiteral("threads"),
        translated(QT_TRANSLATE_NOOP("main", "CPU threads for LibTorch (default: all cores).")), QStringLiteral("n") };
    QCommandLineOption run { QStringLiteral("run"),
        translated(QT_TRANSLATE_NOOP(
            "main", "Run directory to open: a backbone run (curves, CPM, grouping) or a HierNet run (curves, tree, Explore).")),
        QStringLiteral("dir") };
    QCommandLineOption filter { QStringLiteral("filter"),
        translated(QT_TRANSLATE_NOOP(
            "main", "Explore filter for a HierNet run: all, correct, misrouted, wrong-in-group, disagree, stopped.")),
        QStringLiteral("name") };
    QCommandLineOption image { QStringLiteral("image"),
        translated(QT_TRANSLATE_NOOP("main", "Explore: image of the filtered list to inspect (its position, from 0).")),
        QStringLiteral("n") };
    QCommandLineOption mergeStep { QStringLiteral("merge-step"),
        translated(QT_TRANSLATE_NOOP("main", "Grouping: show this step of the merge stepper (0 = every class alone).")),
        QStringLiteral("k") };
    QCommandLineOption severity { QStringLiteral("severity"),
        translated(QT_TRANSLATE_NOOP("main", "Explore: show only images whose fast prediction has this mistake severity.")),
        QStringLiteral("s") };
    QCommandLineOption tab { QStringLiteral("explore-tab"),
        translated(QT_TRANSLATE_NOOP("main", "Explore: the tab to show (route, errors, scores, coarse).")),
        QStringLiteral("name") };
    QCommandLineOption coarse { QStringLiteral("coarse-threshold"),
        translated(QT_TRANSLATE_NOOP("main", "Explore: τ of the routing that stops at a group when unsure (0 … 1).")),
        QStringLiteral("t") };
    QCommandLineOption cell { QStringLiteral("cell"),
        translated(QT_TRANSLATE_NOOP("main",
            "Confusion: open the images of a cell on Explore as a click does — TRUE:PREDICTED (class indices) and the "
            "answers, :backbone (default), :fast or :slow.")),
        QStringLiteral("cell") };
    QCommandLineOption images { QStringLiteral("images"),
        translated(QT_TRANSLATE_NOOP("main",
            "Explore (a run given to --run): route your own image files or folders (separated by commas) as a drop does.")),
        QStringLiteral("paths") };
    QCommandLineOption compareTab { QStringLiteral("compare-tab"),
        translated(QT_TRANSLATE_NOOP("main", "Compare (a sweep folder given to --run): the tab to show (curves, table, chart).")),
        QStringLiteral("name") };
    QCommandLineOption cpm { QStringLiteral("cpm"),
        translated(QT_TRANSLATE_NOOP(
            "main", "CPM file to open on the Confusion and Grouping pages: cpm.json, or a K×K .npy or CSV matrix.")),
        QStringLiteral("file") };
    QCommandLineOption find { QStringLiteral("find"),
        translated(QT_TRANSLATE_NOOP("main", "Grouping: find this class and centre it in every view.")), QStringLiteral("name") };
    QCommandLineOption benchmark { QStringLiteral("benchmark-grouping"),
        translated(QT_TRANSLATE_NOOP("main",
            "Measure the Grouping page at N classes offscreen (opening the CPM given to --cpm, or a synthetic one; "
            "p_min steps; a search) and print the times and the peak memory as JSON.")),
        QStringLiteral("classes") };
    QCommandLineParser parser;

    explicit CommandLine(const QApplication& app)
    {
        parser.setApplicationDescription(
            translated(QT_TRANSLATE_NOOP("main", "HierNet Studio: hierarchical CNNs that follow class similarity.")));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({ data, screenshot, page, threads, run, filter, image, mergeStep, severity, tab, coarse, cell,
            compareTab, images, cpm, find, benchmark });
        parser.process(app);
    }

    /// What the Explore page shows of a HierNet run once it is ready.
    ExplorePage::View exploreView() const
    {
        static const QStringList filters = { QStringLiteral("all"), QStringLiteral("correct"), QStringLiteral("misrouted"),
            QStringLiteral("wrong-in-group"), QStringLiteral("disagree"), QStringLiteral("stopped") };
        ExplorePage::View view;
        view.filter.outcome = evaluation::ImageFilter::Outcome(std::max(0, int(filters.indexOf(parser.value(filter)))));
        view.filter.severity = parser.isSet(severity) ? parser.value(severity).toInt() : -1;
        view.position = parser.value(image).toInt();
        static const QStringList sections = { QStringLiteral("errors"), QStringLiteral("scores"), QStringLiteral("coarse") };
        view.errorsSection = std::max(0, int(sections.indexOf(parser.value(tab))));
        view.errorsTab = sections.contains(parser.value(tab));
        view.filter.coarseThreshold = view.coarseThreshold = parser.value(coarse).toDouble();
        return view;
    }

    /// --cell: true and predicted class and whose answers; false when it is not given or not understood.
    bool cellRequest(int& trueClass, int& predictedClass, evaluation::Predictor& answer) const
    {
        const auto parts = parser.value(cell).split(QLatin1Char(':'));
        bool trueOk = false, predictedOk = false;
        if (parts.size() < 2)
            return false;
        trueClass = parts[0].toInt(&trueOk);
        predictedClass = parts[1].toInt(&predictedOk);
        const auto who = parts.value(2, QStringLiteral("backbone"));
        answer = who == QLatin1String("fast") ? evaluation::Predictor::HierNetFast
            : who == QLatin1String("slow")    ? evaluation::Predictor::HierNetSlow
                                              : evaluation::Predictor::Backbone;
        return trueOk && predictedOk;
    }
};

/// Opens --run on its own page; a HierNet run's Explore page then shows what the command line asks. Whether the
/// Explore page has work to wait for (a screenshot waits for it).
bool openRunFromCommandLine(MainWindow& window, const CommandLine& line)
{
    const QString run = line.parser.value(line.run);
    QString kind;
    if (!window.openRunFolder(run, &kind)) {
        std::fprintf(stderr, "hiernet-studio: %s is not a run folder (it has no readable run.json)\n", qPrintable(run));
        return false;
    }
    if (line.parser.isSet(line.cell)) { // a backbone run's CPM: the cell's images open on Explore
        int trueClass = -1, predictedClass = -1;
        evaluation::Predictor answer {};
        if (!line.cellRequest(trueClass, predictedClass, answer)) {
            std::fprintf(stderr, "hiernet-studio: --cell %s is not TRUE:PREDICTED[:backbone|fast|slow]\n",
                qPrintable(line.parser.value(line.cell)));
            return false;
        }
        window.openRun(run);
        return window.showCellImages(trueClass, predictedClass, answer);
    }
    if (kind != QLatin1String("hiernet"))
        return false;
    if (line.parser.isSet(line.images)) { // your own images, once the run is ready: their route is what is shown
        auto* explore = window.explorePage();
        const auto paths = line.parser.value(line.images).split(QLatin1Char(','));
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(explore, &ExplorePage::ready, explore, [explore, paths, connection] {
            QObject::disconnect(*connection);
            explore->addImages(paths);
        });
        window.showPage(QStringLiteral("explore"));
        return true;
    }
    window.explorePage()->showWhenReady(line.exploreView());
    return true;
}

/// --cpm and --find: a CPM file on the Confusion and Grouping pages, and a class found in it.
void openCpmFromCommandLine(MainWindow& window, const CommandLine& line)
{
    if (line.parser.isSet(line.cpm))
        window.groupingSession()->openCpm(line.parser.value(line.cpm));
    if (line.parser.isSet(line.find))
        window.groupingPage()->findClass(line.parser.value(line.find));
}

} // namespace

int main(int argc, char** argv)
{
    // --screenshot renders offscreen: decide the platform before QApplication exists.
    for (int i = 1; i < argc; ++i)
        if ((qstrcmp(argv[i], "--screenshot") == 0 || qstrcmp(argv[i], "--benchmark-grouping") == 0)
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("HierNet Studio"));
    QApplication::setOrganizationName(QStringLiteral("HierNet"));
    QApplication::setWindowIcon(studioIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("hiernet-studio")); // the desktop file's icon and name on Wayland
    QApplication::setApplicationVersion(QStringLiteral(HIERNET_VERSION));
    QTranslator qtTranslator, studioTranslator;
    installTranslations(qtTranslator, studioTranslator);
    const CommandLine line(app);
    const auto& parser = line.parser;

    hiernet::useThreads(parser.isSet(line.threads) ? parser.value(line.threads).toInt() : 0);
    installQtImageDecoder();

    MainWindow window;
    if (parser.isSet(line.benchmark))
        return runGroupingBenchmark(window, parser.value(line.benchmark).toInt(), parser.value(line.cpm));
    const auto page = parser.isSet(line.page) ? parser.value(line.page) : settings::lastPage.value();
    if (parser.isSet(line.page) && !MainWindow::pageIds().contains(page.toLower())) {
        std::fprintf(stderr, "hiernet-studio: unknown page '%s' (expected one of %s)\n", qPrintable(page),
            qPrintable(MainWindow::pageIds().join(QStringLiteral(", "))));
        return 2;
    }
    // The run opens on its own page unless --page says otherwise.
    const bool explore = parser.isSet(line.run) && openRunFromCommandLine(window, line);
    if (parser.isSet(line.page) || !parser.isSet(line.run))
        window.showPage(page);
    if (parser.isSet(line.compareTab)) {
        static const QStringList tabs = { QStringLiteral("curves"), QStringLiteral("table"), QStringLiteral("chart") };
        window.comparePage()->tabs()->setCurrentIndex(std::max(0, int(tabs.indexOf(parser.value(line.compareTab)))));
    }
    openCpmFromCommandLine(window, line);
    if (parser.isSet(line.mergeStep))
        window.groupingPage()->stepper()->setStep(parser.value(line.mergeStep).toInt());
    if (parser.isSet(line.screenshot))
        scheduleScreenshot(window, parser.value(line.screenshot), explore ? 2 : 1);
    window.show();
    window.openDataset(parser.isSet(line.data) ? parser.value(line.data) : settings::lastDataset.value());
    const int code = QApplication::exec();
    if (!parser.isSet(line.screenshot))
        settings::lastPage.setValue(window.currentPageId());
    return code;
}
