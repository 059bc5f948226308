#include "GroupingPage.h"

#include "Dendrogram.h"
#include "GroupCountPlot.h"
#include "HierarchyModel.h"
#include "StudioSettings.h"
#include "grouping/GroupingEngine.h"
#include "grouping/HierarchyBuilder.h"
#include "grouping/HierarchyComparison.h"

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
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QUndoCommand>
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
    const double t = (std::log(std::clamp(pMin, sliderLow, sliderHigh)) - std::log(sliderLow)) / (std::log(sliderHigh) - std::log(sliderLow));
    return int(std::lround(t * sliderSteps));
}

double sliderValue(int position)
{
    return std::exp(std::log(sliderLow) + double(position) / sliderSteps * (std::log(sliderHigh) - std::log(sliderLow)));
}

/// One step of the page's history. Consecutive slider moves merge into one step.
class GroupingCommand : public QUndoCommand
{
public:
    GroupingCommand(GroupingPage* page, const QString& text, GroupingState before, GroupingState after, bool slider)
        : QUndoCommand(text)
        , m_page(page)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_slider(slider)
    {
    }
    void undo() override { m_page->applyState(m_before); }
    void redo() override { m_page->applyState(m_after); }
    int id() const override { return m_slider ? 1 : -1; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const GroupingCommand*>(other);
        m_after = next->m_after;
        setText(next->text());
        return true;
    }

private:
    GroupingPage* m_page;
    GroupingState m_before;
    GroupingState m_after;
    bool m_slider;
};

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

GroupingPage::GroupingPage(QWidget* parent)
    : QWidget(parent)
    , m_pMin(new QDoubleSpinBox)
    , m_slider(new QSlider(Qt::Horizontal))
    , m_gMax(new QSpinBox)
    , m_levels(new QLineEdit)
    , m_status(new QLabel(tr("Open a backbone run (its cpm.json) to group its classes.")))
    , m_summary(new QLabel)
    , m_comparison(new QLabel)
    , m_tree(new QTreeView)
    , m_model(new HierarchyModel(this))
    , m_dendrogram(new widgets::Dendrogram)
    , m_countPlot(new widgets::GroupCountPlot)
    , m_undo(new QUndoStack(this))
{
    m_pMin->setDecimals(6);
    m_pMin->setRange(0.0, sliderHigh);
    m_pMin->setSingleStep(0.0005);
    m_pMin->setValue(settings::groupingPMin.value());
    m_slider->setRange(0, sliderSteps);
    m_slider->setValue(sliderPosition(m_pMin->value()));
    m_slider->setToolTip(tr("p_min on a log scale from 1e-5 to 2: groups merge while their proximity is above it"));
    m_gMax->setRange(1, 100000);
    m_gMax->setValue(settings::groupingGMax.value());
    m_gMax->setToolTip(tr("g_max: the largest group the grouping may make"));
    m_levels->setPlaceholderText(tr("further levels, e.g. 0.05:5"));
    m_levels->setToolTip(tr("Deeper trees: each P:G regroups inside every group of the level above"));
    m_status->setWordWrap(true);
    m_comparison->setWordWrap(true);
    m_comparison->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_state.pMin = m_pMin->value();
    m_state.gMax = m_gMax->value();

    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setIconSize(QSize(3 * 24 + 4, 24));
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);

    auto* openButton = new QPushButton(tr("Open run…"));
    auto* controls = new QHBoxLayout;
    controls->addWidget(openButton);
    controls->addWidget(new QLabel(tr("p_min")));
    controls->addWidget(m_slider, 1);
    controls->addWidget(m_pMin);
    controls->addWidget(new QLabel(tr("g_max")));
    controls->addWidget(m_gMax);
    controls->addWidget(new QLabel(tr("Levels")));
    controls->addWidget(m_levels);

    auto* undoAction = m_undo->createUndoAction(this, tr("Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    auto* redoAction = m_undo->createRedoAction(this, tr("Redo"));
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
    auto* load = new QPushButton(tr("Load…"));
    auto* loadMenu = new QMenu(load);
    loadMenu->addAction(tr("Hierarchy file…"), this, &GroupingPage::chooseHierarchy);
    loadMenu->addAction(tr("Dataset's coarse labels"), this, &GroupingPage::useCoarseLabels);
    load->setMenu(loadMenu);
    auto* compare = new QPushButton(tr("Compare…"));
    auto* compareMenu = new QMenu(compare);
    compareMenu->addAction(tr("With a hierarchy file…"), this, &GroupingPage::chooseComparison);
    compareMenu->addAction(tr("With the dataset's coarse labels"), this, [this] { compareWith(QStringLiteral("coarse")); });
    compare->setMenu(compareMenu);
    auto* saveButton = new QPushButton(tr("Save hierarchy…"));
    auto* edits = new QHBoxLayout;
    edits->addWidget(toolButton(undoAction));
    edits->addWidget(toolButton(redoAction));
    edits->addWidget(merge);
    edits->addWidget(split);
    edits->addWidget(rename);
    edits->addStretch(1);
    auto* files = new QHBoxLayout;
    files->addWidget(load);
    files->addWidget(compare);
    files->addWidget(saveButton);
    files->addStretch(1);

    auto* groupsBox = new QGroupBox(tr("Groups (drag a class onto a group; double-click a group to rename)"));
    auto* groupsLayout = new QVBoxLayout(groupsBox);
    groupsLayout->addLayout(edits);
    groupsLayout->addWidget(m_tree, 1);
    groupsLayout->addWidget(m_summary);
    groupsLayout->addLayout(files);
    groupsLayout->addWidget(m_comparison);

    auto* right = new QSplitter(Qt::Vertical);
    right->addWidget(m_dendrogram);
    right->addWidget(m_countPlot);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    auto* splitter = new QSplitter;
    splitter->addWidget(groupsBox);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(openButton, &QPushButton::clicked, this, &GroupingPage::chooseCpm);
    connect(m_slider, &QSlider::valueChanged, this, [this](int position) { m_pMin->setValue(sliderValue(position)); });
    connect(m_pMin, &QDoubleSpinBox::valueChanged, this, [this] { regroup(true); });
    connect(m_gMax, &QSpinBox::valueChanged, this, [this] { regroup(false); });
    connect(m_levels, &QLineEdit::editingFinished, this, [this] {
        if (m_levels->text() != m_state.levels)
            regroup(false);
    });
    connect(m_dendrogram, &widgets::Dendrogram::cutDragged, this, &GroupingPage::setPMin);
    connect(m_countPlot, &widgets::GroupCountPlot::pMinClicked, this, &GroupingPage::setPMin);
    connect(m_model, &HierarchyModel::moveRequested, this, &GroupingPage::moveClasses);
    connect(m_model, &HierarchyModel::renameRequested, this, &GroupingPage::renameNode);
    connect(merge, &QPushButton::clicked, this, [this] { mergeGroups(selectedNodes(false)); });
    connect(split, &QPushButton::clicked, this, [this] {
        QList<int> classes;
        for (int node : selectedNodes(true))
            classes << m_state.hierarchy.node(node).classId;
        splitClasses(classes);
    });
    connect(rename, &QPushButton::clicked, this, [this] {
        const auto groups = selectedNodes(false);
        if (groups.size() != 1) {
            setStatus(tr("Select one group to rename."));
            return;
        }
        bool ok = false;
        const auto name = QInputDialog::getText(this, tr("Rename group"), tr("Name"), QLineEdit::Normal,
                                                QString::fromStdString(m_state.hierarchy.node(groups[0]).name), &ok);
        if (ok)
            renameNode(groups[0], name);
    });
    connect(saveButton, &QPushButton::clicked, this, &GroupingPage::chooseSave);
}

GroupingPage::~GroupingPage()
{
    // Remembered once, when the page goes, not on every slider tick.
    settings::groupingPMin.setValue(m_pMin->value());
    settings::groupingGMax.setValue(m_gMax->value());
}

bool GroupingPage::openCpm(const QString& path)
{
    const QString file = QFileInfo(path).isDir() ? QDir(path).filePath(QStringLiteral("cpm.json")) : path;
    try {
        std::vector<std::string> warnings;
        auto cpm = grouping::loadCpm(file.toStdString(), &warnings);
        auto engine = std::make_unique<grouping::GroupingEngine>(cpm.values, cpm.size());
        engine->setMaxGroupSize(m_gMax->value());
        m_cpm = std::move(cpm);
        m_engine = std::move(engine);
        m_cpmPath = file;
        QString text = tr("%1 · %2 classes").arg(file).arg(m_cpm.size());
        for (const auto& w : warnings)
            text += QLatin1Char('\n') + tr("Warning: %1").arg(QString::fromStdString(w));
        setStatus(text);
    } catch (const std::exception& e) {
        setStatus(tr("Could not open %1: %2").arg(file, QString::fromStdString(e.what())));
        return false;
    }
    m_undo->clear();
    m_comparison->clear();
    refreshEngineViews();
    GroupingState state;
    state.pMin = m_pMin->value();
    state.gMax = m_gMax->value();
    state.levels = m_levels->text();
    state.source = tr("grouping");
    try {
        state.hierarchy = buildFromCpm(state.pMin, state.gMax, state.levels);
    } catch (const std::exception& e) {
        state.levels.clear();
        state.hierarchy = buildFromCpm(state.pMin, state.gMax, {});
        setStatus(tr("Levels ignored: %1").arg(QString::fromStdString(e.what())));
    }
    applyState(state); // the starting point: not an undo step
    updateThumbnails();
    return true;
}

void GroupingPage::setDataset(std::shared_ptr<const data::Dataset> dataset, const DatasetPreview& preview)
{
    m_dataset = std::move(dataset);
    m_sampleNames = preview.classNames;
    m_sampleStrips.clear();
    for (const auto& samples : preview.samples)
        m_sampleStrips << thumbnailStrip(samples, 3, 24);
    updateThumbnails();
}

void GroupingPage::updateThumbnails()
{
    // Thumbnails only when the dataset's classes are the CPM's.
    bool same = m_sampleNames.size() == m_cpm.size();
    for (int i = 0; same && i < m_sampleNames.size(); ++i)
        same = m_sampleNames[i].toStdString() == m_cpm.classes[std::size_t(i)];
    m_model->setThumbnails(same ? m_sampleStrips : QVector<QPixmap>());
    m_tree->expandAll();
}

std::vector<std::string> GroupingPage::classNames() const
{
    if (m_cpm.size() > 0)
        return m_cpm.classes;
    return m_dataset ? m_dataset->classNames : std::vector<std::string>{};
}

grouping::Hierarchy GroupingPage::buildFromCpm(double pMin, int gMax, const QString& levels)
{
    if (m_engine->maxGroupSize() != gMax)
        m_engine->setMaxGroupSize(gMax);
    if (levels.trimmed().isEmpty())
        return grouping::Hierarchy::fromGroups(m_cpm.classes, m_engine->groups(pMin));
    auto all = grouping::parseLevels(levels.trimmed().toStdString());
    all.insert(all.begin(), grouping::GroupingLevel{pMin, gMax});
    return grouping::buildHierarchy(m_cpm, all);
}

void GroupingPage::regroup(bool fromSlider)
{
    if (!m_engine)
        return;
    GroupingState next = m_state;
    next.pMin = m_pMin->value();
    next.gMax = m_gMax->value();
    next.levels = m_levels->text().trimmed();
    next.source = tr("grouping");
    try {
        next.hierarchy = buildFromCpm(next.pMin, next.gMax, next.levels);
    } catch (const std::exception& e) {
        setStatus(tr("Levels '%1': %2. Write levels as P:G pairs separated by commas, e.g. 0.05:5,0.1:3.")
                      .arg(next.levels, QString::fromStdString(e.what())));
        return;
    }
    m_undo->push(new GroupingCommand(this, tr("Regroup at p_min %1, g_max %2").arg(next.pMin).arg(next.gMax), m_state, next, fromSlider));
}

void GroupingPage::applyState(const GroupingState& state)
{
    const bool engineChanged = m_engine && m_engine->maxGroupSize() != state.gMax;
    m_state = state;
    for (QObject* o : std::initializer_list<QObject*>{m_pMin, m_slider, m_gMax, m_levels})
        o->blockSignals(true);
    m_pMin->setValue(state.pMin);
    if (!m_slider->isSliderDown())
        m_slider->setValue(sliderPosition(state.pMin));
    m_gMax->setValue(state.gMax);
    m_levels->setText(state.levels);
    for (QObject* o : std::initializer_list<QObject*>{m_pMin, m_slider, m_gMax, m_levels})
        o->blockSignals(false);
    if (engineChanged) {
        m_engine->setMaxGroupSize(state.gMax);
        refreshEngineViews();
    }
    m_model->setHierarchy(state.hierarchy);
    m_tree->expandAll();
    m_dendrogram->setCut(state.pMin);
    if (m_engine)
        m_countPlot->setCurrent(state.pMin, int(m_engine->groups(state.pMin).size()));
    updateSummary();
    Q_EMIT hierarchyChanged(leafGroups(), state.pMin, state.gMax);
}

void GroupingPage::refreshEngineViews()
{
    if (!m_engine)
        return;
    QStringList names;
    for (const auto& name : m_cpm.classes)
        names << QString::fromStdString(name);
    QVector<widgets::DendrogramMerge> merges;
    QVector<double> heights;
    double running = std::numeric_limits<double>::infinity();
    for (const auto& m : m_engine->merges()) {
        merges << widgets::DendrogramMerge{m.first, m.second, m.result, m.proximity};
        running = std::min(running, m.proximity);
        if (running > 0)
            heights << running;
    }
    m_dendrogram->setTree(names, merges);
    m_dendrogram->setCut(m_pMin->value());
    // Groups against p_min: the merges whose running minimum is above p_min are done.
    std::sort(heights.begin(), heights.end());
    heights.erase(std::unique(heights.begin(), heights.end()), heights.end());
    const int n = m_cpm.size();
    QVector<double> thresholds, counts;
    const double low = heights.isEmpty() ? sliderLow : heights.front() / 3;
    const double high = heights.isEmpty() ? 1.0 : heights.back() * 3;
    auto groupsAt = [&](double p) { return double(n - m_engine->mergeCount(p)); };
    thresholds << low;
    counts << groupsAt(low);
    for (double h : std::as_const(heights)) {
        thresholds << h;
        counts << groupsAt(h);
    }
    thresholds << high;
    counts << groupsAt(high);
    m_countPlot->setSteps(thresholds, counts);
}

void GroupingPage::updateSummary()
{
    const auto& h = m_state.hierarchy;
    if (h.nodes().empty()) {
        m_summary->clear();
        return;
    }
    const auto stats = h.statistics();
    QStringList sizes;
    for (int s : stats.firstLevelSizes)
        sizes << QString::number(s);
    m_summary->setText(tr("%1 first-level groups (sizes %2) · %3 leaf groups · depth %4 · balance %5 · from %6")
                           .arg(stats.firstLevelSizes.size())
                           .arg(sizes.join(QStringLiteral(", ")))
                           .arg(h.leafGroups().size())
                           .arg(stats.depth)
                           .arg(stats.balance, 0, 'f', 2)
                           .arg(m_state.source));
}

void GroupingPage::setPMin(double pMin)
{
    m_pMin->setValue(pMin); // regroups through valueChanged
}

void GroupingPage::setGMax(int gMax)
{
    m_gMax->setValue(gMax);
}

void GroupingPage::setLevels(const QString& levels)
{
    m_levels->setText(levels);
    if (levels.trimmed() != m_state.levels)
        regroup(false);
}

double GroupingPage::pMin() const
{
    return m_pMin->value();
}

int GroupingPage::gMax() const
{
    return m_gMax->value();
}

const grouping::Hierarchy& GroupingPage::hierarchy() const
{
    return m_state.hierarchy;
}

std::vector<std::vector<int>> GroupingPage::leafGroups() const
{
    std::vector<std::vector<int>> groups;
    if (m_state.hierarchy.nodes().empty())
        return groups;
    for (int g : m_state.hierarchy.leafGroups())
        groups.push_back(m_state.hierarchy.classesUnder(g));
    return groups;
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

void GroupingPage::pushEdit(const QString& text, grouping::Hierarchy next, const QString& source)
{
    GroupingState state = m_state;
    state.hierarchy = std::move(next);
    state.source = source;
    m_undo->push(new GroupingCommand(this, text, m_state, state, false));
}

bool GroupingPage::moveClasses(const QList<int>& classIds, int targetGroup)
{
    auto next = m_state.hierarchy;
    try {
        const std::string target = next.node(targetGroup).name;
        for (int c : classIds)
            next.moveClass(c, next.findNode(target)); // indices change after each edit; the name does not
        const QString text = classIds.size() == 1
                                 ? tr("Move %1 to %2").arg(QString::fromStdString(next.classNames()[std::size_t(classIds[0])]), QString::fromStdString(target))
                                 : tr("Move %1 classes to %2").arg(classIds.size()).arg(QString::fromStdString(target));
        pushEdit(text, std::move(next), tr("hand edits"));
        return true;
    } catch (const std::exception& e) {
        setStatus(tr("Cannot move: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
}

bool GroupingPage::mergeGroups(const QList<int>& groups)
{
    if (groups.size() < 2) {
        setStatus(tr("Select two or more groups to merge."));
        return false;
    }
    auto next = m_state.hierarchy;
    try {
        std::vector<std::string> names;
        for (int g : groups)
            names.push_back(next.node(g).name);
        for (std::size_t i = 1; i < names.size(); ++i)
            next.mergeGroups(next.findNode(names[0]), next.findNode(names[i]));
        pushEdit(tr("Merge %1 groups into %2").arg(groups.size()).arg(QString::fromStdString(names[0])), std::move(next), tr("hand edits"));
        return true;
    } catch (const std::exception& e) {
        setStatus(tr("Cannot merge: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
}

bool GroupingPage::splitClasses(const QList<int>& classIds)
{
    if (classIds.isEmpty()) {
        setStatus(tr("Select the classes to split off into a new group."));
        return false;
    }
    auto next = m_state.hierarchy;
    try {
        const int group = next.node(next.classNode(classIds[0])).parent;
        for (int c : classIds)
            if (next.node(next.classNode(c)).parent != group)
                throw std::runtime_error(tr("the selected classes are in different groups; select classes of one group").toStdString());
        next.splitGroup(group, std::vector<int>(classIds.begin(), classIds.end()));
        pushEdit(tr("Split %1 classes off %2").arg(classIds.size()).arg(QString::fromStdString(m_state.hierarchy.node(group).name)),
                 std::move(next), tr("hand edits"));
        return true;
    } catch (const std::exception& e) {
        setStatus(tr("Cannot split: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
}

bool GroupingPage::renameNode(int node, const QString& name)
{
    auto next = m_state.hierarchy;
    try {
        next.rename(node, name.trimmed().toStdString());
        pushEdit(tr("Rename %1 to %2").arg(QString::fromStdString(m_state.hierarchy.node(node).name), name.trimmed()), std::move(next),
                 m_state.source);
        return true;
    } catch (const std::exception& e) {
        setStatus(tr("Cannot rename: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
}

bool GroupingPage::loadHierarchy(const QString& path)
{
    try {
        auto loaded = grouping::Hierarchy::load(path.toStdString(), classNames());
        pushEdit(tr("Load %1").arg(QFileInfo(path).fileName()), std::move(loaded), QFileInfo(path).fileName());
        setStatus(tr("Loaded %1").arg(path));
        return true;
    } catch (const std::exception& e) {
        setStatus(tr("Could not load %1: %2").arg(path, QString::fromStdString(e.what())));
        return false;
    }
}

bool GroupingPage::useCoarseLabels()
{
    try {
        if (!m_dataset)
            throw std::runtime_error(tr("no dataset is loaded; open one on the Data page").toStdString());
        auto coarse = grouping::hierarchyFromCoarseLabels(*m_dataset);
        if (coarse.classNames() != classNames())
            throw std::runtime_error(tr("the dataset's classes are not the CPM's; open the run trained on this dataset").toStdString());
        pushEdit(tr("Use coarse labels"), std::move(coarse), tr("coarse labels"));
        return true;
    } catch (const std::exception& e) {
        setStatus(tr("Cannot use coarse labels: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
}

bool GroupingPage::compareWith(const QString& pathOrCoarse)
{
    if (m_state.hierarchy.nodes().empty()) {
        setStatus(tr("Nothing to compare yet: open a run or load a hierarchy first."));
        return false;
    }
    try {
        grouping::Hierarchy other;
        QString otherName;
        if (pathOrCoarse == QLatin1String("coarse")) {
            if (!m_dataset)
                throw std::runtime_error(tr("no dataset is loaded").toStdString());
            other = grouping::hierarchyFromCoarseLabels(*m_dataset);
            otherName = tr("the coarse labels");
        } else {
            other = grouping::Hierarchy::load(pathOrCoarse.toStdString(), classNames());
            otherName = QFileInfo(pathOrCoarse).fileName();
        }
        const auto result = grouping::compareHierarchies(m_state.hierarchy, other);
        QString text = tr("Compared with <b>%1</b>: adjusted Rand index %2 (leaf groups), %3 (first level). ")
                           .arg(otherName.toHtmlEscaped())
                           .arg(result.leafGroupAri, 0, 'f', 3)
                           .arg(result.firstLevelAri, 0, 'f', 3);
        if (result.moved.empty()) {
            text += tr("No class moved.");
        } else {
            QStringList moved;
            for (const auto& m : result.moved)
                moved << tr("%1: %2 → %3")
                             .arg(QString::fromStdString(m_state.hierarchy.classNames()[std::size_t(m.classId)]),
                                  QString::fromStdString(m.from), QString::fromStdString(m.to))
                             .toHtmlEscaped();
            text += (moved.size() == 1 ? tr("1 class moved: ") : tr("%1 classes moved: ").arg(moved.size())) + moved.join(QStringLiteral("; "));
        }
        m_comparison->setText(text);
        return true;
    } catch (const std::exception& e) {
        setStatus(tr("Cannot compare: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
}

bool GroupingPage::save(const QString& path)
{
    try {
        m_state.hierarchy.save(path.toStdString());
    } catch (const std::exception& e) {
        setStatus(tr("Could not save %1: %2").arg(path, QString::fromStdString(e.what())));
        return false;
    }
    m_savedPath = path;
    m_undo->setClean();
    setStatus(tr("Saved %1").arg(path));
    Q_EMIT hierarchySaved(path);
    return true;
}

QList<int> GroupingPage::selectedNodes(bool classes) const
{
    QList<int> nodes;
    for (const auto& index : m_tree->selectionModel()->selectedIndexes()) {
        const int node = index.data(HierarchyModel::NodeRole).toInt();
        if (m_state.hierarchy.node(node).isClass() == classes)
            nodes << node;
    }
    return nodes;
}

void GroupingPage::chooseCpm()
{
    const auto dir = QFileDialog::getExistingDirectory(this, tr("Backbone run directory"), settings::runsFolder.value());
    if (!dir.isEmpty())
        openCpm(dir);
}

void GroupingPage::chooseHierarchy()
{
    const auto file = QFileDialog::getOpenFileName(this, tr("Load hierarchy"), QFileInfo(m_cpmPath).path(), tr("Hierarchy (*.json)"));
    if (!file.isEmpty())
        loadHierarchy(file);
}

void GroupingPage::chooseComparison()
{
    const auto file = QFileDialog::getOpenFileName(this, tr("Compare with hierarchy"), QFileInfo(m_cpmPath).path(), tr("Hierarchy (*.json)"));
    if (!file.isEmpty())
        compareWith(file);
}

void GroupingPage::chooseSave()
{
    if (m_state.hierarchy.nodes().empty()) {
        setStatus(tr("Nothing to save yet: open a run first."));
        return;
    }
    const QString suggestion = m_savedPath.isEmpty() ? QDir(QFileInfo(m_cpmPath).path()).filePath(QStringLiteral("hierarchy.json")) : m_savedPath;
    const auto file = QFileDialog::getSaveFileName(this, tr("Save hierarchy"), suggestion, tr("Hierarchy (*.json)"));
    if (!file.isEmpty())
        save(file);
}

} // namespace hiernet::studio
