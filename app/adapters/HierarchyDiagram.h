#pragma once
#include "TreeDiagram.h"
#include "grouping/Hierarchy.h"

#include <QHash>
#include <QVector>

namespace hiernet::studio {

/// The inner nodes of a hierarchy (root and groups, not the classes) as a TreeDiagram's nodes, with
/// the map between hierarchy node indices and diagram positions.
struct HierarchyDiagram {
    QVector<widgets::TreeDiagram::Node> nodes;
    QVector<int> hierarchyNodes; ///< diagram position → hierarchy node
    QHash<int, int> positionOfHierarchyNode;

    explicit HierarchyDiagram(const grouping::Hierarchy& hierarchy)
    {
        if (hierarchy.nodes().empty())
            return;
        QVector<int> inner { 0 };
        for (int i : hierarchy.innerNodes())
            inner << i;
        for (int i = 0; i < inner.size(); ++i)
            positionOfHierarchyNode.insert(inner[i], i);
        for (int h : inner) {
            hierarchyNodes << h;
            const int parent = hierarchy.node(h).parent;
            nodes.push_back(
                { QString::fromStdString(hierarchy.node(h).name), parent < 0 ? -1 : positionOfHierarchyNode.value(parent, -1) });
        }
    }
};

} // namespace hiernet::studio
