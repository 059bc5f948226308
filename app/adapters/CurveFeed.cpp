#include "adapters/CurveFeed.h"

#include "TrainingCurves.h"

#include <QCoreApplication>

namespace hiernet::studio {

using widgets::TrainingCurves;

namespace {

void addValidation(TrainingCurves& curves, const runs::MetricLine& line)
{
    const double iteration = double(line.iteration);
    curves.addSeries(QStringLiteral("validation loss"), TrainingCurves::Panel::Loss, TrainingCurves::Style::Points);
    curves.addPoint(QStringLiteral("validation loss"), iteration, line.loss);
    // A HierNet reports its two accuracies (series names translated in the RunMonitor context, where they were first) and one per
    // node; a backbone its top-1.
    if (line.conditionalAccuracy) {
        const QString conditional = QCoreApplication::translate("hiernet::studio::RunMonitor", "val conditional (slow)"),
                      routing = QCoreApplication::translate("hiernet::studio::RunMonitor", "val routing (fast)");
        curves.addSeries(conditional, TrainingCurves::Panel::Accuracy, TrainingCurves::Style::Points);
        curves.addSeries(routing, TrainingCurves::Panel::Accuracy, TrainingCurves::Style::Points);
        curves.addPoint(conditional, iteration, 100 * *line.conditionalAccuracy);
        curves.addPoint(routing, iteration, 100 * line.routingAccuracy.value_or(0));
        for (const auto& [node, accuracy] : line.nodeAccuracy) {
            const QString series
                = QCoreApplication::translate("hiernet::studio::RunMonitor", "node %1").arg(QString::fromStdString(node));
            curves.addSeries(series, TrainingCurves::Panel::Accuracy, TrainingCurves::Style::Minor,
                QColor(160, 160, 160)); // the tree shows the values
            curves.addPoint(series, iteration, 100 * accuracy);
        }
    } else {
        curves.addSeries(QStringLiteral("validation accuracy"), TrainingCurves::Panel::Accuracy, TrainingCurves::Style::Points);
        curves.addPoint(QStringLiteral("validation accuracy"), iteration, 100 * line.accuracy);
    }
}

} // namespace

void addMetricsToCurves(TrainingCurves& curves, const std::vector<runs::MetricLine>& lines)
{
    using Type = runs::MetricLine::Type;
    for (const auto& line : lines) {
        if (!line.phase.empty())
            continue;
        const double iteration = double(line.iteration);
        if (line.type == Type::Train) {
            curves.addSeries(QStringLiteral("train loss"), TrainingCurves::Panel::Loss);
            curves.addSeries(QStringLiteral("train accuracy"), TrainingCurves::Panel::Accuracy);
            curves.addSeries(QStringLiteral("learning rate"), TrainingCurves::Panel::LearningRate);
            curves.addPoint(QStringLiteral("train loss"), iteration, line.loss);
            curves.addPoint(QStringLiteral("train accuracy"), iteration, 100 * line.trainAccuracy);
            curves.addPoint(QStringLiteral("learning rate"), iteration, line.learningRate);
        } else if (line.type == Type::Validation) {
            addValidation(curves, line);
        }
    }
}

} // namespace hiernet::studio
