#include "RouteInspector.h"

#include "HierarchyDiagram.h"
#include "ProbabilityBars.h"
#include "TreeDiagram.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace hiernet::studio {

using widgets::ProbabilityBars;

RouteInspector::RouteInspector(QWidget* parent)
    : QWidget(parent)
    , m_image(new QLabel)
    , m_summary(new QLabel(tr("Click an image to see its route through the tree.")))
    , m_tree(new widgets::TreeDiagram)
    , m_barsLayout(new QVBoxLayout)
{
    m_image->setFixedSize(140, 140);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setFrameShape(QFrame::StyledPanel);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* exportButton = new QPushButton(tr("Export…"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_image);
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
    layout->addWidget(m_tree, 2);
    layout->addWidget(scroll, 3);
    connect(exportButton, &QPushButton::clicked, this, &RouteInspector::exportRequested);
}

void RouteInspector::setContext(const std::vector<std::string>& classNames, const grouping::Hierarchy& hierarchy, const std::vector<int>& treeNodeIds)
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
    for (auto* bars : std::as_const(m_bars))
        delete bars;
    m_bars.clear();
    m_image->clear();
    m_tree->clearPaths();
    m_summary->setText(tr("Click an image to see its route through the tree."));
}

QString RouteInspector::className(std::int64_t id) const
{
    return id >= 0 && std::size_t(id) < m_classNames.size() ? QString::fromStdString(m_classNames[std::size_t(id)]) : QStringLiteral("?");
}

ProbabilityBars* RouteInspector::addBars()
{
    auto* bars = new ProbabilityBars;
    m_barsLayout->insertWidget(m_barsLayout->count() - 1, bars);
    m_bars << bars;
    return bars;
}

QString RouteInspector::summaryText() const
{
    return m_summary->text();
}

void RouteInspector::showRoute(const QImage& image, const evaluation::RouteExplanation& e)
{
    clear();
    m_explanation = e;
    m_image->setPixmap(QPixmap::fromImage(image.scaled(m_image->size() - QSize(8, 8), Qt::KeepAspectRatio, Qt::FastTransformation)));
    auto stepName = [](const std::vector<evaluation::RouteStep>& steps, int treeNode) {
        for (const auto& s : steps)
            if (s.treeNode == treeNode)
                return QString::fromStdString(s.name);
        return QString();
    };
    const bool right = e.fastPrediction == e.trueClass;
    QString summary = tr("<b>Image %1</b><br>true class: <b>%2</b><br>fast (routing): <b style='color:%3'>%4</b><br>slow (conditional): %5")
                          .arg(e.index)
                          .arg(className(e.trueClass).toHtmlEscaped())
                          .arg(right ? QStringLiteral("#2ca02c") : QStringLiteral("#d62728"))
                          .arg(className(e.fastPrediction).toHtmlEscaped())
                          .arg(className(e.slowPrediction).toHtmlEscaped());
    if (e.partedAt >= 0)
        summary += tr("<br>the route left the true path at <b>%1</b>").arg(stepName(e.taken, e.partedAt).toHtmlEscaped());
    else if (!right)
        summary += tr("<br>right group, wrong class inside it");
    m_summary->setText(summary);

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
            bars.push_back({QString::fromStdString(s.childNames[j]), s.probabilities[j], int(j) == s.chosen, int(j) == s.trueChild});
        addBars()->setBars(tr("%1 (%2)").arg(QString::fromStdString(s.name), where), bars);
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
        top5.push_back({className(c), p, c == e.slowPrediction, c == e.trueClass});
    addBars()->setBars(tr("Conditional top-5 (slow)"), top5);
}

} // namespace hiernet::studio
