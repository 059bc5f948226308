#pragma once
#include "data/DatasetCatalogue.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace hiernet::studio {

class DatasetDownloadWorker;

/// File › Get dataset…: downloads CIFAR-10 or CIFAR-100 from its official address or a mirror into the data folder,
/// with a progress bar (bytes, rate, time left), a resume of a cut download, the checksum checked before unpacking,
/// and a cancel that keeps what arrived. When the dataset is ready, Open hands its spec to the window.
class GetDatasetDialog : public QDialog {
    Q_OBJECT

public:
    explicit GetDatasetDialog(QWidget* parent = nullptr);
    ~GetDatasetDialog() override;

    /// The spec of the dataset the last download made ready ("" before).
    QString readySpec() const { return m_readySpec; }

Q_SIGNALS:
    /// Open was clicked for a ready dataset.
    void openRequested(const QString& spec);

public Q_SLOTS:
    void reject() override;

private:
    /// The dataset, data folder and mirror rows.
    QFormLayout* buildChoices();
    /// Download, Cancel download, Open dataset, Close.
    QDialogButtonBox* buildButtons();
    void startDownload();
    void showProgress(qint64 received, qint64 total, double bytesPerSecond, double secondsLeft);
    void downloadEnded();
    void updateState();
    /// What the chosen dataset is, or where it already is.
    void describeChoice();
    const data::DownloadableDataset* chosen() const;

    std::vector<data::DownloadableDataset> m_datasets;
    QComboBox* m_dataset;
    QLineEdit* m_folder;
    QLineEdit* m_mirror;
    QLabel* m_status;
    QProgressBar* m_progress;
    QLabel* m_detail;
    QPushButton* m_download;
    QPushButton* m_cancel;
    QPushButton* m_open;
    DatasetDownloadWorker* m_worker = nullptr;
    QString m_readySpec;
};

} // namespace hiernet::studio
