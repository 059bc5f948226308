#pragma once
#include "evaluation/MistakeSeverity.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace hiernet::widgets {
class ConfusionHeatmap;
}

namespace hiernet::studio {

class ClassFinder;
class GroupingSession;

/// The Confusion page: the CPM of the window's GroupingSession (or its hard confusion matrix) as a
/// heatmap, rows and columns ordered by the session's groups (hand edits included) with the groups
/// outlined. Its p_min and g_max are the session's: changing them here regroups the Grouping page too.
/// A click on a cell asks for that pair's images (cellActivated): whose answers they are — the backbone's, or a
/// HierNet's fast or slow answer — is chosen beside the heatmap.
class ConfusionPage : public QWidget {
    Q_OBJECT

public:
    explicit ConfusionPage(GroupingSession* session, QWidget* parent = nullptr);
    ~ConfusionPage() override;

    /// Opens RUNDIR/cpm.json (or a cpm.json / CSV file) in the session; false (and why, in
    /// statusText) when it cannot.
    bool openRun(const QString& path);
    widgets::ConfusionHeatmap* heatmap() const { return m_heatmap; }
    /// The groups the heatmap is ordered by (class indices, reference order); empty when unordered.
    std::vector<std::vector<int>> groups() const;
    QDoubleSpinBox* pMinSpin() const { return m_pMin; }
    QSpinBox* gMaxSpin() const { return m_gMax; }
    QString statusText() const;
    QComboBox* cellAnswerChooser() const { return m_cellAnswer; }
    ClassFinder* finder() const { return m_finder; }
    QCheckBox* numbersCheck() const { return m_numbers; }
    /// Says on the page why a cell's images cannot be shown.
    void showProblem(const QString& message);

Q_SIGNALS:
    /// The images of true class `trueClass` that `answer` gives `predictedClass`.
    void cellActivated(int trueClass, int predictedClass, hiernet::evaluation::Predictor answer);

private:
    void showCpm();
    void showMatrix();
    void showState();
    void chooseRun();
    void exportImage();

    GroupingSession* m_session;
    widgets::ConfusionHeatmap* m_heatmap;
    QLabel* m_status;
    QComboBox* m_matrix;
    QCheckBox* m_log;
    QCheckBox* m_ordered;
    QCheckBox* m_numbers;
    QComboBox* m_cellAnswer;
    ClassFinder* m_finder;
    QDoubleSpinBox* m_pMin;
    QSpinBox* m_gMax;
};

} // namespace hiernet::studio
