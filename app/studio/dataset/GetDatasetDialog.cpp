#include "studio/dataset/GetDatasetDialog.h"

#include "download/TransferProgress.h"
#include "studio/common/StudioSettings.h"
#include "studio/dataset/DatasetDownloadWorker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace hiernet::studio {

GetDatasetDialog::GetDatasetDialog(QWidget* parent)
    : QDialog(parent)
    , m_dataset(new QComboBox)
    , m_folder(new QLineEdit(QString::fromStdString(data::defaultDataDirectory())))
    , m_mirror(new QLineEdit(settings::datasetMirror.value()))
    , m_status(new QLabel)
    , m_progress(new QProgressBar)
    , m_detail(new QLabel)
    , m_download(new QPushButton(tr("&Download")))
    , m_cancel(new QPushButton(tr("&Cancel download")))
    , m_open(new QPushButton(tr("&Open dataset")))
{
    setWindowTitle(tr("Get dataset"));
    setObjectName(QStringLiteral("getDatasetDialog"));
    m_status->setObjectName(QStringLiteral("downloadStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("downloadProgress"));
    m_progress->setToolTip(tr("Bytes downloaded of the archive's size"));
    m_detail->setObjectName(QStringLiteral("downloadDetail"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buildChoices());
    layout->addWidget(m_progress);
    layout->addWidget(m_detail);
    layout->addWidget(m_status);
    layout->addWidget(buildButtons());
    setMinimumWidth(560);
    describeChoice();
}

QFormLayout* GetDatasetDialog::buildChoices()
{
    try {
        m_datasets = data::downloadableDatasets();
    } catch (const std::exception& error) {
        m_status->setText(QString::fromStdString(error.what()));
    }
    for (const auto& d : m_datasets)
        m_dataset->addItem(tr("%1 (%2)").arg(QString::fromStdString(d.title),
                               QLocale().formattedDataSize(d.bytes, 1, QLocale::DataSizeSIFormat)),
            QString::fromStdString(d.name));
    m_dataset->setObjectName(QStringLiteral("datasetChoice"));
    m_dataset->setToolTip(tr("The dataset to download: its official binary archive, checked against its published MD5 sum"));
    m_folder->setObjectName(QStringLiteral("dataFolder"));
    m_folder->setToolTip(tr("Where datasets are kept; a dataset downloaded into the default folder opens by its name"));
    m_mirror->setObjectName(QStringLiteral("mirror"));
    m_mirror->setPlaceholderText(tr("optional: http://, https:// or file:// address holding the same archive names"));
    m_mirror->setToolTip(tr("A local or institutional copy of the archives, used instead of the official address"));
    auto* browse = new QPushButton(tr("Browse…"));
    browse->setToolTip(tr("Choose the data folder"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const auto dir = QFileDialog::getExistingDirectory(this, tr("Data folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    connect(m_dataset, &QComboBox::currentIndexChanged, this, &GetDatasetDialog::describeChoice);
    connect(m_folder, &QLineEdit::textChanged, this, &GetDatasetDialog::describeChoice);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Dataset"), m_dataset);
    form->addRow(tr("Data folder"), folderRow);
    form->addRow(tr("Mirror"), m_mirror);
    return form;
}

QDialogButtonBox* GetDatasetDialog::buildButtons()
{
    m_download->setObjectName(QStringLiteral("startDownload"));
    m_download->setToolTip(tr("Download (or resume), check the MD5 sum, then unpack into the data folder"));
    m_cancel->setObjectName(QStringLiteral("cancelDownload"));
    m_cancel->setToolTip(tr("Stop; what arrived is kept, and the next download resumes from there"));
    m_open->setObjectName(QStringLiteral("openDownloaded"));
    m_open->setToolTip(tr("Open the downloaded dataset in the studio"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_download, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_open, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &GetDatasetDialog::reject);
    connect(m_download, &QPushButton::clicked, this, &GetDatasetDialog::startDownload);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_worker)
            m_worker->cancel();
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        Q_EMIT openRequested(m_readySpec);
        accept();
    });
    return buttons;
}

void GetDatasetDialog::describeChoice()
{
    updateState();
    const auto* dataset = chosen();
    if (!dataset)
        return;
    const auto folder = m_folder->text().trimmed().toStdString();
    if (!m_readySpec.isEmpty())
        m_status->setText(tr("%1 is already in %2.")
                              .arg(QString::fromStdString(dataset->title),
                                  QString::fromStdString(data::installedDatasetPath(*dataset, folder))));
    else
        m_status->setText(tr("%1: %2, from %3")
                              .arg(QString::fromStdString(dataset->title),
                                  QLocale().formattedDataSize(dataset->bytes, 1, QLocale::DataSizeSIFormat),
                                  QString::fromStdString(dataset->url)));
}

GetDatasetDialog::~GetDatasetDialog() = default; // a running worker (a child) cancels and waits as it goes

const data::DownloadableDataset* GetDatasetDialog::chosen() const
{
    const auto index = m_dataset->currentIndex();
    return index >= 0 && index < int(m_datasets.size()) ? &m_datasets[std::size_t(index)] : nullptr;
}

void GetDatasetDialog::updateState()
{
    const bool running = m_worker != nullptr;
    const auto* dataset = chosen();
    const auto folder = m_folder->text().trimmed();
    const bool installed = dataset && !folder.isEmpty() && data::isDatasetInstalled(*dataset, folder.toStdString());
    if (!running && dataset)
        m_readySpec = installed ? QString::fromStdString(data::installedDatasetSpec(*dataset, folder.toStdString())) : QString();
    m_dataset->setEnabled(!running);
    m_folder->setEnabled(!running);
    m_mirror->setEnabled(!running);
    m_download->setEnabled(!running && dataset && !installed && !folder.isEmpty());
    m_cancel->setEnabled(running);
    m_open->setEnabled(!running && !m_readySpec.isEmpty());
    m_progress->setVisible(running || m_progress->value() > 0);
}

void GetDatasetDialog::startDownload()
{
    const auto* dataset = chosen();
    if (!dataset || m_worker)
        return;
    settings::datasetMirror.setValue(m_mirror->text().trimmed());
    m_worker = new DatasetDownloadWorker(*dataset, m_folder->text().trimmed(), m_mirror->text().trimmed(), this);
    connect(m_worker, &DatasetDownloadWorker::step, this, [this](const QString& text) { m_status->setText(text); });
    connect(m_worker, &DatasetDownloadWorker::progress, this, &GetDatasetDialog::showProgress);
    connect(m_worker, &DatasetDownloadWorker::finished, this, [this](const QString& spec, const QString& folder, bool) {
        m_readySpec = spec;
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        m_status->setText(tr("Ready in %1. Open it here, or as “%2” from the command line.").arg(folder, spec));
        downloadEnded();
    });
    connect(m_worker, &DatasetDownloadWorker::cancelled, this, [this](const QString& message) {
        m_status->setText(tr("Cancelled: %1").arg(message));
        downloadEnded();
    });
    connect(m_worker, &DatasetDownloadWorker::failed, this, [this](const QString& message) {
        m_status->setText(tr("Failed: %1").arg(message));
        downloadEnded();
    });
    m_progress->setRange(0, 0); // busy until the size is known
    m_progress->setValue(0);
    m_detail->clear();
    m_status->setText(tr("Connecting…"));
    m_worker->start();
    updateState();
}

void GetDatasetDialog::showProgress(qint64 received, qint64 total, double bytesPerSecond, double secondsLeft)
{
    const QLocale locale;
    // A progress bar counts in int: kilobytes keep archives of any size in range.
    if (total > 0) {
        m_progress->setRange(0, int(total / 1024));
        m_progress->setValue(int(received / 1024));
    }
    auto text = total > 0 ? tr("%1 of %2")
                                .arg(locale.formattedDataSize(received, 1, QLocale::DataSizeSIFormat),
                                    locale.formattedDataSize(total, 1, QLocale::DataSizeSIFormat))
                          : locale.formattedDataSize(received, 1, QLocale::DataSizeSIFormat);
    if (bytesPerSecond > 0)
        text += tr(" · %1/s").arg(locale.formattedDataSize(qint64(bytesPerSecond), 1, QLocale::DataSizeSIFormat));
    if (secondsLeft >= 0) {
        const auto seconds = qint64(secondsLeft + 0.5);
        text += tr(" · %1:%2 left").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    m_detail->setText(text);
}

void GetDatasetDialog::downloadEnded()
{
    if (m_worker) {
        m_worker->wait(-1);
        m_worker->deleteLater();
        m_worker = nullptr;
    }
    if (m_progress->maximum() == 0)
        m_progress->setRange(0, 1); // no longer busy
    updateState();
}

void GetDatasetDialog::reject()
{
    // Closing while a download runs cancels it (the part stays for a resume) before the dialog goes.
    if (m_worker) {
        m_worker->cancel();
        m_worker->wait(-1);
    }
    QDialog::reject();
}

} // namespace hiernet::studio
