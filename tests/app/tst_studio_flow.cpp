// A newcomer's first hour, driven through the real main window: open a dataset, train a backbone and
// watch its curves, read its CPM, move p_min and see the groups and the heatmap follow, save the
// hierarchy, train a HierNet on it, and inspect a misrouted image on the Explore page. It fails where a
// hand-over between pages breaks. Then the navigation a desktop user expects: Ctrl+1…6, F1, File ›
// Recent runs, a run folder dropped on the window, the title, Ctrl+Q.
#include "studio/training/BackbonePage.h"
#include "ConfusionHeatmap.h"
#include "studio/grouping/ConfusionPage.h"
#include "studio/explore/EvaluatedImagesModel.h"
#include "studio/explore/ExplorePage.h"
#include "Fixtures.h"
#include "studio/grouping/GroupingPage.h"
#include "studio/grouping/GroupingSession.h"
#include "studio/training/HierNetPage.h"
#include "adapters/HierarchyDiagram.h"
#include "studio/window/MainWindow.h"
#include "studio/explore/RouteInspector.h"
#include "studio/training/RunMonitor.h"
#include "studio/common/StudioSettings.h"
#include "StudioTestSetup.h"
#include "TrainingCurves.h"
#include "studio/training/TrainingWorker.h"
#include "TreeDiagram.h"
#include "grouping/GroupingEngine.h"
#include "grouping/Hierarchy.h"
#include "runs/RunInfo.h"
#include "util/Threads.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QSlider>
#include <QTabBar>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace hiernet;

namespace {

QPushButton* button(QWidget* parent, const QString& text)
{
    for (auto* b : parent->findChildren<QPushButton*>())
        if (b->text() == text)
            return b;
    return nullptr;
}

/// Accepts the next modal file dialog with the file it suggests (a user pressing Enter in it).
void acceptNextFileDialog(QString* chosen)
{
    QTimer::singleShot(200, [chosen] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        *chosen = dialog->selectedFiles().value(0);
        QMetaObject::invokeMethod(dialog, "accept");
    });
}

/// The heatmap's display order as groups: the classes shown between two group boundaries.
std::vector<int> concatenated(const std::vector<std::vector<int>>& groups)
{
    std::vector<int> order;
    for (const auto& g : groups)
        order.insert(order.end(), g.begin(), g.end());
    return order;
}

} // namespace

class TestStudioFlow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_backboneRun, m_hierNetRun;

    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        isolateStudioSettings(path("runs"));
        QDir().mkpath(path("runs"));
        QDir().mkpath(path("data"));
        fixtures::writeIdxDataset(path("data").toStdString(), 10, 40, 12, false);
    }

    void newcomersFlow()
    {
        studio::MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // 1. Open the dataset.
        QSignalSpy loaded(window.datasetLoader(), &studio::DatasetLoader::loaded);
        window.openDataset(QStringLiteral("idx:") + path("data"));
        QVERIFY(loaded.wait(30000));

        // 2. Train a backbone from the Backbone page's Start button and watch its curves grow.
        window.showPage(QStringLiteral("backbone"));
        auto* backbone = window.backbonePage();
        backbone->setIterations(60);
        auto* start = button(backbone, QStringLiteral("Start"));
        QVERIFY(start && start->isEnabled());
        QSignalSpy backboneDone(backbone, &studio::BackbonePage::trainingFinished);
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(backbone->isTraining());
        QList<int> lossPoints;
        auto* curves = backbone->monitor()->curves();
        connect(backbone->worker(), &studio::TrainingWorker::progress, this,
            [&] { lossPoints << curves->pointCount(QStringLiteral("train loss")); });
        QVERIFY(backboneDone.wait(180000));
        QCOMPARE(backboneDone.first().at(1).toString(), QStringLiteral("finished"));
        m_backboneRun = backboneDone.first().at(0).toString();
        const int finalLossPoints = curves->pointCount(QStringLiteral("train loss"));
        QCOMPARE(finalLossPoints, 3); // one per 20 iterations
        QVERIFY2(!lossPoints.isEmpty() && lossPoints.first() < finalLossPoints, "the curves grew while it trained");
        QVERIFY(curves->pointCount(QStringLiteral("validation accuracy")) >= 1);
        QVERIFY2(window.windowTitle().contains(QFileInfo(m_backboneRun).fileName()), qPrintable(window.windowTitle()));

        // 3. Its CPM is on the Confusion page (Ctrl+3).
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), QStringLiteral("confusion"));
        auto* session = window.groupingSession();
        QTRY_VERIFY_WITH_TIMEOUT(session->hasCpm(), 30000);
        QCOMPARE(QFileInfo(session->cpmPath()).absolutePath(), QFileInfo(m_backboneRun).absoluteFilePath());
        auto* heatmap = window.confusionPage()->heatmap();
        QCOMPARE(heatmap->size(), 10);

        // 4. Move p_min on the Grouping page to where the groups change: both pages follow.
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), QStringLiteral("grouping"));
        const auto curve = session->engine()->countCurve();
        const int groupsBefore = int(session->leafGroups().size());
        double pMin = -1;
        int expectedGroups = 0;
        for (std::size_t i = 0; i + 1 < curve.thresholds.size(); ++i)
            if (curve.counts[i] > 1 && curve.counts[i] < 10 && curve.counts[i] != groupsBefore
                && curve.thresholds[i + 1] - curve.thresholds[i] > 1e-5) {
                pMin = (curve.thresholds[i] + curve.thresholds[i + 1]) / 2;
                expectedGroups = curve.counts[i];
                break;
            }
        QVERIFY2(pMin > 0, "the tiny backbone's CPM offers a grouping into 2…9 groups");
        window.groupingPage()->pMinSpin()->setValue(pMin);
        QTRY_COMPARE(int(session->leafGroups().size()), expectedGroups);
        qInfo("p_min %.6f: %d groups (were %d)", pMin, expectedGroups, groupsBefore);
        QCOMPARE(int(window.confusionPage()->groups().size()), expectedGroups);
        const auto order = concatenated(session->leafGroups());
        QCOMPARE(std::vector<int>(heatmap->order().begin(), heatmap->order().end()), order);

        // 5. Save the hierarchy (the dialog suggests the run folder): the HierNet page has it.
        QString saved;
        acceptNextFileDialog(&saved);
        QTest::mouseClick(button(window.groupingPage(), QStringLiteral("Save hierarchy…")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!session->savedPath().isEmpty(), 10000);
        QCOMPARE(session->savedPath(), saved);
        QVERIFY(QFileInfo::exists(saved));
        window.activateWindow(); // back from the dialog (the window manager's job; offscreen has none)
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // 6. Train a HierNet on it from the HierNet page (Ctrl+5); when it finishes, Explore evaluates it.
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), QStringLiteral("hiernet"));
        auto* hiernet = window.hierNetPage();
        QTest::mouseClick(button(hiernet, QStringLiteral("Paper defaults")), Qt::LeftButton);
        QVERIFY2(hiernet->startProblem().isEmpty(), qPrintable(hiernet->startProblem()));
        hiernet->setIterations(24);
        QSignalSpy hierNetDone(hiernet, &studio::HierNetPage::trainingFinished);
        QSignalSpy exploreReady(window.explorePage(), &studio::ExplorePage::ready);
        QTest::mouseClick(button(hiernet, QStringLiteral("Start")), Qt::LeftButton);
        QVERIFY(hiernet->isTraining());
        QVERIFY(hierNetDone.wait(240000));
        QCOMPARE(hierNetDone.first().at(1).toString(), QStringLiteral("finished"));
        m_hierNetRun = hierNetDone.first().at(0).toString();
        const auto info = runs::readRunInfo(m_hierNetRun.toStdString());
        QVERIFY(info);
        QCOMPARE(QString::fromStdString(info->config.at("backbone_run").get<std::string>()), m_backboneRun);
        // The tree trained is the grouping saved, and the page draws it.
        const auto savedHierarchy = grouping::Hierarchy::load(saved.toStdString());
        QVERIFY(grouping::Hierarchy::load(QDir(m_hierNetRun).filePath(QStringLiteral("hierarchy.json")).toStdString())
            == savedHierarchy);
        QCOMPARE(int(savedHierarchy.leafGroups().size()), expectedGroups);
        QCOMPARE(hiernet->tree()->nodeCount(), int(studio::HierarchyDiagram(savedHierarchy).nodes.size()));

        // 7. Explore (Ctrl+6): click a misrouted image; the route inspector shows its path.
        QVERIFY(exploreReady.count() > 0 || exploreReady.wait(120000));
        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), QStringLiteral("explore"));
        auto* explore = window.explorePage();
        evaluation::ImageFilter misrouted;
        misrouted.outcome = evaluation::ImageFilter::Outcome::Misrouted;
        explore->setFilter(misrouted);
        const bool anyMisrouted = explore->model()->rowCount() > 0;
        if (!anyMisrouted) // a tiny model may route every test image right; then any image will do
            explore->setFilter({});
        QVERIFY(explore->model()->rowCount() > 0);
        const int image = explore->model()->imageAt(0);
        QSignalSpy shown(explore, &studio::ExplorePage::routeShown);
        QTest::mouseClick(explore->gallery()->viewport(), Qt::LeftButton, {},
            explore->gallery()->visualRect(explore->model()->index(0)).center());
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().at(0).toInt() == image, 30000);
        const auto& route = explore->inspector()->explanation();
        qInfo("image %d (%s): %d decisions, parted at %d", image, anyMisrouted ? "misrouted" : "any", int(route.taken.size()),
            int(route.partedAt));
        QCOMPARE(route.index, std::int64_t(image));
        QVERIFY(!route.taken.empty());
        QCOMPARE(explore->inspector()->tree()->takenPath().size(), int(route.taken.size()));
        QVERIFY(explore->inspector()->tree()->truePath().size() >= 1);
        if (anyMisrouted) {
            QVERIFY(route.partedAt >= 0);
            QVERIFY(explore->inspector()->tree()->flagged() >= 0);
        }
        QVERIFY2(window.windowTitle().contains(QFileInfo(m_hierNetRun).fileName()), qPrintable(window.windowTitle()));
    }

    void keyboardMenusAndDrops()
    {
        QVERIFY2(!m_hierNetRun.isEmpty(), "needs the runs of newcomersFlow");
        studio::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Ctrl+1 … Ctrl+7 go through the pages in workflow order.
        const auto ids = studio::MainWindow::pageIds();
        for (int i = ids.size() - 1; i >= 0; --i) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(window.currentPageId(), ids[i]);
        }

        // F1: the help of the page in view.
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_F1);
        QMessageBox* help = nullptr;
        QTRY_VERIFY((help = window.findChild<QMessageBox*>(QStringLiteral("pageHelp"))) != nullptr);
        QVERIFY2(help->text().contains(QStringLiteral("Confusion")), qPrintable(help->text()));
        help->close();
        for (const auto& id : ids)
            QVERIFY2(!studio::MainWindow::pageHelp(id).isEmpty(), qPrintable(id));

        // File › Recent runs lists the runs of the flow; choosing one opens it on its page.
        auto* recent = window.findChild<QMenu*>(QStringLiteral("recentRuns"));
        QVERIFY(recent);
        Q_EMIT recent->aboutToShow();
        QStringList listed;
        QAction* backboneEntry = nullptr;
        for (auto* action : recent->actions()) {
            listed << action->data().toString();
            if (action->data().toString() == m_backboneRun)
                backboneEntry = action;
        }
        QVERIFY2(listed.contains(m_hierNetRun) && backboneEntry, qPrintable(listed.join(QLatin1Char(' '))));
        window.showPage(QStringLiteral("data"));
        backboneEntry->trigger();
        QCOMPARE(window.currentPageId(), QStringLiteral("backbone"));
        QCOMPARE(window.shownRun(), m_backboneRun);
        QVERIFY(window.windowTitle().startsWith(QFileInfo(m_backboneRun).fileName()));

        // A dropped HierNet run folder opens on the HierNet page; a folder that is no run is refused.
        const auto drop = [&window](const QString& folder) {
            QMimeData mime;
            mime.setUrls({ QUrl::fromLocalFile(folder) });
            QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, {});
            QApplication::sendEvent(&window, &enter);
            if (!enter.isAccepted())
                return false;
            QDropEvent dropped(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, {});
            QApplication::sendEvent(&window, &dropped);
            return dropped.isAccepted();
        };
        QVERIFY(!drop(path("data")));
        QCOMPARE(window.currentPageId(), QStringLiteral("backbone"));
        QVERIFY(drop(m_hierNetRun));
        QCOMPARE(window.currentPageId(), QStringLiteral("hiernet"));
        QCOMPARE(window.shownRun(), m_hierNetRun);
        QVERIFY(window.windowTitle().startsWith(QFileInfo(m_hierNetRun).fileName()));

        // Ctrl+Q quits (nothing is training, so nothing to confirm).
        QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!window.isVisible());
    }

    void everyControlExplainsItself()
    {
        // Every control a user can operate has a tooltip, on every page (issue #20), and Help › Getting
        // started walks through the seven pages in workflow order.
        studio::MainWindow window;
        window.resize(1280, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList missing;
        for (auto* widget : window.findChildren<QWidget*>()) {
            const bool control = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QComboBox*>(widget)
                || qobject_cast<QAbstractSpinBox*>(widget) || qobject_cast<QSlider*>(widget)
                || (qobject_cast<QLineEdit*>(widget) && !qobject_cast<QComboBox*>(widget->parentWidget())
                    && !qobject_cast<QAbstractSpinBox*>(widget->parentWidget()));
            // Parts of Qt's own composite widgets (a tab bar's scroll arrows, a scroll area's bars) are not ours.
            const bool qtPart = widget->objectName().startsWith(QLatin1String("qt_"))
                || qobject_cast<QTabBar*>(widget->parentWidget()) || qobject_cast<QDialogButtonBox*>(widget->parentWidget())
                || qstrcmp(widget->metaObject()->className(), "QTableCornerButton") == 0;
            if (control && !qtPart && widget->toolTip().isEmpty()) {
                QString where;
                for (auto* p = widget->parentWidget(); p && where.isEmpty(); p = p->parentWidget())
                    where = QString::fromLatin1(p->metaObject()->className());
                const auto* b = qobject_cast<QAbstractButton*>(widget);
                missing << QStringLiteral("%1 '%2' in %3")
                               .arg(QString::fromLatin1(widget->metaObject()->className()), b ? b->text() : widget->objectName(),
                                   where);
            }
        }
        for (const auto& m : std::as_const(missing))
            qWarning("no tooltip: %s", qPrintable(m));
        QVERIFY2(missing.isEmpty(),
            qPrintable(QStringLiteral("%1 controls without a tooltip:\n").arg(missing.size()) + missing.join(QLatin1Char('\n'))));

        const auto text = studio::MainWindow::gettingStartedText();
        int last = -1;
        for (const char* page : { "Data", "Backbone", "Confusion", "Grouping", "HierNet", "Explore", "Compare" }) {
            const int at = text.indexOf(QStringLiteral("<b>%1</b>").arg(QLatin1String(page)));
            QVERIFY2(at > last, page);
            last = at;
        }
        auto* action = window.findChild<QAction*>(QStringLiteral("gettingStarted"));
        QVERIFY(action);
        action->trigger();
        QTRY_VERIFY(window.findChild<QMessageBox*>(QStringLiteral("gettingStartedBox")));
    }

    void languageIsChosenUnderSettings()
    {
        studio::settings::language.setValue(QString());
        studio::MainWindow window;
        auto* system = window.findChild<QAction*>(QStringLiteral("language_system"));
        auto* german = window.findChild<QAction*>(QStringLiteral("language_de"));
        QVERIFY(system && german && window.findChild<QAction*>(QStringLiteral("language_fr")));
        QVERIFY(system->isChecked());
        german->trigger();
        QCOMPARE(studio::settings::language.value(), QStringLiteral("de"));
        QVERIFY(german->isChecked() && !system->isChecked());
        studio::settings::language.setValue(QString());
    }
};

QTEST_MAIN(TestStudioFlow)
#include "tst_studio_flow.moc"
