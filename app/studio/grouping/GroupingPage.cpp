#include "studio/grouping/GroupingPage.h"

#include "ConfusionHeatmap.h"
#include "Dendrogram.h"
#include "GroupCountPlot.h"
#include "GroupSizeHistogram.h"
#include "studio/common/ClassFinder.h"
#include "studio/grouping/GroupingSession.h"
#include "studio/grouping/HierarchyModel.h"
#include "studio/grouping/MergeStepper.h"
#include "studio/common/StudioSettings.h"
#include "grouping/GroupingQuality.h"
#include "grouping/HierarchyComparison.h"

#include <QLocale>
#include <QAction>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace hiernet::studio {

namespace {
// The slider spans p_min from 1e-5 to 2 (a pair sum of CPM entries is at most 2) on a log scale.
constexpr double sliderLow = 1e-5;
constexpr double sliderHigh = 2.0;
constexpr int sliderSteps = 1000;

int sliderPosition(double pMin)
{
    const double t = (std::log(std::clamp(pMin, sliderLow, sliderHigh)) - std::log(sliderLow))
        / (std::log(sliderHigh) - std::log(sliderLow));
    return int(std::lround(t * sliderSteps));
}

double sliderValue(int position)
{
    return std::exp(std::log(sliderLow) + double(position) / sliderSteps * (std::log(sliderHigh) - std::log(sliderLow)));
}

QPixmap thumbnailStrip(const QVector<QImage>& images, int count, int size)
{
    QPixmap strip(size * count + 2 * (count - 1), size);
    strip.fill(Qt::transparent);
    QPainter painter(&strip);
    for (int i = 0; i < std::min<int>(count, int(images.size())); ++i)
        painter.drawImage(QRect(i * (size + 2), 0, size, size), images[i]);
    return strip;
}
} // namespace

GroupingPage::GroupingPage(GroupingSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_pMin(new QDoubleSpinBox)
    , m_slider(new QSlider(Qt::Horizontal))
    , m_gMax(new QSpinBox)
    , m_levels(new QLineEdit)
    , m_status(new QLabel(tr("Open a backbone run (its cpm.json) to group its classes.")))
    , m_summary(new QLabel)
    , m_comparison(new QLabel)
    , m_quality(new QLabel)
    , m_balance(new QSlider(Qt::Horizontal))
    , m_balanceValue(new QLabel)
    , m_tree(new QTreeView)
    , m_model(new HierarchyModel(this))
    , m_groupsShown(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit)
    , m_finder(new ClassFinder)
    , m_sizes(new widgets::GroupSizeHistogram)
    , m_dendrogram(new widgets::Dendrogram)
    , m_countPlot(new widgets::GroupCountPlot)
{
    m_stepper = new MergeStepper(session);
    configureViews();
    auto* splitter = new QSplitter;
    splitter->addWidget(groupsBox());
    splitter->addWidget(pictures());
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 380, 900 });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controlsRow());
    layout->addWidget(m_status);
    layout->addWidget(m_stepper);
    layout->addWidget(splitter, 1);
    connect(m_slider, &QSlider::valueChanged, this, [this](int position) { m_session->setPMin(sliderValue(position)); });
    connect(m_pMin, &QDoubleSpinBox::valueChanged, m_session, &GroupingSession::setPMin);
    connect(m_gMax, &QSpinBox::valueChanged, m_session, &GroupingSession::setGMax);
    connect(m_levels, &QLineEdit::editingFinished, this, [this] { m_session->setLevels(m_levels->text()); });
    connect(m_balance, &QSlider::valueChanged, this, [this](int tenths) { m_session->setBalance(tenths / 10.0); });
    connect(m_stepper, &MergeStepper::stepChanged, this, &GroupingPage::showStep);
    connect(m_dendrogram, &widgets::Dendrogram::cutDragged, m_session, &GroupingSession::setPMin);
    connect(m_countPlot, &widgets::GroupCountPlot::pMinClicked, m_session, &GroupingSession::setPMin);
    connect(m_model, &HierarchyModel::moveRequested, m_session, &GroupingSession::moveClasses);
    connect(m_model, &HierarchyModel::renameRequested, m_session, &GroupingSession::renameNode);
    connect(m_finder, &ClassFinder::classFound, this, &GroupingPage::showFound);
    connect(m_finder, &ClassFinder::notFound, this,
        [this](const QString& text) { setStatus(tr("No class is called or contains “%1”.").arg(text)); });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_groupsShown->setFilterFixedString(text);
        m_tree->expandAll();
    });
    connect(m_session, &GroupingSession::cpmChanged, this, &GroupingPage::showCpm);
    connect(m_session, &GroupingSession::mergesChanged, this, &GroupingPage::showMerges);
    connect(m_session, &GroupingSession::stateChanged, this, &GroupingPage::showState);
    connect(m_session, &GroupingSession::problem, this, &GroupingPage::setStatus);
    connect(m_session, &GroupingSession::notice, this, &GroupingPage::setStatus);
    if (m_session->hasCpm()) {
        showCpm();
        showMerges();
    }
    showState();
}

void GroupingPage::configureViews()
{
    m_heatmap = new widgets::ConfusionHeatmap;
    m_heatmap->setMinimumWidth(300); // class names on both axes and the colour scale need the room
    m_heatmap->setToolTip(tr("The CPM in the order of the groups at this step; the two groups the step merges are marked"));
    m_balance->setRange(0, 40); // α in tenths
    m_balance->setMaximumWidth(120);
    m_balance->setToolTip(tr("Balance α: pairs are ranked by proximity × (2 / size of the union)^α, so large groups need closer "
                             "pairs; 0 is the paper's rule"));
    m_quality->setWordWrap(true);
    m_quality->setTextFormat(Qt::RichText);
    m_quality->setToolTip(tr("Worked out from the CPM alone, before any HierNet is trained: the share of each group's CPM mass "
                             "that stays inside it is the backbone's own chance to route an image of it right at the root"));
    m_pMin->setDecimals(6);
    m_pMin->setRange(0.0, sliderHigh);
    m_pMin->setSingleStep(0.0005);
    m_pMin->setToolTip(tr("p_min: two groups merge only while their proximity (their mutual confusion in the CPM) is above it"));
    m_slider->setRange(0, sliderSteps);
    m_slider->setToolTip(tr("p_min on a log scale from 1e-5 to 2: groups merge while their proximity is above it"));
    m_gMax->setRange(1, 100000);
    m_gMax->setToolTip(tr("g_max: the largest group the grouping may make"));
    m_levels->setPlaceholderText(tr("further levels, e.g. 0.05:5"));
    m_levels->setToolTip(tr("Deeper trees: each P:G regroups inside every group of the level above"));
    m_status->setWordWrap(true);
    m_comparison->setWordWrap(true);
    m_comparison->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    // The group list filtered by name: a group stays when it or one of its classes matches.
    m_groupsShown->setSourceModel(m_model);
    m_groupsShown->setRecursiveFilteringEnabled(true);
    m_groupsShown->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter groups and classes by name…"));
    m_filter->setToolTip(tr("Show only the groups whose name, or one of whose classes' names, contains this text"));
    m_sizes->setToolTip(tr("How many first-level groups have each size"));
    m_tree->setModel(m_groupsShown);
    m_tree->setHeaderHidden(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setIconSize(QSize(3 * 24 + 4, 24));
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
}

QLayout* GroupingPage::controlsRow()
{
    auto* openButton = new QPushButton(tr("Open run…"));
    openButton->setToolTip(tr("Open a backbone run to group the classes of its CPM"));
    auto* controls = new QHBoxLayout;
    controls->addWidget(openButton);
    controls->addWidget(new QLabel(tr("p_min")));
    controls->addWidget(m_slider, 1);
    controls->addWidget(m_pMin);
    controls->addWidget(new QLabel(tr("g_max")));
    controls->addWidget(m_gMax);
    controls->addWidget(new QLabel(tr("Levels")));
    controls->addWidget(m_levels);
    controls->addWidget(new QLabel(tr("Balance α")));
    controls->addWidget(m_balance);
    controls->addWidget(m_balanceValue);
    controls->addWidget(m_finder);

    connect(openButton, &QPushButton::clicked, this, &GroupingPage::chooseCpm);
    return controls;
}

QLayout* GroupingPage::editsRow()
{
    auto* undoAction = m_session->history()->createUndoAction(this, tr("Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    auto* redoAction = m_session->history()->createRedoAction(this, tr("Redo"));
    redoAction->setShortcut(QKeySequence::Redo);
    addAction(undoAction);
    addAction(redoAction);
    auto toolButton = [](QAction* action) {
        auto* button = new QToolButton;
        button->setDefaultAction(action);
        return button;
    };
    auto* merge = new QPushButton(tr("Merge groups"));
    merge->setToolTip(tr("Merge the selected groups into the first one"));
    auto* split = new QPushButton(tr("Split off"));
    split->setToolTip(tr("Move the selected classes of one group into a new group"));
    auto* rename = new QPushButton(tr("Rename…"));
    rename->setToolTip(tr("Rename the selected group"));
    auto* edits = new QHBoxLayout;
    edits->addWidget(toolButton(undoAction));
    edits->addWidget(toolButton(redoAction));
    edits->addWidget(merge);
    edits->addWidget(split);
    edits->addWidget(rename);
    edits->addStretch(1);
    connect(merge, &QPushButton::clicked, this, [this] { m_session->mergeGroups(selectedNodes(false)); });
    connect(split, &QPushButton::clicked, this, [this] {
        QList<int> classes;
        for (int node : selectedNodes(true))
            classes << m_session->hierarchy().node(node).classId;
        m_session->splitClasses(classes);
    });
    connect(rename, &QPushButton::clicked, this, &GroupingPage::chooseName);
    return edits;
}

QLayout* GroupingPage::filesRow()
{
    auto* load = new QPushButton(tr("Load…"));
    load->setToolTip(tr("Load a hierarchy: a hierarchy file or the dataset's coarse labels"));
    auto* loadMenu = new QMenu(load);
    loadMenu->addAction(tr("Hierarchy file…"), this, &GroupingPage::chooseHierarchy);
    loadMenu->addAction(tr("Dataset's coarse labels"), m_session, &GroupingSession::useCoarseLabels);
    load->setMenu(loadMenu);
    auto* compare = new QPushButton(tr("Compare…"));
    auto* compareMenu = new QMenu(compare);
    compareMenu->addAction(tr("With a hierarchy file…"), this, &GroupingPage::chooseComparison);
    compareMenu->addAction(tr("With the dataset's coarse labels"), this, [this] { compareWith(QStringLiteral("coarse")); });
    compare->setMenu(compareMenu);
    compare->setToolTip(tr("Compare the groups with another hierarchy (adjusted Rand index and the classes that moved)"));
    auto* saveButton = new QPushButton(tr("Save hierarchy…"));
    saveButton->setToolTip(tr("Save the groups as hierarchy.json for the HierNet page or hiernet train-hiernet"));
    connect(saveButton, &QPushButton::clicked, this, &GroupingPage::chooseSave);
    auto* sweep = new QPushButton(tr("Sweep…"));
    sweep->setObjectName(QStringLiteral("sweepButton"));
    sweep->setToolTip(tr("Train HierNets over a grid of p_min / g_max around these values, then compare them (Compare page)"));
    connect(sweep, &QPushButton::clicked, this, &GroupingPage::sweepRequested);
    auto* files = new QHBoxLayout;
    files->addWidget(load);
    files->addWidget(compare);
    files->addWidget(saveButton);
    files->addWidget(sweep);
    files->addStretch(1);
    return files;
}

QGroupBox* GroupingPage::groupsBox()
{
    auto* box = new QGroupBox(tr("Groups (drag a class onto a group; double-click a group to rename)"));
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(editsRow());
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_sizes);
    layout->addWidget(m_quality);
    layout->addLayout(filesRow());
    layout->addWidget(m_comparison);
    return box;
}

QWidget* GroupingPage::pictures()
{
    auto* pictures = new QSplitter;
    pictures->addWidget(m_dendrogram);
    pictures->addWidget(m_heatmap);
    pictures->setStretchFactor(0, 1);
    pictures->setStretchFactor(1, 1);
    pictures->setSizes({ 1000, 1000 }); // the heatmap is square: it needs as much width as the dendrogram
    auto* right = new QSplitter(Qt::Vertical);
    right->addWidget(pictures);
    right->addWidget(m_countPlot);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    return right;
}

GroupingPage::~GroupingPage() = default;

void GroupingPage::showCpm()
{
    setStatus(m_session->cpmDescription());
    m_comparison->clear();
    m_reference.reset();
    const auto& cpm = m_session->cpm();
    QStringList names;
    for (const auto& name : cpm.classes)
        names << QString::fromStdString(name);
    m_heatmap->setMatrix(QVector<double>(cpm.values.begin(), cpm.values.end()), cpm.size(), names, tr("CPM"));
    m_finder->setClasses(names);
    m_heatmap->setLogScale(true);
    updateThumbnails();
}

void GroupingPage::showMerges()
{
    const auto* engine = m_session->engine();
    if (!engine)
        return;
    QStringList names;
    for (const auto& name : m_session->cpm().classes)
        names << QString::fromStdString(name);
    QVector<widgets::DendrogramMerge> merges;
    for (const auto& m : engine->merges())
        merges << widgets::DendrogramMerge { m.first, m.second, m.result, m.proximity };
    m_dendrogram->setTree(names, merges);
    m_dendrogram->setCut(m_session->pMin());
    const auto curve = engine->countCurve();
    m_countPlot->setSteps(QVector<double>(curve.thresholds.begin(), curve.thresholds.end()),
        QVector<double>(curve.counts.begin(), curve.counts.end()));
}

void GroupingPage::showState()
{
    const auto& state = m_session->state();
    {
        const QSignalBlocker blockSpin(m_pMin), blockSlider(m_slider), blockG(m_gMax), blockLevels(m_levels);
        m_pMin->setValue(state.pMin);
        if (!m_slider->isSliderDown())
            m_slider->setValue(sliderPosition(state.pMin));
        m_gMax->setValue(state.gMax);
        m_levels->setText(state.levels);
        const QSignalBlocker blockBalance(m_balance);
        m_balance->setValue(int(std::lround(state.balance * 10)));
    }
    m_balanceValue->setText(QString::number(state.balance, 'g', 2));
    if (m_model->hierarchy() != state.hierarchy) {
        m_model->setHierarchy(state.hierarchy);
        m_tree->expandAll();
    }
    m_dendrogram->setCut(state.pMin);
    QVector<widgets::DendrogramSubtree> subtrees;
    for (const auto& tree : m_session->levelTrees()) {
        widgets::DendrogramSubtree sub;
        sub.leaves = QVector<int>(tree.classes.begin(), tree.classes.end());
        for (const auto& m : tree.merges)
            sub.merges << widgets::DendrogramMerge { m.first, m.second, m.result, m.proximity };
        sub.cut = tree.pMin;
        sub.level = tree.level;
        subtrees << sub;
    }
    m_dendrogram->setSubtrees(subtrees);
    m_countPlot->setEmpty(!m_session->hasCpm()); // nothing open: no empty axes
    if (const auto* engine = m_session->engine())
        m_countPlot->setCurrent(state.pMin, m_session->cpm().size() - engine->mergeCount(state.pMin));
    updateSummary();
    updateComparison(); // before the quality line, which shows its adjusted Rand index
    updateQuality();
}

void GroupingPage::showStep(int step)
{
    const auto* engine = m_session->engine();
    if (!engine)
        return;
    // The heatmap in the order of the groups at this step, the merge it makes marked everywhere.
    QVector<int> order, starts;
    for (const auto& group : engine->groupsAfter(step)) {
        starts << int(order.size());
        order += QVector<int>(group.begin(), group.end());
    }
    m_heatmap->setOrder(order, starts);
    m_heatmap->setHighlight(m_stepper->mergedFirst(), m_stepper->mergedSecond());
    m_dendrogram->setHighlightedMerge(step > 0 && step < engine->mergeCount(m_session->pMin()) + 1 ? step - 1 : -1);
    m_model->setMarked(m_stepper->mergedFirst(), m_stepper->mergedSecond());
}

void GroupingPage::setDataset(const DatasetPreview& preview)
{
    m_sampleNames = preview.classNames;
    m_sampleStrips.clear();
    for (const auto& samples : preview.samples)
        m_sampleStrips << thumbnailStrip(samples, 3, 24);
    updateThumbnails();
}

void GroupingPage::updateThumbnails()
{
    // Thumbnails only when the dataset's classes are the CPM's.
    const auto& cpm = m_session->cpm();
    bool same = m_sampleNames.size() == cpm.size();
    for (int i = 0; same && i < m_sampleNames.size(); ++i)
        same = m_sampleNames[i].toStdString() == cpm.classes[std::size_t(i)];
    m_model->setThumbnails(same ? m_sampleStrips : QVector<QPixmap>());
    m_tree->expandAll();
}

void GroupingPage::updateSummary()
{
    const auto& state = m_session->state();
    const auto& h = state.hierarchy;
    m_sizes->setVisible(!h.nodes().empty());
    if (h.nodes().empty()) {
        m_summary->clear();
        return;
    }
    const auto stats = h.statistics();
    m_sizes->setSizes(QVector<int>(stats.firstLevelSizes.begin(), stats.firstLevelSizes.end()));
    m_summary->setText(tr("%1 first-level groups · %2 leaf groups · depth %3 · balance %4 · from %5")
                           .arg(stats.firstLevelSizes.size())
                           .arg(h.leafGroups().size())
                           .arg(stats.depth)
                           .arg(QLocale().toString(stats.balance, 'f', 2))
                           .arg(state.source));
}

void GroupingPage::updateQuality()
{
    const auto groups = m_session->firstLevelGroups();
    if (groups.empty() || !m_session->hasCpm()) {
        m_quality->clear();
        m_model->setNotes({});
        return;
    }
    const auto quality = grouping::assessGrouping(m_session->cpm(), groups);
    QString text
        = tr("<b>What the CPM promises</b>: root accuracy ≈ %1 %").arg(QLocale().toString(100 * quality.rootEstimate, 'f', 1));
    if (quality.rootEstimateHard >= 0)
        text += tr(" (%1 % of the validation images were predicted inside their group)")
                    .arg(QLocale().toString(100 * quality.rootEstimateHard, 'f', 1));
    text += tr(" · group sizes %1 to %2, entropy %3 bits, balance %4")
                .arg(quality.smallest)
                .arg(quality.largest)
                .arg(QLocale().toString(quality.sizeEntropy, 'f', 2))
                .arg(QLocale().toString(quality.balance, 'f', 2));
    if (m_referenceAri)
        text += tr(" · adjusted Rand index %1 against %2")
                    .arg(QLocale().toString(*m_referenceAri, 'f', 3))
                    .arg(m_referenceName.toHtmlEscaped());
    m_quality->setText(text);
    QMap<int, QString> notes;
    const auto& top = m_session->hierarchy().node(0).children;
    for (std::size_t i = 0; i < top.size() && i < quality.groups.size(); ++i)
        notes[top[i]] = tr("%1 % stays inside").arg(QLocale().toString(100 * quality.groups[i].withinMass, 'f', 1));
    m_model->setNotes(notes);
}

QString GroupingPage::qualityText() const
{
    return m_quality->text();
}

QString GroupingPage::statusText() const
{
    return m_status->text();
}

QString GroupingPage::comparisonText() const
{
    return m_comparison->text();
}

void GroupingPage::setStatus(const QString& text)
{
    m_status->setText(text);
}

bool GroupingPage::compareWith(const QString& pathOrCoarse)
{
    const auto& current = m_session->hierarchy();
    if (current.nodes().empty()) {
        setStatus(tr("Nothing to compare yet: open a run or load a hierarchy first."));
        return false;
    }
    try {
        grouping::Hierarchy other;
        QString otherName;
        if (pathOrCoarse == QLatin1String("coarse")) {
            other = m_session->coarseHierarchy();
            otherName = tr("the coarse labels");
        } else {
            other = grouping::Hierarchy::load(pathOrCoarse.toStdString(), m_session->classNames());
            otherName = QFileInfo(pathOrCoarse).fileName();
        }
        grouping::compareHierarchies(current, other); // throws when the classes differ
        m_reference = std::move(other);
        m_referenceName = otherName;
        updateComparison();
        updateQuality();
        return true;
    } catch (const std::exception& e) {
        setStatus(tr("Cannot compare: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
}

void GroupingPage::updateComparison()
{
    m_referenceAri.reset();
    if (!m_reference || m_session->hierarchy().nodes().empty())
        return;
    const auto& current = m_session->hierarchy();
    const QString otherName = m_referenceName;
    try {
        const auto result = grouping::compareHierarchies(current, *m_reference);
        m_referenceAri = result.leafGroupAri;
        QString text = tr("Compared with <b>%1</b>: adjusted Rand index %2 (leaf groups), %3 (first level). ")
                           .arg(otherName.toHtmlEscaped())
                           .arg(QLocale().toString(result.leafGroupAri, 'f', 3))
                           .arg(QLocale().toString(result.firstLevelAri, 'f', 3));
        if (result.moved.empty()) {
            text += tr("No class moved.");
        } else {
            QStringList moved;
            for (const auto& m : result.moved)
                moved << tr("%1: %2 → %3")
                             .arg(QString::fromStdString(current.classNames()[std::size_t(m.classId)]),
                                 QString::fromStdString(m.from), QString::fromStdString(m.to))
                             .toHtmlEscaped();
            text += (moved.size() == 1 ? tr("1 class moved: ") : tr("%1 classes moved: ").arg(moved.size()))
                + moved.join(QStringLiteral("; "));
        }
        m_comparison->setText(text);
    } catch (const std::exception&) {
        m_comparison->clear(); // another CPM's classes: nothing to compare
    }
}

QList<int> GroupingPage::selectedNodes(bool classes) const
{
    QList<int> nodes;
    const auto& h = m_session->hierarchy();
    for (const auto& index : m_tree->selectionModel()->selectedIndexes()) {
        const int node = index.data(HierarchyModel::NodeRole).toInt();
        if (h.node(node).isClass() == classes)
            nodes << node;
    }
    return nodes;
}

bool GroupingPage::findClass(const QString& text)
{
    return m_finder->find(text) >= 0;
}

void GroupingPage::showFound(int classIndex)
{
    m_heatmap->centreOnClass(classIndex);
    m_dendrogram->centreOnLeaf(classIndex);
    const auto& h = m_session->hierarchy();
    const QString name = QString::fromStdString(m_session->cpm().classes[std::size_t(classIndex)]);
    if (h.nodes().empty()) {
        setStatus(tr("%1: class %2 of %3.").arg(name).arg(classIndex).arg(m_session->cpm().size()));
        return;
    }
    const int node = h.classNode(classIndex);
    const auto source = m_model->indexOfNode(node);
    if (!m_groupsShown->mapFromSource(source).isValid())
        m_filter->clear(); // the filter hid it
    const auto shown = m_groupsShown->mapFromSource(source);
    m_tree->expand(shown.parent());
    m_tree->scrollTo(shown, QAbstractItemView::PositionAtCenter);
    m_tree->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect);
    setStatus(tr("%1: in group “%2”.").arg(name, QString::fromStdString(h.node(h.node(node).parent).name)));
}

void GroupingPage::chooseName()
{
    const auto groups = selectedNodes(false);
    if (groups.size() != 1) {
        setStatus(tr("Select one group to rename."));
        return;
    }
    bool ok = false;
    const auto name = QInputDialog::getText(this, tr("Rename group"), tr("Name"), QLineEdit::Normal,
        QString::fromStdString(m_session->hierarchy().node(groups[0]).name), &ok);
    if (ok)
        m_session->renameNode(groups[0], name);
}

void GroupingPage::chooseCpm()
{
    const auto dir = QFileDialog::getExistingDirectory(this, tr("Backbone run directory"), settings::runsFolder.value());
    if (!dir.isEmpty())
        m_session->openCpm(dir);
}

void GroupingPage::chooseHierarchy()
{
    const auto file = QFileDialog::getOpenFileName(
        this, tr("Load hierarchy"), QFileInfo(m_session->cpmPath()).path(), tr("Hierarchy (*.json)"));
    if (!file.isEmpty())
        m_session->loadHierarchy(file);
}

void GroupingPage::chooseComparison()
{
    const auto file = QFileDialog::getOpenFileName(
        this, tr("Compare with hierarchy"), QFileInfo(m_session->cpmPath()).path(), tr("Hierarchy (*.json)"));
    if (!file.isEmpty())
        compareWith(file);
}

void GroupingPage::chooseSave()
{
    if (m_session->hierarchy().nodes().empty()) {
        setStatus(tr("Nothing to save yet: open a run first."));
        return;
    }
    const QString saved = m_session->savedPath();
    const QString suggestion
        = saved.isEmpty() ? QDir(QFileInfo(m_session->cpmPath()).path()).filePath(QStringLiteral("hierarchy.json")) : saved;
    const auto file = QFileDialog::getSaveFileName(this, tr("Save hierarchy"), suggestion, tr("Hierarchy (*.json)"));
    if (!file.isEmpty())
        m_session->save(file);
}

} // namespace hiernet::studio
