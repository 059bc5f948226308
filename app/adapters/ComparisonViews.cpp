#include "adapters/ComparisonViews.h"

#include "grouping/PaperSettings.h"

#include <QDir>
#include <QFileInfo>

#include <cmath>

namespace hiernet::studio {
namespace {

double orNan(const std::optional<double>& v, double scale = 1)
{
    return v ? scale * *v : std::nan("");
}

const char* const kContext = "hiernet::studio::ComparisonViews";

QString translated(const char* text)
{
    return QCoreApplication::translate(kContext, text);
}

} // namespace

const std::vector<ComparisonColumn>& comparisonColumns()
{
    static const std::vector<ComparisonColumn> list = {
        { translated(QT_TRANSLATE_NOOP("hiernet::studio::ComparisonViews", "Run")), nullptr, 0 },
        { translated(QT_TRANSLATE_NOOP("hiernet::studio::ComparisonViews", "p_min")),
            [](const runs::SweepRow& r) { return r.point.gMax ? r.point.pMin : std::nan(""); }, 4 },
        { translated(QT_TRANSLATE_NOOP("hiernet::studio::ComparisonViews", "g_max")),
            [](const runs::SweepRow& r) { return r.point.gMax ? double(r.point.gMax) : std::nan(""); }, -1 },
        { translated(QT_TRANSLATE_NOOP("hiernet::studio::ComparisonViews", "α")),
            [](const runs::SweepRow& r) { return r.point.gMax ? r.point.balance : std::nan(""); }, 2 },
        { translated(QT_TRANSLATE_NOOP("hiernet::studio::ComparisonViews", "Groups")),
            [](const runs::SweepRow& r) { return r.groups ? double(r.groups) : std::nan(""); }, -1 },
        { translated(QT_TRANSLATE_NOOP("hiernet::studio::ComparisonViews", "Root estimate %")),
            [](const runs::SweepRow& r) { return orNan(r.rootEstimate, 100); }, 2 },
        { translated(QT_TRANSLATE_NOOP("hiernet::studio::ComparisonViews", "Root %")),
            [](const runs::SweepRow& r) { return orNan(r.rootMeasured, 100); }, 2 },
        { translated(QT_TRANSLATE_NOOP("hiernet::studio::ComparisonViews", "Val slow %")),
            [](const runs::SweepRow& r) { return orNan(r.valSlow, 100); }, 2 },
        { translated(QT_TRANSLATE_NOOP("hiernet::studio::ComparisonViews", "Val fast %")),
            [](const runs::SweepRow& r) { return orNan(r.valFast, 100); }, 2 },
        { translated(QT_TRANSLATE_NOOP("hiernet::studio::ComparisonViews", "Test slow %")),
            [](const runs::SweepRow& r) { return orNan(r.testSlow, 100); }, 2 },
        { translated(QT_TRANSLATE_NOOP("hiernet::studio::ComparisonViews", "Test fast %")),
            [](const runs::SweepRow& r) { return orNan(r.testFast, 100); }, 2 },
        { translated(QT_TRANSLATE_NOOP("hiernet::studio::ComparisonViews", "Mistake severity")),
            [](const runs::SweepRow& r) { return orNan(r.meanMistakeSeverity); }, 3 },
        { translated(QT_TRANSLATE_NOOP("hiernet::studio::ComparisonViews", "Parameters")),
            [](const runs::SweepRow& r) { return r.parameters ? double(r.parameters) : std::nan(""); }, -1 },
        { translated(QT_TRANSLATE_NOOP("hiernet::studio::ComparisonViews", "Iterations")),
            [](const runs::SweepRow& r) { return double(r.iterations); }, -1 },
        { translated(QT_TRANSLATE_NOOP("hiernet::studio::ComparisonViews", "Minutes")),
            [](const runs::SweepRow& r) { return orNan(r.seconds, 1.0 / 60); }, 1 },
        { translated(QT_TRANSLATE_NOOP("hiernet::studio::ComparisonViews", "Images/s")),
            [](const runs::SweepRow& r) { return orNan(r.imagesPerSecond); }, 0 },
    };
    return list;
}

QString comparisonRowName(const runs::SweepRow& row)
{
    if (row.kind == "backbone")
        return translated(QT_TRANSLATE_NOOP("hiernet::studio::ComparisonViews", "backbone"));
    if (row.kind == "backbone_same_budget")
        return translated(QT_TRANSLATE_NOOP("hiernet::studio::ComparisonViews", "backbone, same budget"));
    QString name = QString::fromStdString(row.name);
    if (!row.sharesWith.empty())
        name += translated(QT_TRANSLATE_NOOP("hiernet::studio::ComparisonViews", " (= %1)"))
                    .arg(QString::fromStdString(row.sharesWith));
    if (row.status != "finished")
        name += QStringLiteral(" — ") + QString::fromStdString(row.status);
    return name;
}

QString comparisonCell(const ComparisonColumn& column, const runs::SweepRow& row)
{
    if (!column.value)
        return comparisonRowName(row);
    const double v = column.value(row);
    if (std::isnan(v))
        return {};
    return column.decimals < 0 ? QString::number(qint64(std::llround(v))) : QString::number(v, 'f', column.decimals);
}

std::vector<runs::SweepRow> comparisonRows(const runs::Comparison& comparison)
{
    if (comparison.sweep)
        return comparison.sweep->rows();
    std::vector<runs::SweepRow> rows;
    for (const auto& run : comparison.runs)
        rows.push_back(run.row);
    return rows;
}

QString comparisonRunDirectory(const runs::Comparison& comparison, const runs::SweepRow& row)
{
    const auto run = QString::fromStdString(row.run);
    const auto sweep = QString::fromStdString(comparison.sweepDirectory);
    return sweep.isEmpty() || QFileInfo(run).isAbsolute() ? run : QDir(sweep).absoluteFilePath(run);
}

QVector<widgets::SweepChart::Point> sweepChartPoints(const runs::Comparison& comparison, std::vector<QString>* runs)
{
    QVector<widgets::SweepChart::Point> points;
    if (!comparison.sweep)
        return points;
    for (const auto& row : comparison.sweep->points) {
        if (!row.finished() || !(row.testFast || row.valFast))
            continue;
        const bool papers = std::abs(row.point.pMin - grouping::kPaperPMin) < 1e-12 && row.point.gMax == grouping::kPaperGMax
            && row.point.balance == 0 && row.point.levels == 1;
        points.push_back(
            { QString::fromStdString(row.name), row.groups, row.point.gMax, row.testFast.value_or(*row.valFast), papers });
        if (runs)
            runs->push_back(comparisonRunDirectory(comparison, row));
    }
    return points;
}

void setSweepBaselines(widgets::SweepChart& chart, const runs::Comparison& comparison)
{
    const auto& sweep = comparison.sweep;
    chart.setBaselines(sweep && sweep->sameBudget ? sweep->sameBudget->testFast : std::nullopt,
        sweep && sweep->backbone ? sweep->backbone->testFast : std::nullopt);
}

QVector<widgets::RunCurves::Run> comparisonCurves(const runs::Comparison& comparison)
{
    QVector<widgets::RunCurves::Run> curves;
    for (const auto& run : comparison.runs) {
        widgets::RunCurves::Run r;
        r.name = run.row.kind == "hiernet" ? QString::fromStdString(run.label) : comparisonRowName(run.row);
        r.iteration = QVector<double>(run.validationTop1.iteration.begin(), run.validationTop1.iteration.end());
        r.seconds = QVector<double>(run.validationTop1.seconds.begin(), run.validationTop1.seconds.end());
        r.top1 = QVector<double>(run.validationTop1.value.begin(), run.validationTop1.value.end());
        r.loss = QVector<double>(run.validationLoss.value.begin(), run.validationLoss.value.end());
        curves.push_back(r);
    }
    return curves;
}

} // namespace hiernet::studio
