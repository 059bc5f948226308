#include "RunsList.h"

#include "StudioSettings.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalBlocker>

namespace hiernet::studio {

namespace {
enum Column { Name, Model, Dataset, Status, Accuracy, Modified };
} // namespace

QJsonObject readRunInfo(const QString& directory)
{
    QFile file(QDir(directory).filePath(QStringLiteral("run.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

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
        if (readRunInfo(directory).value(QStringLiteral("kind")).toString() == kind)
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
        const auto info = readRunInfo(directory);
        auto* item = new QTreeWidgetItem(this);
        item->setText(Name, QFileInfo(directory).fileName());
        item->setData(Name, Qt::UserRole, directory);
        item->setToolTip(Name, directory);
        const auto model = info.value(QStringLiteral("model")).toObject();
        item->setText(Model, QStringLiteral("%1-%2").arg(model.value(QStringLiteral("arch")).toString()).arg(model.value(QStringLiteral("layers")).toInt()));
        item->setText(Dataset, info.value(QStringLiteral("dataset")).toObject().value(QStringLiteral("name")).toString());
        item->setText(Status, info.value(QStringLiteral("status")).toString());
        const QString accuracyKey = m_kind == QLatin1String("hiernet") ? QStringLiteral("val_routing_top1") : QStringLiteral("val_top1");
        if (info.contains(accuracyKey))
            item->setText(Accuracy, QStringLiteral("%1 %").arg(100 * info.value(accuracyKey).toDouble(), 0, 'f', 2));
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
