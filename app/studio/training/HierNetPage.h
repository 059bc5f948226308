#pragma once
#include "studio/training/TrainingPage.h"
#include "grouping/Hierarchy.h"

#include "runs/MetricsFile.h"
#include "runs/RunInfo.h"

#include <QHash>
#include <QList>

class QCheckBox;
class QPushButton;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace hiernet::widgets {
class TreeDiagram;
}

namespace hiernet::studio {

/// The HierNet page: a backbone run and a hierarchy to start from, the split points and additional
/// blocks per level (the paper's defaults offered, an invalid layout explained before starting),
/// transfer from the backbone and optional root pre-training; trained with live curves of loss, both
/// accuracies and every node's accuracy (see TrainingPage), and the tree drawn with each node's accuracy.
class HierNetPage : public TrainingPage {
    Q_OBJECT

public:
    explicit HierNetPage(QWidget* parent = nullptr);

    void setBackboneRun(const QString& directory);
    void setHierarchyFile(const QString& path);
    /// "2" or "2,5": split points / additional blocks per level.
    void setTreeLayout(const QString& splitPoints, const QString& additionalBlocks);
    void useTransfer(bool transfer);
    void setRootPretraining(int iterations);
    /// Fills the layout with the paper's values for the backbone's architecture and depth.
    void usePaperDefaults();
    /// Why the current choices cannot train ("" when they can).
    QString startProblem() const override;
    widgets::TreeDiagram* tree() const { return m_tree; }
    /// The finished run's comparison: HierNet, its backbone, and the backbone trained on for the same budget.
    QString budgetComparison() const;

protected:
    std::unique_ptr<runs::TrainingJob> createJob(const QString& directory) override;
    std::unique_ptr<runs::TrainingJob> resumeJob(const QString& directory) override;
    QString newRunName() const override;
    void setModelSettingsEnabled(bool enabled) override;
    void showModelSettings(const runs::RunFolder& folder) override;

private:
    void configureControls();
    void buildForm();
    void connectControls();
    void reloadChoices();
    void showTree(const grouping::Hierarchy& hierarchy);
    void showNodeAccuracy(const std::vector<runs::MetricLine>& lines);
    void showNotes();
    /// For a finished run: its validation accuracy beside the backbone's and the same-budget backbone's.
    void showBudgetComparison(const runs::RunInfo& info);
    void refreshBackboneRuns();
    void chooseBackbone();
    void chooseHierarchy();

    QComboBox* m_backbone;
    QLineEdit* m_hierarchyPath;
    QLineEdit* m_splits;
    QLineEdit* m_extra;
    QCheckBox* m_transfer;
    QCheckBox* m_seedHeads;
    QSpinBox* m_rootPretrain;
    QCheckBox* m_fusedSiblings;
    QLabel* m_info;
    QLabel* m_budget;
    widgets::TreeDiagram* m_tree;
    QPushButton* m_backboneButton;
    QPushButton* m_hierarchyButton;
    QPushButton* m_defaultsButton;

    // What the choices resolve to (reloadChoices), with the reason when they do not.
    std::optional<runs::RunInfo> m_backboneInfo;
    grouping::Hierarchy m_hierarchy;
    QString m_problem;
    QStringList m_treeNames; ///< node names in diagram order, to place node accuracies
    QHash<QString, double> m_nodeAccuracy; ///< the latest validation's accuracy per node name
};

} // namespace hiernet::studio
