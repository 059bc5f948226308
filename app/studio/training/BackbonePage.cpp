#include "studio/training/BackbonePage.h"

#include "studio/common/StudioSettings.h"
#include "runs/BackboneRun.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>

namespace hiernet::studio {

BackbonePage::BackbonePage(QWidget* parent)
    : TrainingPage(QStringLiteral("backbone"), tr("New backbone"), parent)
    , m_dataset(new QLabel(tr("(none loaded)")))
    , m_arch(makeCombo({ { tr("ResNet"), QStringLiteral("resnet") }, { tr("ELU-ResNet"), QStringLiteral("elu-resnet") } },
          settings::backboneArch.value()))
    , m_depth(new QComboBox)
{
    for (int n : { 1, 2, 3, 5, 7, 9, 18 })
        m_depth->addItem(tr("n = %1 (%2 layers)").arg(n).arg(6 * n + 2), n);
    m_depth->setCurrentIndex(std::max(0, m_depth->findData(settings::backboneN.value())));
    m_arch->setObjectName(QStringLiteral("arch"));
    m_depth->setObjectName(QStringLiteral("depth"));
    m_arch->setToolTip(tr("ResNet, or ELU-ResNet (ELU activations, as in the paper's Table 2)"));
    m_depth->setToolTip(tr("n residual blocks per stage: 6n + 2 layers (ResNet-8 … ResNet-110)"));
    modelForm()->addRow(tr("Dataset"), m_dataset);
    modelForm()->addRow(tr("Architecture"), m_arch);
    modelForm()->addRow(tr("Depth"), m_depth);
    updateButtons();
}

void BackbonePage::setDataset(const QString& spec, const QString& name)
{
    m_datasetSpec = spec;
    m_dataset->setText(name.isEmpty() ? spec : tr("%1 (%2)").arg(name, spec));
    updateButtons();
}

QString BackbonePage::startProblem() const
{
    return m_datasetSpec.isEmpty() ? tr("No dataset is loaded. Open one on the Data page first (File › Open dataset).")
                                   : QString();
}

void BackbonePage::setModelSettingsEnabled(bool enabled)
{
    m_arch->setEnabled(enabled);
    m_depth->setEnabled(enabled);
}

void BackbonePage::showModelSettings(const runs::RunFolder& folder)
{
    const auto& backbone = folder.backboneConfig();
    m_arch->setCurrentIndex(std::max(0, m_arch->findData(QString::fromStdString(models::toString(backbone.kind)))));
    if (const int index = m_depth->findData(backbone.n); index >= 0)
        m_depth->setCurrentIndex(index);
}

std::unique_ptr<runs::TrainingJob> BackbonePage::createJob(const QString& directory)
{
    runs::BackboneRunConfig config;
    config.dataset = m_datasetSpec.toStdString();
    config.kind = models::parseBlockKind(m_arch->currentData().toString().toStdString());
    config.n = m_depth->currentData().toInt();
    config.trainer = trainerConfig();
    auto job = std::make_unique<runs::BackboneTrainingJob>(directory.toStdString(), config);
    settings::backboneArch.setValue(m_arch->currentData().toString());
    settings::backboneN.setValue(config.n);
    return job;
}

std::unique_ptr<runs::TrainingJob> BackbonePage::resumeJob(const QString& directory)
{
    return runs::BackboneTrainingJob::resume(directory.toStdString());
}

QString BackbonePage::newRunName() const
{
    const QString dataset = QFileInfo(m_datasetSpec.section(QLatin1Char(':'), -1)).fileName();
    return QStringLiteral("%1-%2-%3-%4")
        .arg(m_arch->currentData().toString())
        .arg(6 * m_depth->currentData().toInt() + 2)
        .arg(dataset.isEmpty() ? QStringLiteral("data") : dataset)
        .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss")));
}

} // namespace hiernet::studio
