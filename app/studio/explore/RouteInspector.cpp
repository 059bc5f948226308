#include "studio/explore/RouteInspector.h"

#include "adapters/HierarchyDiagram.h"
#include "ProbabilityBars.h"
#include "TreeDiagram.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

namespace hiernet::studio {

using widgets::ProbabilityBars;

RouteInspector::RouteInspector(QWidget* parent)
    : QWidget(parent)
    , m_image(new QLabel)
    , m_summary(new QLabel(tr("Click an image to see its route through the tree.")))
    , m_tree(new widgets::TreeDiagram)
    , m_barsLayout(new QVBoxLayout)
    , m_mapChoice(new QComboBox)
    , m_opacity(new QSlider(Qt::Horizontal))
    , m_scale(new QLabel)
    , m_mapInfo(new QLabel)
    , m_backboneNote(new QLabel)
{
    m_image->setFixedSize(176, 176);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setFrameShape(QFrame::StyledPanel);
    m_mapChoice->setToolTip(tr("The Grad-CAM map drawn over the image: where a node looked for one of its outputs (red: most)"));
    m_opacity->setRange(0, 100);
    m_opacity->setValue(50);
    m_opacity->setToolTip(tr("Opacity of the map over the image"));
    m_scale->setPixmap(QPixmap::fromImage(camScaleImage(QSize(120, 10))));
    m_scale->setToolTip(tr("Colour scale: each map from zero (dark blue) to its own peak (dark red)"));
    m_mapInfo->setWordWrap(true);
    m_backboneNote->setWordWrap(true);
    m_backboneNote->hide();
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* exportButton = new QPushButton(tr("Export…"));
    exportButton->setToolTip(tr("Save the route inspector as PNG or PDF"));
    auto* mapControls = new QVBoxLayout;
    mapControls->addWidget(new QLabel(tr("Map over the image")));
    mapControls->addWidget(m_mapChoice);
    auto* opacityRow = new QHBoxLayout;
    opacityRow->addWidget(new QLabel(tr("Opacity")));
    opacityRow->addWidget(m_opacity, 1);
    mapControls->addLayout(opacityRow);
    auto* scaleRow = new QHBoxLayout;
    scaleRow->addWidget(new QLabel(tr("low")));
    scaleRow->addWidget(m_scale);
    scaleRow->addWidget(new QLabel(tr("high")));
    scaleRow->addStretch(1);
    mapControls->addLayout(scaleRow);
    mapControls->addWidget(m_mapInfo);
    mapControls->addStretch(1);
    auto* top = new QHBoxLayout;
    top->addWidget(m_image, 0, Qt::AlignTop);
    top->addLayout(mapControls, 1);
    top->addWidget(m_summary, 1);
    top->addWidget(exportButton, 0, Qt::AlignTop);
    auto* barsHost = new QWidget;
    barsHost->setLayout(m_barsLayout);
    m_barsLayout->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(barsHost);
    scroll->setWidgetResizable(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_backboneNote);
    layout->addWidget(m_tree, 2);
    layout->addWidget(scroll, 3);
    connect(exportButton, &QPushButton::clicked, this, &RouteInspector::exportRequested);
    connect(m_mapChoice, &QComboBox::currentIndexChanged, this, &RouteInspector::redrawImage);
    connect(m_opacity, &QSlider::valueChanged, this, &RouteInspector::redrawImage);
    clear();
}

void RouteInspector::setContext(
    const std::vector<std::string>& classNames, const grouping::Hierarchy& hierarchy, const std::vector<int>& treeNodeIds)
{
    m_classNames = classNames;
    const HierarchyDiagram diagram(hierarchy);
    m_tree->setTree(diagram.nodes);
    m_diagramOfTreeNode.clear();
    for (int hierarchyNode : treeNodeIds)
        m_diagramOfTreeNode.push_back(diagram.positionOfHierarchyNode.value(hierarchyNode, -1));
    clear();
}

void RouteInspector::clear()
{
    m_explanation = {};
    for (auto* row : std::as_const(m_rows))
        delete row;
    m_rows.clear();
    m_bars.clear();
    m_mapRows.clear();
    m_thumbnails.clear();
    m_maps.clear();
    {
        const QSignalBlocker block(m_mapChoice);
        m_mapChoice->clear();
        m_mapChoice->addItem(tr("No map"), -1);
    }
    m_mapChoice->setEnabled(false);
    m_mapInfo->clear();
    m_source = {};
    m_shown = {};
    m_image->clear();
    m_tree->clearPaths();
    m_summary->setText(tr("Click an image to see its route through the tree."));
}

QString RouteInspector::className(std::int64_t id) const
{
    return id >= 0 && std::size_t(id) < m_classNames.size() ? QString::fromStdString(m_classNames[std::size_t(id)])
                                                            : QStringLiteral("?");
}

ProbabilityBars* RouteInspector::addBars(int treeNode)
{
    auto* row = new QWidget;
    auto* rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    auto* bars = new ProbabilityBars;
    rowLayout->addWidget(bars, 1);
    if (treeNode >= -1) {
        auto* maps = new QHBoxLayout;
        rowLayout->addLayout(maps);
        m_mapRows.insert(treeNode, maps);
    }
    m_barsLayout->insertWidget(m_barsLayout->count() - 1, row);
    m_rows << row;
    m_bars << bars;
    return bars;
}

QString RouteInspector::roleText(const QString& role)
{
    // The core names a map's role in English; the inspector says it in the studio's language.
    if (role == QLatin1String("chosen"))
        return tr("chosen");
    if (role == QLatin1String("true"))
        return tr("true");
    if (role == QLatin1String("chosen, true"))
        return tr("chosen, true");
    return role;
}

void RouteInspector::setBackboneNote(const QString& note)
{
    m_backboneNote->setText(note);
    m_backboneNote->setVisible(!note.isEmpty());
}

int RouteInspector::currentMap() const
{
    return m_mapChoice->currentData().isValid() ? m_mapChoice->currentData().toInt() : -1;
}

void RouteInspector::setCurrentMap(int map)
{
    m_mapChoice->setCurrentIndex(std::max(0, m_mapChoice->findData(map)));
}

void RouteInspector::redrawImage()
{
    if (m_source.isNull())
        return;
    const QSize size = m_image->size() - QSize(8, 8);
    const int map = currentMap();
    if (map >= 0 && map < m_maps.size()) {
        const auto& m = m_maps[map];
        m_shown = camImage(m_source, m, size, m_opacity->value() / 100.0);
        m_mapInfo->setText(tr("<b>%1</b> looking for <b>%2</b> (%3): p = %4<br><small>%5, %6×%7</small>")
                               .arg(m.node.toHtmlEscaped(), m.target.toHtmlEscaped(), roleText(m.role).toHtmlEscaped())
                               .arg(locale().toString(m.probability, 'f', 3))
                               .arg(m.layer.toHtmlEscaped())
                               .arg(m.width)
                               .arg(m.height));
    } else {
        m_shown = m_source.scaled(size, Qt::KeepAspectRatio, Qt::FastTransformation);
        m_mapInfo->clear();
    }
    m_image->setPixmap(QPixmap::fromImage(m_shown));
}

QToolButton* RouteInspector::thumbnail(int map)
{
    const auto& m = m_maps[map];
    auto* button = new QToolButton;
    button->setAutoRaise(true);
    button->setIconSize(QSize(48, 48));
    button->setIcon(QPixmap::fromImage(camImage(m_source, m, QSize(48, 48), 0.6)));
    button->setText(m.target);
    button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    button->setToolTip(tr("Where %1 looked for %2 (%3; p = %4). Click to draw it over the image.")
                           .arg(m.node, m.target, roleText(m.role))
                           .arg(locale().toString(m.probability, 'f', 3)));
    connect(button, &QToolButton::clicked, this, [this, map] { setCurrentMap(map); });
    m_thumbnails << button;
    return button;
}

void RouteInspector::showMaps(int image, const QVector<CamMap>& maps)
{
    if (image != m_explanation.index || m_source.isNull())
        return;
    m_maps = maps;
    {
        const QSignalBlocker block(m_mapChoice);
        m_mapChoice->clear();
        m_mapChoice->addItem(tr("No map"), -1);
        for (int i = 0; i < maps.size(); ++i)
            m_mapChoice->addItem(tr("%1 → %2 (%3)").arg(maps[i].node, maps[i].target, roleText(maps[i].role)), i);
    }
    m_mapChoice->setEnabled(!maps.isEmpty());
    bool hasBackbone = false;
    for (int i = 0; i < maps.size(); ++i) {
        hasBackbone = hasBackbone || maps[i].isBackbone();
        if (maps[i].isBackbone() && !m_mapRows.contains(-1)) {
            QVector<ProbabilityBars::Bar> none;
            addBars(-1)->setBars(tr("Backbone (for comparison): its prediction and the true class"), none);
        }
        if (auto* row = m_mapRows.value(maps[i].treeNode, nullptr))
            row->addWidget(thumbnail(i));
    }
    // The first map of the root: where the tree's first decision looked.
    setCurrentMap(maps.isEmpty() ? -1 : 0);
    redrawImage();
}

QString RouteInspector::summaryText() const
{
    return m_summary->text();
}

QString RouteInspector::summaryOf(const evaluation::RouteExplanation& e, const QString& ownFile) const
{
    if (!ownFile.isEmpty()) // a user's image: no true class to be right or wrong about
        return m_backboneRun
            ? tr("<b>%1</b> (your image)<br>backbone: <b>%2</b>")
                  .arg(QFileInfo(ownFile).fileName().toHtmlEscaped(), className(e.fastPrediction).toHtmlEscaped())
            : tr("<b>%1</b> (your image)<br>fast (routing): <b>%2</b><br>slow (conditional): %3")
                  .arg(QFileInfo(ownFile).fileName().toHtmlEscaped(), className(e.fastPrediction).toHtmlEscaped(),
                      className(e.slowPrediction).toHtmlEscaped());
    auto stepName = [](const std::vector<evaluation::RouteStep>& steps, int treeNode) {
        for (const auto& s : steps)
            if (s.treeNode == treeNode)
                return QString::fromStdString(s.name);
        return QString();
    };
    const bool right = e.fastPrediction == e.trueClass;
    const auto colour = right ? QStringLiteral("#2ca02c") : QStringLiteral("#d62728");
    QString summary = m_backboneRun
        ? tr("<b>Image %1</b><br>true class: <b>%2</b><br>backbone: <b style='color:%3'>%4</b>")
              .arg(e.index)
              .arg(className(e.trueClass).toHtmlEscaped(), colour, className(e.fastPrediction).toHtmlEscaped())
        : tr("<b>Image %1</b><br>true class: <b>%2</b><br>fast (routing): <b style='color:%3'>%4</b><br>slow (conditional): %5")
              .arg(e.index)
              .arg(className(e.trueClass).toHtmlEscaped())
              .arg(colour)
              .arg(className(e.fastPrediction).toHtmlEscaped())
              .arg(className(e.slowPrediction).toHtmlEscaped());
    // A backbone's tree has one node: no group to be right or wrong in.
    if (!m_backboneRun && e.partedAt >= 0)
        summary += tr("<br>the route left the true path at <b>%1</b>").arg(stepName(e.taken, e.partedAt).toHtmlEscaped());
    else if (!m_backboneRun && !right)
        summary += tr("<br>right group, wrong class inside it");
    return summary;
}

void RouteInspector::showRoute(const QImage& image, const evaluation::RouteExplanation& e, const QString& ownFile)
{
    clear();
    m_explanation = e;
    m_source = image;
    redrawImage();
    m_summary->setText(summaryOf(e, ownFile));

    QVector<int> taken, truePath;
    for (const auto& s : e.taken)
        taken << m_diagramOfTreeNode.at(std::size_t(s.treeNode));
    for (const auto& s : e.truePath)
        truePath << m_diagramOfTreeNode.at(std::size_t(s.treeNode));
    m_tree->setPaths(taken, truePath, e.partedAt >= 0 ? m_diagramOfTreeNode.at(std::size_t(e.partedAt)) : -1);

    // Every node on the taken route, then those of the true path the route did not visit.
    auto showStep = [&](const evaluation::RouteStep& s, const QString& where) {
        QVector<ProbabilityBars::Bar> bars;
        for (std::size_t j = 0; j < s.childNames.size(); ++j)
            bars.push_back(
                { QString::fromStdString(s.childNames[j]), s.probabilities[j], int(j) == s.chosen, int(j) == s.trueChild });
        addBars(s.treeNode)->setBars(tr("%1 (%2)").arg(QString::fromStdString(s.name), where), bars);
    };
    std::vector<int> shown;
    for (const auto& s : e.taken) {
        showStep(s, s.trueChild >= 0 ? tr("on both paths") : tr("route taken"));
        shown.push_back(s.treeNode);
    }
    for (const auto& s : e.truePath)
        if (std::find(shown.begin(), shown.end(), s.treeNode) == shown.end())
            showStep(s, tr("true path, not visited"));
    QVector<ProbabilityBars::Bar> top5;
    for (const auto& [c, p] : e.top5)
        top5.push_back({ className(c), p, c == e.slowPrediction, c == e.trueClass });
    addBars()->setBars(m_backboneRun ? tr("Top-5") : tr("Conditional top-5 (slow)"), top5);
}

} // namespace hiernet::studio
