#include "studio/grouping/HierarchyModel.h"

#include <QColor>

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace hiernet::studio {

namespace {
const QString classMimeType = QStringLiteral("application/x-hiernet-class");
}

HierarchyModel::HierarchyModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void HierarchyModel::setHierarchy(const grouping::Hierarchy& hierarchy)
{
    beginResetModel();
    m_hierarchy = hierarchy;
    endResetModel();
}

void HierarchyModel::setThumbnails(const QVector<QPixmap>& perClass)
{
    beginResetModel();
    m_thumbnails = perClass;
    endResetModel();
}

int HierarchyModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? int(index.internalId()) : 0;
}

QModelIndex HierarchyModel::indexOfNode(int node) const
{
    if (node <= 0 || node >= int(m_hierarchy.nodes().size()))
        return {};
    const auto& siblings = m_hierarchy.node(m_hierarchy.node(node).parent).children;
    const int row = int(std::find(siblings.begin(), siblings.end(), node) - siblings.begin());
    return createIndex(row, 0, quintptr(node));
}

QModelIndex HierarchyModel::index(int row, int column, const QModelIndex& parent) const
{
    if (m_hierarchy.nodes().empty() || column != 0)
        return {};
    const auto& children = m_hierarchy.node(nodeOf(parent)).children;
    if (row < 0 || row >= int(children.size()))
        return {};
    return createIndex(row, 0, quintptr(children[std::size_t(row)]));
}

QModelIndex HierarchyModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(m_hierarchy.node(nodeOf(child)).parent);
}

void HierarchyModel::setNotes(const QMap<int, QString>& notes)
{
    if (notes == m_notes)
        return;
    m_notes = notes;
    if (!m_hierarchy.nodes().empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), { Qt::DisplayRole }); // notes are on the first level
}

void HierarchyModel::setMarked(const QVector<int>& first, const QVector<int>& second)
{
    if (first == m_marked[0] && second == m_marked[1])
        return;
    QVector<int> touched = m_marked[0] + m_marked[1] + first + second;
    m_marked[0] = first;
    m_marked[1] = second;
    if (m_hierarchy.nodes().empty())
        return;
    for (int classId : touched)
        if (classId >= 0 && classId < int(m_hierarchy.classNames().size())) {
            const auto at = indexOfNode(m_hierarchy.classNode(classId));
            Q_EMIT dataChanged(at, at, { Qt::BackgroundRole });
        }
}

int HierarchyModel::rowCount(const QModelIndex& parent) const
{
    if (m_hierarchy.nodes().empty() || parent.column() > 0)
        return 0;
    return int(m_hierarchy.node(nodeOf(parent)).children.size());
}

int HierarchyModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant HierarchyModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const int node = nodeOf(index);
    const auto& n = m_hierarchy.node(node);
    switch (role) {
    case Qt::DisplayRole:
        if (n.isClass())
            return QString::fromStdString(n.name);
        {
            const auto count = m_hierarchy.classesUnder(node).size();
            const QString text = count == 1 ? tr("%1 (1 class)").arg(QString::fromStdString(n.name))
                                            : tr("%1 (%2 classes)").arg(QString::fromStdString(n.name)).arg(count);
            return m_notes.contains(node) ? tr("%1 · %2").arg(text, m_notes.value(node)) : text;
        }
    case Qt::BackgroundRole:
        for (int which = 0; which < 2; ++which)
            if (n.isClass() && m_marked[which].contains(n.classId))
                return QColor(which == 0 ? QColor(255, 170, 0, 90) : QColor(80, 160, 255, 90));
        return {};
    case Qt::EditRole:
        return QString::fromStdString(n.name);
    case Qt::DecorationRole:
        if (n.isClass() && n.classId < m_thumbnails.size())
            return m_thumbnails[n.classId];
        return {};
    case NodeRole:
        return node;
    case ClassRole:
        return n.classId;
    default:
        return {};
    }
}

bool HierarchyModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || m_hierarchy.node(nodeOf(index)).isClass())
        return false;
    const QString name = value.toString().trimmed();
    if (name.isEmpty() || name.toStdString() == m_hierarchy.node(nodeOf(index)).name)
        return false;
    Q_EMIT renameRequested(nodeOf(index), name);
    return true;
}

Qt::ItemFlags HierarchyModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const auto& n = m_hierarchy.node(nodeOf(index));
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (n.isClass())
        f |= Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
    else
        f |= Qt::ItemIsEditable;
    if (dropTarget(index) >= 0)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

Qt::DropActions HierarchyModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList HierarchyModel::mimeTypes() const
{
    return { classMimeType };
}

QMimeData* HierarchyModel::mimeData(const QModelIndexList& indexes) const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    for (const auto& index : indexes)
        if (index.isValid() && m_hierarchy.node(nodeOf(index)).isClass())
            out << qint32(m_hierarchy.node(nodeOf(index)).classId);
    auto* mime = new QMimeData;
    mime->setData(classMimeType, bytes);
    return mime;
}

int HierarchyModel::dropTarget(const QModelIndex& index) const
{
    if (!index.isValid())
        return -1;
    const int node = nodeOf(index);
    if (m_hierarchy.node(node).isClass())
        return m_hierarchy.node(node).parent;
    return m_hierarchy.isLeafGroup(node) ? node : -1;
}

bool HierarchyModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int, const QModelIndex& parent) const
{
    return data->hasFormat(classMimeType) && dropTarget(parent) >= 0;
}

bool HierarchyModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const int target = dropTarget(parent);
    QDataStream in(data->data(classMimeType));
    QList<int> classIds;
    while (!in.atEnd()) {
        qint32 classId = -1;
        in >> classId;
        if (classId >= 0 && classId < int(m_hierarchy.classNames().size())
            && m_hierarchy.node(m_hierarchy.classNode(classId)).parent != target)
            classIds << classId;
    }
    if (!classIds.isEmpty())
        Q_EMIT moveRequested(classIds, target);
    // The page applies the move and resets the model; the view must not remove the dragged rows itself.
    return false;
}

} // namespace hiernet::studio
