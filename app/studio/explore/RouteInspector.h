#pragma once
#include "evaluation/RouteExplanation.h"
#include "grouping/Hierarchy.h"

#include <QImage>
#include <QList>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace hiernet::widgets {
class ProbabilityBars;
class TreeDiagram;
} // namespace hiernet::widgets

namespace hiernet::studio {

/// One image's route through the tree: the image enlarged; true class, fast and slow predictions and
/// where the route left the true path; the tree with the taken path and the true path marked; at every
/// node on either path its children's probabilities; the reached leaf's class probabilities; the
/// conditional top-5.
class RouteInspector : public QWidget
{
    Q_OBJECT

public:
    explicit RouteInspector(QWidget* parent = nullptr);

    /// The run's classes and tree (treeNodeIds: hierarchy node of each HierNet tree node).
    void setContext(const std::vector<std::string>& classNames, const grouping::Hierarchy& hierarchy, const std::vector<int>& treeNodeIds);
    void showRoute(const QImage& image, const evaluation::RouteExplanation& explanation);
    void clear();

    const evaluation::RouteExplanation& explanation() const { return m_explanation; }
    widgets::TreeDiagram* tree() const { return m_tree; }
    QList<widgets::ProbabilityBars*> bars() const { return m_bars; }
    QString summaryText() const;

Q_SIGNALS:
    void exportRequested();

private:
    widgets::ProbabilityBars* addBars();
    QString className(std::int64_t id) const;

    QLabel* m_image;
    QLabel* m_summary;
    widgets::TreeDiagram* m_tree;
    QVBoxLayout* m_barsLayout;
    QList<widgets::ProbabilityBars*> m_bars;
    std::vector<std::string> m_classNames;
    std::vector<int> m_diagramOfTreeNode; ///< HierNet tree node → diagram position
    evaluation::RouteExplanation m_explanation;
};

} // namespace hiernet::studio
