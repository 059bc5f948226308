#pragma once
#include "runs/RunComparison.h"

#include "RunCurves.h"
#include "SweepChart.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace hiernet::studio {

/// A comparison's table, chart and curves as the Compare page and the sweep report show them: the same columns,
/// names and points in both.
struct ComparisonColumn {
    QString header;
    /// The cell's number (NaN: empty); null for the name column.
    std::function<double(const runs::SweepRow&)> value;
    int decimals; ///< −1: a whole number
};
const std::vector<ComparisonColumn>& comparisonColumns();
/// A row's name: the point's (with the point it shares a run with, and its status when not finished), or the backbone's.
QString comparisonRowName(const runs::SweepRow& row);
/// The text of a cell ("" for an empty one).
QString comparisonCell(const ComparisonColumn& column, const runs::SweepRow& row);
/// The rows a comparison's table holds: a sweep's every row (the points, the backbone, the same-budget backbone), or
/// one per run.
std::vector<runs::SweepRow> comparisonRows(const runs::Comparison& comparison);
/// A row's run folder (a sweep's rows name theirs relative to the sweep folder).
QString comparisonRunDirectory(const runs::Comparison& comparison, const runs::SweepRow& row);

/// The sweep's finished points for the chart (test top-1 of the fast answers, else validation), the paper's setting
/// marked; `runs`, when given, receives each point's run folder.
QVector<widgets::SweepChart::Point> sweepChartPoints(const runs::Comparison& comparison, std::vector<QString>* runs = nullptr);
/// The chart's baselines: the same-budget backbone's and the backbone's test top-1.
void setSweepBaselines(widgets::SweepChart& chart, const runs::Comparison& comparison);
/// Each run's validation curves.
QVector<widgets::RunCurves::Run> comparisonCurves(const runs::Comparison& comparison);

} // namespace hiernet::studio
