#include "BackbonePage.h"

#include "RunMonitor.h"
#include "RunsList.h"
#include "StudioSettings.h"
#include "TrainingWorker.h"
#include "runs/BackboneRun.h"
#include "training/Device.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace hiernet::studio {

namespace {
const int depths[] = {1, 2, 3, 5, 7, 9, 18};

QComboBox* comboOf(const QList<std::pair<QString, QString>>& entries, const QString& current)
{
    auto* combo = new QComboBox;
    for (const auto& [label, data] : entries)
        combo->addItem(label, data);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    return combo;
}
} // namespace

BackbonePage::BackbonePage(QWidget* parent)
    : QWidget(parent)
    , m_dataset(new QLabel(tr("(none loaded)")))
    , m_arch(comboOf({{tr("ResNet"), QStringLiteral("resnet")}, {tr("ELU-ResNet"), QStringLiteral("elu-resnet")}}, settings::backboneArch.value()))
    , m_depth(new QComboBox)
    , m_schedule(comboOf({{tr("quick (CPU, epochs below)"), QStringLiteral("quick")},
                          {tr("paper (64k iterations, GPU)"), QStringLiteral("paper")},
                          {tr("reference (GPU)"), QStringLiteral("reference")}},
                         settings::backboneSchedule.value()))
    , m_epochs(new QDoubleSpinBox)
    , m_augmentation(comboOf({{tr("flip + translate (paper)"), QStringLiteral("flip-translate")},
                              {tr("flip"), QStringLiteral("flip")},
                              {tr("none"), QStringLiteral("none")}},
                             settings::backboneAugmentation.value()))
    , m_batch(new QSpinBox)
    , m_device(comboOf({{tr("auto"), QStringLiteral("auto")}, {tr("CPU"), QStringLiteral("cpu")}, {tr("CUDA"), QStringLiteral("cuda")}},
                       settings::trainingDevice.value()))
    , m_seed(new QSpinBox)
    , m_runsFolder(new QLabel)
    , m_start(new QPushButton(tr("Start")))
    , m_pause(new QPushButton(tr("Pause")))
    , m_stop(new QPushButton(tr("Stop")))
    , m_resume(new QPushButton(tr("Resume selected")))
    , m_monitor(new RunMonitor)
    , m_runs(new RunsList(QStringLiteral("backbone")))
{
    for (int n : depths)
        m_depth->addItem(tr("n = %1 (%2 layers)").arg(n).arg(6 * n + 2), n);
    m_depth->setCurrentIndex(std::max(0, m_depth->findData(settings::backboneN.value())));
    m_epochs->setRange(0.05, 1000);
    m_epochs->setDecimals(2);
    m_epochs->setValue(settings::backboneEpochs.value());
    m_batch->setRange(1, 4096);
    m_batch->setValue(128);
    m_seed->setRange(0, 1 << 30);
    const bool cuda = training::cudaAvailable();
    if (auto* model = qobject_cast<QStandardItemModel*>(m_device->model()))
        model->item(2)->setEnabled(cuda);
    if (!cuda && m_device->currentIndex() == 2)
        m_device->setCurrentIndex(0);
    auto* deviceNote = new QLabel(cuda ? tr("CUDA is available.") : tr("CUDA is not available with this LibTorch or machine; training runs on the CPU."));
    deviceNote->setWordWrap(true);
    m_runsFolder->setText(settings::runsFolder.value());
    m_runsFolder->setWordWrap(true);
    m_pause->setCheckable(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Dataset"), m_dataset);
    form->addRow(tr("Architecture"), m_arch);
    form->addRow(tr("Depth"), m_depth);
    form->addRow(tr("Schedule"), m_schedule);
    form->addRow(tr("Epochs"), m_epochs);
    form->addRow(tr("Augmentation"), m_augmentation);
    form->addRow(tr("Batch size"), m_batch);
    form->addRow(tr("Device"), m_device);
    form->addRow(QString(), deviceNote);
    form->addRow(tr("Seed"), m_seed);
    auto* folderButton = new QPushButton(tr("Change…"));
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_runsFolder, 1);
    folderRow->addWidget(folderButton);
    form->addRow(tr("Runs folder"), folderRow);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_stop);
    auto* settingsBox = new QGroupBox(tr("New backbone"));
    auto* settingsLayout = new QVBoxLayout(settingsBox);
    settingsLayout->addLayout(form);
    settingsLayout->addLayout(buttons);

    auto* runsBox = new QGroupBox(tr("Runs"));
    auto* runsLayout = new QVBoxLayout(runsBox);
    runsLayout->addWidget(m_runs, 1);
    auto* runButtons = new QHBoxLayout;
    auto* openButton = new QPushButton(tr("Open run folder…"));
    auto* refreshButton = new QPushButton(tr("Refresh"));
    runButtons->addWidget(openButton);
    runButtons->addWidget(m_resume);
    runButtons->addWidget(refreshButton);
    runsLayout->addLayout(runButtons);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(settingsBox);
    leftLayout->addWidget(runsBox, 1);
    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_monitor);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_start, &QPushButton::clicked, this, [this] { startTraining(); });
    connect(m_pause, &QPushButton::toggled, this, &BackbonePage::pause);
    connect(m_stop, &QPushButton::clicked, this, &BackbonePage::stop);
    connect(m_resume, &QPushButton::clicked, this, [this] { resumeTraining(m_runs->selectedRun()); });
    connect(refreshButton, &QPushButton::clicked, this, &BackbonePage::refreshRuns);
    connect(openButton, &QPushButton::clicked, this, &BackbonePage::chooseRun);
    connect(folderButton, &QPushButton::clicked, this, &BackbonePage::chooseRunsFolder);
    connect(m_runs, &RunsList::runActivated, this, &BackbonePage::openRun);
    connect(m_runs, &QTreeWidget::currentItemChanged, this, &BackbonePage::updateButtons);
    connect(m_schedule, &QComboBox::currentIndexChanged, this, &BackbonePage::updateButtons);
    connect(m_monitor, &RunMonitor::statusChanged, this, [this](const QString& status) {
        // A CLI run finishing (or the one here) brings its CPM.
        if (status == QLatin1String("finished") && !isTraining())
            Q_EMIT runOpened(m_monitor->directory());
        refreshRuns();
    });
    refreshRuns();
    updateButtons();
}

BackbonePage::~BackbonePage() = default;

void BackbonePage::setDataset(const QString& spec, const QString& name)
{
    m_datasetSpec = spec;
    m_dataset->setText(name.isEmpty() ? spec : tr("%1 (%2)").arg(name, spec));
    updateButtons();
}

runs::BackboneRunConfig BackbonePage::configFromForm() const
{
    runs::BackboneRunConfig config;
    config.dataset = m_datasetSpec.toStdString();
    config.kind = models::parseBlockKind(m_arch->currentData().toString().toStdString());
    config.n = m_depth->currentData().toInt();
    auto& t = config.trainer;
    t.schedule = m_schedule->currentData().toString().toStdString();
    if (m_iterations > 0)
        t.iterations = m_iterations;
    else if (t.schedule == "quick")
        t.epochs = m_epochs->value();
    t.augmentation = m_augmentation->currentData().toString().toStdString();
    t.batchSize = m_batch->value();
    t.device = m_device->currentData().toString().toStdString();
    t.seed = std::uint64_t(m_seed->value());
    return config;
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

bool BackbonePage::startTraining(const QString& directory)
{
    if (isTraining())
        return false;
    if (m_datasetSpec.isEmpty()) {
        report(tr("Start training"), tr("No dataset is loaded. Open one on the Data page first (File › Open dataset)."));
        return false;
    }
    const QString dir = directory.isEmpty() ? QDir(settings::runsFolder.value()).filePath(newRunName()) : directory;
    try {
        auto job = std::make_unique<runs::BackboneTrainingJob>(dir.toStdString(), configFromForm());
        saveChoices();
        launch(std::make_unique<TrainingWorker>(std::move(job)));
        return true;
    } catch (const std::exception& e) {
        report(tr("Start training"), tr("Could not start the run in %1:\n%2").arg(dir, QString::fromStdString(e.what())));
        return false;
    }
}

bool BackbonePage::resumeTraining(const QString& directory)
{
    if (isTraining() || directory.isEmpty())
        return false;
    try {
        launch(std::make_unique<TrainingWorker>(runs::BackboneTrainingJob::resume(directory.toStdString())));
        return true;
    } catch (const std::exception& e) {
        report(tr("Resume"), tr("Could not resume %1:\n%2").arg(directory, QString::fromStdString(e.what())));
        return false;
    }
}

void BackbonePage::launch(std::unique_ptr<TrainingWorker> worker)
{
    m_worker = std::move(worker);
    connect(m_worker.get(), &TrainingWorker::finished, this, &BackbonePage::onFinished);
    connect(m_worker.get(), &TrainingWorker::failed, this, &BackbonePage::onFailed);
    m_pause->setChecked(false);
    m_monitor->follow(m_worker->directory());
    settings::rememberRun(m_worker->directory());
    m_worker->start();
    updateButtons();
}

bool BackbonePage::openRun(const QString& directory)
{
    if (!QFileInfo::exists(QDir(directory).filePath(QStringLiteral("run.json")))) {
        report(tr("Open run"), tr("%1 is not a run directory: it has no run.json. Choose a folder made by the studio or by hiernet train-backbone.").arg(directory));
        return false;
    }
    if (!isTraining() || m_worker->directory() != directory)
        m_monitor->follow(directory);
    settings::rememberRun(directory);
    m_runs->refresh();
    m_runs->selectRun(directory);
    Q_EMIT runOpened(directory);
    return true;
}

void BackbonePage::pause(bool paused)
{
    if (!isTraining())
        return;
    m_worker->setPaused(paused);
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
}

void BackbonePage::stop()
{
    if (isTraining())
        m_worker->stop();
}

bool BackbonePage::isTraining() const
{
    return m_worker && m_worker->isRunning();
}

void BackbonePage::onFinished(const QString& outcome, const QString& message)
{
    const QString directory = m_worker->directory();
    m_worker->wait(-1);
    m_monitor->poll();
    m_worker.reset();
    updateButtons();
    refreshRuns();
    if (outcome == QLatin1String("diverged"))
        report(tr("Training diverged"), tr("%1\nThe last good checkpoint is kept in %2. Try a lower learning rate or another seed.").arg(message, directory));
    Q_EMIT trainingFinished(directory, outcome);
    if (outcome == QLatin1String("finished"))
        Q_EMIT runOpened(directory);
}

void BackbonePage::onFailed(const QString& message)
{
    const QString directory = m_worker->directory();
    m_worker->wait(-1);
    m_monitor->poll();
    m_worker.reset();
    updateButtons();
    refreshRuns();
    report(tr("Training failed"), tr("The run in %1 failed:\n%2").arg(directory, message));
    Q_EMIT trainingFinished(directory, QStringLiteral("failed"));
}

void BackbonePage::updateButtons()
{
    const bool training = isTraining();
    m_start->setEnabled(!training && !m_datasetSpec.isEmpty());
    m_pause->setEnabled(training);
    m_stop->setEnabled(training);
    if (!training) {
        m_pause->setChecked(false);
        m_pause->setText(tr("Pause"));
    }
    const QString status = m_runs->selectedStatus();
    m_resume->setEnabled(!training && !m_runs->selectedRun().isEmpty() && status != QLatin1String("finished"));
    m_epochs->setEnabled(!training && m_schedule->currentData().toString() == QLatin1String("quick"));
    for (auto* w : std::initializer_list<QWidget*>{m_arch, m_depth, m_schedule, m_augmentation, m_batch, m_device, m_seed})
        w->setEnabled(!training);
}

void BackbonePage::refreshRuns()
{
    m_runs->refresh();
    updateButtons();
}

void BackbonePage::saveChoices() const
{
    settings::backboneArch.setValue(m_arch->currentData().toString());
    settings::backboneN.setValue(m_depth->currentData().toInt());
    settings::backboneSchedule.setValue(m_schedule->currentData().toString());
    settings::backboneEpochs.setValue(m_epochs->value());
    settings::backboneAugmentation.setValue(m_augmentation->currentData().toString());
    settings::trainingDevice.setValue(m_device->currentData().toString());
}

void BackbonePage::chooseRun()
{
    const auto dir = QFileDialog::getExistingDirectory(this, tr("Backbone run directory"), settings::runsFolder.value());
    if (!dir.isEmpty())
        openRun(dir);
}

void BackbonePage::chooseRunsFolder()
{
    const auto dir = QFileDialog::getExistingDirectory(this, tr("Folder for new runs"), settings::runsFolder.value());
    if (dir.isEmpty())
        return;
    settings::runsFolder.setValue(dir);
    m_runsFolder->setText(dir);
    refreshRuns();
}

void BackbonePage::report(const QString& title, const QString& message)
{
    m_lastError = message;
    // Non-blocking, so a worker's signals keep flowing while the message is up.
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace hiernet::studio
