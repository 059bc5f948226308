#include "RunsList.h"

#include "StudioSettings.h"
#include "runs/RunFiles.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QSignalBlocker>

namespace hiernet::studio {

namespace {
enum Column { Name, Model, Dataset, Status, Accuracy, Modified };
} // namespace

QStringList knownRuns(const QString& kind)
{
    QStringList directories;
    for (const auto& entry : QDir(settings::runsFolder.value()).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot))
        directories << entry.absoluteFilePath();
    for (const auto& recent : settings::recentRuns.value())
        if (!directories.contains(QFileInfo(recent).absoluteFilePath()))
            directories << QFileInfo(recent).absoluteFilePath();
    QStringList runs;
    for (const auto& directory : std::as_const(directories))
        if (const auto info = runs::readRunInfo(directory.toStdString()); info && info->kind == kind.toStdString())
            runs << directory;
    return runs;
}

void fillWithKnownRuns(QComboBox* chooser, const QString& kind)
{
    const QString current = chooser->currentText();
    const QSignalBlocker block(chooser);
    chooser->clear();
    chooser->addItems(knownRuns(kind));
    chooser->setCurrentText(current);
}

RunsList::RunsList(QString kind, QWidget* parent)
    : QTreeWidget(parent)
    , m_kind(std::move(kind))
{
    setHeaderLabels({tr("Run"), tr("Model"), tr("Dataset"), tr("Status"), tr("Val top-1"), tr("Modified")});
    setRootIsDecorated(false);
    setSortingEnabled(true);
    sortByColumn(Modified, Qt::DescendingOrder);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { Q_EMIT runActivated(item->data(Name, Qt::UserRole).toString()); });
}

void RunsList::refresh()
{
    const QString selected = selectedRun();
    clear();
    for (const auto& directory : knownRuns(m_kind)) {
        const auto info = runs::readRunInfo(directory.toStdString()).value_or(runs::RunInfo{});
        auto* item = new QTreeWidgetItem(this);
        item->setText(Name, QFileInfo(directory).fileName());
        item->setData(Name, Qt::UserRole, directory);
        item->setToolTip(Name, directory);
        item->setText(Model, QString::fromStdString(info.modelName()));
        item->setText(Dataset, QString::fromStdString(info.datasetName));
        item->setText(Status, QString::fromStdString(info.status));
        if (const auto accuracy = info.validationAccuracy())
            item->setText(Accuracy, QStringLiteral("%1 %").arg(100 * *accuracy, 0, 'f', 2));
        item->setText(Modified, QFileInfo(QDir(directory).filePath(QStringLiteral("run.json"))).lastModified().toString(QStringLiteral("yyyy-MM-dd hh:mm")));
    }
    if (!selected.isEmpty())
        selectRun(selected);
}

QString RunsList::selectedRun() const
{
    const auto* item = currentItem();
    return item ? item->data(Name, Qt::UserRole).toString() : QString();
}

QString RunsList::selectedStatus() const
{
    const auto* item = currentItem();
    return item ? item->text(Status) : QString();
}

bool RunsList::selectRun(const QString& directory)
{
    const QString wanted = QFileInfo(directory).absoluteFilePath();
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->data(Name, Qt::UserRole).toString() == wanted) {
            setCurrentItem(topLevelItem(i));
            return true;
        }
    return false;
}

QStringList RunsList::runs() const
{
    QStringList result;
    for (int i = 0; i < topLevelItemCount(); ++i)
        result << topLevelItem(i)->data(Name, Qt::UserRole).toString();
    return result;
}

} // namespace hiernet::studio
