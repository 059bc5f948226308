#pragma once
#include "grouping/PaperSettings.h"

#include <QSettings>
#include <QDir>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace hiernet::studio {

/// A typed setting: the key and default live in one place.
template <typename T> class Setting {
public:
    Setting(const char* key, T fallback)
        : m_key(QString::fromLatin1(key))
        , m_fallback(std::move(fallback))
    {
    }
    Setting(QString key, T fallback)
        : m_key(std::move(key))
        , m_fallback(std::move(fallback))
    {
    }
    T value() const { return QSettings().value(m_key, QVariant::fromValue(m_fallback)).template value<T>(); }
    void setValue(const T& v) const { QSettings().setValue(m_key, QVariant::fromValue(v)); }

private:
    QString m_key;
    T m_fallback;
};

namespace settings {
inline const Setting<QString> lastDataset { "data/lastSpec", QStringLiteral("fashion-mnist") };
inline const Setting<QByteArray> windowGeometry { "window/geometry", {} };
inline const Setting<QByteArray> windowState { "window/state", {} };
inline const Setting<QString> lastPage { "window/page", QStringLiteral("data") };
/// Where new runs go (one folder per run).
inline const Setting<QString> runsFolder { "runs/folder", QDir::home().filePath(QStringLiteral("hiernet-runs")) };
/// Run directories opened or trained lately, newest first.
inline const Setting<QStringList> recentRuns { "runs/recent", {} };
/// Last choices on the Backbone page (the training settings are kept per page, see TrainingPage).
inline const Setting<QString> backboneArch { "backbone/arch", QStringLiteral("resnet") };
inline const Setting<int> backboneN { "backbone/n", 1 };
/// Last choices on the HierNet page.
inline const Setting<QString> hierNetBackboneRun { "hiernet/backboneRun", {} };
inline const Setting<QString> hierNetHierarchy { "hiernet/hierarchy", {} };
/// The studio's language: "" follows the system, else a locale name ("en", "de", "fr"); applied at start-up.
inline const Setting<QString> language { "ui/language", {} };
/// The grouping's last p_min and g_max.
inline const Setting<double> groupingPMin { "grouping/pMin", grouping::kPaperPMin };
inline const Setting<int> groupingGMax { "grouping/gMax", grouping::kPaperGMax };

/// The mirror File › Get dataset… used last ("": the official address).
inline const Setting<QString> datasetMirror { "data/mirror", {} };

/// Sweep folders opened or started lately, newest first.
inline const Setting<QStringList> recentSweeps { "compare/recentSweeps", {} };

/// Puts a folder first in a list of recent folders (at most ten kept).
inline void rememberFolder(const Setting<QStringList>& recent, const QString& directory)
{
    auto folders = recent.value();
    const QString path = QDir(directory).absolutePath();
    folders.removeAll(path);
    folders.prepend(path);
    recent.setValue(folders.mid(0, 10));
}
/// Puts a run directory first in the recent runs.
inline void rememberRun(const QString& directory)
{
    rememberFolder(recentRuns, directory);
}
/// Puts a sweep folder first in the recent sweeps.
inline void rememberSweep(const QString& directory)
{
    rememberFolder(recentSweeps, directory);
}
} // namespace settings

} // namespace hiernet::studio
