#pragma once
#include "evaluation/HierNetEvaluation.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QSlider;

namespace hiernet::widgets {
class CoverageCurve;
}

namespace hiernet::studio {

/// Stop at a group when unsure (evaluation/CoarseRouting.h): a τ slider, what the routing answers at that τ
/// (coverage, leaf accuracy over the images answered at a class, images stopped at a group and how many of those
/// groups hold the true class, the answers' mean severity) and the curve over τ. thresholdChanged() lets the
/// gallery mark the images that now stop at a group; "Show them" asks for those images.
class CoarseRoutingPanel : public QWidget {
    Q_OBJECT

public:
    explicit CoarseRoutingPanel(QWidget* parent = nullptr);

    void setEvaluation(const evaluation::HierNetEvaluation& evaluation);
    double threshold() const;
    void setThreshold(double threshold);
    QSlider* slider() const { return m_slider; }
    widgets::CoverageCurve* curve() const { return m_curve; }
    QString summaryText() const;

Q_SIGNALS:
    void thresholdChanged(double threshold);
    /// Show the images that stop at a group at the current τ.
    void stoppedImagesRequested();

private:
    void showThreshold();

    QSlider* m_slider;
    QDoubleSpinBox* m_spin;
    QLabel* m_summary;
    widgets::CoverageCurve* m_curve;
    const evaluation::HierNetEvaluation* m_evaluation = nullptr;
};

} // namespace hiernet::studio
