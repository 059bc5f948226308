#pragma once
#include "evaluation/HierNetEvaluation.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace hiernet::widgets {
class SeverityChart;
}

namespace hiernet::studio {

/// Where a HierNet errs on a split: per tree node its images, accuracy and the routes that left the
/// true path there; how bad its mistakes are (mistake severity, beside the backbone's on the same images
/// and hierarchy); for a chosen node, its confusion table (true child × chosen child). Clicking a
/// cell asks the gallery to show those images (cellChosen), clicking a severity those of that severity.
class ErrorOverview : public QWidget {
    Q_OBJECT

public:
    explicit ErrorOverview(QWidget* parent = nullptr);

    void setEvaluation(const evaluation::HierNetEvaluation& evaluation, const QString& title);
    void showNode(int treeNode);
    int currentNode() const;
    QTableWidget* nodeTable() const { return m_nodes; }
    QTableWidget* confusionTable() const { return m_confusion; }
    QTableWidget* severityTable() const { return m_severity; }
    widgets::SeverityChart* severityChart() const { return m_chart; }

Q_SIGNALS:
    void cellChosen(int treeNode, int trueChild, int chosenChild);
    /// Show the images whose fast prediction has this mistake severity.
    void severityChosen(int severity);
    void exportRequested();

private:
    void showSeverities(const evaluation::HierNetEvaluation& evaluation);

    QLabel* m_title;
    QTableWidget* m_nodes;
    QComboBox* m_node;
    QTableWidget* m_confusion;
    QLabel* m_severityNote;
    QTableWidget* m_severity;
    widgets::SeverityChart* m_chart;
    evaluation::HierNetEvaluation m_evaluation;
};

} // namespace hiernet::studio
