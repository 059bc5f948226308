#pragma once
#include <QString>
#include <QWidget>

#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace hiernet::runs {
struct BackboneRunConfig;
}

namespace hiernet::studio {

class RunMonitor;
class RunsList;
class TrainingWorker;

/// The Backbone page: choose a ResNet / ELU-ResNet, its depth, schedule, device and seed; train it on
/// a worker thread with live curves; pause, resume and stop (a stop keeps the checkpoint); the runs
/// found in the runs folder, reopenable (also while a CLI writes them) and resumable.
class BackbonePage : public QWidget
{
    Q_OBJECT

public:
    explicit BackbonePage(QWidget* parent = nullptr);
    ~BackbonePage() override;

    /// The dataset new runs train on (the Data page's current one).
    void setDataset(const QString& spec, const QString& name);
    /// Starts a new run in `directory` (empty: a fresh folder in the runs folder). False + message box when it cannot.
    bool startTraining(const QString& directory = {});
    /// Continues a stopped run from its checkpoint.
    bool resumeTraining(const QString& directory);
    /// Follows an existing run directory (curves grow while someone else writes it).
    bool openRun(const QString& directory);
    void pause(bool paused);
    void stop();

    bool isTraining() const;
    TrainingWorker* worker() const { return m_worker.get(); }
    RunMonitor* monitor() const { return m_monitor; }
    RunsList* runsList() const { return m_runs; }
    /// Sets the form for a tiny run (tests, demos): schedule "quick" with this many iterations.
    void setIterations(int iterations) { m_iterations = iterations; }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    /// A run was opened or finished training; the app shows its CPM.
    void runOpened(const QString& directory);
    void trainingFinished(const QString& directory, const QString& outcome);

private:
    runs::BackboneRunConfig configFromForm() const;
    QString newRunName() const;
    void launch(std::unique_ptr<TrainingWorker> worker);
    void onFinished(const QString& outcome, const QString& message);
    void onFailed(const QString& message);
    void updateButtons();
    void refreshRuns();
    void saveChoices() const;
    void chooseRun();
    void chooseRunsFolder();
    void report(const QString& title, const QString& message);

    QString m_datasetSpec;
    QLabel* m_dataset;
    QComboBox* m_arch;
    QComboBox* m_depth;
    QComboBox* m_schedule;
    QDoubleSpinBox* m_epochs;
    QComboBox* m_augmentation;
    QSpinBox* m_batch;
    QComboBox* m_device;
    QSpinBox* m_seed;
    QLabel* m_runsFolder;
    QPushButton* m_start;
    QPushButton* m_pause;
    QPushButton* m_stop;
    QPushButton* m_resume;
    RunMonitor* m_monitor;
    RunsList* m_runs;
    std::unique_ptr<TrainingWorker> m_worker;
    int m_iterations = 0;
    QString m_lastError;
};

} // namespace hiernet::studio
