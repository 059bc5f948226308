#include "report/RunReport.h"

#include "adapters/CamMap.h"
#include "adapters/CurveFeed.h"
#include "adapters/HierarchyDiagram.h"
#include "adapters/SeverityRows.h"
#include "adapters/TensorImages.h"
#include "report/ReportDocument.h"

#include "ConfusionHeatmap.h"
#include "QCustomPlotWrapper.h"
#include "CoverageCurve.h"
#include "SeverityChart.h"
#include "evaluation/CoarseRouting.h"
#include "TrainingCurves.h"
#include "TreeDiagram.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextTable>

namespace hiernet::report {
namespace {

QString percent(double value)
{
    return QLocale().toString(100 * value, 'f', 2) + QChar(0x00a0) + QLatin1Char('%'); // no line break before the sign
}

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

QString escaped(const std::string& value)
{
    return text(value).toHtmlEscaped();
}

QString joined(const std::vector<int>& values)
{
    QStringList parts;
    for (int v : values)
        parts << QString::number(v);
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

QString optionalPercent(std::optional<double> value)
{
    return value ? percent(*value) : QStringLiteral("–");
}

QString severityOf(const evaluation::SeveritySummary* severity, double evaluation::SeveritySummary::*field)
{
    return severity ? QLocale().toString(severity->*field, 'f', 3) : QStringLiteral("–");
}

} // namespace

RunReport::RunReport(ReportData data)
    : m_data(std::move(data))
    , m_document(std::make_unique<QTextDocument>())
    , m_writer(std::make_unique<ReportDocument>(*m_document))
{
    m_document->setMetaInformation(QTextDocument::DocumentTitle, title());
    m_writer->heading(1, title());
    m_writer->paragraph(tr("%1 · made by HierNet Studio on %2")
                            .arg(text(m_data.run.directory()), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)),
        true);
    configurationSection();
    accuracySection();
    severitySection();
    hierarchicalSection();
    coarseRoutingSection();
    backboneSection();
    treeSection();
    nodeConfusionSection();
    misroutedSection();
}

RunReport::~RunReport() = default;

QTextDocument& RunReport::document()
{
    return *m_document;
}

QString RunReport::title() const
{
    return tr("HierNet report: %1").arg(QFileInfo(text(m_data.run.directory())).fileName());
}

void RunReport::configurationSection()
{
    const auto& d = m_data;
    const auto& info = d.run.info();
    const auto& config = d.run.hierNetConfig();
    QStringList groups;
    for (int child : d.hierarchy.node(0).children)
        groups << tr("%1 (%2)").arg(text(d.hierarchy.node(child).name)).arg(d.hierarchy.classesUnder(child).size());
    const QVector<std::pair<QString, QString>> rows {
        { tr("Dataset"),
            tr("%1 (%2 classes; %3 validation and %4 test images)")
                .arg(text(info.datasetName))
                .arg(d.classNames.size())
                .arg(d.val.count)
                .arg(d.test.count) },
        { tr("Backbone"),
            tr("%1, %2 iterations (%3)")
                .arg(text(d.backbone ? d.backbone->info().modelName() : info.modelName()))
                .arg(d.backboneIterations())
                .arg(text(config.backboneRun)) },
        { tr("Hierarchy"), tr("%n group(s) at the first level: ", "", int(groups.size())) + groups.join(QStringLiteral(", ")) },
        { tr("Tree layout"),
            tr("split points %1, additional blocks %2")
                .arg(joined(config.layout.splitPoints), joined(config.layout.additionalBlocks)) },
        { tr("Transfer"),
            tr("from the backbone; leaf heads %1; root pre-training %2 iterations")
                .arg(config.seedLeafHeads ? tr("seeded from its FC rows") : tr("fresh (the paper's code)"))
                .arg(config.rootPretrainIterations) },
        { tr("Training"),
            tr("schedule %1, %2 iterations, batch %3, on %4")
                .arg(text(config.trainer.schedule))
                .arg(info.totalIterations)
                .arg(info.batchSize)
                .arg(text(info.device)) },
    };
    m_writer->heading(2, tr("Dataset and configuration"));
    auto* table = m_writer->table(int(rows.size()), 2);
    for (int r = 0; r < rows.size(); ++r) {
        m_writer->setCell(table, r, 0, rows[r].first, ReportDocument::RowHeader);
        m_writer->setCell(table, r, 1, rows[r].second);
    }
}

void RunReport::accuracySection()
{
    const auto& d = m_data;
    const auto val = d.val.severities(), test = d.test.severities();
    struct Row {
        QString who, iterations;
        std::optional<double> valTop1, testTop1;
        const evaluation::SeveritySummary* severity;
    };
    const QString budget
        = QStringLiteral("%1 + %2").arg(d.backboneIterations()).arg(runs::hierNetTrainingIterations(d.run.info()));
    QVector<Row> rows;
    if (test.hasBackbone)
        rows.push_back(
            { tr("Backbone"), QString::number(d.backboneIterations()), val.backbone.top1, test.backbone.top1, &test.backbone });
    if (d.sameBudget)
        rows.push_back({ tr("Backbone trained on (same budget)"), budget, d.sameBudgetValTop1, d.sameBudgetTestTop1,
            d.sameBudgetSeverity ? &*d.sameBudgetSeverity : nullptr });
    rows.push_back({ tr("HierNet slow (conditional)"), budget, d.val.conditionalTop1, d.test.conditionalTop1, &test.slow });
    rows.push_back({ tr("HierNet fast (routing)"), budget, d.val.routingTop1, d.test.routingTop1, &test.fast });
    if (!d.test.nodes.empty())
        rows.push_back(
            { tr("Root node (the groups)"), budget, d.val.nodes.front().accuracy(), d.test.nodes.front().accuracy(), nullptr });

    m_writer->heading(2, tr("Accuracy"));
    auto* table = m_writer->table(int(rows.size()), 6,
        { QString(), tr("iterations"), tr("val. top-1"), tr("test top-1"), tr("mean severity of the test mistakes"),
            tr("mean severity of all test images") },
        { 30, 14, 14, 14, 14, 14 });
    for (int r = 0; r < rows.size(); ++r) {
        const auto& row = rows[r];
        const QStringList cells { row.iterations, optionalPercent(row.valTop1), optionalPercent(row.testTop1),
            severityOf(row.severity, &evaluation::SeveritySummary::meanMistakeSeverity),
            severityOf(row.severity, &evaluation::SeveritySummary::meanSeverity) };
        m_writer->setCell(table, r + 1, 0, row.who, ReportDocument::RowHeader);
        for (int c = 0; c < cells.size(); ++c)
            m_writer->setCell(table, r + 1, c + 1, cells[c], ReportDocument::Number);
    }
    QString notes;
    if (test.hasBackbone)
        notes += tr("HierNet fast − backbone on the test split: %1 points at the paper's budget")
                     .arg(QLocale().toString(100 * (d.test.routingTop1 - test.backbone.top1), 'f', 2));
    if (d.sameBudgetTestTop1)
        notes
            += tr(", %1 at the same budget").arg(QLocale().toString(100 * (d.test.routingTop1 - *d.sameBudgetTestTop1), 'f', 2));
    else
        notes += tr(" (no same-budget backbone: hiernet reproduce makes one)");
    notes += QStringLiteral(". ");
    if (d.promise)
        notes += tr("Before training, the backbone's CPM promised a root accuracy of %1; the root reached %2 on validation.")
                     .arg(percent(d.promise->estimate), percent(d.val.nodes.empty() ? 0.0 : d.val.nodes.front().accuracy()));
    m_writer->paragraph(notes);
}

void RunReport::severitySection()
{
    const auto& d = m_data;
    const auto test = d.test.severities();
    m_writer->heading(3, tr("Mistake severity"));
    m_writer->paragraph(
        tr("The height of the lowest common ancestor of the true and the predicted class in this hierarchy (Bertinetto "
           "et al. 2020): "
           "0 = right, 1 = the right group, %1 = across the root. Test images per severity:")
            .arg(test.maximum));
    QVector<widgets::SeverityChart::Series> series;
    for (const auto& row : evaluation::severityRows(test, d.sameBudgetSeverity))
        series.push_back({ studio::predictorName(row.predictor), studio::predictorColour(row.predictor),
            QVector<qint64>(row.summary.histogram.begin(), row.summary.histogram.end()) });
    QStringList header { QString() };
    for (int s = 0; s <= test.maximum; ++s)
        header << QString::number(s);
    auto* table = m_writer->table(int(series.size()), 0, header);
    for (int r = 0; r < series.size(); ++r) {
        // The chart has no legend: each row carries its colour.
        m_writer->setRichCell(table, r + 1, 0,
            QStringLiteral("<b><font color=\"%1\">&#9632;</font> %2</b>")
                .arg(series[r].colour.name(), series[r].name.toHtmlEscaped()));
        for (int c = 0; c < series[r].histogram.size() && c + 1 < header.size(); ++c)
            m_writer->setCell(table, r + 1, c + 1, QString::number(series[r].histogram[c]), ReportDocument::Number);
    }
    widgets::SeverityChart chart;
    chart.resize(640, 260);
    chart.setSeries(series);
    m_writer->image(QStringLiteral("severity.png"), chart.plot()->toPixmap(640, 260, 2.0).toImage(), 380);
}

void RunReport::hierarchicalSection()
{
    const auto h = m_data.test.hierarchical();
    m_writer->heading(3, tr("Hierarchical scores"));
    m_writer->paragraph(tr("Hierarchical precision, recall and F1 on the test split (each label extended by its ancestors, the "
                           "root left out; micro over the images, macro per image) and the accuracy per level of the tree "
                           "(the node at that depth right; the last level is the class). The fast and slow answers "
                           "disagree on %1 of the images.")
                            .arg(percent(h.fastSlowDisagreement)));
    const auto rows = h.rows();
    QStringList header { QString(), tr("hP"), tr("hR"), tr("hF"), tr("macro hF") };
    const auto levels = h.fast.levelAccuracy.size();
    for (std::size_t level = 1; level <= levels; ++level)
        header << (level == levels ? tr("class") : tr("level %1").arg(level));
    auto* table = m_writer->table(int(rows.size()), 0, header);
    for (int r = 0; r < int(rows.size()); ++r) {
        const auto& [predictor, s] = rows[std::size_t(r)];
        m_writer->setCell(table, r + 1, 0, studio::predictorName(predictor));
        QStringList cells { percent(s.microPrecision), percent(s.microRecall), percent(s.microF1), percent(s.macroF1) };
        for (double level : s.levelAccuracy)
            cells << percent(level);
        for (int c = 0; c < int(cells.size()); ++c)
            m_writer->setCell(table, r + 1, c + 1, cells[c], ReportDocument::Number);
    }
}

void RunReport::coarseRoutingSection()
{
    const auto& test = m_data.test;
    m_writer->heading(3, tr("Stopping at a group when unsure"));
    m_writer->paragraph(tr("The fast routing answers with the deepest node of its route whose path probability reaches a "
                           "threshold τ: the class when it does, else a group. Coverage is the share answered with a class, "
                           "leaf accuracy is measured over those; an image stopped at a group is neither right nor wrong at "
                           "the leaf, and its severity is 0 when the group holds the true class. Test split:"));
    const auto curve = evaluation::coverageCurve(test, evaluation::standardThresholds());
    auto* table = m_writer->table(int(curve.size()), 0,
        { tr("τ"), tr("coverage"), tr("leaf accuracy"), tr("mean severity"), tr("hF"), tr("stopped at a group"),
            tr("of those, holding the true class") });
    for (int r = 0; r < int(curve.size()); ++r) {
        const auto& p = curve[std::size_t(r)];
        const QStringList cells { QString::number(p.threshold, 'f', 2), percent(p.coverage), percent(p.leafAccuracy),
            QString::number(p.meanSeverity, 'f', 3), percent(p.hierarchicalF1), QString::number(p.stoppedAtGroup),
            QString::number(p.groupHoldsTruth) };
        for (int c = 0; c < int(cells.size()); ++c)
            m_writer->setCell(table, r + 1, c, cells[c], ReportDocument::Number);
    }
    QVector<widgets::CoverageCurve::Point> points;
    for (int step = 0; step <= 100; ++step) {
        const auto p = evaluation::coverageAt(test, step / 100.0);
        points.push_back({ p.threshold, p.coverage, p.leafAccuracy, p.meanSeverity });
    }
    widgets::CoverageCurve chart;
    chart.resize(720, 260);
    chart.setPoints(points);
    chart.setCurrent(0.0);
    m_writer->image(QStringLiteral("coverage.png"), chart.plot()->toPixmap(720, 260, 2.0).toImage(), 430);
}

void RunReport::backboneSection()
{
    const auto& d = m_data;
    const auto backboneRun = text(d.run.hierNetConfig().backboneRun);
    m_writer->heading(2, tr("The backbone"), true);
    if (!d.backboneMetrics.empty()) {
        widgets::TrainingCurves curves;
        curves.resize(760, 520);
        studio::addMetricsToCurves(curves, d.backboneMetrics);
        m_writer->paragraph(
            tr("Training curves of %1: loss, accuracy and learning rate against the iteration.").arg(backboneRun));
        m_writer->image(QStringLiteral("curves.png"), curves.toImage(760, 520), 560);
    } else {
        m_writer->paragraph(tr("The backbone's metrics are not at hand (%1).").arg(backboneRun));
    }
    if (!d.cpm || d.cpm->size() != int(d.classNames.size()))
        return;
    widgets::ConfusionHeatmap heatmap;
    heatmap.resize(640, 600);
    QStringList classNames;
    for (const auto& name : d.classNames)
        classNames << text(name);
    heatmap.setMatrix(
        QVector<double>(d.cpm->values.begin(), d.cpm->values.end()), d.cpm->size(), classNames, tr("mean probability"));
    QVector<int> order, starts;
    for (int child : d.hierarchy.node(0).children) {
        starts << int(order.size());
        for (int c : d.hierarchy.classesUnder(child))
            order << c;
    }
    heatmap.setOrder(order, starts);
    m_writer->paragraph(
        tr("Its confusion probability matrix on the validation split (row: true class, column: predicted), ordered "
           "by the "
           "first-level groups, which are outlined."));
    m_writer->image(QStringLiteral("cpm.png"), heatmap.plot()->toPixmap(640, 600, 2.0).toImage(), 380);
}

void RunReport::treeSection()
{
    const auto& d = m_data;
    m_writer->heading(2, tr("The tree"), true);
    const studio::HierarchyDiagram diagram(d.hierarchy);
    widgets::TreeDiagram tree;
    tree.resize(760, 80 + 90 * d.hierarchy.statistics().depth);
    tree.setTree(diagram.nodes);
    QStringList notes;
    for (int position = 0; position < diagram.hierarchyNodes.size(); ++position) {
        const auto& name = d.hierarchy.node(diagram.hierarchyNodes[position]).name;
        QString note;
        for (const auto& node : d.test.nodes)
            if (node.name == name)
                note = QLocale().toString(100 * node.accuracy(), 'f', 1) + QStringLiteral(" %");
        notes << note;
    }
    tree.setNotes(notes);
    m_writer->paragraph(tr("Each node with its accuracy on the test images whose true path passes through it."));
    m_writer->image(QStringLiteral("tree.png"), tree.grab().toImage(), 620);
    auto* table = m_writer->table(int(d.test.nodes.size()), 4,
        { tr("Node"), tr("Test images"), tr("Accuracy"), tr("Routes that left the true path here") });
    for (int r = 0; r < int(d.test.nodes.size()); ++r) {
        const auto& node = d.test.nodes[std::size_t(r)];
        m_writer->setCell(table, r + 1, 0, text(node.name));
        m_writer->setCell(table, r + 1, 1, QString::number(node.images), ReportDocument::Number);
        m_writer->setCell(table, r + 1, 2, percent(node.accuracy()), ReportDocument::Number);
        m_writer->setCell(table, r + 1, 3, QString::number(node.misroutedHere), ReportDocument::Number);
    }
}

void RunReport::nodeConfusionSection()
{
    m_writer->heading(3, tr("Per-node confusion (test; rows: the true child, columns: the child chosen)"));
    for (const auto& node : m_data.test.nodes) {
        if (node.childNames.size() < 2)
            continue;
        m_writer->richParagraph(QStringLiteral("<b>%1</b>").arg(escaped(node.name)));
        QStringList header { QString() };
        for (const auto& child : node.childNames)
            header << text(child);
        const int children = int(node.childNames.size());
        auto* table = m_writer->table(children, 0, header);
        for (int a = 0; a < children; ++a) {
            m_writer->setCell(table, a + 1, 0, text(node.childNames[std::size_t(a)]), ReportDocument::RowHeader);
            for (int b = 0; b < children; ++b) {
                const auto count = node.confusion[std::size_t(a)][std::size_t(b)];
                const QColor colour = a == b ? QColor(0xdf, 0xf0, 0xdf)
                    : count > 0              ? QColor(0xf6, 0xd3, 0xd3)
                                             : QColor(Qt::white);
                m_writer->setCell(table, a + 1, b + 1, QString::number(count), ReportDocument::Number, colour);
            }
        }
    }
}

void RunReport::misroutedSection()
{
    const auto& d = m_data;
    const auto names = [&](std::int64_t id) { return escaped(d.classNames[std::size_t(id)]); };
    m_writer->heading(2, tr("The most confident misrouted test images"), true);
    if (d.misrouted.empty()) {
        m_writer->paragraph(tr("No test image left its true path."));
        return;
    }
    m_writer->paragraph(tr("%1 of %2 misrouted test images, most confident first. The map shows where the root looked when it "
                           "chose the wrong "
                           "group (dark blue: nowhere, dark red: most).")
                            .arg(d.misrouted.size())
                            .arg(d.test.misrouted));
    auto* table = m_writer->table(int(d.misrouted.size()), 4,
        { tr("Image"), tr("Root Grad-CAM"), tr("Answer"), tr("Route (probability of each branch taken)") });
    for (int r = 0; r < int(d.misrouted.size()); ++r) {
        const auto& m = d.misrouted[std::size_t(r)];
        QStringList route;
        QString parted;
        for (const auto& step : m.route.taken) {
            route << tr("%1 → %2 (%3)")
                         .arg(escaped(step.name), escaped(step.childNames[std::size_t(step.chosen)]))
                         .arg(QLocale().toString(step.probabilities[std::size_t(step.chosen)], 'f', 3));
            if (step.treeNode == m.route.partedAt)
                parted = escaped(step.name);
        }
        const auto image = studio::imageFromTensor(m.image.unsqueeze(0), 0);
        const QString stem = QStringLiteral("misrouted-%1").arg(m.index);
        m_writer->setImageCell(table, r + 1, 0, stem + QStringLiteral(".png"),
            image.scaled(96, 96, Qt::KeepAspectRatio, Qt::FastTransformation), 80);
        m_writer->setImageCell(table, r + 1, 1, stem + QStringLiteral("-root.png"),
            studio::camImage(image, studio::camMapOf(m.rootMap, "chosen"), QSize(96, 96), 0.5), 80);
        m_writer->setRichCell(table, r + 1, 2,
            tr("#%1<br>true: <b>%2</b><br>fast: <b>%3</b> (%4)<br>left the true path at %5")
                .arg(m.index)
                .arg(names(m.route.trueClass), names(m.route.fastPrediction))
                .arg(QLocale().toString(m.confidence, 'f', 3))
                .arg(parted));
        m_writer->setRichCell(table, r + 1, 3, route.join(QStringLiteral("<br>")));
    }
}

QString RunReport::html() const
{
    return m_writer->html();
}

bool RunReport::write(const QString& file, QString* error) const
{
    return m_writer->write(file, title(), error);
}

} // namespace hiernet::report
