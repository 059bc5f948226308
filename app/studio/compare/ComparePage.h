#pragma once
#include "runs/RunComparison.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTimer;

namespace hiernet::widgets {
class RunCurves;
class SweepChart;
} // namespace hiernet::widgets

namespace hiernet::studio {

class SweepWorker;

/// Runs side by side (README "Compare"): the runs selected in its list, or a sweep folder — their validation curves
/// overlaid (against the iteration or the training time), a sortable table of their figures (copied as CSV), and for
/// a sweep its accuracy against the number of groups. Follows a sweep as its sweep.json grows (one trained here or
/// by `hiernet sweep` in a terminal) and shows the progress of one trained here. Activating a row or clicking a
/// point asks to open that run (openRunRequested).
class ComparePage : public QWidget {
    Q_OBJECT

public:
    explicit ComparePage(QWidget* parent = nullptr);

    /// Compares these runs; false (the reason on the page) for a folder that is not a run or runs of different datasets.
    bool showRuns(const QStringList& directories);
    /// Compares a sweep's runs; false (the reason on the page) when the folder holds no readable sweep.json.
    bool showSweep(const QString& directory);
    /// Shows a sweep being trained here: its progress, ETA and a Stop button; the page follows its folder.
    void followWorker(SweepWorker* worker);
    /// Lists the known runs and sweeps again.
    void refreshLists();

    QString shownSweep() const { return m_sweep; }
    QStringList shownRuns() const { return m_runs; }
    const std::optional<runs::Comparison>& comparison() const { return m_comparison; }
    /// The table as CSV in its current order (what Copy as CSV puts on the clipboard).
    QString tableCsv() const;
    /// The run directory of table row `row` (in its current order).
    QString runOfRow(int row) const;
    QString statusText() const;

    widgets::RunCurves* curves() const { return m_curves; }
    widgets::SweepChart* chart() const { return m_chart; }
    QTableView* table() const { return m_table; }
    QListWidget* runsList() const { return m_runsList; }
    QTabWidget* tabs() const { return m_tabs; }
    QPushButton* stopButton() const { return m_stop; }
    QPushButton* continueButton() const { return m_continue; }
    QProgressBar* progressBar() const { return m_progress; }

Q_SIGNALS:
    void openRunRequested(const QString& directory);
    void exportReportRequested(const QString& sweepDirectory);
    /// Continue sweep: train a stopped sweep's remaining points.
    void continueSweepRequested(const QString& sweepDirectory);

private:
    QWidget* buildPicker();
    QWidget* buildViews();
    void compareSelected();
    void chooseSweepFolder();
    void display(runs::Comparison comparison);
    void refuse(const QString& why);
    void fillTable();
    void fillChart();
    void fillCurves();
    void followFiles();
    qint64 filesStamp() const;

    QListWidget* m_runsList;
    QComboBox* m_sweeps;
    QLabel* m_status;
    QProgressBar* m_progress;
    QLabel* m_eta;
    QPushButton* m_stop;
    QPushButton* m_export;
    QPushButton* m_continue;
    bool m_trainingHere = false; ///< a sweep this studio trains is shown with its progress
    QTabWidget* m_tabs;
    QComboBox* m_axis;
    widgets::RunCurves* m_curves;
    QTableView* m_table;
    QStandardItemModel* m_model;
    widgets::SweepChart* m_chart;
    QTimer* m_follow;
    std::optional<runs::Comparison> m_comparison;
    QString m_sweep;
    QStringList m_runs;
    qint64 m_stamp = -1;
    std::vector<QString> m_chartRuns; ///< the run of each chart point
};

} // namespace hiernet::studio
