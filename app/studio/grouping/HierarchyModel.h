#pragma once
#include "grouping/Hierarchy.h"

#include <QAbstractItemModel>
#include <QMap>
#include <QPixmap>
#include <QVector>

namespace hiernet::studio {

/// A class hierarchy as a tree model: the root's children are the top rows, classes are leaves with a
/// strip of sample thumbnails. Classes can be dragged onto another leaf group and groups renamed in
/// place; the model does not change itself but asks (moveRequested, renameRequested), so the page can
/// make every edit an undoable command.
class HierarchyModel : public QAbstractItemModel {
    Q_OBJECT

public:
    static constexpr int NodeRole = Qt::UserRole + 1; ///< the hierarchy node index
    static constexpr int ClassRole = Qt::UserRole + 2; ///< class id, −1 for a group

    explicit HierarchyModel(QObject* parent = nullptr);

    void setHierarchy(const grouping::Hierarchy& hierarchy);
    const grouping::Hierarchy& hierarchy() const { return m_hierarchy; }
    /// One thumbnail strip per class id (empty: no thumbnails).
    void setThumbnails(const QVector<QPixmap>& perClass);
    QModelIndex indexOfNode(int node) const;
    /// A note after a group's name and size (e.g. what the CPM promises of it), by node.
    void setNotes(const QMap<int, QString>& notes);
    /// Marks the rows of two sets of classes, each in its colour (the merge a step makes).
    void setMarked(const QVector<int>& first, const QVector<int>& second);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(
        const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) override;

Q_SIGNALS:
    void moveRequested(const QList<int>& classIds, int targetGroup);
    void renameRequested(int node, const QString& name);

private:
    int nodeOf(const QModelIndex& index) const;
    /// The leaf group a drop onto `index` means (the group itself, or a class's group); −1 for none.
    int dropTarget(const QModelIndex& index) const;

    grouping::Hierarchy m_hierarchy;
    QVector<QPixmap> m_thumbnails;
    QMap<int, QString> m_notes;
    QVector<int> m_marked[2];
};

} // namespace hiernet::studio
