#pragma once
#include <QStringList>
#include <QTreeWidget>

class QComboBox;

namespace hiernet::runs {
class RunFolder;
}

namespace hiernet::studio {

/// Directories of the runs of `kind` ("backbone", "hiernet") in the runs folder and among the recent runs.
QStringList knownRuns(const QString& kind);
/// Refills an editable run chooser with knownRuns(kind), keeping its text and sending no signals.
void fillWithKnownRuns(QComboBox* chooser, const QString& kind);

/// The runs of one kind ("backbone" or "hiernet") found in the runs folder and among the recently
/// opened runs, with their model, dataset, status and validation accuracy. Activating a row emits
/// runActivated with its directory.
class RunsList : public QTreeWidget {
    Q_OBJECT

public:
    explicit RunsList(QString kind, QWidget* parent = nullptr);

    /// Re-reads the runs folder and the recent runs.
    /// Reads every run of this kind again; `known`, a run folder opened already, is not read again.
    void refresh(const runs::RunFolder* known = nullptr);
    QString selectedRun() const;
    QString selectedStatus() const;
    bool selectRun(const QString& directory);
    QStringList runs() const;

Q_SIGNALS:
    void runActivated(const QString& directory);

private:
    QString m_kind;
};

} // namespace hiernet::studio
