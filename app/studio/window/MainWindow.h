#pragma once
#include "studio/dataset/DatasetLoader.h"
#include "evaluation/MistakeSeverity.h"
#include "studio/explore/ExplorePage.h"

#include <QMainWindow>

#include <memory>

class QListWidget;
class QMenu;
class QMimeData;
class QStackedWidget;

namespace hiernet::runs {
class Sweep;
}

namespace hiernet::studio {

class BackbonePage;
class ComparePage;
class SweepWorker;
class ConfusionPage;
class DataPage;
class ExplorePage;
class GroupingPage;
class ReportExporter;
class GroupingSession;
class HierNetPage;

/// The studio window: a sidebar with the workflow (Data, Backbone, Confusion, Grouping, HierNet,
/// Explore) and one page per step.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Page ids in sidebar order: "data", "backbone", "confusion", "grouping", "hiernet", "explore".
    static QStringList pageIds();
    bool showPage(const QString& id);
    QString currentPageId() const;

    void openDataset(const QString& spec);
    /// Shows a backbone run's CPM on the Confusion and Grouping pages (when it has one).
    void openRun(const QString& directory);
    /// Opens a run folder on its page: a backbone run on the Backbone page, a HierNet run on the HierNet
    /// page (and its images on the Explore page). False, with the reason in the status bar, for a folder
    /// that is not a run. What File › Recent runs and a folder dropped on the window do.
    bool openRunFolder(const QString& directory, QString* kind = nullptr);
    /// The run the window title names (the one last opened, started or followed).
    QString shownRun() const { return m_shownRun; }
    /// Help › Getting started: the six pages in the order they are used, on the embedded Fashion-MNIST.
    static QString gettingStartedText();
    /// The help the F1 key shows for a page (its purpose and how it is used).
    static QString pageHelp(const QString& id);
    std::shared_ptr<const data::Dataset> dataset() const { return m_dataset; }
    DataPage* dataPage() const { return m_dataPage; }
    ConfusionPage* confusionPage() const { return m_confusionPage; }
    BackbonePage* backbonePage() const { return m_backbonePage; }
    GroupingPage* groupingPage() const { return m_groupingPage; }
    /// The grouping both the Confusion and the Grouping page show and edit.
    GroupingSession* groupingSession() const { return m_grouping; }
    HierNetPage* hierNetPage() const { return m_hierNetPage; }
    ExplorePage* explorePage() const { return m_explorePage; }
    ComparePage* comparePage() const { return m_comparePage; }
    /// Trains a sweep in the background (one at a time) and shows it on the Compare page; false when one trains already.
    bool startSweep(std::unique_ptr<runs::Sweep> sweep);
    SweepWorker* sweepWorker() const { return m_sweepWorker; }
    /// Writes a sweep folder's report (PDF or HTML by suffix); false with the reason in the status bar.
    bool exportSweepReport(const QString& sweepDirectory, const QString& file);
    DatasetLoader* datasetLoader() const { return m_loader; }
    /// The HierNet run in view: the Explore page's, else the one the HierNet page follows ("" when none).
    QString hierNetRunInView() const;
    /// Makes a HierNet run's report (PDF or HTML by suffix) off the GUI thread; reportWritten() or
    /// reportFailed() follow. False when a report is being made already. What File › Export report… does.
    bool exportReport(const QString& runDirectory, const QString& file);
    /// The `hiernet` program that takes over a training the window leaves running when it closes (default: the
    /// one installed beside the studio, or found on PATH).
    void setCommandLineTool(const QString& program) { m_commandLineTool = program; }
    QString commandLineTool() const;
    /// Opens the Explore page on the images of true class `trueClass` that `answer` gives `predictedClass` (a cell
    /// of the Confusion page), the most confident first. The backbone's answers: those of the backbone whose CPM the
    /// Confusion page shows — opened on Explore as its tree of one node, or read from the HierNet open there when it
    /// was trained from that backbone. A HierNet's answers: the HierNet open on Explore, or else the newest known one
    /// trained from that backbone. On the split the CPM was measured on (so a cell's count is the gallery's). False
    /// (and why, on the Confusion page and in the status bar) when there is none.
    bool showCellImages(int trueClass, int predictedClass, evaluation::Predictor answer);

Q_SIGNALS:
    void datasetChanged();
    void reportWritten(const QString& file);
    void reportFailed(const QString& message);

protected:
    /// During a training: asks whether to stop it (the checkpoint kept), leave it going in the background (a
    /// detached `hiernet … --resume` takes over from the checkpoint the studio's worker writes), or not close.
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    enum class CloseChoice { Stop, Background, Cancel };
    CloseChoice askAboutTraining();
    /// Hands each training to a detached `hiernet` process; false (the runs stopped, checkpoints kept) when one
    /// cannot start.
    bool continueInBackground();
    void addPages();
    void connectLoader();
    void connectWorkflow();
    void connectReports();
    void connectCompare();
    /// The Grouping page's Sweep…: the grid around its p_min and g_max for the backbone whose CPM it shows.
    void chooseSweep();
    bool askToStopSweep();
    bool openCellRun(const ExplorePage::View& view, const QString& directory, data::Split split);
    bool refuseCell(const QString& why);
    /// Shows on the Confusion and Grouping pages the CPM of the backbone a HierNet run was transferred from and the
    /// hierarchy it was trained on.
    void showTrainedGrouping(const runs::RunFolder& hiernet);
    void buildMenus();
    void chooseDataset();
    void getDataset();
    void fillRecentRuns();
    void showRunInTitle(const QString& directory);
    void showPageHelp();
    void chooseReport();
    void showGettingStarted();
    /// The run folder a drag carries ("" when it carries none).
    static QString droppedRunFolder(const QMimeData* mime);

    GroupingSession* m_grouping;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    DataPage* m_dataPage;
    BackbonePage* m_backbonePage;
    ConfusionPage* m_confusionPage;
    GroupingPage* m_groupingPage;
    HierNetPage* m_hierNetPage;
    ExplorePage* m_explorePage;
    ComparePage* m_comparePage;
    SweepWorker* m_sweepWorker = nullptr;
    DatasetLoader* m_loader;
    ReportExporter* m_reports;
    std::shared_ptr<const data::Dataset> m_dataset;
    QMenu* m_recentRuns = nullptr;
    QString m_shownRun;
    QString m_groupingShownFor; ///< the HierNet run whose grouping the Confusion and Grouping pages were last given
    QString m_commandLineTool;
};

} // namespace hiernet::studio
