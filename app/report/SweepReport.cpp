#include "report/SweepReport.h"

#include "adapters/ComparisonViews.h"
#include "report/ReportDocument.h"
#include "util/Error.h"

#include "QCustomPlotWrapper.h"
#include "RunCurves.h"
#include "SweepChart.h"

#include <QDir>
#include <QTextDocument>

namespace hiernet::report {

SweepReport::SweepReport(runs::Comparison comparison)
    : m_comparison(std::move(comparison))
    , m_document(std::make_unique<QTextDocument>())
    , m_writer(std::make_unique<ReportDocument>(*m_document))
{
    if (!m_comparison.sweep)
        throw Error("a sweep's report needs a sweep folder (sweep.json)");
    m_writer->heading(1, title());
    settingsSection();
    chartSection();
    tableSection();
    curvesSection();
}

SweepReport::~SweepReport() = default;

QTextDocument& SweepReport::document()
{
    return *m_document;
}
QString SweepReport::html() const
{
    return m_writer->html();
}
bool SweepReport::write(const QString& file, QString* error) const
{
    return m_writer->write(file, title(), error);
}

QString SweepReport::title() const
{
    return tr("Sweep %1 on %2")
        .arg(QDir(QString::fromStdString(m_comparison.sweepDirectory)).dirName(), QString::fromStdString(m_comparison.dataset));
}

void SweepReport::settingsSection()
{
    const auto& sweep = *m_comparison.sweep;
    const auto& identity = sweep.settings.value("identity", nlohmann::json::object());
    const auto& grid = identity.value("grid", nlohmann::json::object());
    const auto& trainer = identity.value("trainer", nlohmann::json::object());
    int finished = 0;
    std::int64_t iterations = 0;
    for (const auto& row : sweep.points)
        if (row.finished()) {
            ++finished;
            iterations = row.iterations;
        }
    auto list = [&](const char* key) { return QString::fromStdString(grid.value(key, nlohmann::json()).dump()); };
    m_writer->paragraph(
        tr("Backbone run %1. The grid: p_min %2, g_max %3, α %4, levels %5 — %6 points, %7 finished (the "
           "sweep is %8). Each HierNet trained with transfer from the backbone on the %9 schedule for %10 "
           "iterations (batch %11).")
            .arg(QString::fromStdString(sweep.backboneRun()), list("p_min"), list("g_max"), list("balance"), list("levels"))
            .arg(sweep.points.size())
            .arg(finished)
            .arg(QString::fromStdString(sweep.status), QString::fromStdString(trainer.value("schedule", std::string())))
            .arg(iterations)
            .arg(trainer.value("batch_size", 0)));
}

void SweepReport::chartSection()
{
    m_writer->heading(2, tr("Accuracy against the number of groups"));
    widgets::SweepChart chart;
    chart.resize(720, 420);
    chart.setPoints(studio::sweepChartPoints(m_comparison));
    studio::setSweepBaselines(chart, m_comparison);
    m_writer->image(QStringLiteral("sweep-chart.png"), chart.plot()->toPixmap(720, 420, 2.0).toImage(), 520);
    m_writer->paragraph(tr("Test top-1 of the fast (routing) answers per finished point, one marker shape per g_max; the "
                           "lines are the backbone and the backbone trained on for the HierNets' iterations (same budget); "
                           "a ring marks the paper's p_min and g_max."),
        true);
}

void SweepReport::tableSection()
{
    m_writer->heading(2, tr("Every point"), true);
    // The columns a portrait page holds (the Compare page and sweep.csv have them all).
    const auto& all = studio::comparisonColumns();
    std::vector<const studio::ComparisonColumn*> columns;
    for (int c : { 0, 4, 5, 6, 8, 9, 10, 11, 13, 14 })
        columns.push_back(&all[std::size_t(c)]);
    const auto rows = studio::comparisonRows(m_comparison);
    QStringList header;
    for (const auto* column : columns)
        header << column->header;
    auto* table = m_writer->table(int(rows.size()), int(columns.size()), header, { 24, 7, 9, 8, 8, 8, 8, 9, 10, 9 });
    for (int r = 0; r < int(rows.size()); ++r)
        for (int c = 0; c < int(columns.size()); ++c)
            m_writer->setCell(table, r + 1, c, studio::comparisonCell(*columns[std::size_t(c)], rows[std::size_t(r)]),
                columns[std::size_t(c)]->value ? ReportDocument::Number : ReportDocument::RowHeader);
    m_writer->paragraph(tr("Accuracies in %; the root estimate is what the backbone's CPM promised of the root before "
                           "training; mistake severity is the mean height of the fast answers' wrong test answers in the "
                           "point's tree. sweep.csv beside sweep.json holds every figure."),
        true);
}

void SweepReport::curvesSection()
{
    m_writer->heading(2, tr("Validation curves"), true);
    widgets::RunCurves curves;
    curves.resize(760, 560);
    curves.setRuns(studio::comparisonCurves(m_comparison));
    m_writer->image(QStringLiteral("sweep-curves.png"), curves.plot()->toPixmap(760, 560, 2.0).toImage(), 560);
    curves.setAxis(widgets::RunCurves::Axis::Time);
    m_writer->image(QStringLiteral("sweep-curves-time.png"), curves.plot()->toPixmap(760, 560, 2.0).toImage(), 560);
    m_writer->paragraph(tr("Each trained run once (points that share a run are named together): validation top-1 and "
                           "loss against the iteration, then against the training time."),
        true);
}

} // namespace hiernet::report
