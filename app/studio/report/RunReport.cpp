#include "RunReport.h"

#include "ConfusionHeatmap.h"
#include "CurveFeed.h"
#include "HierarchyDiagram.h"
#include "QCustomPlotWrapper.h"
#include "SeverityChart.h"
#include "TensorImages.h"
#include "TrainingCurves.h"
#include "TreeDiagram.h"
#include "RouteColours.h"
#include "evaluation/GradCam.h"
#include "evaluation/ImageFilter.h"
#include "evaluation/MistakeSeverity.h"
#include "training/Evaluation.h"
#include "runs/HierNetRun.h"
#include "util/Error.h"
#include "util/FileIo.h"

#include <QLocale>
#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <c10/core/GradMode.h>
#include <nlohmann/json.hpp>
#include <torch/torch.h>

namespace hiernet::studio {
namespace {

QString percent(double value)
{
    return QLocale().toString(100 * value, 'f', 2) + QChar(0x00a0) + QLatin1Char('%'); // no line break before the sign
}

QString escaped(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

/// The same-budget backbone of a HierNet run: `reproduce` puts it beside the run, else a sibling folder.
QString findSameBudget(const QString& directory, const runs::RunInfo& info)
{
    QStringList candidates { QDir(directory).filePath(QStringLiteral("../backbone-same-budget")) };
    const QDir parent = QFileInfo(directory).dir();
    for (const auto& sibling : parent.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        candidates << parent.filePath(sibling);
    for (const auto& candidate : std::as_const(candidates)) {
        const auto same = runs::readRunInfo(candidate.toStdString());
        if (same && runs::isSameBudgetBaseline(*same, info))
            return QDir::cleanPath(candidate);
    }
    return {};
}

/// A backbone run's top-1 on a split from its eval.json (the run writes the validation one; `reproduce` the test one).
std::optional<double> evalTop1(const QString& directory, const char* split)
{
    try {
        const auto eval = nlohmann::json::parse(io::readText((directory + QStringLiteral("/eval.json")).toStdString()));
        if (eval.contains(split) && eval[split].contains("top1"))
            return eval[split]["top1"].get<double>();
    } catch (const std::exception&) {
    }
    return std::nullopt;
}

} // namespace

ReportData gatherReport(const QString& directory, int misroutedImages)
{
    c10::AutoGradMode noGrad(false);
    ReportData data;
    data.directory = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    auto loaded = runs::loadHierNetRun(directory.toStdString());
    const auto info = runs::readRunInfo(directory.toStdString());
    if (!info || info->status != "finished")
        throw Error(directory.toStdString() + ": the run is " + (info ? info->status : std::string("unreadable"))
            + "; a report needs a finished HierNet run");
    data.info = *info;
    data.classNames = loaded.dataset.classNames;
    data.hierarchy = loaded.model->net->hierarchy();
    data.backboneDirectory = QString::fromStdString(loaded.config.backboneRun);
    // Both splits as `hiernet eval` reports them, eval.json included.
    nlohmann::json eval
        = io::fileExists(loaded.run.file("eval.json")) ? loaded.run.readJson("eval.json") : nlohmann::json::object();
    const auto backbone = runs::loadTransferredBackbone(loaded); // once for both splits (used only where not cached)
    data.val = runs::evaluateCached(loaded, data::Split::Val, nullptr, backbone);
    data.test = runs::evaluateCached(loaded, data::Split::Test, nullptr, backbone);
    eval["val"] = evaluation::summaryJson(data.val);
    eval["test"] = evaluation::summaryJson(data.test);
    loaded.run.writeJson("eval.json", eval);
    data.promise = runs::rootPromise(directory.toStdString());

    if (!data.backboneDirectory.isEmpty()) {
        data.backboneInfo = runs::readRunInfo(loaded.config.backboneRun);
        if (data.backboneInfo) {
            runs::MetricsTail tail(loaded.config.backboneRun + "/metrics.jsonl");
            data.backboneMetrics = tail.readNew().lines;
            const auto cpmFile = loaded.config.backboneRun + "/cpm.json";
            if (io::fileExists(cpmFile))
                data.cpm = grouping::loadCpm(cpmFile);
        }
    }
    data.sameBudgetDirectory = findSameBudget(data.directory, data.info);
    if (!data.sameBudgetDirectory.isEmpty()) {
        data.sameBudgetValTop1 = evalTop1(data.sameBudgetDirectory, "val");
        // Its predictions on the same test images, for its severities in this hierarchy.
        auto sameBudget = runs::loadBackboneModel(
            data.sameBudgetDirectory.toStdString(), loaded.dataset, loaded.config.splitSeed, loaded.device);
        const auto result
            = training::evaluate(*sameBudget, loaded.dataset.split(data::Split::Test), loaded.preprocessor, loaded.device);
        data.sameBudgetTestTop1 = result.top1;
        const evaluation::MistakeSeverity measure(data.hierarchy);
        data.sameBudgetSeverity
            = evaluation::summarizeSeverities(measure.of(data.test.labels, result.predictions), measure.maximum());
    }

    // The misrouted test images the tree was surest about, with the root's map of the group it chose.
    evaluation::ImageFilter filter;
    filter.outcome = evaluation::ImageFilter::Outcome::Misrouted;
    filter.order = evaluation::ImageFilter::Order::ConfidenceDescending;
    const auto images = loaded.dataset.split(data::Split::Test);
    const auto chosen = evaluation::filterImages(data.test, filter);
    auto& net = *loaded.model->net;
    for (int i = 0; i < std::min<int>(misroutedImages, int(chosen.size())); ++i) {
        const int index = chosen[std::size_t(i)];
        ReportData::Misrouted m;
        m.index = index;
        m.confidence = data.test.confidence[std::size_t(index)];
        m.image = imageFromTensor(images.images, index);
        const auto x = loaded.preprocessor.normalize(images.images.slice(0, index, index + 1).to(loaded.device))[0];
        m.route = evaluation::explainRoute(net, x, images.labels[index].item<std::int64_t>());
        m.route.index = index;
        m.rootMap = camMapOf(evaluation::gradCamAtNode(net, x, 0, m.route.taken.front().chosen), "chosen");
        data.misrouted << m;
    }
    return data;
}

RunReport::RunReport(ReportData data)
    : m_data(std::move(data))
    , m_document(std::make_unique<QTextDocument>())
{
    build();
}

RunReport::~RunReport() = default;

QTextDocument& RunReport::document()
{
    return *m_document;
}

QString RunReport::imageTag(const QString& name, const QImage& image, int width)
{
    m_images.insert(name, image);
    m_document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("report:") + name), image);
    return QStringLiteral("<img src=\"report:%1\" width=\"%2\">").arg(name).arg(width);
}

void RunReport::build()
{
    const auto& d = m_data;
    const auto& info = d.info;
    const auto names = [&](std::int64_t id) { return escaped(d.classNames[std::size_t(id)]); };
    const auto val = d.val.severities(), test = d.test.severities();
    QString h;
    h += QStringLiteral(
        "<html><head><meta charset=\"utf-8\"><title>%1</title>"
        "<style>body{font-family:sans-serif;} table{border-collapse:collapse;} td,th{border:1px solid #999;padding:3px 6px;} "
        "th{background:#eee;} th.row{text-align:left;} .num{text-align:right;} "
        ".small{font-size:small;color:#555;}</style></head><body>")
             .arg(tr("HierNet report: %1").arg(QFileInfo(d.directory).fileName()).toHtmlEscaped());

    // 1. What was trained.
    const auto stats = d.hierarchy.statistics();
    const auto& config = info.config;
    const auto layout = config.value("layout", nlohmann::json::object());
    const auto trainer = config.value("trainer", nlohmann::json::object());
    h += QStringLiteral("<h1>%1</h1>").arg(tr("HierNet report: %1").arg(QFileInfo(d.directory).fileName()).toHtmlEscaped());
    h += QStringLiteral("<p class=\"small\">%1</p>")
             .arg(tr("%1 · made by HierNet Studio on %2")
                      .arg(d.directory.toHtmlEscaped(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    h += QStringLiteral("<h2>%1</h2><table>").arg(tr("Dataset and configuration"));
    auto row = [&](const QString& key, const QString& value) {
        h += QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>").arg(key, value);
    };
    row(tr("Dataset"),
        tr("%1 (%2 classes; %3 validation and %4 test images)")
            .arg(escaped(info.datasetName))
            .arg(d.classNames.size())
            .arg(d.val.count)
            .arg(d.test.count));
    row(tr("Backbone"),
        tr("%1, %2 iterations (%3)")
            .arg(escaped(d.backboneInfo ? d.backboneInfo->modelName() : info.modelName()))
            .arg(d.backboneInfo ? d.backboneInfo->totalIterations : 0)
            .arg(d.backboneDirectory.toHtmlEscaped()));
    QStringList groups;
    for (int child : d.hierarchy.node(0).children)
        groups << tr("%1 (%2)").arg(escaped(d.hierarchy.node(child).name)).arg(d.hierarchy.classesUnder(child).size());
    row(tr("Hierarchy"), tr("%n group(s) at the first level: ", "", int(groups.size())) + groups.join(QStringLiteral(", ")));
    row(tr("Tree layout"),
        tr("split points %1, additional blocks %2")
            .arg(QString::fromStdString(layout.value("split_points", nlohmann::json::array()).dump()),
                QString::fromStdString(layout.value("additional_blocks", nlohmann::json::array()).dump())));
    row(tr("Transfer"),
        tr("from the backbone; leaf heads %1; root pre-training %2 iterations")
            .arg(config.value("seed_leaf_heads", false) ? tr("seeded from its FC rows") : tr("fresh (the paper's code)"))
            .arg(config.value("root_pretrain_iterations", std::int64_t(0))));
    row(tr("Training"),
        tr("schedule %1, %2 iterations, batch %3, on %4")
            .arg(QString::fromStdString(trainer.value("schedule", std::string("?"))))
            .arg(info.totalIterations)
            .arg(info.batchSize)
            .arg(escaped(info.device)));
    h += QStringLiteral("</table>");

    // 2. Accuracies and severities, the backbone's beside.
    h += QStringLiteral("<h2>%1</h2>").arg(tr("Accuracy"));
    h += QStringLiteral("<table width=\"100%\"><tr><th width=\"30%\"></th><th width=\"14%\">%1</th><th width=\"14%\">%2</th><th "
                        "width=\"14%\">%3</th><th width=\"14%\">%4</th><th width=\"14%\">%5</th></tr>")
             .arg(tr("iterations"), tr("val. top-1"), tr("test top-1"), tr("mean severity of the test mistakes"),
                 tr("mean severity of all test images"));
    const auto backboneIterations = d.backboneInfo ? d.backboneInfo->totalIterations : 0;
    const auto hiernetIterations = runs::hierNetTrainingIterations(info);
    auto accuracyRow = [&](const QString& who, const QString& iterations, std::optional<double> valTop1,
                           std::optional<double> testTop1, const evaluation::SeveritySummary* severity) {
        h += QStringLiteral(
            "<tr><th class=\"row\">%1</th><td class=\"num\">%2</td><td class=\"num\">%3</td><td class=\"num\">%4</td>"
            "<td class=\"num\">%5</td><td class=\"num\">%6</td></tr>")
                 .arg(who, iterations, valTop1 ? percent(*valTop1) : QStringLiteral("–"),
                     testTop1 ? percent(*testTop1) : QStringLiteral("–"),
                     severity ? QLocale().toString(severity->meanMistakeSeverity, 'f', 3) : QStringLiteral("–"),
                     severity ? QLocale().toString(severity->meanSeverity, 'f', 3) : QStringLiteral("–"));
    };
    if (test.hasBackbone)
        accuracyRow(tr("Backbone"), QString::number(backboneIterations), val.backbone.top1, test.backbone.top1, &test.backbone);
    if (!d.sameBudgetDirectory.isEmpty())
        accuracyRow(tr("Backbone trained on (same budget)"),
            QStringLiteral("%1 + %2").arg(backboneIterations).arg(hiernetIterations), d.sameBudgetValTop1, d.sameBudgetTestTop1,
            d.sameBudgetSeverity ? &*d.sameBudgetSeverity : nullptr);
    const QString budget = QStringLiteral("%1 + %2").arg(backboneIterations).arg(hiernetIterations);
    accuracyRow(tr("HierNet slow (conditional)"), budget, d.val.conditionalTop1, d.test.conditionalTop1, &test.slow);
    accuracyRow(tr("HierNet fast (routing)"), budget, d.val.routingTop1, d.test.routingTop1, &test.fast);
    if (!d.test.nodes.empty())
        accuracyRow(
            tr("Root node (the groups)"), budget, d.val.nodes.front().accuracy(), d.test.nodes.front().accuracy(), nullptr);
    h += QStringLiteral("</table>");
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
    h += QStringLiteral("<p>%1</p>").arg(notes);

    h += QStringLiteral("<h3>%1</h3><p>%2</p>")
             .arg(tr("Mistake severity"),
                 tr("The height of the lowest common ancestor of the true and the predicted class in this hierarchy (Bertinetto "
                    "et al. 2020): "
                    "0 = right, 1 = the right group, %1 = across the root. Test images per severity:")
                     .arg(test.maximum));
    h += QStringLiteral("<table><tr><th></th>");
    for (int s = 0; s <= test.maximum; ++s)
        h += QStringLiteral("<th>%1</th>").arg(s);
    h += QStringLiteral("</tr>");
    QVector<widgets::SeverityChart::Series> series;
    auto histogramRow = [&](const QString& who, const evaluation::SeveritySummary& s, const QColor& colour) {
        // The chart has no legend: each row carries its colour.
        h += QStringLiteral("<tr><th align=\"left\"><font color=\"%1\">&#9632;</font> %2</th>").arg(colour.name(), who);
        for (auto count : s.histogram)
            h += QStringLiteral("<td class=\"num\">%1</td>").arg(count);
        h += QStringLiteral("</tr>");
        series.push_back({ who, colour, QVector<qint64>(s.histogram.begin(), s.histogram.end()) });
    };
    if (test.hasBackbone)
        histogramRow(tr("Backbone"), test.backbone, QColor(127, 127, 127));
    if (d.sameBudgetSeverity)
        histogramRow(tr("Backbone, same budget"), *d.sameBudgetSeverity, QColor(148, 103, 189));
    histogramRow(tr("HierNet fast"), test.fast, widgets::takenColour);
    histogramRow(tr("HierNet slow"), test.slow, QColor(255, 127, 14));
    h += QStringLiteral("</table>");
    {
        widgets::SeverityChart chart;
        chart.resize(640, 260);
        chart.setSeries(series);
        h += QStringLiteral("<p>%1</p>")
                 .arg(imageTag(QStringLiteral("severity.png"), chart.plot()->toPixmap(640, 260, 2.0).toImage(), 380));
    }

    // 3. The backbone's curves and CPM.
    h += QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>").arg(tr("The backbone"));
    if (!d.backboneMetrics.empty()) {
        widgets::TrainingCurves curves;
        curves.resize(760, 520);
        addMetricsToCurves(curves, d.backboneMetrics);
        h += QStringLiteral("<p>%1<br>%2</p>")
                 .arg(tr("Training curves of %1: loss, accuracy and learning rate against the iteration.")
                          .arg(d.backboneDirectory.toHtmlEscaped()),
                     imageTag(QStringLiteral("curves.png"), curves.toImage(760, 520), 560));
    } else {
        h += QStringLiteral("<p>%1</p>")
                 .arg(tr("The backbone's metrics are not at hand (%1).").arg(d.backboneDirectory.toHtmlEscaped()));
    }
    if (d.cpm && d.cpm->size() == int(d.classNames.size())) {
        widgets::ConfusionHeatmap heatmap;
        heatmap.resize(640, 600);
        QStringList classNames;
        for (const auto& name : d.classNames)
            classNames << QString::fromStdString(name);
        heatmap.setMatrix(
            QVector<double>(d.cpm->values.begin(), d.cpm->values.end()), d.cpm->size(), classNames, tr("mean probability"));
        QVector<int> order, starts;
        for (int child : d.hierarchy.node(0).children) {
            starts << int(order.size());
            for (int c : d.hierarchy.classesUnder(child))
                order << c;
        }
        heatmap.setOrder(order, starts);
        h += QStringLiteral("<p>%1<br>%2</p>")
                 .arg(tr("Its confusion probability matrix on the validation split (row: true class, column: predicted), ordered "
                         "by the "
                         "first-level groups, which are outlined."),
                     imageTag(QStringLiteral("cpm.png"), heatmap.plot()->toPixmap(640, 600, 2.0).toImage(), 380));
    }

    // 4. The tree and where it errs.
    h += QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>").arg(tr("The tree"));
    {
        const HierarchyDiagram diagram(d.hierarchy);
        widgets::TreeDiagram tree;
        tree.resize(760, 80 + 90 * stats.depth);
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
        h += QStringLiteral("<p>%1<br>%2</p>")
                 .arg(tr("Each node with its accuracy on the test images whose true path passes through it."),
                     imageTag(QStringLiteral("tree.png"), tree.grab().toImage(), 620));
    }
    h += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
             .arg(tr("Node"), tr("Test images"), tr("Accuracy"), tr("Routes that left the true path here"));
    for (const auto& node : d.test.nodes)
        h += QStringLiteral("<tr><td>%1</td><td class=\"num\">%2</td><td class=\"num\">%3</td><td class=\"num\">%4</td></tr>")
                 .arg(escaped(node.name))
                 .arg(node.images)
                 .arg(percent(node.accuracy()))
                 .arg(node.misroutedHere);
    h += QStringLiteral("</table><h3>%1</h3>")
             .arg(tr("Per-node confusion (test; rows: the true child, columns: the child chosen)"));
    for (const auto& node : d.test.nodes) {
        if (node.childNames.size() < 2)
            continue;
        h += QStringLiteral("<p><b>%1</b></p><table><tr><th></th>").arg(escaped(node.name));
        for (const auto& child : node.childNames)
            h += QStringLiteral("<th>%1</th>").arg(escaped(child));
        h += QStringLiteral("</tr>");
        for (std::size_t a = 0; a < node.childNames.size(); ++a) {
            h += QStringLiteral("<tr><th align=\"left\">%1</th>").arg(escaped(node.childNames[a]));
            for (std::size_t b = 0; b < node.childNames.size(); ++b) {
                const auto count = node.confusion[a][b];
                const QString colour = a == b ? QStringLiteral("#dff0df")
                    : count > 0               ? QStringLiteral("#f6d3d3")
                                              : QStringLiteral("#ffffff");
                h += QStringLiteral("<td class=\"num\" bgcolor=\"%1\">%2</td>").arg(colour).arg(count);
            }
            h += QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table>");
    }

    // 5. The misrouted images the tree was surest about.
    h += QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>").arg(tr("The most confident misrouted test images"));
    if (d.misrouted.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(tr("No test image left its true path."));
    } else {
        h += QStringLiteral("<p>%1</p><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                 .arg(tr("%1 of %2 misrouted test images, most confident first. The map shows where the root looked when it "
                         "chose the wrong "
                         "group (dark blue: nowhere, dark red: most).")
                          .arg(d.misrouted.size())
                          .arg(d.test.misrouted),
                     tr("Image"), tr("Root Grad-CAM"), tr("Answer"), tr("Route (probability of each branch taken)"));
        for (const auto& m : d.misrouted) {
            QStringList route;
            for (const auto& step : m.route.taken)
                route << tr("%1 → %2 (%3)")
                             .arg(escaped(step.name), escaped(step.childNames[std::size_t(step.chosen)]))
                             .arg(QLocale().toString(step.probabilities[std::size_t(step.chosen)], 'f', 3));
            QString parted;
            for (const auto& step : m.route.taken)
                if (step.treeNode == m.route.partedAt)
                    parted = escaped(step.name);
            const QString stem = QStringLiteral("misrouted-%1").arg(m.index);
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                     .arg(imageTag(stem + QStringLiteral(".png"),
                              m.image.scaled(96, 96, Qt::KeepAspectRatio, Qt::FastTransformation), 80),
                         imageTag(stem + QStringLiteral("-root.png"), camImage(m.image, m.rootMap, QSize(96, 96), 0.5), 80),
                         tr("#%1<br>true: <b>%2</b><br>fast: <b>%3</b> (%4)<br>left the true path at %5")
                             .arg(m.index)
                             .arg(names(m.route.trueClass), names(m.route.fastPrediction))
                             .arg(QLocale().toString(m.confidence, 'f', 3))
                             .arg(parted),
                         route.join(QStringLiteral("<br>")));
        }
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("</body></html>");
    m_html = h;
    m_document->setHtml(m_html);
}

QString RunReport::html() const
{
    QString out = m_html;
    for (auto it = m_images.cbegin(); it != m_images.cend(); ++it) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        it.value().save(&buffer, "PNG");
        out.replace(
            QStringLiteral("report:") + it.key(), QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64()));
    }
    return out;
}

bool RunReport::write(const QString& file, QString* error) const
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = tr("%1: %2").arg(file, why);
        return false;
    };
    const auto suffix = QFileInfo(file).suffix().toLower();
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return fail(out.errorString());
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
        out.write(html().toUtf8());
    } else if (suffix == QLatin1String("pdf")) {
        // The writer finishes the file when it goes: before the commit below.
        QPdfWriter pdf(&out);
        pdf.setTitle(tr("HierNet report: %1").arg(QFileInfo(m_data.directory).fileName()));
        pdf.setCreator(QStringLiteral("HierNet Studio"));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        pdf.setResolution(96);
        m_document->print(&pdf);
    } else {
        return fail(tr("give a .pdf or .html file"));
    }
    if (!out.commit())
        return fail(out.errorString());
    return true;
}

} // namespace hiernet::studio
