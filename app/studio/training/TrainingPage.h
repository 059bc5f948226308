#pragma once
#include "runs/RunFolder.h"
#include <QString>
#include <QWidget>

#include "training/Device.h"

#include <nlohmann/json_fwd.hpp>

#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QSplitter;

namespace hiernet::runs {
class TrainingJob;
}
namespace hiernet::training {
struct TrainerConfig;
}

namespace hiernet::studio {

class RunMonitor;
class RunsList;
class TrainingWorker;

/// What the Backbone and HierNet pages share: the training settings (schedule, epochs, augmentation,
/// batch, device, seed, speed switches — remembered per page), Start / Pause / Resume / Stop around a TrainingWorker,
/// the live RunMonitor, and the list of this kind's runs (open, follow, resume). A subclass adds its
/// model's settings to modelForm() and makes the job.
class TrainingPage : public QWidget {
    Q_OBJECT

public:
    ~TrainingPage() override;

    /// Starts a new run in `directory` (empty: a fresh folder in the runs folder). False + message when it cannot.
    bool startTraining(const QString& directory = {});
    /// Continues a stopped run from its checkpoint.
    bool resumeTraining(const QString& directory);
    /// Follows an existing run directory of this page's kind (curves grow while someone else writes it).
    bool openRun(const QString& directory);
    /// The same for a run folder opened already: its run.json is read once for the monitor, the list and the form.
    bool openRun(const runs::RunFolder& folder);
    void pause(bool paused);
    void stop();
    /// Fills the form with a run's settings (schedule, epochs, augmentation, …, and the model's), so the
    /// form shows the run one looks at and Start makes a sibling of it. Not while training.
    void showRunSettings(const runs::RunFolder& folder);

    bool isTraining() const;
    /// Stops the training in progress and waits until its job has saved its checkpoint and returned (closing the
    /// window); the run's directory, "" when none trained.
    QString stopAndWait();
    /// The `hiernet` arguments that resume a run of this page's kind: train-backbone|train-hiernet --resume DIR.
    QStringList resumeArguments(const QString& directory) const;
    TrainingWorker* worker() const { return m_worker.get(); }
    RunMonitor* monitor() const { return m_monitor; }
    RunsList* runsList() const { return m_runs; }
    /// A fixed number of iterations instead of the schedule's length (tests, demos).
    void setIterations(int iterations) { m_iterations = iterations; }
    QString lastError() const { return m_lastError; }
    /// Fills the Device choice: auto, CPU and one entry per GPU (name and memory); with no GPU the
    /// note below says why. Called with the machine's GPUs at construction.
    void setDevices(const std::vector<training::CudaDeviceInfo>& gpus, const QString& unavailableReason);

Q_SIGNALS:
    /// A run was opened or finished training.
    void runOpened(const QString& directory);
    void trainingFinished(const QString& directory, const QString& outcome);

protected:
    /// `kind`: "backbone" or "hiernet" (run.json kind, settings group).
    TrainingPage(const QString& kind, const QString& title, QWidget* parent = nullptr);

    QFormLayout* modelForm() const { return m_modelForm; }
    /// Adds a view below the curves (the HierNet page's tree).
    void addDetailView(QWidget* view);
    training::TrainerConfig trainerConfig() const;
    /// Makes the job for a new run; throws hiernet::Error (shown to the user) for bad settings.
    virtual std::unique_ptr<runs::TrainingJob> createJob(const QString& directory) = 0;
    virtual std::unique_ptr<runs::TrainingJob> resumeJob(const QString& directory) = 0;
    /// Folder name for a new run.
    virtual QString newRunName() const = 0;
    /// Why a run cannot start now ("" when it can).
    virtual QString startProblem() const = 0;
    /// The model settings are locked while training.
    virtual void setModelSettingsEnabled(bool enabled) = 0;
    /// Shows the model settings of a run of this page's kind.
    virtual void showModelSettings(const runs::RunFolder& folder) = 0;
    void updateButtons();
    /// A combo box of (label, data) entries with `current` data selected.
    static QComboBox* makeCombo(const QList<std::pair<QString, QString>>& entries, const QString& current);
    void report(const QString& title, const QString& message);

private:
    void configureControls();
    QGroupBox* settingsBox(const QString& title);
    QGroupBox* runsBox();
    void showSelectedRunSettings();
    void launch(std::unique_ptr<runs::TrainingJob> job);
    /// Waits for the finished worker's thread, reads the run's last lines and drops the worker.
    QString releaseWorker();
    void onFinished(const QString& outcome, const QString& message);
    void onFailed(const QString& message);
    void refreshRuns();
    void fillDevices(const std::vector<training::CudaDeviceInfo>& gpus, const QString& unavailableReason);
    bool selectedDeviceIsCuda() const;
    void saveChoices() const;
    void chooseRun();
    void chooseRunsFolder();

    QString m_kind;
    QFormLayout* m_modelForm;
    QComboBox* m_schedule;
    QDoubleSpinBox* m_epochs;
    QComboBox* m_augmentation;
    QSpinBox* m_batch;
    QComboBox* m_device;
    QLabel* m_deviceNote;
    std::vector<training::CudaDeviceInfo> m_gpus;
    QSpinBox* m_seed;
    QCheckBox* m_channelsLast;
    QCheckBox* m_bf16;
    QCheckBox* m_cudaGraphs;
    QLabel* m_runsFolder;
    QLabel* m_problem;
    QPushButton* m_start;
    QPushButton* m_pause;
    QPushButton* m_stop;
    QPushButton* m_resume;
    RunMonitor* m_monitor;
    QSplitter* m_details;
    RunsList* m_runs;
    std::unique_ptr<TrainingWorker> m_worker;
    int m_iterations = 0;
    QString m_lastError;
    QString m_formRun; ///< the run whose settings the form shows
};

} // namespace hiernet::studio
