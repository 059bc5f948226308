#include "PlannedPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace hiernet::studio {

PlannedPage::PlannedPage(const QString& title, const QString& plan, const QString& today, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(title);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    auto* body = new QLabel(tr("<p><b>Not in the studio yet.</b> This page will hold: %1</p><p>Today: %2</p>").arg(plan, today));
    body->setWordWrap(true);
    body->setTextFormat(Qt::RichText);
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addStretch(1);
}

} // namespace hiernet::studio
