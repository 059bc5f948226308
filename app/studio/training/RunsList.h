#pragma once
#include <QStringList>
#include <QTreeWidget>

#include <vector>

class QComboBox;

namespace hiernet::runs {
class RunFolder;
struct RunInfo;
} // namespace hiernet::runs

namespace hiernet::studio {

/// The runs of `kind` ("backbone", "hiernet") in the runs folder and among the recent runs, each run.json read
/// once; `known`, a folder opened already, is taken as it is (not read again).
std::vector<runs::RunFolder> knownRunFolders(const QString& kind, const runs::RunFolder* known = nullptr);
/// Their directories; `skip` (a run the caller has open) is left out without being read.
QStringList knownRuns(const QString& kind, const QString& skip = {});
/// Refills an editable run chooser with knownRuns(kind), keeping its text and sending no signals.
void fillWithKnownRuns(QComboBox* chooser, const QString& kind);

/// The runs of one kind ("backbone" or "hiernet") found in the runs folder and among the recently
/// opened runs, with their model, dataset, status and validation accuracy. Activating a row emits
/// runActivated with its directory.
class RunsList : public QTreeWidget {
    Q_OBJECT

public:
    explicit RunsList(QString kind, QWidget* parent = nullptr);

    /// Reads every run of this kind again; `known`, a run folder opened already, is not read again.
    void refresh(const runs::RunFolder* known = nullptr);
    /// Shows a listed run's status and accuracy as `info` says (its follower read it); refresh() when it is not listed.
    /// `status`, when given, is shown instead of run.json's (a run paused in this studio reads "paused").
    void updateRun(const QString& directory, const runs::RunInfo& info, const QString& status = {});
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
