#pragma once
#include <QLineEdit>
#include <QStringList>

class QStringListModel;

namespace hiernet::studio {

/// A search box for one class among hundreds or thousands: it completes names as they are typed (any part of a
/// name, any case) and, on Return or a chosen completion, says which class it found (classFound) or that none
/// matches (notFound).
class ClassFinder : public QLineEdit {
    Q_OBJECT

public:
    explicit ClassFinder(QWidget* parent = nullptr);

    void setClasses(const QStringList& names);
    /// Finds `text` as typed: the class of that exact name (any case) first, else the first whose name contains it.
    /// Emits classFound or notFound and returns the class, −1 when none matches.
    int find(const QString& text);
    /// The match rule alone: index into `names`, −1 when none.
    static int match(const QStringList& names, const QString& text);

Q_SIGNALS:
    void classFound(int classIndex);
    void notFound(const QString& text);

private:
    QStringList m_names;
    QStringListModel* m_completions;
};

} // namespace hiernet::studio
