#include "studio/explore/ExplorePage.h"

#include "adapters/SeverityRows.h"
#include "studio/explore/CoarseRoutingPanel.h"
#include "studio/explore/ErrorOverview.h"
#include "studio/explore/EvaluatedImagesModel.h"
#include "studio/explore/ExploreSession.h"
#include "studio/explore/RouteInspector.h"
#include "studio/training/RunsList.h"
#include "studio/common/StudioSettings.h"
#include "studio/common/WidgetExport.h"

#include <QLocale>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QListWidget>
#include <QPixmap>
#include <QIcon>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hiernet::studio {

ExplorePage::ExplorePage(QWidget* parent)
    : QWidget(parent)
    , m_session(new ExploreSession(this))
    , m_model(new EvaluatedImagesModel(m_session, this))
    , m_run(new QComboBox)
    , m_split(new QComboBox)
    , m_open(new QPushButton(tr("Open")))
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_busy(new QProgressBar)
    , m_status(new QLabel(tr("Open a trained HierNet run to explore how its test images are routed.")))
    , m_outcome(new QComboBox)
    , m_class(new QComboBox)
    , m_predicted(new QComboBox)
    , m_answer(new QComboBox)
    , m_leftAt(new QComboBox)
    , m_severity(new QComboBox)
    , m_order(new QComboBox)
    , m_cell(new QLabel)
    , m_clearCell(new QPushButton(tr("✕")))
    , m_count(new QLabel)
    , m_gallery(new QListView)
    , m_ownImages(new QListWidget)
    , m_tabs(new QTabWidget)
    , m_inspector(new RouteInspector)
    , m_overview(new ErrorOverview)
{
    configureControls();
    setAcceptDrops(true); // your own images
    auto* browse = new QPushButton(tr("Browse…"));
    browse->setToolTip(tr("Choose a run directory"));
    auto* csv = new QPushButton(tr("Export list…"));
    csv->setToolTip(
        tr("Save the images the filters show as CSV (index, classes, where the route left the true path, confidence, severity)"));
    m_tabs->addTab(m_inspector, tr("Route"));
    m_tabs->addTab(m_overview, tr("Errors"));
    auto* images = new QWidget;
    auto* imagesLayout = new QVBoxLayout(images);
    imagesLayout->setContentsMargins(0, 0, 0, 0);
    imagesLayout->addWidget(ownImagesStrip());
    imagesLayout->addWidget(m_gallery, 1);
    auto* splitter = new QSplitter;
    splitter->addWidget(images);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(runRow(browse));
    layout->addWidget(m_status);
    layout->addLayout(filterRows(csv));
    layout->addWidget(splitter, 1);

    connect(browse, &QPushButton::clicked, this, &ExplorePage::chooseRun);
    connect(csv, &QPushButton::clicked, this, &ExplorePage::chooseCsv);
    connectLoading();
    connectViews();
    refreshRuns();
}

QWidget* ExplorePage::ownImagesStrip()
{
    m_ownStrip = new QWidget;
    auto* layout = new QVBoxLayout(m_ownStrip);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("<b>Your images</b> — click one for its route")));
    header->addStretch(1);
    auto* clear = new QPushButton(tr("Clear"));
    clear->setToolTip(tr("Remove your images from the page (the files stay)"));
    header->addWidget(clear);
    layout->addLayout(header);
    m_ownImages->setObjectName(QStringLiteral("ownImages"));
    m_ownImages->setViewMode(QListView::IconMode);
    m_ownImages->setFlow(QListView::LeftToRight);
    m_ownImages->setWrapping(false);
    m_ownImages->setIconSize({ 64, 64 });
    m_ownImages->setFixedHeight(112);
    layout->addWidget(m_ownImages);
    m_ownStrip->hide();
    connect(clear, &QPushButton::clicked, this, [this] {
        m_session->clearOwnImages();
        fillOwnImages();
    });
    connect(m_ownImages, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_session->explain(m_session->splitImageCount() + row);
    });
    return m_ownStrip;
}

void ExplorePage::fillOwnImages()
{
    const QSignalBlocker block(m_ownImages);
    m_ownImages->clear();
    const int first = m_session->splitImageCount();
    for (int i = 0; i < m_session->ownImageCount(); ++i) {
        const auto file = m_session->ownImageFile(first + i);
        auto* item = new QListWidgetItem(
            QIcon(QPixmap::fromImage(m_session->image(first + i).scaled(64, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation))),
            QFileInfo(file).fileName());
        item->setToolTip(file);
        m_ownImages->addItem(item);
    }
    m_ownStrip->setVisible(m_session->ownImageCount() > 0);
}

QStringList ExplorePage::addImages(const QStringList& paths)
{
    if (!m_session->isReady()) {
        m_status->setText(tr("Open a run first: your images are routed through its tree."));
        return {};
    }
    const int before = m_session->ownImageCount();
    QStringList skipped;
    for (const auto& [file, why] : m_session->addOwnImages(paths))
        skipped << tr("%1: %2").arg(QFileInfo(file).fileName(), why);
    fillOwnImages();
    const int added = m_session->ownImageCount() - before;
    m_status->setText(skipped.isEmpty()
            ? tr("%n image(s) added: click one for its route.", nullptr, added)
            : tr("%n image(s) added; skipped %1", nullptr, added).arg(skipped.join(QStringLiteral("; "))));
    if (added > 0)
        m_ownImages->setCurrentRow(before); // the first new one's route
    return skipped;
}

void ExplorePage::chooseImages()
{
    const auto files = QFileDialog::getOpenFileNames(
        this, tr("Open images"), QString(), tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.pgm *.ppm *.pnm *.tga);;All files (*)"));
    if (!files.isEmpty())
        addImages(files);
}

void ExplorePage::dragEnterEvent(QDragEnterEvent* event)
{
    if (!m_session->isReady() || !event->mimeData()->hasUrls())
        return;
    for (const auto& url : event->mimeData()->urls()) {
        const auto path = url.toLocalFile();
        // A run or a sweep folder opens through the window.
        if (path.isEmpty() || QFileInfo::exists(path + QStringLiteral("/run.json"))
            || QFileInfo::exists(path + QStringLiteral("/sweep.json")))
            return;
    }
    event->acceptProposedAction();
}

void ExplorePage::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const auto& url : event->mimeData()->urls())
        paths << url.toLocalFile();
    addImages(paths);
    event->acceptProposedAction();
}

void ExplorePage::configureControls()
{
    m_run->setEditable(true);
    m_run->setInsertPolicy(QComboBox::NoInsert);
    m_run->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_run->setMinimumContentsLength(30);
    m_split->addItem(tr("test"), int(data::Split::Test));
    m_split->addItem(tr("validation"), int(data::Split::Val));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    m_cancel->hide();
    m_status->setWordWrap(true);
    fillOutcomes(false);
    m_order->addItem(tr("by index"), int(evaluation::ImageFilter::Order::Index));
    m_order->addItem(tr("least confident first"), int(evaluation::ImageFilter::Order::ConfidenceAscending));
    m_order->addItem(tr("most confident first"), int(evaluation::ImageFilter::Order::ConfidenceDescending));
    m_clearCell->setToolTip(tr("Clear the confusion-cell filter"));
    m_severity->setToolTip(
        tr("Mistake severity of the fast prediction: the height of the lowest common ancestor of the true and the "
           "predicted class (0 = right, 1 = the right group, the tree's height = across the root)"));
    m_clearCell->hide();
    m_run->setToolTip(tr("The run to explore: one of the known HierNet runs, or a directory (a backbone run is explored as "
                         "its tree of one node)"));
    m_split->setToolTip(tr("The images to explore: the test split (reported once) or the validation split"));
    m_open->setToolTip(tr("Load the run and evaluate the split (once per checkpoint; cached in the run)"));
    m_cancel->setToolTip(tr("Stop loading the run"));
    m_outcome->setToolTip(tr("Which images: all, right, misrouted (the route left the true path), wrong class in the right "
                             "group, or fast and slow disagreeing"));
    m_class->setToolTip(tr("Only the images of this true class"));
    m_predicted->setToolTip(tr("Only the images the chosen answer gives this class (with a true class: one confusion cell)"));
    m_answer->setToolTip(tr("Whose answer the predicted class and the confidence order are: the tree's fast route, its slow "
                            "(conditional) answer, or the backbone it was transferred from"));
    m_leftAt->setToolTip(tr("Only the images whose route left the true path at this node"));
    m_order->setToolTip(tr("Sort by index, or by the confidence of the chosen answer"));

    m_answer->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_gallery->setModel(m_model);
    m_gallery->setViewMode(QListView::IconMode);
    m_gallery->setIconSize(QSize(48, 48));
    m_gallery->setGridSize(QSize(54, 54));
    m_gallery->setUniformItemSizes(true);
    m_gallery->setLayoutMode(QListView::Batched);
    m_gallery->setBatchSize(500);
    m_gallery->setResizeMode(QListView::Adjust);
    m_gallery->setMovement(QListView::Static);
    m_gallery->setSelectionMode(QAbstractItemView::SingleSelection);
}

QLayout* ExplorePage::runRow(QPushButton* browse)
{
    auto* openImages = new QPushButton(tr("Open images…"));
    openImages->setObjectName(QStringLiteral("openImages"));
    openImages->setToolTip(tr("Route your own images (PNG, JPEG, BMP, …; or drop files or a folder on the page): each is "
                              "converted to the run's input and explained like a test image"));
    connect(openImages, &QPushButton::clicked, this, &ExplorePage::chooseImages);
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Run")));
    row->addWidget(m_run, 1);
    row->addWidget(browse);
    row->addWidget(new QLabel(tr("Split")));
    row->addWidget(m_split);
    row->addWidget(m_open);
    row->addWidget(m_busy);
    row->addWidget(m_cancel);
    row->addWidget(openImages);
    return row;
}

QLayout* ExplorePage::filterRows(QPushButton* csv)
{
    auto* first = new QHBoxLayout;
    first->addWidget(new QLabel(tr("Show")));
    first->addWidget(m_outcome);
    first->addWidget(new QLabel(tr("true class")));
    first->addWidget(m_class);
    first->addWidget(new QLabel(tr("predicted")));
    first->addWidget(m_predicted);
    first->addWidget(new QLabel(tr("by")));
    first->addWidget(m_answer);
    first->addWidget(new QLabel(tr("sorted")));
    first->addWidget(m_order);
    first->addStretch(1);
    auto* second = new QHBoxLayout;
    second->addWidget(new QLabel(tr("left the path at")));
    second->addWidget(m_leftAt);
    second->addWidget(new QLabel(tr("severity")));
    second->addWidget(m_severity);
    second->addWidget(m_cell);
    second->addWidget(m_clearCell);
    second->addStretch(1);
    second->addWidget(m_count);
    second->addWidget(csv);
    auto* rows = new QVBoxLayout;
    rows->addLayout(first);
    rows->addLayout(second);
    return rows;
}

void ExplorePage::connectLoading()
{
    connect(m_open, &QPushButton::clicked, this,
        [this] { openRun(m_run->currentText().trimmed(), data::Split(m_split->currentData().toInt())); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_session->cancel();
        m_busy->hide();
        m_cancel->hide();
        m_open->setEnabled(true);
        m_status->setText(tr("Cancelled."));
    });
    connect(m_session, &ExploreSession::ready, this, &ExplorePage::onReady);
    connect(m_session, &ExploreSession::failed, this, [this](const QString& message) {
        m_busy->hide();
        m_cancel->hide();
        m_open->setEnabled(true);
        m_status->setText(tr("Could not open the run: %1").arg(message));
        Q_EMIT failed(message);
    });
}

void ExplorePage::connectViews()
{
    for (auto* combo : { m_outcome, m_class, m_predicted, m_answer, m_leftAt, m_severity, m_order })
        connect(combo, &QComboBox::currentIndexChanged, this, &ExplorePage::filterFromControls);
    connect(m_clearCell, &QPushButton::clicked, this, [this] {
        m_filter.node = -1;
        applyFilter();
    });
    connect(m_gallery->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        const int image = m_model->imageAt(current.row());
        if (image >= 0)
            m_session->explain(image);
    });
    connect(m_session, &ExploreSession::explained, this, [this](int image, const evaluation::RouteExplanation& explanation) {
        m_inspector->showRoute(m_session->image(image), explanation, m_session->ownImageFile(image));
        m_session->explainMaps(image, explanation);
        Q_EMIT routeShown(image);
    });
    connect(m_session, &ExploreSession::mapsReady, this, [this](int image, const QVector<CamMap>& maps) {
        m_inspector->showMaps(image, maps);
        Q_EMIT mapsShown(image);
    });
    connect(m_overview, &ErrorOverview::severityChosen, this, [this](int severity) {
        m_severity->setCurrentIndex(std::max(0, m_severity->findData(severity))); // filters through the combo's signal
        showErrorsTab(false);
    });
    connect(m_overview, &ErrorOverview::cellChosen, this, [this](int node, int trueChild, int chosenChild) {
        m_filter.node = node;
        m_filter.trueChild = trueChild;
        m_filter.chosenChild = chosenChild;
        applyFilter();
    });
    connectCoarseRouting();
    connect(m_inspector, &RouteInspector::exportRequested, this, [this] { exportView(m_inspector, QStringLiteral("route")); });
    connect(m_overview, &ErrorOverview::exportRequested, this, [this] { exportView(m_overview, QStringLiteral("errors")); });
    refreshRuns();
}

void ExplorePage::connectCoarseRouting()
{
    auto* coarse = m_overview->coarseRouting();
    connect(coarse, &CoarseRoutingPanel::thresholdChanged, this, [this](double threshold) {
        m_model->setCoarseThreshold(threshold);
        m_filter.coarseThreshold = threshold;
        if (m_filter.outcome == evaluation::ImageFilter::Outcome::StoppedAtGroup)
            applyFilter();
    });
    connect(coarse, &CoarseRoutingPanel::stoppedImagesRequested, this,
        [this] { m_outcome->setCurrentIndex(m_outcome->findData(int(evaluation::ImageFilter::Outcome::StoppedAtGroup))); });
}

ExplorePage::~ExplorePage() = default;

void ExplorePage::refreshRuns()
{
    fillWithKnownRuns(m_run, QStringLiteral("hiernet"));
}

void ExplorePage::openRun(const runs::RunFolder& folder, data::Split split)
{
    showLoading(QString::fromStdString(folder.directory()), split);
    m_session->open(folder, split);
}

void ExplorePage::openRun(const QString& directory, data::Split split)
{
    showLoading(directory, split);
    m_session->open(directory, split);
}

void ExplorePage::showLoading(const QString& directory, data::Split split)
{
    m_run->setCurrentText(directory);
    m_split->setCurrentIndex(std::max(0, m_split->findData(int(split))));
    m_busy->show();
    m_cancel->show();
    m_open->setEnabled(false);
    m_status->setText(tr("Loading %1 and evaluating its %2 split (once per checkpoint; cached in the run)…")
                          .arg(directory, QString::fromStdString(data::toString(split))));
}

void ExplorePage::onReady()
{
    m_busy->hide();
    m_cancel->hide();
    m_open->setEnabled(true);
    settings::rememberRun(m_session->directory());
    fillFilters();
    fillOwnImages(); // converted to this run's input
    const auto& e = m_session->evaluation();
    const auto& names = m_session->classNames();
    const bool backboneRun = m_session->isBackboneRun();
    m_inspector->setContext(names, m_session->hierarchy(), m_session->treeNodeIds());
    m_inspector->setBackboneRun(backboneRun);
    m_inspector->setBackboneNote(m_session->hasBackbone() || backboneRun
            ? QString()
            : tr("No backbone maps or severities to compare with: %1").arg(m_session->noBackboneReason()));
    m_overview->setEvaluation(e, QFileInfo(m_session->directory()).fileName(), backboneRun);
    const auto cached = m_session->fromCache() ? tr(" · evaluation read from the run's cache") : QString();
    if (backboneRun)
        m_status->setText(tr("%1 · a backbone run, explored as a tree of one node · %2 images · top-1 %3 %%4")
                              .arg(m_session->directory())
                              .arg(e.count)
                              .arg(QLocale().toString(100 * e.routingTop1, 'f', 2), cached));
    else
        m_status->setText(tr("%1 · %2 images · fast %3 % · slow %4 %%5")
                              .arg(m_session->directory())
                              .arg(e.count)
                              .arg(QLocale().toString(100 * e.routingTop1, 'f', 2))
                              .arg(QLocale().toString(100 * e.conditionalTop1, 'f', 2))
                              .arg(cached));
    m_filter = {};
    filterFromControls();
    if (m_pendingView) {
        showView(*m_pendingView);
        m_pendingView.reset();
    }
    Q_EMIT ready();
}

void ExplorePage::fillOutcomes(bool backboneRun)
{
    using Outcome = evaluation::ImageFilter::Outcome;
    const QSignalBlocker block(m_outcome);
    m_outcome->clear();
    m_outcome->addItem(tr("All images"), int(Outcome::All));
    m_outcome->addItem(tr("Correct"), int(Outcome::Correct));
    if (backboneRun) { // one node: nothing is misrouted, every mistake is a wrong class
        m_outcome->addItem(tr("Wrong"), int(Outcome::WrongInGroup));
    } else {
        m_outcome->addItem(tr("Misrouted"), int(Outcome::Misrouted));
        m_outcome->addItem(tr("Wrong class in the right group"), int(Outcome::WrongInGroup));
        m_outcome->addItem(tr("Fast and slow disagree"), int(Outcome::FastSlowDisagree));
    }
    m_outcome->addItem(tr("Stop at a group when unsure (τ)"), int(Outcome::StoppedAtGroup));
}

void ExplorePage::fillFilters()
{
    const bool backboneRun = m_session->isBackboneRun();
    fillOutcomes(backboneRun);
    m_leftAt->setEnabled(!backboneRun);
    m_severity->setEnabled(!backboneRun);
    const auto& e = m_session->evaluation();
    const auto& names = m_session->classNames();
    {
        const QSignalBlocker a(m_class), b(m_leftAt), c(m_severity), d(m_predicted), f(m_answer);
        m_severity->clear();
        m_severity->addItem(tr("any"), -1);
        const auto counts = e.severities().fast.histogram;
        for (int s = 0; s <= e.maxSeverity; ++s)
            m_severity->addItem(s == 0   ? tr("0: right (%1)").arg(counts[0])
                    : s == e.maxSeverity ? tr("%1: across the root (%2)").arg(s).arg(counts[std::size_t(s)])
                                         : tr("%1 (%2)").arg(s).arg(counts[std::size_t(s)]),
                s);
        for (auto* combo : { m_class, m_predicted }) {
            combo->clear();
            combo->addItem(tr("any"), -1);
            for (std::size_t c = 0; c < names.size(); ++c)
                combo->addItem(QString::fromStdString(names[c]), int(c));
        }
        m_answer->clear();
        if (backboneRun) // its tree's one answer is the backbone's
            m_answer->addItem(predictorName(evaluation::Predictor::Backbone), int(evaluation::Predictor::HierNetFast));
        for (auto predictor :
            { evaluation::Predictor::HierNetFast, evaluation::Predictor::HierNetSlow, evaluation::Predictor::Backbone })
            if (!backboneRun && e.has(predictor))
                m_answer->addItem(predictorName(predictor), int(predictor));
        m_leftAt->clear();
        m_leftAt->addItem(tr("any node"), -1);
        for (std::size_t t = 0; t < e.nodes.size(); ++t)
            if (!e.nodes[t].childNames.empty() && e.nodes[t].misroutedHere > 0)
                m_leftAt->addItem(
                    tr("%1 (%2)").arg(QString::fromStdString(e.nodes[t].name)).arg(e.nodes[t].misroutedHere), int(t));
    }
}

void ExplorePage::showView(const View& view)
{
    showErrorsTab(view.errorsTab);
    m_overview->showSection(view.errorsSection);
    m_overview->coarseRouting()->setThreshold(view.coarseThreshold);
    setFilter(view.filter);
    selectImage(m_model->imageAt(view.position));
}

void ExplorePage::showWhenReady(const View& view)
{
    m_pendingView = view;
}

void ExplorePage::filterFromControls()
{
    m_filter.outcome = evaluation::ImageFilter::Outcome(m_outcome->currentData().toInt());
    m_filter.trueClass = m_class->currentData().isValid() ? m_class->currentData().toInt() : -1;
    m_filter.predictedClass = m_predicted->currentData().isValid() ? m_predicted->currentData().toInt() : -1;
    m_filter.answer = m_answer->currentData().isValid() ? evaluation::Predictor(m_answer->currentData().toInt())
                                                        : evaluation::Predictor::HierNetFast;
    m_filter.leftPathAt = m_leftAt->currentData().isValid() ? m_leftAt->currentData().toInt() : -1;
    m_filter.severity = m_severity->currentData().isValid() ? m_severity->currentData().toInt() : -1;
    m_filter.order = evaluation::ImageFilter::Order(m_order->currentData().toInt());
    applyFilter();
}

void ExplorePage::setFilter(const evaluation::ImageFilter& filter)
{
    {
        const QSignalBlocker a(m_outcome), b(m_class), c(m_leftAt), d(m_order), s(m_severity), p(m_predicted), w(m_answer);
        m_severity->setCurrentIndex(std::max(0, m_severity->findData(filter.severity)));
        m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(int(filter.outcome))));
        m_class->setCurrentIndex(std::max(0, m_class->findData(filter.trueClass)));
        m_predicted->setCurrentIndex(std::max(0, m_predicted->findData(filter.predictedClass)));
        m_answer->setCurrentIndex(std::max(0, m_answer->findData(int(filter.answer))));
        m_leftAt->setCurrentIndex(std::max(0, m_leftAt->findData(filter.leftPathAt)));
        m_order->setCurrentIndex(std::max(0, m_order->findData(int(filter.order))));
    }
    m_filter = filter;
    if (!m_session->isReady() || !m_session->evaluation().has(m_filter.answer))
        m_filter.answer = evaluation::Predictor::HierNetFast; // the backbone's answers are not at hand for this run
    if (m_filter.outcome == evaluation::ImageFilter::Outcome::StoppedAtGroup)
        m_overview->coarseRouting()->setThreshold(m_filter.coarseThreshold); // the gallery's marks follow
    m_filter.coarseThreshold = m_overview->coarseRouting()->threshold();
    applyFilter();
}

void ExplorePage::applyFilter()
{
    if (!m_session->isReady())
        return;
    const auto& e = m_session->evaluation();
    const auto found = evaluation::filterImages(e, m_filter);
    const QVector<int> images(found.begin(), found.end());
    m_model->setImages(images);
    m_count->setText(tr("%1 of %2 images").arg(images.size()).arg(e.count));
    const bool cell = m_filter.node >= 0 && std::size_t(m_filter.node) < e.nodes.size();
    if (cell) {
        const auto& node = e.nodes[std::size_t(m_filter.node)];
        m_cell->setText(tr("at %1: true %2, chose %3")
                            .arg(QString::fromStdString(node.name),
                                QString::fromStdString(node.childNames.at(std::size_t(m_filter.trueChild))),
                                QString::fromStdString(node.childNames.at(std::size_t(m_filter.chosenChild)))));
    }
    m_cell->setVisible(cell);
    m_clearCell->setVisible(cell);
    if (!images.isEmpty())
        m_gallery->setCurrentIndex(m_model->index(0));
}

bool ExplorePage::selectImage(int image)
{
    const int row = m_model->rowOf(image);
    if (row < 0)
        return false;
    m_gallery->setCurrentIndex(m_model->index(row));
    return true;
}

void ExplorePage::showErrorsTab(bool errors)
{
    m_tabs->setCurrentWidget(errors ? static_cast<QWidget*>(m_overview) : m_inspector);
}

QString ExplorePage::statusText() const
{
    return m_status->text();
}

bool ExplorePage::exportCsv(const QString& file) const
{
    if (!m_session->isReady())
        return false;
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const auto& shown = m_model->images();
    const auto csv
        = evaluation::imagesCsv(m_session->evaluation(), std::vector<int>(shown.begin(), shown.end()), m_session->classNames());
    return out.write(csv.data(), qint64(csv.size())) == qint64(csv.size());
}

void ExplorePage::chooseRun()
{
    const auto dir = QFileDialog::getExistingDirectory(this, tr("HierNet run"), settings::runsFolder.value());
    if (!dir.isEmpty())
        openRun(dir, data::Split(m_split->currentData().toInt()));
}

void ExplorePage::exportView(QWidget* view, const QString& name)
{
    const auto file = QFileDialog::getSaveFileName(
        this, tr("Export"), name + QStringLiteral(".png"), tr("PNG image (*.png);;PDF document (*.pdf)"));
    if (!file.isEmpty() && !exportWidget(view, file))
        QMessageBox::warning(this, tr("Export"), tr("Could not write %1.").arg(file));
}

void ExplorePage::chooseCsv()
{
    const auto file
        = QFileDialog::getSaveFileName(this, tr("Export the filtered list"), QStringLiteral("images.csv"), tr("CSV (*.csv)"));
    if (!file.isEmpty() && !exportCsv(file))
        QMessageBox::warning(this, tr("Export"), tr("Could not write %1.").arg(file));
}

} // namespace hiernet::studio
