#pragma once
#include "evaluation/HierNetEvaluation.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace hiernet::widgets {
class SeverityChart;
}

namespace hiernet::studio {

class CoarseRoutingPanel;

/// Where a HierNet errs on a split, in three sections: per tree node its images, accuracy and the routes that
/// left the true path there, and for a chosen node its confusion table (true child × chosen child); how bad its
/// mistakes are (mistake severity) and its hierarchical scores (hP / hR / hF, accuracy per level), beside the
/// backbone's on the same images and hierarchy; the routing that stops at a group when unsure. Clicking a
/// cell asks the gallery to show those images (cellChosen), clicking a severity those of that severity.
class ErrorOverview : public QWidget {
    Q_OBJECT

public:
    explicit ErrorOverview(QWidget* parent = nullptr);

    /// `backboneRun`: a backbone explored as its tree of one node (its severity and hierarchical scores are left out:
    /// with one node every mistake is "across the root").
    void setEvaluation(const evaluation::HierNetEvaluation& evaluation, const QString& title, bool backboneRun = false);
    void showNode(int treeNode);
    int currentNode() const;
    QTableWidget* nodeTable() const { return m_nodes; }
    QTableWidget* confusionTable() const { return m_confusion; }
    QTableWidget* severityTable() const { return m_severity; }
    widgets::SeverityChart* severityChart() const { return m_chart; }
    QTableWidget* hierarchicalTable() const { return m_scores; }
    CoarseRoutingPanel* coarseRouting() const { return m_coarse; }
    /// Shows the section (0 nodes, 1 severity and scores, 2 stop at a group).
    void showSection(int section);

Q_SIGNALS:
    void cellChosen(int treeNode, int trueChild, int chosenChild);
    /// Show the images whose fast prediction has this mistake severity.
    void severityChosen(int severity);
    void exportRequested();

private:
    QWidget* nodeSection();
    QWidget* severitySection();
    void showSeverities(const evaluation::HierNetEvaluation& evaluation);
    void showHierarchicalScores(const evaluation::HierNetEvaluation& evaluation);

    QLabel* m_title;
    QTableWidget* m_nodes;
    QComboBox* m_node;
    QTableWidget* m_confusion;
    QLabel* m_severityNote;
    QTableWidget* m_severity;
    widgets::SeverityChart* m_chart;
    QTableWidget* m_scores;
    QLabel* m_scoresNote;
    CoarseRoutingPanel* m_coarse;
    QTabWidget* m_sections;
    evaluation::HierNetEvaluation m_evaluation;
};

} // namespace hiernet::studio
