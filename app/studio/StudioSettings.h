#pragma once
#include <QSettings>
#include <QString>
#include <QVariant>

namespace hiernet::studio {

/// A typed setting: the key and default live in one place.
template <typename T>
class Setting
{
public:
    Setting(const char* key, T fallback)
        : m_key(QString::fromLatin1(key))
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
inline const Setting<QString> lastDataset{"data/lastSpec", QStringLiteral("fashion-mnist")};
inline const Setting<QByteArray> windowGeometry{"window/geometry", {}};
inline const Setting<QByteArray> windowState{"window/state", {}};
inline const Setting<QString> lastPage{"window/page", QStringLiteral("data")};
} // namespace settings

} // namespace hiernet::studio
