#include "studio/training/RunsList.h"

#include "studio/common/StudioSettings.h"
#include "runs/RunFolder.h"
#include "runs/RunInfo.h"

#include <optional>

#include <algorithm>

#include <QLocale>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QMap>
#include <QSet>
#include <QSignalBlocker>

namespace hiernet::studio {

namespace {
// What tells runs apart first: the name, the settings that differ, the result.
enum Column { Name, Settings, Accuracy, Status, Model, Dataset, Modified };

QString shownValue(const std::string& key, const nlohmann::json& value)
{
    if (value.is_boolean()) {
        if (key == "channels_last")
            return value.get<bool>() ? RunsList::tr("channels-last") : RunsList::tr("NCHW");
        if (key == "bf16")
            return value.get<bool>() ? RunsList::tr("bf16") : RunsList::tr("fp32");
        return value.get<bool>() ? QString::fromStdString(key) : RunsList::tr("no %1").arg(QString::fromStdString(key));
    }
    QString text;
    if (value.is_string())
        text = QFileInfo(QString::fromStdString(value.get<std::string>())).fileName(); // a path says too much
    else if (value.is_array()) {
        QStringList items;
        for (const auto& item : value)
            items << QString::fromStdString(item.is_string() ? item.get<std::string>() : item.dump());
        text = items.join(QLatin1Char(','));
    } else if (value.is_number_float())
        text = QString::number(value.get<double>(), 'g', 6); // 6, not 6.0
    else
        text = QString::fromStdString(value.dump());
    if (key == "schedule" || key == "augmentation")
        return text;
    if (key == "epochs")
        return RunsList::tr("%1 epochs").arg(text);
    if (key == "iterations")
        return RunsList::tr("%1 iterations").arg(text);
    if (key == "batch_size")
        return RunsList::tr("batch %1").arg(text);
    return QStringLiteral("%1 %2").arg(QString::fromStdString(key), text);
}

/// A run's settings, flattened from its typed configuration (RunFolder::configJson: its trainer's and its
/// model's, every setting present), as the list shows them: key → "6 epochs", "flip", "seed 3". The model and
/// dataset have columns of their own.
QMap<QString, QString> settingsOf(const nlohmann::json& config)
{
    QMap<QString, QString> settings;
    const auto add = [&settings](const nlohmann::json& object, const std::string& prefix) {
        for (const auto& [key, value] : object.items())
            if (!value.is_object() && !value.is_null() && key != "dataset" && key != "arch" && key != "n"
                && !((key == "epochs" || key == "iterations") && value.is_number() && value.get<double>() == 0)) // 0: not set
                settings.insert(QString::fromStdString(prefix + key), shownValue(key, value));
    };
    if (!config.is_object())
        return settings;
    add(config, "");
    for (const auto& [key, value] : config.items())
        if (value.is_object())
            add(value, key == "trainer" ? "" : key + ".");
    return settings;
}

/// What tells the runs apart: the settings whose values are not the same in every run, the most telling
/// first (and, where nothing differs, the schedule, epochs and augmentation).
QStringList distinguishingKeys(const QList<QMap<QString, QString>>& runs)
{
    static const QStringList preferred = { QStringLiteral("schedule"), QStringLiteral("epochs"), QStringLiteral("iterations"),
        QStringLiteral("augmentation"), QStringLiteral("seed"), QStringLiteral("batch_size") };
    QSet<QString> keys;
    for (const auto& run : runs)
        for (auto it = run.begin(); it != run.end(); ++it)
            keys.insert(it.key());
    QStringList differing;
    for (const auto& key : std::as_const(keys))
        if (std::any_of(runs.begin(), runs.end(), [&](const auto& run) { return run.value(key) != runs.first().value(key); }))
            differing << key;
    if (differing.isEmpty())
        differing = { QStringLiteral("schedule"), QStringLiteral("epochs"), QStringLiteral("iterations"),
            QStringLiteral("augmentation") };
    std::sort(differing.begin(), differing.end(), [](const QString& a, const QString& b) {
        const auto rank
            = [](const QString& key) { return preferred.contains(key) ? preferred.indexOf(key) : int(preferred.size()); };
        return rank(a) != rank(b) ? rank(a) < rank(b) : a < b;
    });
    return differing;
}
} // namespace

namespace {

/// The runs folder's directories and the recent runs, each once, absolute.
QStringList candidateDirectories()
{
    QStringList directories;
    for (const auto& entry : QDir(settings::runsFolder.value()).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot))
        directories << entry.absoluteFilePath();
    for (const auto& recent : settings::recentRuns.value())
        if (!directories.contains(QFileInfo(recent).absoluteFilePath()))
            directories << QFileInfo(recent).absoluteFilePath();
    return directories;
}

} // namespace

std::vector<runs::RunFolder> knownRunFolders(const QString& kind, const runs::RunFolder* known)
{
    const auto knownPath = known ? QFileInfo(QString::fromStdString(known->directory())).absoluteFilePath() : QString();
    std::vector<runs::RunFolder> folders;
    for (const auto& directory : candidateDirectories()) {
        if (directory == knownPath) {
            if (known->info().kind == kind.toStdString())
                folders.push_back(*known);
            continue;
        }
        if (!QFileInfo::exists(QDir(directory).filePath(QStringLiteral("run.json"))))
            continue;
        try {
            auto folder = runs::RunFolder::open(directory.toStdString());
            if (folder.info().kind == kind.toStdString())
                folders.push_back(std::move(folder));
        } catch (const std::exception&) {
            // not a readable run: not listed
        }
    }
    return folders;
}

QStringList knownRuns(const QString& kind, const QString& skip)
{
    const auto skipped = skip.isEmpty() ? QString() : QFileInfo(skip).absoluteFilePath();
    QStringList runs;
    for (const auto& directory : candidateDirectories())
        if (directory != skipped)
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
    setHeaderLabels({ tr("Run"), tr("Settings"), tr("Val top-1"), tr("Status"), tr("Model"), tr("Dataset"), tr("Modified") });
    headerItem()->setToolTip(Settings, tr("The settings that differ between the listed runs"));
    setRootIsDecorated(false);
    setSortingEnabled(true);
    sortByColumn(Modified, Qt::DescendingOrder);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem* item) { Q_EMIT runActivated(item->data(Name, Qt::UserRole).toString()); });
}

void RunsList::refresh(const runs::RunFolder* known)
{
    const QString selected = selectedRun();
    clear();
    const auto folders = knownRunFolders(m_kind, known);
    QStringList directories;
    QList<runs::RunInfo> infos;
    QList<QMap<QString, QString>> settings;
    for (const auto& folder : folders) {
        directories << QFileInfo(QString::fromStdString(folder.directory())).absoluteFilePath();
        infos << folder.info();
        settings << settingsOf(folder.configJson());
    }
    const QStringList shownKeys = distinguishingKeys(settings);
    for (int i = 0; i < directories.size(); ++i) {
        const QString& directory = directories[i];
        const auto& info = infos[i];
        auto* item = new QTreeWidgetItem(this);
        item->setText(Name, QFileInfo(directory).fileName());
        item->setData(Name, Qt::UserRole, directory);
        item->setToolTip(Name, directory);
        item->setText(Model, QString::fromStdString(info.modelName()));
        QStringList shown, all;
        for (const auto& key : shownKeys)
            if (settings[i].contains(key))
                shown << settings[i].value(key);
        for (auto it = settings[i].begin(); it != settings[i].end(); ++it)
            all << it.value();
        item->setText(Settings, shown.mid(0, 4).join(QStringLiteral(" · ")));
        item->setToolTip(Settings, all.join(QLatin1Char('\n')));
        item->setText(Dataset, QString::fromStdString(info.datasetName));
        item->setText(Status, QString::fromStdString(info.status));
        if (const auto accuracy = info.validationAccuracy())
            item->setText(Accuracy, QStringLiteral("%1 %").arg(QLocale().toString(100 * *accuracy, 'f', 2)));
        item->setText(Modified,
            QFileInfo(QDir(directory).filePath(QStringLiteral("run.json")))
                .lastModified()
                .toString(QStringLiteral("yyyy-MM-dd hh:mm")));
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

void RunsList::updateRun(const QString& directory, const runs::RunInfo& info, const QString& status)
{
    const QString wanted = QFileInfo(directory).absoluteFilePath();
    for (int i = 0; i < topLevelItemCount(); ++i) {
        auto* item = topLevelItem(i);
        if (item->data(Name, Qt::UserRole).toString() != wanted)
            continue;
        item->setText(Status, status.isEmpty() ? QString::fromStdString(info.status) : status);
        if (const auto accuracy = info.validationAccuracy())
            item->setText(Accuracy, QStringLiteral("%1 %").arg(QLocale().toString(100 * *accuracy, 'f', 2)));
        return;
    }
    refresh();
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
