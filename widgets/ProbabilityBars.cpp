#include "ProbabilityBars.h"

#include "RouteColours.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace hiernet::widgets {

ProbabilityBars::ProbabilityBars(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

int ProbabilityBars::rowHeight() const
{
    return fontMetrics().height() + 4;
}

void ProbabilityBars::setBars(const QString& title, const QVector<Bar>& bars)
{
    m_title = title;
    m_bars = bars;
    updateGeometry();
    update();
}

QSize ProbabilityBars::sizeHint() const
{
    return { 320, rowHeight() * (int(m_bars.size()) + 1) + 4 };
}

void ProbabilityBars::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const int row = rowHeight();
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette().text().color());
    painter.drawText(QRect(0, 0, width(), row), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    int labelWidth = 60;
    for (const auto& bar : m_bars)
        labelWidth = std::max(labelWidth, fontMetrics().horizontalAdvance(bar.label) + 24);
    labelWidth = std::min(labelWidth, width() / 2);
    const int barLeft = labelWidth + 4, valueWidth = 52;
    const int barSpace = std::max(10, width() - barLeft - valueWidth);
    for (int i = 0; i < m_bars.size(); ++i) {
        const auto& bar = m_bars[i];
        const int y = row * (i + 1);
        painter.setFont(bar.chosen ? bold : font());
        painter.setPen(bar.isTrue ? trueColour : palette().text().color());
        const QString label = (bar.isTrue ? QStringLiteral("✓ ") : QString()) + bar.label;
        painter.drawText(QRect(0, y, labelWidth, row), Qt::AlignRight | Qt::AlignVCenter,
            painter.fontMetrics().elidedText(label, Qt::ElideLeft, labelWidth));
        const int length = int(std::clamp(bar.value, 0.0, 1.0) * barSpace);
        painter.fillRect(QRect(barLeft, y + 3, barSpace, row - 6), QColor(235, 235, 235));
        painter.fillRect(QRect(barLeft, y + 3, std::max(1, length), row - 6), bar.chosen ? takenColour : QColor(150, 170, 190));
        if (bar.isTrue) {
            painter.setPen(QPen(trueColour, 2));
            painter.drawRect(QRect(barLeft, y + 3, barSpace, row - 6));
        }
        painter.setPen(palette().text().color());
        painter.drawText(QRect(barLeft + barSpace + 4, y, valueWidth, row), Qt::AlignLeft | Qt::AlignVCenter,
            QLocale().toString(bar.value, 'f', 3));
    }
}

} // namespace hiernet::widgets
