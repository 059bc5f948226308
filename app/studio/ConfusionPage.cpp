#include "ConfusionPage.h"

#include "ConfusionHeatmap.h"
#include "grouping/GroupingEngine.h"
#include "grouping/PaperSettings.h"

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

ConfusionPage::ConfusionPage(QWidget* parent)
    : QWidget(parent)
    , m_heatmap(new widgets::ConfusionHeatmap)
    , m_status(new QLabel(tr("Open a backbone run (its cpm.json) to see its confusions.")))
    , m_matrix(new QComboBox)
    , m_log(new QCheckBox(tr("Log scale")))
    , m_ordered(new QCheckBox(tr("Order by grouping")))
    , m_pMin(new QDoubleSpinBox)
    , m_gMax(new QSpinBox)
{
    m_matrix->addItems({tr("Confusion probability matrix"), tr("Hard confusion matrix")});
    m_pMin->setDecimals(5);
    m_pMin->setRange(0.0, 2.0);
    m_pMin->setSingleStep(0.001);
    m_pMin->setValue(grouping::kPaperPMin);
    m_gMax->setRange(1, 100000);
    m_gMax->setValue(grouping::kPaperGMax);
    m_ordered->setChecked(true);
    auto* open = new QPushButton(tr("Open run…"));
    auto* exportButton = new QPushButton(tr("Export…"));

    auto* controls = new QHBoxLayout;
    controls->addWidget(open);
    controls->addWidget(m_matrix);
    controls->addWidget(m_log);
    controls->addSpacing(16);
    controls->addWidget(m_ordered);
    controls->addWidget(new QLabel(tr("p_min")));
    controls->addWidget(m_pMin);
    controls->addWidget(new QLabel(tr("g_max")));
    controls->addWidget(m_gMax);
    controls->addStretch(1);
    controls->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(m_heatmap, 1);

    connect(open, &QPushButton::clicked, this, &ConfusionPage::chooseRun);
    connect(exportButton, &QPushButton::clicked, this, &ConfusionPage::exportImage);
    connect(m_matrix, &QComboBox::currentIndexChanged, this, &ConfusionPage::showMatrix);
    connect(m_log, &QCheckBox::toggled, m_heatmap, &widgets::ConfusionHeatmap::setLogScale);
    connect(m_ordered, &QCheckBox::toggled, this, &ConfusionPage::regroup);
    connect(m_pMin, &QDoubleSpinBox::valueChanged, this, [this] {
        m_givenGroups.clear();
        regroup();
    });
    connect(m_gMax, &QSpinBox::valueChanged, this, [this](int gMax) {
        m_givenGroups.clear();
        if (m_engine)
            m_engine->setMaxGroupSize(gMax);
        regroup();
    });
}

ConfusionPage::~ConfusionPage() = default;

bool ConfusionPage::openRun(const QString& path)
{
    const QString file = QFileInfo(path).isDir() ? QDir(path).filePath(QStringLiteral("cpm.json")) : path;
    try {
        std::vector<std::string> warnings;
        m_cpm = grouping::loadCpm(file.toStdString(), &warnings);
        m_engine = std::make_unique<grouping::GroupingEngine>(m_cpm.values, m_cpm.size());
        m_engine->setMaxGroupSize(m_gMax->value());
        QString text = tr("%1 · %2 classes · split %3").arg(file).arg(m_cpm.size()).arg(QString::fromStdString(m_cpm.split));
        for (const auto& w : warnings)
            text += QLatin1Char('\n') + tr("Warning: %1").arg(QString::fromStdString(w));
        m_status->setText(text);
    } catch (const std::exception& e) {
        m_status->setText(tr("Could not open %1: %2").arg(file, QString::fromStdString(e.what())));
        return false;
    }
    // The hard view needs counts, which a CSV matrix does not have.
    if (auto* model = qobject_cast<QStandardItemModel*>(m_matrix->model()))
        model->item(1)->setEnabled(!m_cpm.confusion.empty());
    showMatrix();
    return true;
}

std::vector<std::vector<int>> ConfusionPage::groups() const
{
    if (!m_engine || !m_ordered->isChecked())
        return {};
    std::size_t covered = 0;
    for (const auto& group : m_givenGroups)
        covered += group.size();
    if (covered == std::size_t(m_cpm.size()) && covered > 0)
        return m_givenGroups;
    return m_engine->groups(m_pMin->value());
}

void ConfusionPage::setGrouping(double pMin, int gMax)
{
    m_gMax->setValue(gMax);
    m_pMin->setValue(pMin);
    regroup();
}

void ConfusionPage::showGroups(const std::vector<std::vector<int>>& groups, double pMin, int gMax)
{
    {
        const QSignalBlocker blockP(m_pMin), blockG(m_gMax);
        m_pMin->setValue(pMin);
        m_gMax->setValue(gMax);
    }
    if (m_engine)
        m_engine->setMaxGroupSize(gMax);
    m_givenGroups = groups;
    regroup();
}

QString ConfusionPage::statusText() const
{
    return m_status->text();
}

void ConfusionPage::showMatrix()
{
    if (m_cpm.size() == 0)
        return;
    QStringList names;
    for (const auto& n : m_cpm.classes)
        names << QString::fromStdString(n);
    const bool hard = m_matrix->currentIndex() == 1 && !m_cpm.confusion.empty();
    const auto& source = hard ? m_cpm.confusion : m_cpm.values;
    m_heatmap->setMatrix(QVector<double>(source.begin(), source.end()), m_cpm.size(), names, hard ? tr("images") : tr("mean probability"));
    regroup();
}

void ConfusionPage::regroup()
{
    if (!m_engine || m_heatmap->size() != m_cpm.size())
        return;
    QVector<int> order, starts;
    const auto current = groups();
    if (current.empty()) {
        for (int i = 0; i < m_cpm.size(); ++i)
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
        QMessageBox::warning(this, tr("Open run"), m_status->text() + QLatin1Char('\n') + tr("Choose a run directory that holds cpm.json (hiernet cpm RUNDIR writes it)."));
}

void ConfusionPage::exportImage()
{
    const auto file = QFileDialog::getSaveFileName(this, tr("Export heatmap"), QStringLiteral("cpm.png"), tr("PNG image (*.png);;PDF document (*.pdf)"));
    if (!file.isEmpty() && !m_heatmap->exportTo(file))
        QMessageBox::warning(this, tr("Export"), tr("Could not write %1.").arg(file));
}

} // namespace hiernet::studio
