#include "studio/training/TrainingPage.h"

#include "studio/training/RunFollower.h"
#include "studio/training/RunMonitor.h"
#include "studio/training/RunsList.h"
#include "studio/common/StudioSettings.h"
#include "studio/training/TrainingWorker.h"
#include "runs/RunInfo.h"
#include "runs/TrainingJob.h"
#include "training/Trainer.h"
#include "training/Device.h"
#include "training/LrSchedule.h"

#include <QLocale>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
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
#include <QVBoxLayout>

namespace hiernet::studio {

namespace {
/// Epochs as typed: "6", "0.5", "1.25" — not "6.00".
class EpochsSpinBox : public QDoubleSpinBox {
public:
    QString textFromValue(double value) const override { return locale().toString(value, 'g', 6); }
};

void selectData(QComboBox* combo, const QString& data)
{
    if (const int index = combo->findData(data); index >= 0)
        combo->setCurrentIndex(index);
}

// Training settings remembered per page: "backbone/schedule", "hiernet/schedule", …
template <typename T> Setting<T> pageSetting(const QString& kind, const char* name, T fallback)
{
    return Setting<T>(kind + QLatin1Char('/') + QLatin1String(name), std::move(fallback));
}
} // namespace

QComboBox* TrainingPage::makeCombo(const QList<std::pair<QString, QString>>& entries, const QString& current)
{
    auto* combo = new QComboBox;
    for (const auto& [label, data] : entries)
        combo->addItem(label, data);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    return combo;
}

TrainingPage::TrainingPage(const QString& kind, const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_modelForm(new QFormLayout)
    , m_schedule(makeCombo({ { tr("quick (CPU, epochs below)"), QStringLiteral("quick") },
                               { tr("paper (64k iterations, GPU)"), QStringLiteral("paper") },
                               { tr("reference (GPU)"), QStringLiteral("reference") } },
          pageSetting(kind, "schedule", QStringLiteral("quick")).value()))
    , m_epochs(new EpochsSpinBox)
    , m_augmentation(makeCombo({ { tr("flip + translate (paper)"), QStringLiteral("flip-translate") },
                                   { tr("flip + sub-pixel translate (paper's code)"), QStringLiteral("flip-translate-bilinear") },
                                   { tr("flip"), QStringLiteral("flip") }, { tr("none"), QStringLiteral("none") } },
          pageSetting(kind, "augmentation", QStringLiteral("flip")).value()))
    , m_batch(new QSpinBox)
    , m_device(new QComboBox)
    , m_deviceNote(new QLabel)
    , m_seed(new QSpinBox)
    , m_channelsLast(new QCheckBox(tr("channels-last")))
    , m_bf16(new QCheckBox(tr("bf16")))
    , m_cudaGraphs(new QCheckBox(tr("CUDA graph")))
    , m_runsFolder(new QLabel)
    , m_problem(new QLabel)
    , m_start(new QPushButton(tr("Start")))
    , m_pause(new QPushButton(tr("Pause")))
    , m_stop(new QPushButton(tr("Stop")))
    , m_resume(new QPushButton(tr("Resume selected")))
    , m_monitor(new RunMonitor)
    , m_details(new QSplitter(Qt::Vertical))
    , m_runs(new RunsList(kind))
{
    configureControls();
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(settingsBox(title));
    leftLayout->addWidget(runsBox(), 1);
    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    m_details->addWidget(m_monitor);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 500, 700 }); // the runs list shows a run's name, settings and result without scrolling
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_start, &QPushButton::clicked, this, [this] { startTraining(); });
    connect(m_pause, &QPushButton::toggled, this, &TrainingPage::pause);
    connect(m_stop, &QPushButton::clicked, this, &TrainingPage::stop);
    connect(m_resume, &QPushButton::clicked, this, [this] { resumeTraining(m_runs->selectedRun()); });
    connect(m_runs, &RunsList::runActivated, this, [this](const QString& directory) { openRun(directory); });
    connect(m_runs, &QTreeWidget::currentItemChanged, this, [this] {
        showSelectedRunSettings();
        updateButtons();
    });
    connect(m_schedule, &QComboBox::currentIndexChanged, this, &TrainingPage::updateButtons);
    connect(m_device, &QComboBox::currentIndexChanged, this, &TrainingPage::updateButtons);
    connect(m_monitor, &RunMonitor::statusChanged, this, [this](const QString& status) {
        // A run finishing that another process trains (or one trained here) is offered to the studio.
        if (status == QLatin1String("finished") && !isTraining())
            Q_EMIT runOpened(m_monitor->directory());
        // Its row shows the status the follower read; the other runs are not read again.
        m_runs->updateRun(m_monitor->directory(), m_monitor->follower()->info(), m_monitor->shownStatus());
        // The list follows the run trained here (its row appears once its run.json is written).
        if (isTraining() && m_runs->selectedRun() != QFileInfo(m_worker->directory()).absoluteFilePath())
            m_runs->selectRun(m_worker->directory());
        updateButtons();
    });
    m_runs->refresh();
}

void TrainingPage::configureControls()
{
    m_epochs->setRange(0.05, 1000);
    m_epochs->setDecimals(2);
    m_epochs->setObjectName(QStringLiteral("epochs"));
    m_schedule->setObjectName(QStringLiteral("schedule"));
    m_augmentation->setObjectName(QStringLiteral("augmentation"));
    m_seed->setObjectName(QStringLiteral("seed"));
    // The quick preset's length, the CLI's too (training/LrSchedule.h).
    m_epochs->setValue(pageSetting(
        m_kind, "epochs", m_kind == QLatin1String("hiernet") ? training::kQuickHierNetEpochs : training::kQuickBackboneEpochs)
                           .value());
    m_batch->setRange(1, 4096);
    m_batch->setValue(128);
    m_seed->setRange(0, 1 << 30);
    m_device->setObjectName(QStringLiteral("device"));
    m_deviceNote->setObjectName(QStringLiteral("deviceNote"));
    fillDevices(training::cudaDevices(), QString::fromStdString(training::cudaUnavailableReason()));
    m_channelsLast->setObjectName(QStringLiteral("channelsLast"));
    m_bf16->setObjectName(QStringLiteral("bf16"));
    m_cudaGraphs->setObjectName(QStringLiteral("cudaGraphs"));
    m_channelsLast->setToolTip(tr("Weights and batches in NHWC memory order (faster convolutions on GPUs; same results)."));
    m_bf16->setToolTip(tr("Forward pass under bf16 autocast; loss and SGD stay in fp32 (same training up to rounding)."));
    m_cudaGraphs->setToolTip(tr("Capture the whole training step once as a CUDA graph and replay it (CUDA only)."));
    m_schedule->setToolTip(tr("Learning-rate schedule: quick (a short cosine for a CPU), paper (He et al., 64k iterations) or "
                              "reference (the paper's code, 200 epochs); the last two are for a GPU"));
    m_epochs->setToolTip(tr("How many passes over the train set the quick schedule makes"));
    m_augmentation->setToolTip(
        tr("Random changes to each training image: horizontal flips, and shifts of up to 12.5 % as in the paper"));
    m_batch->setToolTip(tr("Images per training step (the paper: 128)"));
    m_device->setToolTip(tr("Where the network trains: the CPU or a CUDA GPU"));
    m_seed->setToolTip(tr("Seeds the weights, the order of the images and the augmentation: the same seed gives the same run"));
    m_start->setToolTip(tr("Start a new run in the runs folder with these settings"));
    m_pause->setToolTip(tr("Pause the training after the current step (press again to go on)"));
    m_stop->setToolTip(tr("Stop the training after the current step; the run keeps a checkpoint and can be resumed"));
    m_resume->setToolTip(tr("Continue the run selected in the list from its checkpoint"));
    // Channels-last is the one switch that speeds up CPU training here (+12–21 % in hiernet bench train).
    m_channelsLast->setChecked(pageSetting(m_kind, "channels_last", true).value());
    m_bf16->setChecked(pageSetting(m_kind, "bf16", false).value());
    m_cudaGraphs->setChecked(!m_gpus.empty() && pageSetting(m_kind, "cuda_graphs", false).value());
    m_deviceNote->setWordWrap(true);
    m_runsFolder->setText(settings::runsFolder.value());
    m_runsFolder->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_pause->setCheckable(true);
}

QGroupBox* TrainingPage::settingsBox(const QString& title)
{
    auto* form = new QFormLayout;
    form->addRow(tr("Schedule"), m_schedule);
    form->addRow(tr("Epochs"), m_epochs);
    form->addRow(tr("Augmentation"), m_augmentation);
    form->addRow(tr("Batch size"), m_batch);
    form->addRow(tr("Device"), m_device);
    form->addRow(QString(), m_deviceNote);
    form->addRow(tr("Seed"), m_seed);
    auto* speedRow = new QHBoxLayout;
    speedRow->addWidget(m_channelsLast);
    speedRow->addWidget(m_bf16);
    speedRow->addWidget(m_cudaGraphs);
    speedRow->addStretch(1);
    form->addRow(tr("Speed"), speedRow);
    auto* folderButton = new QPushButton(tr("Change…"));
    folderButton->setToolTip(tr("Choose the folder new runs are written to"));
    connect(folderButton, &QPushButton::clicked, this, &TrainingPage::chooseRunsFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_runsFolder, 1);
    folderRow->addWidget(folderButton);
    form->addRow(tr("Runs folder"), folderRow);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_stop);
    auto* box = new QGroupBox(title);
    auto* settingsLayout = new QVBoxLayout(box);
    settingsLayout->addLayout(m_modelForm);
    settingsLayout->addLayout(form);
    settingsLayout->addWidget(m_problem);
    settingsLayout->addLayout(buttons);
    return box;
}

QGroupBox* TrainingPage::runsBox()
{
    auto* box = new QGroupBox(tr("Runs"));
    auto* runsLayout = new QVBoxLayout(box);
    runsLayout->addWidget(m_runs, 1);
    auto* runButtons = new QHBoxLayout;
    auto* openButton = new QPushButton(tr("Open run folder…"));
    auto* refreshButton = new QPushButton(tr("Refresh"));
    openButton->setToolTip(tr("Follow a run directory, e.g. one a hiernet command line is writing"));
    refreshButton->setToolTip(tr("Read the runs folder again"));
    runButtons->addWidget(openButton);
    runButtons->addWidget(m_resume);
    runButtons->addWidget(refreshButton);
    runsLayout->addLayout(runButtons);

    connect(refreshButton, &QPushButton::clicked, this, &TrainingPage::refreshRuns);
    connect(openButton, &QPushButton::clicked, this, &TrainingPage::chooseRun);
    return box;
}

TrainingPage::~TrainingPage() = default;

void TrainingPage::addDetailView(QWidget* view)
{
    m_details->addWidget(view);
    m_details->setSizes({ 600, 220 });
}

training::TrainerConfig TrainingPage::trainerConfig() const
{
    training::TrainerConfig t;
    t.schedule = m_schedule->currentData().toString().toStdString();
    if (m_iterations > 0)
        t.iterations = m_iterations;
    else if (t.schedule == "quick")
        t.epochs = m_epochs->value();
    t.augmentation = m_augmentation->currentData().toString().toStdString();
    t.batchSize = m_batch->value();
    t.device = m_device->currentData().toString().toStdString();
    t.seed = std::uint64_t(m_seed->value());
    t.channelsLast = m_channelsLast->isChecked();
    t.bf16 = m_bf16->isChecked();
    t.cudaGraphs = m_cudaGraphs->isEnabled() && m_cudaGraphs->isChecked();
    return t;
}

bool TrainingPage::startTraining(const QString& directory)
{
    if (isTraining())
        return false;
    if (const QString problem = startProblem(); !problem.isEmpty()) {
        report(tr("Start training"), problem);
        return false;
    }
    const QString dir = directory.isEmpty() ? QDir(settings::runsFolder.value()).filePath(newRunName()) : directory;
    try {
        auto job = createJob(dir);
        saveChoices();
        launch(std::move(job));
        return true;
    } catch (const std::exception& e) {
        report(tr("Start training"), tr("Could not start the run in %1:\n%2").arg(dir, QString::fromStdString(e.what())));
        return false;
    }
}

bool TrainingPage::resumeTraining(const QString& directory)
{
    if (isTraining() || directory.isEmpty())
        return false;
    try {
        launch(resumeJob(directory));
        return true;
    } catch (const std::exception& e) {
        report(tr("Resume"), tr("Could not resume %1:\n%2").arg(directory, QString::fromStdString(e.what())));
        return false;
    }
}

void TrainingPage::launch(std::unique_ptr<runs::TrainingJob> job)
{
    m_worker = std::make_unique<TrainingWorker>(std::move(job));
    connect(m_worker.get(), &TrainingWorker::finished, this, &TrainingPage::onFinished);
    connect(m_worker.get(), &TrainingWorker::failed, this, &TrainingPage::onFailed);
    // The run directory is what the monitor shows; a report from the trainer only says to read it now.
    connect(m_worker.get(), &TrainingWorker::progress, m_monitor, &RunMonitor::poll);
    connect(m_worker.get(), &TrainingWorker::message, m_monitor, &RunMonitor::showMessage);
    m_pause->setChecked(false);
    m_monitor->follow(m_worker->directory());
    settings::rememberRun(m_worker->directory());
    m_runs->refresh(); // the list follows the run shown: the new run's row, selected
    m_runs->selectRun(m_worker->directory());
    m_worker->start();
    updateButtons();
}

bool TrainingPage::openRun(const QString& directory)
{
    if (!QFileInfo::exists(QDir(directory).filePath(QStringLiteral("run.json")))) {
        report(tr("Open run"),
            tr("%1 is not a run directory: it has no run.json. Choose a folder made by the studio or by the hiernet command "
               "line.")
                .arg(directory));
        return false;
    }
    try {
        return openRun(runs::RunFolder::open(directory.toStdString()));
    } catch (const std::exception& e) {
        report(tr("Open run"), QString::fromStdString(e.what()));
        return false;
    }
}

bool TrainingPage::openRun(const runs::RunFolder& folder)
{
    const auto directory = QString::fromStdString(folder.directory());
    if (!isTraining() || m_worker->directory() != directory)
        m_monitor->follow(folder);
    settings::rememberRun(directory);
    showRunSettings(folder); // before the list selects it: the selection then finds the form showing it
    m_runs->refresh(&folder);
    m_runs->selectRun(directory);
    Q_EMIT runOpened(directory);
    return true;
}

void TrainingPage::pause(bool paused)
{
    if (!isTraining())
        return;
    m_worker->setPaused(paused);
    m_monitor->setPaused(paused);
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
}

void TrainingPage::stop()
{
    if (isTraining())
        m_worker->stop();
}

bool TrainingPage::isTraining() const
{
    return m_worker && m_worker->isRunning();
}

QString TrainingPage::releaseWorker()
{
    const QString directory = m_worker->directory();
    m_worker->wait(-1); // the job has returned; its thread is ending
    m_monitor->setPaused(false);
    m_monitor->poll(); // the last lines the run wrote
    m_worker.reset();
    refreshRuns();
    return directory;
}

QString TrainingPage::stopAndWait()
{
    if (!isTraining())
        return {};
    m_worker->disconnect(this); // its finished() is handled here, not when it arrives later
    m_worker->stop();
    const QString directory = releaseWorker();
    Q_EMIT trainingFinished(directory, QStringLiteral("cancelled"));
    return directory;
}

QStringList TrainingPage::resumeArguments(const QString& directory) const
{
    return { QStringLiteral("train-") + m_kind, QStringLiteral("--resume"), directory };
}

void TrainingPage::onFinished(const QString& outcome, const QString& message)
{
    if (!m_worker)
        return; // released already (stopAndWait)
    const QString directory = releaseWorker();
    if (outcome == QLatin1String("diverged"))
        report(tr("Training diverged"),
            tr("%1\nThe last good checkpoint is kept in %2. Try a lower learning rate or another seed.").arg(message, directory));
    Q_EMIT trainingFinished(directory, outcome);
    if (outcome == QLatin1String("finished"))
        Q_EMIT runOpened(directory);
}

void TrainingPage::onFailed(const QString& message)
{
    if (!m_worker)
        return;
    const QString directory = releaseWorker();
    report(tr("Training failed"), tr("The run in %1 failed:\n%2").arg(directory, message));
    Q_EMIT trainingFinished(directory, QStringLiteral("failed"));
}

void TrainingPage::showSelectedRunSettings()
{
    const auto directory = m_runs->selectedRun();
    if (isTraining() || directory.isEmpty() || QFileInfo(directory).absoluteFilePath() == m_formRun)
        return;
    try {
        showRunSettings(runs::RunFolder::open(directory.toStdString()));
    } catch (const std::exception&) {
        // an unreadable run: the monitor says what is wrong with it when it is opened
    }
}

void TrainingPage::showRunSettings(const runs::RunFolder& folder)
{
    const auto directory = QString::fromStdString(folder.directory());
    if (isTraining() || QFileInfo(directory).absoluteFilePath() == m_formRun || folder.info().kind != m_kind.toStdString()
        || !folder.hasConfig())
        return;
    const auto& info = folder.info();
    const auto& t = folder.isHierNet() ? folder.hierNetConfig().trainer : folder.backboneConfig().trainer;
    m_formRun = QFileInfo(directory).absoluteFilePath();
    selectData(m_schedule, QString::fromStdString(t.schedule));
    if (t.epochs > 0)
        m_epochs->setValue(t.epochs);
    else if (t.iterations > 0 && info.iterationsPerEpoch > 0)
        m_epochs->setValue(double(t.iterations) / double(info.iterationsPerEpoch)); // a run given in iterations
    selectData(m_augmentation, QString::fromStdString(t.augmentation));
    m_batch->setValue(t.batchSize);
    // A run made on a GPU this machine lacks keeps the device chosen here.
    selectData(m_device, QString::fromStdString(t.device == "cuda" ? "cuda:0" : t.device));
    m_seed->setValue(int(std::min<std::uint64_t>(t.seed, std::uint64_t(m_seed->maximum()))));
    m_channelsLast->setChecked(t.channelsLast);
    m_bf16->setChecked(t.bf16);
    m_cudaGraphs->setChecked(t.cudaGraphs);
    showModelSettings(folder);
    updateButtons();
}

void TrainingPage::updateButtons()
{
    const bool training = isTraining();
    const QString problem = startProblem();
    m_problem->setText(training ? QString() : problem);
    m_problem->setVisible(!training && !problem.isEmpty());
    m_start->setEnabled(!training && problem.isEmpty());
    m_pause->setEnabled(training);
    m_stop->setEnabled(training);
    if (!training) {
        m_pause->setChecked(false);
        m_pause->setText(tr("Pause"));
    }
    // A finished run has nothing left; a running one has a live process on it (a killed one reads "interrupted").
    const QString selected = m_runs->selectedStatus();
    m_resume->setEnabled(!training && !m_runs->selectedRun().isEmpty() && selected != QLatin1String("finished")
        && selected != QLatin1String("running"));
    m_epochs->setEnabled(!training && m_schedule->currentData().toString() == QLatin1String("quick"));
    for (auto* w :
        std::initializer_list<QWidget*> { m_schedule, m_augmentation, m_batch, m_device, m_seed, m_channelsLast, m_bf16 })
        w->setEnabled(!training);
    // A CUDA graph needs a CUDA device: "auto" is one only where a GPU is there.
    m_cudaGraphs->setEnabled(!training && selectedDeviceIsCuda());
    setModelSettingsEnabled(!training);
}

void TrainingPage::setDevices(const std::vector<training::CudaDeviceInfo>& gpus, const QString& unavailableReason)
{
    fillDevices(gpus, unavailableReason);
    updateButtons();
}

void TrainingPage::fillDevices(const std::vector<training::CudaDeviceInfo>& gpus, const QString& unavailableReason)
{
    const QString wanted = m_device->count() > 0 ? m_device->currentData().toString()
                                                 : pageSetting(m_kind, "device", QStringLiteral("auto")).value();
    m_gpus = gpus;
    m_device->clear();
    m_device->addItem(gpus.empty() ? tr("auto (CPU)") : tr("auto (cuda:0)"), QStringLiteral("auto"));
    m_device->addItem(tr("CPU"), QStringLiteral("cpu"));
    for (const auto& gpu : gpus)
        m_device->addItem(tr("%1 · %2 · %3 GiB")
                              .arg(QString::fromStdString(gpu.id()), QString::fromStdString(gpu.name))
                              .arg(QLocale().toString(double(gpu.totalMemoryBytes) / double(1LL << 30), 'f', 1)),
            QString::fromStdString(gpu.id()));
    // A remembered "cuda" (older settings) or a GPU that is gone falls back to auto.
    m_device->setCurrentIndex(
        std::max(0, m_device->findData(wanted == QLatin1String("cuda") ? QStringLiteral("cuda:0") : wanted)));
    m_deviceNote->setText(gpus.empty() ? tr("No GPU: %1. Training runs on the CPU.").arg(unavailableReason)
                                       : tr("%n GPU(s) with CUDA.", nullptr, int(gpus.size())));
}

bool TrainingPage::selectedDeviceIsCuda() const
{
    const QString device = m_device->currentData().toString();
    return !m_gpus.empty() && device != QLatin1String("cpu");
}

void TrainingPage::refreshRuns()
{
    m_runs->refresh();
    updateButtons();
}

void TrainingPage::saveChoices() const
{
    pageSetting(m_kind, "schedule", QString()).setValue(m_schedule->currentData().toString());
    pageSetting(m_kind, "epochs", 0.0).setValue(m_epochs->value());
    pageSetting(m_kind, "augmentation", QString()).setValue(m_augmentation->currentData().toString());
    pageSetting(m_kind, "device", QString()).setValue(m_device->currentData().toString());
    pageSetting(m_kind, "channels_last", true).setValue(m_channelsLast->isChecked());
    pageSetting(m_kind, "bf16", false).setValue(m_bf16->isChecked());
    pageSetting(m_kind, "cuda_graphs", false).setValue(m_cudaGraphs->isChecked());
}

void TrainingPage::chooseRun()
{
    const auto dir = QFileDialog::getExistingDirectory(this, tr("Run directory"), settings::runsFolder.value());
    if (!dir.isEmpty())
        openRun(dir);
}

void TrainingPage::chooseRunsFolder()
{
    const auto dir = QFileDialog::getExistingDirectory(this, tr("Folder for new runs"), settings::runsFolder.value());
    if (dir.isEmpty())
        return;
    settings::runsFolder.setValue(dir);
    m_runsFolder->setText(dir);
    refreshRuns();
}

void TrainingPage::report(const QString& title, const QString& message)
{
    m_lastError = message;
    // Non-blocking, so a worker's signals keep flowing while the message is up.
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace hiernet::studio
