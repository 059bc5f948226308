#include "studio/explore/CoarseRoutingPanel.h"

#include "evaluation/CoarseRouting.h"

#include "CoverageCurve.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

namespace hiernet::studio {

namespace {
constexpr int kSteps = 100; ///< the slider moves τ in steps of 0.01
}

CoarseRoutingPanel::CoarseRoutingPanel(QWidget* parent)
    : QWidget(parent)
    , m_slider(new QSlider(Qt::Horizontal))
    , m_spin(new QDoubleSpinBox)
    , m_summary(new QLabel)
    , m_curve(new widgets::CoverageCurve)
{
    m_slider->setRange(0, kSteps);
    m_spin->setRange(0.0, 1.0);
    m_spin->setDecimals(2);
    m_spin->setSingleStep(0.01);
    m_summary->setWordWrap(true);
    auto* show = new QPushButton(tr("Show them"));
    const auto explanation
        = tr("τ: the routing answers with the deepest node of the fast route whose path probability (the product of the branch "
             "probabilities chosen down to it) reaches τ — the class when it does, else the group where it became unsure. "
             "τ = 0 is the fast routing.");
    m_slider->setToolTip(explanation);
    m_spin->setToolTip(explanation);
    show->setToolTip(tr("Show the images that stop at a group at this τ in the gallery"));
    m_curve->setToolTip(tr("Left: leaf accuracy (over the images answered at a class) against coverage, one point per τ. "
                           "Right: the answers' mean mistake severity against τ (a group that holds the true class counts 0)."));
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Stop at a group below τ")));
    row->addWidget(m_slider, 1);
    row->addWidget(m_spin);
    row->addWidget(show);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    layout->addWidget(m_curve, 1);
    connect(m_slider, &QSlider::valueChanged, this, [this](int step) { setThreshold(double(step) / kSteps); });
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, &CoarseRoutingPanel::setThreshold);
    connect(show, &QPushButton::clicked, this, &CoarseRoutingPanel::stoppedImagesRequested);
}

void CoarseRoutingPanel::setEvaluation(const evaluation::HierNetEvaluation& evaluation)
{
    m_evaluation = &evaluation;
    QVector<widgets::CoverageCurve::Point> points;
    for (int step = 0; step <= kSteps; ++step) {
        const auto p = evaluation::coverageAt(evaluation, double(step) / kSteps);
        points.push_back({ p.threshold, p.coverage, p.leafAccuracy, p.meanSeverity });
    }
    m_curve->setPoints(points);
    showThreshold();
}

double CoarseRoutingPanel::threshold() const
{
    return m_spin->value();
}

void CoarseRoutingPanel::setThreshold(double threshold)
{
    threshold = std::clamp(threshold, 0.0, 1.0);
    const bool changed = std::abs(threshold - m_spin->value()) > 1e-12;
    {
        const QSignalBlocker a(m_slider), b(m_spin);
        m_slider->setValue(int(std::lround(threshold * kSteps)));
        m_spin->setValue(threshold);
    }
    showThreshold();
    if (changed)
        Q_EMIT thresholdChanged(m_spin->value());
}

void CoarseRoutingPanel::showThreshold()
{
    m_curve->setCurrent(threshold());
    if (!m_evaluation || m_evaluation->count == 0) {
        m_summary->clear();
        return;
    }
    const auto p = evaluation::coverageAt(*m_evaluation, threshold());
    const QLocale locale = this->locale();
    m_summary->setText(
        tr("At τ = %1: %2 % answered at a class, %3 % of those right; %4 images stop at a group (%5 of those "
           "groups hold the true class); mean severity %6 (fast routing: %7)")
            .arg(locale.toString(p.threshold, 'f', 2), locale.toString(100 * p.coverage, 'f', 2),
                locale.toString(100 * p.leafAccuracy, 'f', 2))
            .arg(p.stoppedAtGroup)
            .arg(p.groupHoldsTruth)
            .arg(locale.toString(p.meanSeverity, 'f', 3),
                locale.toString(m_curve->points().isEmpty() ? 0.0 : m_curve->points().front().meanSeverity, 'f', 3)));
}

QString CoarseRoutingPanel::summaryText() const
{
    return m_summary->text();
}

} // namespace hiernet::studio
