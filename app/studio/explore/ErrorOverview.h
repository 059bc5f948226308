#pragma once
#include "evaluation/HierNetEvaluation.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace hiernet::studio {

/// Where a HierNet errs on a split: per tree node its images, accuracy and the routes that left the
/// true path there; for a chosen node, its confusion table (true child × chosen child). Clicking a
/// cell asks the gallery to show those images (cellChosen).
class ErrorOverview : public QWidget
{
    Q_OBJECT

public:
    explicit ErrorOverview(QWidget* parent = nullptr);

    void setEvaluation(const evaluation::HierNetEvaluation& evaluation, const QString& title);
    void showNode(int treeNode);
    int currentNode() const;
    QTableWidget* nodeTable() const { return m_nodes; }
    QTableWidget* confusionTable() const { return m_confusion; }

Q_SIGNALS:
    void cellChosen(int treeNode, int trueChild, int chosenChild);
    void exportRequested();

private:
    QLabel* m_title;
    QTableWidget* m_nodes;
    QComboBox* m_node;
    QTableWidget* m_confusion;
    evaluation::HierNetEvaluation m_evaluation;
};

} // namespace hiernet::studio
