#pragma once
#include "studio/training/TrainingPage.h"

class QComboBox;
class QLabel;

namespace hiernet::studio {

/// The Backbone page: a ResNet / ELU-ResNet of some depth on the current dataset, trained with live
/// curves (see TrainingPage); a finished run's CPM goes to the Confusion and Grouping pages.
class BackbonePage : public TrainingPage {
    Q_OBJECT

public:
    explicit BackbonePage(QWidget* parent = nullptr);

    /// The dataset new runs train on (the Data page's current one).
    void setDataset(const QString& spec, const QString& name);

protected:
    std::unique_ptr<runs::TrainingJob> createJob(const QString& directory) override;
    std::unique_ptr<runs::TrainingJob> resumeJob(const QString& directory) override;
    QString newRunName() const override;
    QString startProblem() const override;
    void setModelSettingsEnabled(bool enabled) override;
    void showModelSettings(const runs::RunFolder& folder) override;

private:
    QString m_datasetSpec;
    QLabel* m_dataset;
    QComboBox* m_arch;
    QComboBox* m_depth;
};

} // namespace hiernet::studio
