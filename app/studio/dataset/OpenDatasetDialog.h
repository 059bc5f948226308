#pragma once
#include <QDialog>

class QComboBox;
class QLineEdit;

namespace hiernet::studio {

/// Chooses a dataset: a format and, except for the embedded Fashion-MNIST, a folder. Produces a spec
/// string as the CLI takes it ("cifar10:/data/cifar-10-batches-bin").
class OpenDatasetDialog : public QDialog {
    Q_OBJECT

public:
    explicit OpenDatasetDialog(const QString& currentSpec, QWidget* parent = nullptr);
    QString spec() const;

private:
    void updateEnabled();
    bool needsFolder() const;

    QComboBox* m_format;
    QLineEdit* m_folder;
};

} // namespace hiernet::studio
