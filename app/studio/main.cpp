// hiernet-studio: the desktop studio.
#include "BackbonePage.h"
#include "EvaluatedImagesModel.h"
#include "ExplorePage.h"
#include "HierNetPage.h"
#include "DataPage.h"
#include "GroupingPage.h"
#include "MainWindow.h"
#include "MergeStepper.h"
#include "runs/RunFiles.h"
#include "QtImageDecoder.h"
#include "StudioSettings.h"
#include "util/Threads.h"

#include <QApplication>
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

QString runKind(const QString& directory)
{
    const auto info = runs::readRunInfo(directory.toStdString());
    return info ? QString::fromStdString(info->kind) : QString();
}

} // namespace

int main(int argc, char** argv)
{
    // --screenshot renders offscreen: decide the platform before QApplication exists.
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--screenshot") == 0 && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("HierNet Studio"));
    QApplication::setOrganizationName(QStringLiteral("HierNet"));
    QApplication::setWindowIcon(studioIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("hiernet-studio")); // the desktop file's icon and name on Wayland
    QApplication::setApplicationVersion(QStringLiteral(HIERNET_VERSION));

    // The language chosen under Settings (the system's by default): numbers and units follow its locale too,
    // Qt's own dialogs speak it where Debian's qt6-translations-l10n is installed.
    const auto language = settings::language.value();
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    QTranslator qtTranslator, studioTranslator;
    if (qtTranslator.load(
            QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (studioTranslator.load(QLocale(), QStringLiteral("hiernet_studio"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&studioTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "HierNet Studio: hierarchical CNNs that follow class similarity."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dataOption(QStringLiteral("data"),
        QApplication::translate("main", "Dataset to open (fashion-mnist, cifar10:DIR, …)."), QStringLiteral("spec"));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the window offscreen to FILE.png and exit."), QStringLiteral("file"));
    QCommandLineOption pageOption(QStringLiteral("page"),
        QApplication::translate("main", "Page to show (data, backbone, confusion, grouping, hiernet, explore)."),
        QStringLiteral("name"));
    QCommandLineOption threadsOption(QStringLiteral("threads"),
        QApplication::translate("main", "CPU threads for LibTorch (default: all cores)."), QStringLiteral("n"));
    QCommandLineOption runOption(QStringLiteral("run"),
        QApplication::translate(
            "main", "Run directory to open: a backbone run (curves, CPM, grouping) or a HierNet run (curves, tree, Explore)."),
        QStringLiteral("dir"));
    QCommandLineOption filterOption(QStringLiteral("filter"),
        QApplication::translate("main", "Explore filter for a HierNet run: all, correct, misrouted, wrong-in-group, disagree."),
        QStringLiteral("name"));
    QCommandLineOption imageOption(QStringLiteral("image"),
        QApplication::translate("main", "Explore: image of the filtered list to inspect (its position, from 0)."),
        QStringLiteral("n"));
    QCommandLineOption mergeStepOption(QStringLiteral("merge-step"),
        QApplication::translate("main", "Grouping: show this step of the merge stepper (0 = every class alone)."),
        QStringLiteral("k"));
    QCommandLineOption severityOption(QStringLiteral("severity"),
        QApplication::translate("main", "Explore: show only images whose fast prediction has this mistake severity."),
        QStringLiteral("s"));
    QCommandLineOption tabOption(QStringLiteral("explore-tab"),
        QApplication::translate("main", "Explore: the tab to show (route, errors)."), QStringLiteral("name"));
    parser.addOptions({ dataOption, screenshotOption, pageOption, threadsOption, runOption, filterOption, imageOption,
        mergeStepOption, severityOption, tabOption });
    parser.process(app);

    hiernet::useThreads(parser.isSet(threadsOption) ? parser.value(threadsOption).toInt() : 0);
    installQtImageDecoder();

    MainWindow window;
    const auto page = parser.isSet(pageOption) ? parser.value(pageOption) : settings::lastPage.value();
    if (parser.isSet(pageOption) && !MainWindow::pageIds().contains(page.toLower())) {
        std::fprintf(stderr, "hiernet-studio: unknown page '%s' (expected one of %s)\n", qPrintable(page),
            qPrintable(MainWindow::pageIds().join(QStringLiteral(", "))));
        return 2;
    }
    bool explore = false;
    if (parser.isSet(runOption)) {
        const QString run = parser.value(runOption);
        if (runKind(run) == QLatin1String("hiernet")) {
            explore = true;
            const QStringList filters = { QStringLiteral("all"), QStringLiteral("correct"), QStringLiteral("misrouted"),
                QStringLiteral("wrong-in-group"), QStringLiteral("disagree") };
            const int filter = std::max(0, int(filters.indexOf(parser.value(filterOption))));
            const int position = parser.value(imageOption).toInt();
            const int severity = parser.isSet(severityOption) ? parser.value(severityOption).toInt() : -1;
            const bool errors = parser.value(tabOption) == QLatin1String("errors");
            QObject::connect(window.explorePage(), &ExplorePage::ready, &window, [&window, filter, position, severity, errors] {
                evaluation::ImageFilter f;
                f.outcome = evaluation::ImageFilter::Outcome(filter);
                f.severity = severity;
                window.explorePage()->showErrorsTab(errors);
                window.explorePage()->setFilter(f);
                window.explorePage()->selectImage(window.explorePage()->model()->imageAt(position));
            });
        }
        // The run opens on its own page unless --page says otherwise.
        if (!window.openRunFolder(run))
            std::fprintf(stderr, "hiernet-studio: %s is not a run folder (it has no readable run.json)\n", qPrintable(run));
    }
    if (parser.isSet(pageOption) || !parser.isSet(runOption))
        window.showPage(page);
    if (parser.isSet(mergeStepOption))
        window.groupingPage()->stepper()->setStep(parser.value(mergeStepOption).toInt());
    if (parser.isSet(screenshotOption))
        scheduleScreenshot(window, parser.value(screenshotOption), explore ? 2 : 1);
    window.show();
    window.openDataset(parser.isSet(dataOption) ? parser.value(dataOption) : settings::lastDataset.value());
    const int code = QApplication::exec();
    if (!parser.isSet(screenshotOption))
        settings::lastPage.setValue(window.currentPageId());
    return code;
}
