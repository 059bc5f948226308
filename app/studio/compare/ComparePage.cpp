#include "studio/compare/ComparePage.h"

#include "adapters/ComparisonViews.h"
#include "runs/RunInfo.h"
#include "studio/common/StudioSettings.h"
#include "studio/compare/SweepWorker.h"
#include "studio/training/RunsList.h"

#include "RunCurves.h"
#include "SweepChart.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace hiernet::studio {
namespace {

constexpr int kSortRole = Qt::UserRole;
constexpr int kRunRole = Qt::UserRole + 1;

qint64 fileStamp(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() ? info.lastModified().toMSecsSinceEpoch() * 1000 + info.size() % 1000 : -1;
}

/// Sweep folders the studio knows: the recent ones, and those in the runs folder.
QStringList knownSweeps()
{
    QStringList sweeps;
    const QDir runs(settings::runsFolder.value());
    for (const auto& name : runs.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (QFileInfo::exists(runs.filePath(name) + QStringLiteral("/sweep.json")))
            sweeps << runs.filePath(name);
    for (const auto& recent : settings::recentSweeps.value())
        if (!sweeps.contains(recent) && QFileInfo::exists(recent + QStringLiteral("/sweep.json")))
            sweeps.prepend(recent);
    return sweeps;
}

} // namespace

ComparePage::ComparePage(QWidget* parent)
    : QWidget(parent)
    , m_runsList(new QListWidget)
    , m_sweeps(new QComboBox)
    , m_status(new QLabel)
    , m_progress(new QProgressBar)
    , m_eta(new QLabel)
    , m_stop(new QPushButton(tr("Stop sweep")))
    , m_export(new QPushButton(tr("Export report…")))
    , m_continue(new QPushButton(tr("Continue sweep")))
    , m_tabs(new QTabWidget)
    , m_axis(new QComboBox)
    , m_curves(new widgets::RunCurves)
    , m_table(new QTableView)
    , m_model(new QStandardItemModel(this))
    , m_chart(new widgets::SweepChart)
    , m_follow(new QTimer(this))
{
    auto* splitter = new QSplitter;
    splitter->addWidget(buildPicker());
    splitter->addWidget(buildViews());
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    m_follow->setInterval(1000);
    connect(m_follow, &QTimer::timeout, this, &ComparePage::followFiles);
    m_follow->start();
    refreshLists();
    refuse(tr("Select runs on the left (Ctrl-click for several), or choose a sweep."));
}

QWidget* ComparePage::buildPicker()
{
    auto* picker = new QWidget;
    auto* layout = new QVBoxLayout(picker);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>Sweep</b>")));
    m_sweeps->setObjectName(QStringLiteral("sweepChooser"));
    m_sweeps->setToolTip(tr("Sweeps in the runs folder and those opened lately"));
    layout->addWidget(m_sweeps);
    auto* openSweep = new QPushButton(tr("Open sweep folder…"));
    openSweep->setToolTip(tr("A folder made by hiernet sweep or the Grouping page's Sweep… (it holds sweep.json)"));
    layout->addWidget(openSweep);
    layout->addWidget(new QLabel(tr("<b>Runs</b> (select several)")));
    m_runsList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_runsList->setObjectName(QStringLiteral("compareRuns"));
    layout->addWidget(m_runsList, 1);
    auto* refresh = new QPushButton(tr("Refresh lists"));
    refresh->setToolTip(tr("Look for runs and sweeps again (the runs folder and those opened lately)"));
    layout->addWidget(refresh);
    connect(m_sweeps, qOverload<int>(&QComboBox::activated), this, [this] { showSweep(m_sweeps->currentData().toString()); });
    connect(openSweep, &QPushButton::clicked, this, &ComparePage::chooseSweepFolder);
    connect(m_runsList, &QListWidget::itemSelectionChanged, this, &ComparePage::compareSelected);
    connect(refresh, &QPushButton::clicked, this, &ComparePage::refreshLists);
    picker->setMinimumWidth(220);
    return picker;
}

QWidget* ComparePage::buildViews()
{
    auto* views = new QWidget;
    auto* layout = new QVBoxLayout(views);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("compareStatus"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_progress);
    top->addWidget(m_eta);
    top->addWidget(m_stop);
    top->addWidget(m_continue);
    top->addWidget(m_export);
    layout->addLayout(top);
    m_stop->setToolTip(tr("Stop the sweep: the point in training keeps its checkpoint, the finished points are kept"));
    m_progress->hide();
    m_eta->hide();
    m_stop->hide();
    m_continue->hide();
    m_continue->setToolTip(tr("Train the points this sweep has not finished (the interrupted one resumes from its checkpoint)"));
    m_export->setEnabled(false);
    m_export->setToolTip(tr("The sweep's report as PDF or HTML: the chart, the table and the curves"));

    auto* curvesTab = new QWidget;
    auto* curvesLayout = new QVBoxLayout(curvesTab);
    auto* axisRow = new QHBoxLayout;
    axisRow->addWidget(new QLabel(tr("Against")));
    m_axis->addItem(tr("iteration"));
    m_axis->addItem(tr("training time"));
    m_axis->setToolTip(tr("The curves' x axis: the iteration, or the training time in minutes"));
    axisRow->addWidget(m_axis);
    axisRow->addStretch();
    curvesLayout->addLayout(axisRow);
    curvesLayout->addWidget(m_curves, 1);
    m_tabs->addTab(curvesTab, tr("Curves"));

    auto* tableTab = new QWidget;
    auto* tableLayout = new QVBoxLayout(tableTab);
    m_table->setModel(m_model);
    // The sweep's own order (its points, then the backbones) until a header is clicked.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_model->setSortRole(kSortRole);
    auto* copy = new QPushButton(tr("Copy as CSV"));
    copy->setToolTip(tr("The table, in its current order, onto the clipboard as CSV"));
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(copy, 0, Qt::AlignRight);
    m_tabs->addTab(tableTab, tr("Table"));
    m_tabs->addTab(m_chart, tr("Accuracy against groups"));
    layout->addWidget(m_tabs, 1);

    connect(m_axis, qOverload<int>(&QComboBox::currentIndexChanged), this,
        [this](int i) { m_curves->setAxis(i == 0 ? widgets::RunCurves::Axis::Iteration : widgets::RunCurves::Axis::Time); });
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(tableCsv()); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const auto run = runOfRow(index.row()); !run.isEmpty())
            Q_EMIT openRunRequested(run);
    });
    connect(m_chart, &widgets::SweepChart::pointClicked, this, [this](int i) {
        if (i >= 0 && i < int(m_chartRuns.size()))
            Q_EMIT openRunRequested(m_chartRuns[std::size_t(i)]);
    });
    connect(m_export, &QPushButton::clicked, this, [this] { Q_EMIT exportReportRequested(m_sweep); });
    connect(m_continue, &QPushButton::clicked, this, [this] { Q_EMIT continueSweepRequested(m_sweep); });
    return views;
}

void ComparePage::refreshLists()
{
    const QSignalBlocker blockList(m_runsList);
    const QSignalBlocker blockSweeps(m_sweeps);
    const auto selected = m_runs;
    m_runsList->clear();
    for (const char* kind : { "backbone", "hiernet" })
        for (const auto& folder : knownRunFolders(QLatin1String(kind))) {
            const auto directory = QString::fromStdString(folder.directory());
            auto* item = new QListWidgetItem(
                tr("%1 — %2, %3, %4")
                    .arg(QFileInfo(directory).fileName(), QString::fromStdString(folder.info().kind),
                        QString::fromStdString(folder.info().datasetName), QString::fromStdString(folder.info().status)));
            item->setData(Qt::UserRole, directory);
            item->setToolTip(directory);
            m_runsList->addItem(item);
            item->setSelected(selected.contains(directory));
        }
    const auto current = m_sweep;
    m_sweeps->clear();
    m_sweeps->addItem(tr("(choose a sweep)"), QString());
    for (const auto& sweep : knownSweeps())
        m_sweeps->addItem(QFileInfo(sweep).fileName(), sweep);
    m_sweeps->setCurrentIndex(std::max(0, m_sweeps->findData(current)));
}

void ComparePage::compareSelected()
{
    QStringList directories;
    for (auto* item : m_runsList->selectedItems())
        directories << item->data(Qt::UserRole).toString();
    if (!directories.isEmpty())
        showRuns(directories);
}

void ComparePage::chooseSweepFolder()
{
    const auto directory = QFileDialog::getExistingDirectory(this, tr("Open a sweep folder"), settings::runsFolder.value());
    if (!directory.isEmpty())
        showSweep(directory);
}

bool ComparePage::showRuns(const QStringList& directories)
{
    std::vector<std::string> paths;
    for (const auto& d : directories)
        paths.push_back(d.toStdString());
    try {
        auto comparison = runs::compareRuns(paths);
        m_sweep.clear();
        m_runs = directories;
        display(std::move(comparison));
        return true;
    } catch (const std::exception& e) {
        refuse(tr("These runs do not compare: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
}

bool ComparePage::showSweep(const QString& directory)
{
    if (directory.isEmpty())
        return false;
    try {
        auto comparison = runs::compareSweep(directory.toStdString());
        m_sweep = QDir(directory).absolutePath();
        m_runs.clear();
        settings::rememberSweep(m_sweep);
        display(std::move(comparison));
        if (m_sweeps->findData(m_sweep) < 0)
            m_sweeps->addItem(QFileInfo(m_sweep).fileName(), m_sweep);
        const QSignalBlocker block(m_sweeps);
        m_sweeps->setCurrentIndex(m_sweeps->findData(m_sweep));
        return true;
    } catch (const std::exception& e) {
        refuse(tr("No sweep to show: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
}

void ComparePage::display(runs::Comparison comparison)
{
    m_comparison = std::move(comparison);
    m_stamp = filesStamp();
    const auto& c = *m_comparison;
    const auto dataset = QString::fromStdString(c.dataset);
    if (c.sweep) {
        int finished = 0;
        for (const auto& row : c.sweep->points)
            finished += row.finished() ? 1 : 0;
        m_status->setText(tr("Sweep %1 of %2 on %3: %4 of %5 points finished (%6).")
                              .arg(QDir::toNativeSeparators(m_sweep), QString::fromStdString(c.sweep->backboneRun()), dataset)
                              .arg(finished)
                              .arg(c.sweep->points.size())
                              .arg(QString::fromStdString(c.sweep->status)));
    } else {
        m_status->setText(tr("%n run(s) on %1.", nullptr, int(c.runs.size())).arg(dataset));
    }
    m_export->setEnabled(c.sweep.has_value());
    m_continue->setVisible(c.sweep && c.sweep->status != "finished" && !m_trainingHere);
    m_tabs->setTabEnabled(2, c.sweep.has_value());
    fillCurves();
    fillTable();
    fillChart();
}

void ComparePage::refuse(const QString& why)
{
    m_comparison.reset();
    m_status->setText(why);
    m_export->setEnabled(false);
    m_continue->hide();
    m_curves->setRuns({});
    m_model->clear();
    m_chart->setPoints({});
    m_chart->setBaselines(std::nullopt, std::nullopt);
    m_chartRuns.clear();
}

void ComparePage::fillCurves()
{
    m_curves->setRuns(comparisonCurves(*m_comparison));
}

void ComparePage::fillTable()
{
    const auto sortColumn = m_table->horizontalHeader()->sortIndicatorSection();
    const auto sortOrder = m_table->horizontalHeader()->sortIndicatorOrder();
    m_model->clear();
    QStringList header;
    for (const auto& column : comparisonColumns())
        header << column.header;
    m_model->setHorizontalHeaderLabels(header);
    for (const auto& row : comparisonRows(*m_comparison)) {
        QList<QStandardItem*> items;
        for (const auto& column : comparisonColumns()) {
            auto* item = new QStandardItem(comparisonCell(column, row));
            if (!column.value) {
                const auto run = comparisonRunDirectory(*m_comparison, row);
                item->setData(item->text(), kSortRole);
                item->setData(run, kRunRole);
                item->setToolTip(run);
            } else {
                const double v = column.value(row);
                item->setData(std::isnan(v) ? -1e300 : v, kSortRole); // empty cells sort first
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            items << item;
        }
        m_model->appendRow(items);
    }
    if (sortColumn >= 0 && sortColumn < m_model->columnCount())
        m_table->sortByColumn(sortColumn, sortOrder);
    m_table->resizeColumnsToContents();
}

void ComparePage::fillChart()
{
    m_chartRuns.clear();
    m_chart->setPoints(sweepChartPoints(*m_comparison, &m_chartRuns));
    setSweepBaselines(*m_chart, *m_comparison);
}

QString ComparePage::tableCsv() const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < m_model->columnCount(); ++c)
        header << m_model->horizontalHeaderItem(c)->text();
    lines << header.join(QLatin1Char(','));
    for (int r = 0; r < m_model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_model->columnCount(); ++c) {
            auto text = m_model->item(r, c)->text();
            if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')))
                text = QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
            cells << text;
        }
        lines << cells.join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ComparePage::runOfRow(int row) const
{
    auto* item = m_model->item(row, 0);
    return item ? item->data(kRunRole).toString() : QString();
}

QString ComparePage::statusText() const
{
    return m_status->text();
}

void ComparePage::followWorker(SweepWorker* worker)
{
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    for (QWidget* w : std::initializer_list<QWidget*> { m_progress, m_eta, m_stop })
        w->show();
    m_stop->setEnabled(true);
    m_trainingHere = true;
    m_continue->hide();
    m_eta->setText(tr("starting…"));
    connect(m_stop, &QPushButton::clicked, worker, [this, worker] {
        m_stop->setEnabled(false);
        m_eta->setText(tr("stopping at a checkpoint…"));
        worker->stop();
    });
    connect(worker, &SweepWorker::progress, this, [this](double fraction, double eta) {
        m_progress->setValue(int(1000 * fraction));
        if (eta >= 0)
            m_eta->setText(tr("ETA %1 min").arg(eta / 60, 0, 'f', 1));
    });
    connect(worker, &SweepWorker::recordWritten, this, [this, worker] {
        if (m_sweep.isEmpty() || m_sweep == QDir(worker->directory()).absolutePath())
            showSweep(worker->directory());
    });
    auto done = [this, worker] {
        for (QWidget* w : std::initializer_list<QWidget*> { m_progress, m_eta, m_stop })
            w->hide();
        disconnect(m_stop, nullptr, worker, nullptr);
        m_trainingHere = false;
        showSweep(worker->directory());
    };
    connect(worker, &SweepWorker::finished, this, done);
    connect(worker, &SweepWorker::failed, this, [this, done](const QString& message) {
        done();
        m_status->setText(tr("The sweep failed: %1").arg(message));
    });
}

qint64 ComparePage::filesStamp() const
{
    // Unsigned: the mix of many stamps wraps around, which a signed integer may not (UBSan, found by the monkey test).
    quint64 stamp = 0;
    if (!m_sweep.isEmpty())
        stamp = quint64(fileStamp(m_sweep + QStringLiteral("/sweep.json")));
    if (m_comparison)
        for (const auto& run : m_comparison->runs)
            stamp = stamp * 31 + quint64(runs::runFileStamp(run.directory))
                + quint64(fileStamp(QString::fromStdString(run.directory) + QStringLiteral("/metrics.jsonl")));
    return qint64(stamp);
}

void ComparePage::followFiles()
{
    // A sweep or run written by another process (hiernet sweep in a terminal) or by this studio's worker.
    if (!isVisible() || !m_comparison || filesStamp() == m_stamp)
        return;
    if (!m_sweep.isEmpty())
        showSweep(m_sweep);
    else
        showRuns(m_runs);
}

} // namespace hiernet::studio
