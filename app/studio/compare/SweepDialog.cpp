#include "studio/compare/SweepDialog.h"

#include "runs/Sweep.h"
#include "studio/common/StudioSettings.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include <set>

namespace hiernet::studio {

SweepDialog::SweepDialog(const QString& backboneRun, double pMin, int gMax, QWidget* parent)
    : QDialog(parent)
    , m_backbone(backboneRun)
    , m_pMin(new QLineEdit(proposedPMins(pMin)))
    , m_gMax(new QLineEdit(proposedGMaxes(gMax)))
    , m_balance(new QLineEdit(QStringLiteral("0")))
    , m_folder(new QLineEdit)
    , m_epochs(new QDoubleSpinBox)
    , m_problem(new QLabel)
{
    setWindowTitle(tr("Sweep the grouping"));
    m_epochs->setRange(0.1, 500);
    m_epochs->setDecimals(1);
    m_epochs->setValue(training::kQuickHierNetEpochs);
    m_epochs->setSuffix(tr(" epochs"));
    m_epochs->setToolTip(tr("Each HierNet trains this long on the quick schedule (the same-budget backbone as long)"));
    m_folder->setText(QDir(settings::runsFolder.value())
                          .filePath(QStringLiteral("sweep-%1-%2")
                                        .arg(QFileInfo(backboneRun).fileName(),
                                            QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))));
    m_pMin->setToolTip(tr("p_min values, separated by commas"));
    m_gMax->setToolTip(tr("g_max values, separated by commas"));
    m_balance->setToolTip(tr("Balance-aware grouping's α values, separated by commas (0: the paper's rule)"));
    m_folder->setToolTip(tr("The sweep's folder: a new one, or the folder of the same sweep to continue it"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Backbone run"), new QLabel(QDir::toNativeSeparators(backboneRun)));
    form->addRow(tr("p_min values"), m_pMin);
    form->addRow(tr("g_max values"), m_gMax);
    form->addRow(tr("Balance α values"), m_balance);
    form->addRow(tr("Training"), m_epochs);
    form->addRow(tr("Sweep folder"), m_folder);
    form->addRow(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Queue the sweep"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SweepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SweepDialog::reject);
}

SweepDialog::~SweepDialog() = default;

QString SweepDialog::proposedPMins(double pMin)
{
    std::set<double> values;
    for (double factor : { 0.25, 0.5, 1.0, 2.0 })
        values.insert(std::min(1.0, pMin * factor));
    QStringList items;
    for (double v : values)
        items << QString::number(v, 'g', 4);
    return items.join(QLatin1Char(','));
}

QString SweepDialog::proposedGMaxes(int gMax)
{
    std::set<int> values { std::max(1, gMax / 2), gMax, gMax * 2 };
    QStringList items;
    for (int v : values)
        items << QString::number(v);
    return items.join(QLatin1Char(','));
}

std::unique_ptr<runs::Sweep> SweepDialog::takeSweep()
{
    return std::move(m_sweep);
}

void SweepDialog::accept()
{
    try {
        runs::SweepSettings s;
        s.backbone = m_backbone.toStdString();
        s.grid.pMin = runs::parseNumberList("p-min", m_pMin->text().toStdString());
        s.grid.gMax = runs::parseIntegerList("g-max", m_gMax->text().toStdString());
        s.grid.balance = runs::parseNumberList("balance", m_balance->text().toStdString());
        // The quick preset, as the training pages and the CLI set it: flips only, NHWC.
        s.trainer.schedule = "quick";
        s.trainer.epochs = m_epochs->value();
        s.trainer.augmentation = "flip";
        s.trainer.channelsLast = true;
        m_sweep = std::make_unique<runs::Sweep>(s, m_folder->text().toStdString());
    } catch (const std::exception& e) {
        m_problem->setText(QString::fromStdString(e.what()));
        return;
    }
    QDialog::accept();
}

} // namespace hiernet::studio
