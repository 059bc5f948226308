#include "SampleGallery.h"

#include <QPainter>

namespace hiernet::widgets {

namespace {
constexpr int kSpacing = 4;
}

SampleGallery::SampleGallery(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void SampleGallery::setRows(const QVector<Row>& rows)
{
    m_rows = rows;
    updateGeometry();
    update();
}

void SampleGallery::setThumbnailSize(int pixels)
{
    m_thumbnail = qMax(8, pixels);
    updateGeometry();
    update();
}

int SampleGallery::labelWidth() const
{
    int width = 0;
    for (const auto& row : m_rows)
        width = qMax(width, fontMetrics().horizontalAdvance(row.label));
    return width + 3 * kSpacing;
}

QSize SampleGallery::sizeHint() const
{
    int columns = 0;
    for (const auto& row : m_rows)
        columns = qMax(columns, int(row.images.size()));
    return { labelWidth() + columns * (m_thumbnail + kSpacing), int(m_rows.size()) * (m_thumbnail + kSpacing) + kSpacing };
}

void SampleGallery::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const int left = labelWidth();
    int y = kSpacing;
    for (const auto& row : m_rows) {
        painter.setPen(palette().text().color());
        painter.drawText(QRect(kSpacing, y, left - 2 * kSpacing, m_thumbnail), Qt::AlignVCenter | Qt::AlignRight, row.label);
        int x = left;
        for (const auto& image : row.images) {
            if (x + m_thumbnail > width())
                break;
            painter.drawImage(QRect(x, y, m_thumbnail, m_thumbnail), image);
            x += m_thumbnail + kSpacing;
        }
        y += m_thumbnail + kSpacing;
    }
}

} // namespace hiernet::widgets
