#include "studio/dataset/OpenDatasetDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace hiernet::studio {

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
    const auto colon = currentSpec.indexOf(QLatin1Char(':'));
    const auto kind = colon < 0 ? currentSpec : currentSpec.left(colon);
    m_format->setCurrentIndex(qMax(0, m_format->findData(kind)));
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

QString OpenDatasetDialog::spec() const
{
    const auto kind = m_format->currentData().toString();
    return kind == QLatin1String("fashion-mnist") ? kind : kind + QLatin1Char(':') + m_folder->text().trimmed();
}

void OpenDatasetDialog::updateEnabled()
{
    const bool needsFolder = m_format->currentData().toString() != QLatin1String("fashion-mnist");
    m_folder->setEnabled(needsFolder);
    auto* buttons = findChild<QDialogButtonBox*>();
    if (buttons)
        buttons->button(QDialogButtonBox::Open)->setEnabled(!needsFolder || !m_folder->text().trimmed().isEmpty());
}

} // namespace hiernet::studio
