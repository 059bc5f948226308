#include "ErrorOverview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
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
{
    m_title->setWordWrap(true);
    m_nodes->setColumnCount(4);
    m_nodes->setHorizontalHeaderLabels({tr("Node"), tr("Images"), tr("Accuracy"), tr("Left the true path here")});
    m_nodes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_nodes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_nodes->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_nodes->verticalHeader()->hide();
    m_confusion->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_confusion->setToolTip(tr("Rows: the true child; columns: the child the node chose. Click a cell to show those images."));
    auto* exportButton = new QPushButton(tr("Export…"));
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(exportButton);
    auto* nodeRow = new QHBoxLayout;
    nodeRow->addWidget(new QLabel(tr("Confusion at node")));
    nodeRow->addWidget(m_node, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_nodes, 2);
    layout->addLayout(nodeRow);
    layout->addWidget(m_confusion, 3);

    connect(m_node, &QComboBox::currentIndexChanged, this, &ErrorOverview::showNode);
    connect(m_nodes, &QTableWidget::cellClicked, this, [this](int row) { m_node->setCurrentIndex(row); });
    connect(m_confusion, &QTableWidget::cellClicked, this, [this](int row, int column) { Q_EMIT cellChosen(currentNode(), row, column); });
    connect(exportButton, &QPushButton::clicked, this, &ErrorOverview::exportRequested);
}

void ErrorOverview::setEvaluation(const evaluation::HierNetEvaluation& e, const QString& title)
{
    m_evaluation = e;
    m_title->setText(tr("%1 · %2 images · routing (fast) top-1 %3 % · conditional (slow) top-1 %4 % · misrouted %5 · wrong class in the right group %6")
                         .arg(title)
                         .arg(e.count)
                         .arg(100 * e.routingTop1, 0, 'f', 2)
                         .arg(100 * e.conditionalTop1, 0, 'f', 2)
                         .arg(e.misrouted)
                         .arg(e.wrongInGroup));
    m_nodes->setRowCount(int(e.nodes.size()));
    for (int t = 0; t < int(e.nodes.size()); ++t) {
        const auto& node = e.nodes[std::size_t(t)];
        const QStringList cells = {QString::fromStdString(node.name), QString::number(node.images),
                                   QStringLiteral("%1 %").arg(100 * node.accuracy(), 0, 'f', 2), QString::number(node.misroutedHere)};
        for (int c = 0; c < cells.size(); ++c)
            m_nodes->setItem(t, c, new QTableWidgetItem(cells[c]));
    }
    const QSignalBlocker block(m_node);
    m_node->clear();
    for (const auto& node : e.nodes)
        m_node->addItem(QString::fromStdString(node.name));
    showNode(0);
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
