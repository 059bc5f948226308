#include "studio/grouping/ConfusionPage.h"

#include "studio/common/ClassFinder.h"

#include "ConfusionHeatmap.h"
#include "studio/grouping/GroupingSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <stdexcept>

namespace hiernet::studio {

ConfusionPage::ConfusionPage(GroupingSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_heatmap(new widgets::ConfusionHeatmap)
    , m_status(new QLabel(tr("Open a backbone run (its cpm.json) to see its confusions.")))
    , m_matrix(new QComboBox)
    , m_log(new QCheckBox(tr("Log scale")))
    , m_ordered(new QCheckBox(tr("Order by grouping")))
    , m_numbers(new QCheckBox(tr("Numbers")))
    , m_cellAnswer(new QComboBox)
    , m_finder(new ClassFinder)
    , m_pMin(new QDoubleSpinBox)
    , m_gMax(new QSpinBox)
{
    m_matrix->addItems({ tr("Confusion probability matrix"), tr("Hard confusion matrix") });
    m_pMin->setDecimals(5);
    m_pMin->setRange(0.0, 2.0);
    m_pMin->setSingleStep(0.001);
    m_gMax->setRange(1, 100000);
    m_ordered->setChecked(true);
    m_cellAnswer->addItem(tr("the backbone's answers"), int(evaluation::Predictor::Backbone));
    m_cellAnswer->addItem(tr("the HierNet's fast answers"), int(evaluation::Predictor::HierNetFast));
    m_cellAnswer->addItem(tr("the HierNet's slow answers"), int(evaluation::Predictor::HierNetSlow));
    m_cellAnswer->setToolTip(tr("A click on a cell (true → predicted) opens those images of the split on the Explore page, the "
                                "most confident wrong answers first: whose answers — the backbone's, or the fast or slow "
                                "answers of the HierNet open on Explore (or one trained from this backbone)"));
    m_numbers->setToolTip(tr("Write each value in its cell where it fits"));
    auto* open = new QPushButton(tr("Open run…"));
    auto* openFile = new QPushButton(tr("Open file…"));
    openFile->setToolTip(tr("Open a CPM file: cpm.json, or a K×K NumPy .npy or CSV matrix from another tool"));
    auto* exportButton = new QPushButton(tr("Export…"));
    open->setToolTip(tr("Open a backbone run to show its CPM"));
    exportButton->setToolTip(tr("Save the heatmap as PNG or PDF"));
    m_matrix->setToolTip(tr("Mean softmax per true class (CPM), or the counts of the predicted classes"));
    m_log->setToolTip(tr("Colour the values on a log scale (small confusions show)"));
    m_ordered->setToolTip(tr("Order rows and columns by the groups and outline them"));
    m_pMin->setToolTip(tr("p_min: two groups merge only while their proximity (their mutual confusion in the CPM) is above it"));
    m_gMax->setToolTip(tr("g_max: the largest group the grouping may make"));

    auto* controls = new QHBoxLayout;
    controls->addWidget(open);
    controls->addWidget(openFile);
    controls->addWidget(m_matrix);
    controls->addWidget(m_log);
    controls->addSpacing(16);
    controls->addWidget(m_ordered);
    controls->addWidget(new QLabel(tr("p_min")));
    controls->addWidget(m_pMin);
    controls->addWidget(new QLabel(tr("g_max")));
    controls->addWidget(m_gMax);
    controls->addWidget(m_numbers);
    controls->addStretch(1);
    controls->addWidget(new QLabel(tr("A click shows the images of")));
    controls->addWidget(m_cellAnswer);
    controls->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_finder);
    layout->addLayout(statusRow);
    layout->addWidget(m_heatmap, 1);

    connect(open, &QPushButton::clicked, this, &ConfusionPage::chooseRun);
    connect(openFile, &QPushButton::clicked, this, [this] {
        const auto file
            = QFileDialog::getOpenFileName(this, tr("CPM file"), QString(), tr("CPM (*.json *.npy *.csv);;All files (*)"));
        if (!file.isEmpty() && !openRun(file))
            QMessageBox::warning(this, tr("Open file"), m_status->text());
    });
    connect(exportButton, &QPushButton::clicked, this, &ConfusionPage::exportImage);
    connect(m_matrix, &QComboBox::currentIndexChanged, this, &ConfusionPage::showMatrix);
    connect(m_log, &QCheckBox::toggled, m_heatmap, &widgets::ConfusionHeatmap::setLogScale);
    connect(m_numbers, &QCheckBox::toggled, m_heatmap, &widgets::ConfusionHeatmap::setShowNumbers);
    connect(m_heatmap, &widgets::ConfusionHeatmap::cellClicked, this, [this](int trueClass, int predictedClass) {
        Q_EMIT cellActivated(trueClass, predictedClass, evaluation::Predictor(m_cellAnswer->currentData().toInt()));
    });
    connect(m_ordered, &QCheckBox::toggled, this, &ConfusionPage::showState);
    connect(m_finder, &ClassFinder::classFound, m_heatmap, [this](int classIndex) { m_heatmap->centreOnClass(classIndex); });
    connect(m_finder, &ClassFinder::notFound, this,
        [this](const QString& text) { m_status->setText(tr("No class is called or contains “%1”.").arg(text)); });
    connect(m_pMin, &QDoubleSpinBox::valueChanged, m_session, &GroupingSession::setPMin);
    connect(m_gMax, &QSpinBox::valueChanged, m_session, &GroupingSession::setGMax);
    connect(m_session, &GroupingSession::cpmChanged, this, &ConfusionPage::showCpm);
    connect(m_session, &GroupingSession::stateChanged, this, &ConfusionPage::showState);
    if (m_session->hasCpm())
        showCpm();
    showState();
}

ConfusionPage::~ConfusionPage() = default;

bool ConfusionPage::openRun(const QString& path)
{
    // The session says why it could not open the file; this page shows it too.
    QString problem;
    const auto connection
        = connect(m_session, &GroupingSession::problem, this, [&problem](const QString& message) { problem = message; });
    const bool opened = m_session->openCpm(path);
    disconnect(connection);
    if (!opened)
        m_status->setText(problem);
    return opened;
}

std::vector<std::vector<int>> ConfusionPage::groups() const
{
    return m_ordered->isChecked() ? m_session->leafGroups() : std::vector<std::vector<int>> {};
}

void ConfusionPage::showProblem(const QString& message)
{
    m_status->setText(message);
}

QString ConfusionPage::statusText() const
{
    return m_status->text();
}

void ConfusionPage::showCpm()
{
    const auto& cpm = m_session->cpm();
    m_status->setText(m_session->cpmDescription());
    // The hard view needs counts, which a CSV matrix does not have.
    if (auto* model = qobject_cast<QStandardItemModel*>(m_matrix->model()))
        model->item(1)->setEnabled(!cpm.confusion.empty());
    showMatrix();
}

void ConfusionPage::showMatrix()
{
    const auto& cpm = m_session->cpm();
    if (cpm.size() == 0)
        return;
    QStringList names;
    for (const auto& n : cpm.classes)
        names << QString::fromStdString(n);
    const bool hard = m_matrix->currentIndex() == 1 && !cpm.confusion.empty();
    const auto& source = hard ? cpm.confusion : cpm.values;
    m_heatmap->setMatrix(
        QVector<double>(source.begin(), source.end()), cpm.size(), names, hard ? tr("images") : tr("mean probability"));
    m_finder->setClasses(names);
    showState();
}

void ConfusionPage::showState()
{
    {
        const QSignalBlocker blockP(m_pMin), blockG(m_gMax);
        m_pMin->setValue(m_session->pMin());
        m_gMax->setValue(m_session->gMax());
    }
    const int n = m_session->cpm().size();
    if (n == 0 || m_heatmap->size() != n)
        return;
    QVector<int> order, starts;
    const auto current = groups();
    if (current.empty()) {
        for (int i = 0; i < n; ++i)
            order << i;
    } else {
        for (const auto& group : current) {
            starts << order.size();
            for (int c : group)
                order << c;
        }
    }
    m_heatmap->setOrder(order, starts);
}

void ConfusionPage::chooseRun()
{
    const auto dir = QFileDialog::getExistingDirectory(this, tr("Backbone run directory"));
    if (!dir.isEmpty() && !openRun(dir))
        QMessageBox::warning(this, tr("Open run"),
            m_status->text() + QLatin1Char('\n')
                + tr("Choose a run directory that holds cpm.json (hiernet cpm RUNDIR writes it)."));
}

void ConfusionPage::exportImage()
{
    const auto file = QFileDialog::getSaveFileName(
        this, tr("Export heatmap"), QStringLiteral("cpm.png"), tr("PNG image (*.png);;PDF document (*.pdf)"));
    if (!file.isEmpty() && !m_heatmap->exportTo(file))
        QMessageBox::warning(this, tr("Export"), tr("Could not write %1.").arg(file));
}

} // namespace hiernet::studio
