#include "studio/explore/ErrorOverview.h"

#include "adapters/SeverityRows.h"
#include "studio/explore/CoarseRoutingPanel.h"

#include "SeverityChart.h"

#include <QLocale>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QIcon>
#include <QPixmap>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hiernet::studio {

ErrorOverview::ErrorOverview(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_nodes(new QTableWidget)
    , m_node(new QComboBox)
    , m_confusion(new QTableWidget)
    , m_severityNote(new QLabel)
    , m_severity(new QTableWidget)
    , m_chart(new widgets::SeverityChart)
    , m_scores(new QTableWidget)
    , m_scoresNote(new QLabel)
    , m_coarse(new CoarseRoutingPanel)
    , m_sections(new QTabWidget)
{
    m_severityNote->setWordWrap(true);
    m_severity->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_severity->setSelectionMode(QAbstractItemView::NoSelection);
    m_severity->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_severity->setToolTip(
        tr("Mistake severity: the height of the lowest common ancestor of the true and the predicted class in the "
           "hierarchy (0 = right, 1 = the right group, higher = a worse mistake). Click a severity column to show the "
           "images whose fast prediction has it."));
    m_chart->setToolTip(m_severity->toolTip());
    m_chart->setMinimumSize(200, 170);
    m_title->setWordWrap(true);
    m_nodes->setColumnCount(4);
    m_nodes->setHorizontalHeaderLabels({ tr("Node"), tr("Images"), tr("Accuracy"), tr("Left the true path here") });
    m_nodes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_nodes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_nodes->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_nodes->verticalHeader()->hide();
    m_confusion->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_confusion->setToolTip(tr("Rows: the true child; columns: the child the node chose. Click a cell to show those images."));
    m_scores->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_scores->setSelectionMode(QAbstractItemView::NoSelection);
    m_scores->setToolTip(
        tr("Hierarchical precision, recall and F1: the true class and the answer each extended by their ancestors (the root "
           "left out); micro over all images, macro per image. Level d: the answer's node at depth d is the true one."));
    m_scoresNote->setWordWrap(true);
    auto* exportButton = new QPushButton(tr("Export…"));
    exportButton->setToolTip(tr("Save this overview as PNG or PDF"));
    m_node->setToolTip(tr("The tree node whose confusion table is shown"));
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(exportButton);
    m_sections->addTab(nodeSection(), tr("Nodes"));
    m_sections->addTab(severitySection(), tr("Severity and scores"));
    m_sections->addTab(m_coarse, tr("Stop at a group"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_sections, 1);

    connect(m_node, &QComboBox::currentIndexChanged, this, &ErrorOverview::showNode);
    connect(m_nodes, &QTableWidget::cellClicked, this, [this](int row) { m_node->setCurrentIndex(row); });
    connect(m_confusion, &QTableWidget::cellClicked, this,
        [this](int row, int column) { Q_EMIT cellChosen(currentNode(), row, column); });
    connect(exportButton, &QPushButton::clicked, this, &ErrorOverview::exportRequested);
    connect(m_chart, &widgets::SeverityChart::severityClicked, this, &ErrorOverview::severityChosen);
    connect(m_severity, &QTableWidget::cellClicked, this, [this](int, int column) {
        const int first = 3; // top-1, mean over mistakes, mean over all, then one column per severity
        if (column >= first)
            Q_EMIT severityChosen(column - first);
    });
}

QWidget* ErrorOverview::nodeSection()
{
    auto* section = new QWidget;
    auto* nodeRow = new QHBoxLayout;
    nodeRow->addWidget(new QLabel(tr("Confusion at node")));
    nodeRow->addWidget(m_node, 1);
    auto* layout = new QVBoxLayout(section);
    layout->addWidget(m_nodes, 2);
    layout->addLayout(nodeRow);
    layout->addWidget(m_confusion, 3);
    return section;
}

QWidget* ErrorOverview::severitySection()
{
    auto* section = new QWidget;
    auto* severityRow = new QHBoxLayout;
    severityRow->addWidget(m_severity, 5);
    severityRow->addWidget(m_chart, 2);
    auto* layout = new QVBoxLayout(section);
    layout->addWidget(m_severityNote);
    layout->addLayout(severityRow, 3);
    layout->addWidget(m_scoresNote);
    layout->addWidget(m_scores, 2);
    return section;
}

void ErrorOverview::showSection(int section)
{
    m_sections->setCurrentIndex(section);
}

void ErrorOverview::setEvaluation(const evaluation::HierNetEvaluation& e, const QString& title, bool backboneRun)
{
    m_evaluation = e;
    m_sections->setTabVisible(1, !backboneRun);
    if (backboneRun)
        m_title->setText(tr("%1 · %2 images · backbone top-1 %3 %")
                             .arg(title)
                             .arg(e.count)
                             .arg(QLocale().toString(100 * e.routingTop1, 'f', 2)));
    else
        m_title->setText(
            tr("%1 · %2 images · routing (fast) top-1 %3 % · conditional (slow) top-1 %4 % · misrouted %5 · wrong class "
               "in the right group %6")
                .arg(title)
                .arg(e.count)
                .arg(QLocale().toString(100 * e.routingTop1, 'f', 2))
                .arg(QLocale().toString(100 * e.conditionalTop1, 'f', 2))
                .arg(e.misrouted)
                .arg(e.wrongInGroup));
    m_nodes->setRowCount(int(e.nodes.size()));
    for (int t = 0; t < int(e.nodes.size()); ++t) {
        const auto& node = e.nodes[std::size_t(t)];
        const QStringList cells = { QString::fromStdString(node.name), QString::number(node.images),
            QStringLiteral("%1 %").arg(QLocale().toString(100 * node.accuracy(), 'f', 2)), QString::number(node.misroutedHere) };
        for (int c = 0; c < cells.size(); ++c)
            m_nodes->setItem(t, c, new QTableWidgetItem(cells[c]));
    }
    showSeverities(e);
    showHierarchicalScores(e);
    m_coarse->setEvaluation(m_evaluation); // it keeps a pointer: to this copy
    const QSignalBlocker block(m_node);
    m_node->clear();
    for (const auto& node : e.nodes)
        m_node->addItem(QString::fromStdString(node.name));
    showNode(0);
}

void ErrorOverview::showSeverities(const evaluation::HierNetEvaluation& e)
{
    const auto c = e.severities();
    const auto rows = evaluation::severityRows(c);
    m_severityNote->setText(c.hasBackbone
            ? tr("How bad the mistakes are, in this run's hierarchy (severity 0 = right … %1 = across the root), "
                 "beside the backbone it was transferred from, on the same images:")
                  .arg(c.maximum)
            : tr("How bad the mistakes are, in this run's hierarchy (severity 0 = right … %1 = across the root). "
                 "The backbone's run is not at hand, so there is no backbone row.")
                  .arg(c.maximum));
    QStringList headers = { tr("Top-1"), tr("Mean severity\n(mistakes)"), tr("Mean severity\n(all images)") };
    for (int s = 0; s <= c.maximum; ++s)
        headers << (s == 0 ? tr("Right\n(0)") : s == c.maximum ? tr("Severity\n%1 (root)").arg(s) : tr("Severity\n%1").arg(s));
    m_severity->clear();
    m_severity->setColumnCount(int(headers.size()));
    m_severity->setHorizontalHeaderLabels(headers);
    m_severity->setRowCount(int(rows.size()));
    QVector<widgets::SeverityChart::Series> series;
    for (int r = 0; r < int(rows.size()); ++r) {
        const auto& s = rows[std::size_t(r)].summary;
        const auto name = predictorName(rows[std::size_t(r)].predictor);
        const auto colour = predictorColour(rows[std::size_t(r)].predictor);
        QPixmap swatch(12, 12);
        swatch.fill(colour); // the chart's colour for this row
        m_severity->setVerticalHeaderItem(r, new QTableWidgetItem(QIcon(swatch), name));
        QStringList cells = { locale().toString(100 * s.top1, 'f', 2) + QStringLiteral(" %"),
            locale().toString(s.meanMistakeSeverity, 'f', 3), locale().toString(s.meanSeverity, 'f', 3) };
        for (auto count : s.histogram)
            cells << locale().toString(count);
        for (int col = 0; col < int(cells.size()); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_severity->setItem(r, col, item);
        }
        series.push_back({ name, colour, QVector<qint64>(s.histogram.begin(), s.histogram.end()) });
    }
    m_severity->resizeColumnsToContents();
    m_chart->setSeries(series);
}

void ErrorOverview::showHierarchicalScores(const evaluation::HierNetEvaluation& e)
{
    const auto h = e.hierarchical();
    const auto rows = h.rows();
    m_scoresNote->setText(
        tr("Hierarchical scores in this run's hierarchy; the fast and slow answers disagree on %1 % of the images:")
            .arg(locale().toString(100 * h.fastSlowDisagreement, 'f', 2)));
    QStringList headers = { tr("hP"), tr("hR"), tr("hF"), tr("macro hF") };
    const auto levels = h.fast.levelAccuracy.size();
    for (std::size_t d = 1; d <= levels; ++d)
        headers << (d == levels ? tr("Leaf\n(class)") : tr("Level %1").arg(d));
    m_scores->clear();
    m_scores->setColumnCount(int(headers.size()));
    m_scores->setHorizontalHeaderLabels(headers);
    m_scores->setRowCount(int(rows.size()));
    auto percent = [this](double v) { return locale().toString(100 * v, 'f', 2) + QStringLiteral(" %"); };
    for (int r = 0; r < int(rows.size()); ++r) {
        const auto& [predictor, s] = rows[std::size_t(r)];
        QPixmap swatch(12, 12);
        swatch.fill(predictorColour(predictor));
        m_scores->setVerticalHeaderItem(r, new QTableWidgetItem(QIcon(swatch), predictorName(predictor)));
        QStringList cells = { percent(s.microPrecision), percent(s.microRecall), percent(s.microF1), percent(s.macroF1) };
        for (double level : s.levelAccuracy)
            cells << percent(level);
        for (int col = 0; col < int(cells.size()); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_scores->setItem(r, col, item);
        }
    }
    m_scores->resizeColumnsToContents();
}

int ErrorOverview::currentNode() const
{
    return m_node->currentIndex();
}

void ErrorOverview::showNode(int treeNode)
{
    if (treeNode < 0 || treeNode >= int(m_evaluation.nodes.size()))
        return;
    if (m_node->currentIndex() != treeNode) {
        m_node->setCurrentIndex(treeNode); // comes back here through the signal
        return;
    }
    const auto& node = m_evaluation.nodes[std::size_t(treeNode)];
    const int k = int(node.childNames.size());
    QStringList names;
    for (const auto& n : node.childNames)
        names << QString::fromStdString(n);
    m_confusion->clear();
    m_confusion->setRowCount(k);
    m_confusion->setColumnCount(k);
    m_confusion->setHorizontalHeaderLabels(names);
    m_confusion->setVerticalHeaderLabels(names);
    std::int64_t largestOff = 1;
    for (int a = 0; a < k; ++a)
        for (int b = 0; b < k; ++b)
            if (a != b)
                largestOff = std::max(largestOff, node.confusion[std::size_t(a)][std::size_t(b)]);
    for (int a = 0; a < k; ++a)
        for (int b = 0; b < k; ++b) {
            const auto count = node.confusion[std::size_t(a)][std::size_t(b)];
            auto* item = new QTableWidgetItem(QString::number(count));
            item->setTextAlignment(Qt::AlignCenter);
            // Off-diagonal cells shaded by how many images went wrong there.
            if (a != b && count > 0)
                item->setBackground(QColor(214, 39, 40, 40 + int(160 * double(count) / double(largestOff))));
            else if (a == b)
                item->setBackground(QColor(44, 160, 44, 50));
            item->setToolTip(tr("true %1, chose %2: %3 images").arg(names[a], names[b]).arg(count));
            m_confusion->setItem(a, b, item);
        }
    m_confusion->resizeColumnsToContents();
}

} // namespace hiernet::studio
