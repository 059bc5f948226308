#include "studio/grouping/GroupingSession.h"

#include "studio/common/StudioSettings.h"
#include "grouping/GroupNames.h"
#include "grouping/HierarchyBuilder.h"

#include <QDir>
#include <QFileInfo>
#include <QUndoStack>

#include <algorithm>
#include <set>
#include <stdexcept>

namespace hiernet::studio {

GroupingSession::GroupingSession(QObject* parent)
    : QObject(parent)
    , m_history(new QUndoStack(this))
{
    m_state.pMin = settings::groupingPMin.value();
    m_state.gMax = std::max(1, settings::groupingGMax.value());
}

GroupingSession::~GroupingSession()
{
    // Remembered once, when the window goes, not on every slider tick.
    settings::groupingPMin.setValue(m_state.pMin);
    settings::groupingGMax.setValue(m_state.gMax);
}

bool GroupingSession::openCpm(const QString& path)
{
    const QString file = QFileInfo(path).isDir() ? QDir(path).filePath(QStringLiteral("cpm.json")) : path;
    grouping::Cpm cpm;
    std::vector<std::string> warnings;
    std::unique_ptr<grouping::GroupingEngine> engine;
    try {
        cpm = grouping::loadCpm(file.toStdString(), &warnings);
        engine = std::make_unique<grouping::GroupingEngine>(cpm.values, cpm.size());
        engine->setBalance(m_state.balance);
        engine->setMaxGroupSize(m_state.gMax);
    } catch (const std::exception& e) {
        return fail(tr("Could not open %1: %2").arg(file, QString::fromStdString(e.what())));
    }
    m_cpm = std::move(cpm);
    m_cpmPath = file;
    m_cpmWarnings.clear();
    for (const auto& w : warnings)
        m_cpmWarnings << QString::fromStdString(w);
    m_engine = std::move(engine);
    m_savedPath.clear();
    GroupingState next = m_state;
    next.hierarchy = {};
    next.givenNames = {}; // names given to another CPM's classes
    m_state = next;
    Q_EMIT cpmChanged();
    Q_EMIT mergesChanged();
    if (!regroup(next, false)) {
        // Levels that do not fit the new CPM: one level.
        next.levels.clear();
        regroup(next, false);
    }
    // Opening is not an undoable step, and a tree of other classes cannot be undone into: the history starts here.
    m_history->clear();
    return true;
}

QString GroupingSession::cpmDescription() const
{
    QString text = tr("%1 · %2 classes · split %3").arg(m_cpmPath).arg(m_cpm.size()).arg(QString::fromStdString(m_cpm.split));
    for (const auto& w : m_cpmWarnings)
        text += QLatin1Char('\n') + tr("Warning: %1").arg(w);
    return text;
}

void GroupingSession::setDataset(std::shared_ptr<const data::Dataset> dataset)
{
    m_dataset = std::move(dataset);
}

std::vector<std::string> GroupingSession::classNames() const
{
    if (m_cpm.size() > 0)
        return m_cpm.classes;
    return m_dataset ? m_dataset->classNames : std::vector<std::string> {};
}

std::vector<std::vector<int>> GroupingSession::leafGroups() const
{
    std::vector<std::vector<int>> groups;
    if (m_state.hierarchy.nodes().empty())
        return groups;
    for (int g : m_state.hierarchy.leafGroups())
        groups.push_back(m_state.hierarchy.classesUnder(g));
    return groups;
}

std::vector<std::vector<int>> GroupingSession::firstLevelGroups() const
{
    std::vector<std::vector<int>> groups;
    if (m_state.hierarchy.nodes().empty())
        return groups;
    for (int g : m_state.hierarchy.node(0).children)
        groups.push_back(m_state.hierarchy.classesUnder(g));
    return groups;
}

void GroupingSession::updateLevelTrees()
{
    m_levelTrees.clear();
    if (m_state.levels.isEmpty() || !m_engine)
        return;
    try {
        m_levelTrees = grouping::levelTrees(
            m_cpm, m_state.hierarchy, grouping::parseLevels(m_state.levels.toStdString()), m_state.balance);
    } catch (const std::exception&) {
        // levels that do not parse made no tree (regroup() said why)
    }
}

void GroupingSession::setPMin(double pMin)
{
    if (pMin == m_state.pMin && !m_state.hierarchy.nodes().empty())
        return;
    GroupingState next = m_state;
    next.pMin = pMin;
    regroup(next, true);
}

void GroupingSession::setGMax(int gMax)
{
    if (gMax == m_state.gMax && !m_state.hierarchy.nodes().empty())
        return;
    GroupingState next = m_state;
    next.gMax = std::max(1, gMax);
    regroup(next, false);
}

void GroupingSession::setBalance(double alpha)
{
    if (alpha == m_state.balance && !m_state.hierarchy.nodes().empty())
        return;
    GroupingState next = m_state;
    next.balance = std::max(0.0, alpha);
    regroup(next, false);
}

bool GroupingSession::setLevels(const QString& levels)
{
    if (levels.trimmed() == m_state.levels && !m_state.hierarchy.nodes().empty())
        return true;
    GroupingState next = m_state;
    next.levels = levels.trimmed();
    return regroup(next, false);
}

bool GroupingSession::regroup(GroupingState next, bool pMinMove)
{
    next.source = tr("grouping");
    if (!m_engine) {
        apply(next); // remembered for the CPM to come
        return true;
    }
    try {
        matchEngine(next);
        if (next.levels.isEmpty()) {
            next.hierarchy = grouping::Hierarchy::fromGroups(m_cpm.classes, m_engine->groups(next.pMin));
        } else {
            auto levels = grouping::parseLevels(next.levels.toStdString());
            levels.insert(levels.begin(), grouping::GroupingLevel { next.pMin, next.gMax });
            for (auto& level : levels)
                level.balance = next.balance;
            next.hierarchy = grouping::buildHierarchy(m_cpm, levels);
        }
        nameRegroupedTree(next);
    } catch (const std::exception& e) {
        return fail(tr("Levels '%1': %2. Write levels as P:G pairs separated by commas, e.g. 0.05:5,0.1:3.")
                        .arg(next.levels, QString::fromStdString(e.what())));
    }
    push(tr("Regroup at p_min %1, g_max %2").arg(next.pMin).arg(next.gMax), std::move(next), pMinMove);
    return true;
}

bool GroupingSession::fail(const QString& message)
{
    Q_EMIT problem(message);
    return false;
}

void GroupingSession::push(const QString& text, GroupingState next, bool pMinMove)
{
    m_history->push(
        new GroupingStep([this](const GroupingState& state) { apply(state); }, text, m_state, std::move(next), pMinMove));
}

void GroupingSession::pushEdit(const QString& text, grouping::Hierarchy next, const QString& source)
{
    GroupingState state = m_state;
    state.hierarchy = std::move(next);
    state.source = source;
    nameEditedTree(state);
    push(text, std::move(state), false);
}

void GroupingSession::matchEngine(const GroupingState& state)
{
    if (!m_engine || (m_engine->maxGroupSize() == state.gMax && m_engine->balance() == state.balance))
        return;
    m_engine->setBalance(state.balance);
    m_engine->setMaxGroupSize(state.gMax);
    Q_EMIT mergesChanged();
}

void GroupingSession::nameRegroupedTree(GroupingState& state) const
{
    state.givenNames.nameRegrouped(state.hierarchy, m_cpm);
}

void GroupingSession::nameEditedTree(GroupingState& state) const
{
    state.givenNames.nameEdited(state.hierarchy, m_cpm);
}

void GroupingSession::apply(const GroupingState& state)
{
    // Opening a CPM clears the tree first, so a new CPM always counts as a change.
    const bool treeChanged
        = state.hierarchy != m_state.hierarchy || state.levels != m_state.levels || state.balance != m_state.balance;
    m_state = state;
    matchEngine(state);
    if (treeChanged)
        updateLevelTrees(); // once per change, not per drawing
    Q_EMIT stateChanged();
}

void GroupingSession::pushGiven(const QString& text, grouping::Hierarchy next, const QString& source)
{
    // A tree from a file or the coarse labels: its names are given, not made from members.
    GroupingState state = m_state;
    state.givenNames = grouping::GivenNames::of(next);
    state.hierarchy = std::move(next);
    state.source = source;
    push(text, std::move(state), false);
}

bool GroupingSession::moveClasses(const QList<int>& classIds, int targetGroup)
{
    auto next = m_state.hierarchy;
    try {
        const std::string target = next.node(targetGroup).name;
        for (int c : classIds)
            next.moveClass(c, next.findNode(target)); // indices change after each edit; the name does not
        const QString text = classIds.size() == 1
            ? tr("Move %1 to %2")
                  .arg(QString::fromStdString(next.classNames()[std::size_t(classIds[0])]), QString::fromStdString(target))
            : tr("Move %1 classes to %2").arg(classIds.size()).arg(QString::fromStdString(target));
        pushEdit(text, std::move(next), tr("hand edits"));
        return true;
    } catch (const std::exception& e) {
        return fail(tr("Cannot move: %1").arg(QString::fromStdString(e.what())));
    }
}

bool GroupingSession::mergeGroups(const QList<int>& groups)
{
    if (groups.size() < 2)
        return fail(tr("Select two or more groups to merge."));
    auto next = m_state.hierarchy;
    try {
        std::vector<std::string> names;
        for (int g : groups)
            names.push_back(next.node(g).name);
        for (std::size_t i = 1; i < names.size(); ++i)
            next.mergeGroups(next.findNode(names[0]), next.findNode(names[i]));
        pushEdit(tr("Merge %1 groups into %2").arg(groups.size()).arg(QString::fromStdString(names[0])), std::move(next),
            tr("hand edits"));
        return true;
    } catch (const std::exception& e) {
        return fail(tr("Cannot merge: %1").arg(QString::fromStdString(e.what())));
    }
}

bool GroupingSession::splitClasses(const QList<int>& classIds)
{
    if (classIds.isEmpty())
        return fail(tr("Select the classes to split off into a new group."));
    auto next = m_state.hierarchy;
    try {
        const int group = next.node(next.classNode(classIds[0])).parent;
        for (int c : classIds)
            if (next.node(next.classNode(c)).parent != group)
                throw std::runtime_error(
                    tr("the selected classes are in different groups; select classes of one group").toStdString());
        next.splitGroup(group, std::vector<int>(classIds.begin(), classIds.end()));
        pushEdit(
            tr("Split %1 classes off %2").arg(classIds.size()).arg(QString::fromStdString(m_state.hierarchy.node(group).name)),
            std::move(next), tr("hand edits"));
        return true;
    } catch (const std::exception& e) {
        return fail(tr("Cannot split: %1").arg(QString::fromStdString(e.what())));
    }
}

bool GroupingSession::renameNode(int node, const QString& name)
{
    auto next = m_state.hierarchy;
    try {
        const std::string oldName = m_state.hierarchy.node(node).name;
        next.rename(node, name.trimmed().toStdString());
        GroupingState state = m_state;
        state.givenNames.forget(oldName);
        state.givenNames.give(next.node(node).name, next.classesUnder(node));
        state.hierarchy = std::move(next);
        nameEditedTree(state);
        push(tr("Rename %1 to %2").arg(QString::fromStdString(oldName), name.trimmed()), std::move(state), false);
        return true;
    } catch (const std::exception& e) {
        return fail(tr("Cannot rename: %1").arg(QString::fromStdString(e.what())));
    }
}

bool GroupingSession::loadHierarchy(const QString& path)
{
    try {
        pushGiven(tr("Load %1").arg(QFileInfo(path).fileName()), grouping::Hierarchy::load(path.toStdString(), classNames()),
            QFileInfo(path).fileName());
    } catch (const std::exception& e) {
        return fail(tr("Could not load %1: %2").arg(path, QString::fromStdString(e.what())));
    }
    Q_EMIT notice(tr("Loaded %1").arg(path));
    return true;
}

grouping::Hierarchy GroupingSession::coarseHierarchy() const
{
    if (!m_dataset)
        throw std::runtime_error(tr("no dataset is loaded; open one on the Data page").toStdString());
    auto coarse = grouping::hierarchyFromCoarseLabels(*m_dataset);
    if (coarse.classNames() != classNames())
        throw std::runtime_error(
            tr("the dataset's classes are not the CPM's; open the run trained on this dataset").toStdString());
    return coarse;
}

bool GroupingSession::useCoarseLabels()
{
    try {
        pushGiven(tr("Use coarse labels"), coarseHierarchy(), tr("coarse labels"));
        return true;
    } catch (const std::exception& e) {
        return fail(tr("Cannot use coarse labels: %1").arg(QString::fromStdString(e.what())));
    }
}

bool GroupingSession::save(const QString& path)
{
    if (m_state.hierarchy.nodes().empty())
        return fail(tr("Nothing to save yet: open a run first."));
    try {
        m_state.hierarchy.save(path.toStdString());
    } catch (const std::exception& e) {
        return fail(tr("Could not save %1: %2").arg(path, QString::fromStdString(e.what())));
    }
    m_savedPath = path;
    m_history->setClean();
    Q_EMIT notice(tr("Saved %1").arg(path));
    Q_EMIT saved(path);
    return true;
}

} // namespace hiernet::studio
