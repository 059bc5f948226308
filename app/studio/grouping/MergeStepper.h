#pragma once
#include <QVector>
#include <QWidget>

class QLabel;
class QSpinBox;
class QTimer;
class QToolButton;

namespace hiernet::studio {

class GroupingSession;

/// Steps through the session's merge sequence one merge at a time, from every class on its own to the
/// grouping p_min and g_max make: first, previous, next, last, and play at a chosen speed (Alt+Home,
/// Alt+Left, Alt+Right, Alt+End, Alt+P). Each step says the rule in words with its numbers; the last
/// says why the grouping stops there. The page shows the step (heatmap, dendrogram, group list).
class MergeStepper : public QWidget {
    Q_OBJECT

public:
    explicit MergeStepper(GroupingSession* session, QWidget* parent = nullptr);

    /// Merges done at this step: 0 … last().
    int step() const { return m_step; }
    /// The merges the current p_min and g_max make.
    int last() const;
    bool playing() const;
    /// The sentence shown for the current step.
    QString explanation() const;
    /// Classes of the two groups the current step merges (empty at step 0).
    QVector<int> mergedFirst() const { return m_first; }
    QVector<int> mergedSecond() const { return m_second; }

    void setStep(int step);
    /// Plays from the current step to the last (from the first when at the last).
    void play(bool on);
    void setSpeed(int mergesPerSecond);

Q_SIGNALS:
    void stepChanged(int step);

private:
    /// The merged groups and the sentence of the current step.
    void describeStep();
    QString groupText(const QVector<int>& classes) const;

    GroupingSession* m_session;
    int m_step = 0;
    QVector<int> m_first, m_second;
    QLabel* m_text;
    QSpinBox* m_speed;
    QTimer* m_timer;
    QToolButton* m_playButton;
};

} // namespace hiernet::studio
