#include "studio/common/ClassFinder.h"

#include <QCompleter>
#include <QStringListModel>

namespace hiernet::studio {

ClassFinder::ClassFinder(QWidget* parent)
    : QLineEdit(parent)
    , m_completions(new QStringListModel(this))
{
    setPlaceholderText(tr("Find a class…"));
    setMinimumWidth(150);
    setToolTip(tr("Type a class name (or part of one) and press Return: the views centre on it"));
    auto* completer = new QCompleter(m_completions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    setCompleter(completer);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& text) { find(text); });
    connect(this, &QLineEdit::returnPressed, this, [this] { find(text()); });
}

void ClassFinder::setClasses(const QStringList& names)
{
    m_names = names;
    m_completions->setStringList(names);
}

int ClassFinder::match(const QStringList& names, const QString& text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return -1;
    for (int i = 0; i < names.size(); ++i)
        if (names[i].compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    for (int i = 0; i < names.size(); ++i)
        if (names[i].contains(wanted, Qt::CaseInsensitive))
            return i;
    return -1;
}

int ClassFinder::find(const QString& text)
{
    const int found = match(m_names, text);
    if (found >= 0)
        Q_EMIT classFound(found);
    else if (!text.trimmed().isEmpty())
        Q_EMIT notFound(text.trimmed());
    return found;
}

} // namespace hiernet::studio
