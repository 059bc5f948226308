#include "studio/dataset/OpenDatasetDialog.h"

#include "data/DatasetCatalogue.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace hiernet::studio {
namespace {
/// Item data: the entry is a downloaded dataset, opened by its bare name.
constexpr int kOpensByName = Qt::UserRole + 1;
} // namespace

OpenDatasetDialog::OpenDatasetDialog(const QString& currentSpec, QWidget* parent)
    : QDialog(parent)
    , m_format(new QComboBox)
    , m_folder(new QLineEdit)
{
    setWindowTitle(tr("Open dataset"));
    m_format->addItem(tr("Fashion-MNIST (Debian package)"), QStringLiteral("fashion-mnist"));
    m_format->addItem(tr("IDX files (MNIST layout)"), QStringLiteral("idx"));
    m_format->addItem(tr("CIFAR-10 binary"), QStringLiteral("cifar10"));
    m_format->addItem(tr("CIFAR-100 binary"), QStringLiteral("cifar100"));
    m_format->addItem(tr("Image folders (one per class)"), QStringLiteral("folder"));
    // Datasets downloaded into the default data folder (File › Get dataset…) open by name, without a folder.
    try {
        for (const auto& d : data::downloadableDatasets())
            if (data::isDatasetInstalled(d, data::defaultDataDirectory())) {
                m_format->insertItem(
                    1, tr("%1 (downloaded)").arg(QString::fromStdString(d.title)), QString::fromStdString(d.name));
                m_format->setItemData(1, true, kOpensByName);
            }
    } catch (const std::exception&) {
        // A broken HIERNET_DATASET_CATALOGUE: Get dataset… names it; the folder choices still work here.
    }
    const auto colon = currentSpec.indexOf(QLatin1Char(':'));
    const auto kind = colon < 0 ? currentSpec : currentSpec.left(colon);
    m_format->setToolTip(tr("The dataset's format; downloaded datasets are listed by name"));
    m_folder->setToolTip(tr("The folder holding the dataset's files"));
    m_format->setCurrentIndex(0);
    for (int i = 0; i < m_format->count(); ++i)
        if (m_format->itemData(i).toString() == kind && m_format->itemData(i, kOpensByName).toBool() == (colon < 0)) {
            m_format->setCurrentIndex(i);
            break;
        }
    if (colon >= 0)
        m_folder->setText(currentSpec.mid(colon + 1));

    auto* browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const auto dir = QFileDialog::getExistingDirectory(this, tr("Dataset folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("Folder"), folderRow);
    form->addRow(buttons);
    connect(m_format, &QComboBox::currentIndexChanged, this, &OpenDatasetDialog::updateEnabled);
    connect(m_folder, &QLineEdit::textChanged, this, &OpenDatasetDialog::updateEnabled);
    updateEnabled();
}

bool OpenDatasetDialog::needsFolder() const
{
    // Fashion-MNIST (Debian's package) and the downloaded datasets (listed by bare name) need none.
    return m_format->currentData().toString() != QLatin1String("fashion-mnist") && !m_format->currentData(kOpensByName).toBool();
}

QString OpenDatasetDialog::spec() const
{
    const auto kind = m_format->currentData().toString();
    return needsFolder() ? kind + QLatin1Char(':') + m_folder->text().trimmed() : kind;
}

void OpenDatasetDialog::updateEnabled()
{
    const bool needsFolder = this->needsFolder();
    m_folder->setEnabled(needsFolder);
    auto* buttons = findChild<QDialogButtonBox*>();
    if (buttons)
        buttons->button(QDialogButtonBox::Open)->setEnabled(!needsFolder || !m_folder->text().trimmed().isEmpty());
}

} // namespace hiernet::studio
