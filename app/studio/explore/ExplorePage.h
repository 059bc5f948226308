#pragma once
#include "runs/RunFolder.h"
#include "evaluation/ImageFilter.h"
#include "data/Dataset.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLayout;
class QListView;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace hiernet::studio {

class ErrorOverview;
class EvaluatedImagesModel;
class ExploreSession;
class RouteInspector;

/// The Explore page: a trained HierNet's (or a backbone's, as its tree of one node) test (or validation) images in a
/// gallery with filters — all,
/// correct, misrouted, wrong class inside the right group, fast and slow disagreeing, stopping at a group when
/// unsure, by true and by predicted class (of the fast, the slow or the backbone's answer: a confusion cell), by
/// the node where the route left the true path, by the mistake's severity, by a per-node confusion cell — sorted by
/// index or the answer's confidence; the route inspector for the current image (arrow keys move through the
/// gallery); the error overview; exports of both views and of the filtered list.
class ExplorePage : public QWidget {
    Q_OBJECT

public:
    explicit ExplorePage(QWidget* parent = nullptr);
    ~ExplorePage() override;

    /// Loads and evaluates (or reads the cached evaluation of) a HierNet run; ready() or failed() follow.
    void openRun(const QString& directory, data::Split split = data::Split::Test);
    /// The same for a run folder opened already (its run.json is not read again).
    void openRun(const runs::RunFolder& folder, data::Split split = data::Split::Test);
    void setFilter(const evaluation::ImageFilter& filter);
    evaluation::ImageFilter filter() const { return m_filter; }
    /// Makes `image` current in the gallery (when the filter shows it); the inspector follows.
    bool selectImage(int image);
    bool exportCsv(const QString& file) const;
    /// Shows the Errors tab (or the Route tab) beside the gallery.
    void showErrorsTab(bool errors);
    /// What to show of a run: a filter, the image at `position` of the filtered list, the tab beside the gallery.
    struct View {
        evaluation::ImageFilter filter;
        int position = 0;
        bool errorsTab = false;
        int errorsSection = 0; ///< on the Errors tab: 0 nodes, 1 severity and scores, 2 stop at a group
        double coarseThreshold = 0; ///< τ of the stop-at-a-group panel (the gallery marks what it stops)
    };
    void showView(const View& view);
    /// showView() once the run being opened is ready (the studio's --filter, --image, --explore-tab).
    void showWhenReady(const View& view);

    ExploreSession* session() const { return m_session; }
    EvaluatedImagesModel* model() const { return m_model; }
    QListView* gallery() const { return m_gallery; }
    QComboBox* severityFilter() const { return m_severity; }
    QComboBox* predictedFilter() const { return m_predicted; }
    QComboBox* answerFilter() const { return m_answer; }
    RouteInspector* inspector() const { return m_inspector; }
    ErrorOverview* overview() const { return m_overview; }
    QString statusText() const;
    /// Your own images (files, or folders of them) beside the split's: converted to the run's input, listed above the
    /// gallery, explained and mapped on a click. Returns "file: why" for each file skipped (also on the status line).
    QStringList addImages(const QStringList& paths);
    QListWidget* ownImagesList() const { return m_ownImages; }

Q_SIGNALS:
    void ready();
    void failed(const QString& message);
    /// The inspector shows a new image's route.
    void routeShown(int image);
    /// The inspector shows the Grad-CAM maps of that image.
    void mapsShown(int image);

protected:
    /// Image files or folders of them dropped on the page join the images explored (a run folder is left to the window).
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void configureControls();
    QWidget* ownImagesStrip();
    void fillOwnImages();
    void chooseImages();
    QLayout* runRow(QPushButton* browse);
    QLayout* filterRows(QPushButton* csv);
    void fillFilters();
    void fillOutcomes(bool backboneRun);
    void connectCoarseRouting();
    void connectLoading();
    void connectViews();
    void showLoading(const QString& directory, data::Split split);
    std::optional<View> m_pendingView;
    void onReady();
    void applyFilter();
    void filterFromControls();
    void refreshRuns();
    void chooseRun();
    void exportView(QWidget* view, const QString& name);
    void chooseCsv();

    ExploreSession* m_session;
    EvaluatedImagesModel* m_model;
    QComboBox* m_run;
    QComboBox* m_split;
    QPushButton* m_open;
    QPushButton* m_cancel;
    QProgressBar* m_busy;
    QLabel* m_status;
    QComboBox* m_outcome;
    QComboBox* m_class;
    QComboBox* m_predicted;
    QComboBox* m_answer;
    QComboBox* m_leftAt;
    QComboBox* m_severity;
    QComboBox* m_order;
    QLabel* m_cell;
    QPushButton* m_clearCell;
    QLabel* m_count;
    QListView* m_gallery;
    QListWidget* m_ownImages;
    QWidget* m_ownStrip = nullptr;
    QTabWidget* m_tabs;
    RouteInspector* m_inspector;
    ErrorOverview* m_overview;
    evaluation::ImageFilter m_filter;
};

} // namespace hiernet::studio
