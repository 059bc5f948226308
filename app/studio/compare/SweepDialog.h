#pragma once
#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QSpinBox;
class QDoubleSpinBox;

namespace hiernet::runs {
class Sweep;
}

namespace hiernet::studio {

/// The Grouping page's Sweep…: a grid around the current p_min and g_max (every list editable), the HierNets'
/// training length and the sweep's folder. Accepting checks everything (runs::Sweep's checks: the lists, the
/// backbone, the folder) and keeps the dialog open with the reason when something is wrong.
class SweepDialog : public QDialog {
    Q_OBJECT

public:
    SweepDialog(const QString& backboneRun, double pMin, int gMax, QWidget* parent = nullptr);
    ~SweepDialog() override;

    /// The sweep to train, made when the dialog was accepted (null before).
    std::unique_ptr<runs::Sweep> takeSweep();
    /// The grid proposed around p_min and g_max: p_min halved and doubled (and quartered), g_max halved and doubled.
    static QString proposedPMins(double pMin);
    static QString proposedGMaxes(int gMax);

    QLineEdit* pMinEdit() const { return m_pMin; }
    QLineEdit* gMaxEdit() const { return m_gMax; }
    QLineEdit* folderEdit() const { return m_folder; }
    QDoubleSpinBox* epochsBox() const { return m_epochs; }
    QLabel* problemLabel() const { return m_problem; }

    void accept() override;

private:
    QString m_backbone;
    QLineEdit* m_pMin;
    QLineEdit* m_gMax;
    QLineEdit* m_balance;
    QLineEdit* m_folder;
    QDoubleSpinBox* m_epochs;
    QLabel* m_problem;
    std::unique_ptr<runs::Sweep> m_sweep;
};

} // namespace hiernet::studio
