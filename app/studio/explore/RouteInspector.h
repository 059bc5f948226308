#pragma once
#include "adapters/CamMap.h"
#include "evaluation/RouteExplanation.h"
#include "grouping/Hierarchy.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QSlider;
class QToolButton;
class QVBoxLayout;

namespace hiernet::widgets {
class ProbabilityBars;
class TreeDiagram;
} // namespace hiernet::widgets

namespace hiernet::studio {

/// One image's route through the tree: the image enlarged; true class, fast and slow predictions and
/// where the route left the true path; the tree with the taken path and the true path marked; at every
/// node on either path its children's probabilities; the reached leaf's class probabilities; the
/// conditional top-5. Once the Grad-CAM maps arrive (showMaps), each node's row gets small maps of where it
/// looked for the output it chose and for the true one, the backbone's maps sit in a row of their own for
/// comparison, and the enlarged image shows the map chosen in the list (or by clicking a small one) with an
/// opacity slider and the colour scale.
class RouteInspector : public QWidget {
    Q_OBJECT

public:
    explicit RouteInspector(QWidget* parent = nullptr);

    /// The run's classes and tree (treeNodeIds: hierarchy node of each HierNet tree node).
    void setContext(
        const std::vector<std::string>& classNames, const grouping::Hierarchy& hierarchy, const std::vector<int>& treeNodeIds);
    /// `ownFile`: a user's image (no true class), named by its file.
    void showRoute(const QImage& image, const evaluation::RouteExplanation& explanation, const QString& ownFile = {});
    /// The maps of the image shown (ignored for another image).
    void showMaps(int image, const QVector<CamMap>& maps);
    /// A backbone explored as its tree of one node: one answer (the backbone's), no groups to be right or wrong in.
    void setBackboneRun(bool backbone) { m_backboneRun = backbone; }
    /// Says why there are no backbone maps (its run is not at hand), or nothing.
    void setBackboneNote(const QString& note);
    void clear();

    const QVector<CamMap>& maps() const { return m_maps; }
    /// −1: no map over the image.
    int currentMap() const;
    void setCurrentMap(int map);
    QComboBox* mapChoice() const { return m_mapChoice; }
    QSlider* opacitySlider() const { return m_opacity; }
    /// The enlarged image as shown (with the chosen map over it).
    QImage shownImage() const { return m_shown; }
    QList<QToolButton*> mapThumbnails() const { return m_thumbnails; }

    const evaluation::RouteExplanation& explanation() const { return m_explanation; }
    widgets::TreeDiagram* tree() const { return m_tree; }
    QList<widgets::ProbabilityBars*> bars() const { return m_bars; }
    QString summaryText() const;

Q_SIGNALS:
    void exportRequested();

private:
    QString summaryOf(const evaluation::RouteExplanation& explanation, const QString& ownFile) const;
    /// A row of the per-node list: the bars, and room for the node's small maps.
    widgets::ProbabilityBars* addBars(int treeNode = -2);
    QString className(std::int64_t id) const;
    static QString roleText(const QString& role);
    void redrawImage();
    QToolButton* thumbnail(int map);

    QLabel* m_image;
    QLabel* m_summary;
    widgets::TreeDiagram* m_tree;
    QVBoxLayout* m_barsLayout;
    QComboBox* m_mapChoice;
    QSlider* m_opacity;
    QLabel* m_scale;
    QLabel* m_mapInfo;
    QLabel* m_backboneNote;
    QImage m_source;
    bool m_backboneRun = false;
    QImage m_shown;
    QVector<CamMap> m_maps;
    QList<QToolButton*> m_thumbnails;
    QHash<int, QHBoxLayout*> m_mapRows; ///< tree node (−1 the backbone) → where its small maps go
    QList<QWidget*> m_rows;
    QList<widgets::ProbabilityBars*> m_bars;
    std::vector<std::string> m_classNames;
    std::vector<int> m_diagramOfTreeNode; ///< HierNet tree node → diagram position
    evaluation::RouteExplanation m_explanation;
};

} // namespace hiernet::studio
