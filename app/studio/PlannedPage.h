#pragma once
#include <QWidget>

namespace hiernet::studio {

/// A workflow step whose page is not built yet: it says what the page will hold and which
/// `hiernet` command does the work today. It has no controls that pretend to work.
class PlannedPage : public QWidget
{
    Q_OBJECT

public:
    PlannedPage(const QString& title, const QString& plan, const QString& today, QWidget* parent = nullptr);
};

} // namespace hiernet::studio
