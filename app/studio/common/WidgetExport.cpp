#include "studio/common/WidgetExport.h"

#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QPixmap>
#include <QWidget>

namespace hiernet::studio {

bool exportWidget(QWidget* widget, const QString& file)
{
    const QPixmap pixmap = widget->grab();
    if (QFileInfo(file).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        return pixmap.save(file);
    QPdfWriter pdf(file);
    pdf.setPageSize(QPageSize(pixmap.size(), QPageSize::Point));
    pdf.setPageMargins({});
    QPainter painter;
    if (!painter.begin(&pdf))
        return false;
    const QRect page = painter.viewport();
    const QSize size = pixmap.size().scaled(page.size(), Qt::KeepAspectRatio);
    painter.drawPixmap(QRect(QPoint(0, 0), size), pixmap);
    return painter.end();
}

} // namespace hiernet::studio
