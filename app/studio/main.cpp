// hiernet-studio: the desktop studio.
#include "BackbonePage.h"
#include "DataPage.h"
#include "MainWindow.h"
#include "QtImageDecoder.h"
#include "StudioSettings.h"
#include "util/Threads.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace hiernet::studio;

namespace {

// Renders the window once the dataset has loaded (or failed), writes the PNG and quits.
void scheduleScreenshot(MainWindow& window, const QString& file)
{
    auto shoot = [&window, file] {
        QTimer::singleShot(200, &window, [&window, file] {
            const bool ok = window.grab().save(file);
            std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "wrote" : "could not write", qPrintable(file));
            QApplication::exit(ok ? 0 : 1);
        });
    };
    QObject::connect(window.datasetLoader(), &DatasetLoader::loaded, &window, shoot);
    QObject::connect(window.datasetLoader(), &DatasetLoader::failed, &window, shoot);
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
    QApplication::setApplicationVersion(QStringLiteral(HIERNET_VERSION));

    QTranslator qtTranslator, studioTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (studioTranslator.load(QLocale(), QStringLiteral("hiernet_studio"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&studioTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "HierNet Studio: hierarchical CNNs that follow class similarity."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dataOption(QStringLiteral("data"), QApplication::translate("main", "Dataset to open (fashion-mnist, cifar10:DIR, …)."),
                                  QStringLiteral("spec"));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Render the window offscreen to FILE.png and exit."),
                                        QStringLiteral("file"));
    QCommandLineOption pageOption(QStringLiteral("page"), QApplication::translate("main", "Page to show (data, backbone, confusion, grouping, hiernet, explore)."),
                                  QStringLiteral("name"));
    QCommandLineOption threadsOption(QStringLiteral("threads"), QApplication::translate("main", "CPU threads for LibTorch (default: all cores)."),
                                     QStringLiteral("n"));
    QCommandLineOption runOption(QStringLiteral("run"), QApplication::translate("main", "Backbone run directory to open (curves, CPM and grouping)."),
                                 QStringLiteral("dir"));
    parser.addOptions({dataOption, screenshotOption, pageOption, threadsOption, runOption});
    parser.process(app);

    hiernet::useThreads(parser.isSet(threadsOption) ? parser.value(threadsOption).toInt() : 0);
    installQtImageDecoder();

    MainWindow window;
    const auto page = parser.isSet(pageOption) ? parser.value(pageOption) : settings::lastPage.value();
    if (!window.showPage(page) && parser.isSet(pageOption)) {
        std::fprintf(stderr, "hiernet-studio: unknown page '%s' (expected one of %s)\n", qPrintable(page),
                     qPrintable(MainWindow::pageIds().join(QStringLiteral(", "))));
        return 2;
    }
    if (parser.isSet(runOption) && !window.backbonePage()->openRun(parser.value(runOption)))
        std::fprintf(stderr, "hiernet-studio: %s\n", qPrintable(window.backbonePage()->lastError()));
    if (parser.isSet(screenshotOption))
        scheduleScreenshot(window, parser.value(screenshotOption));
    window.show();
    window.openDataset(parser.isSet(dataOption) ? parser.value(dataOption) : settings::lastDataset.value());
    const int code = QApplication::exec();
    if (!parser.isSet(screenshotOption))
        settings::lastPage.setValue(window.currentPageId());
    return code;
}
