#include "studio/explore/EvaluatedImagesModel.h"

#include "studio/explore/ExploreSession.h"

#include "evaluation/CoarseRouting.h"

#include <QLocale>
#include <QPainter>

namespace hiernet::studio {

EvaluatedImagesModel::EvaluatedImagesModel(ExploreSession* session, QObject* parent)
    : QAbstractListModel(parent)
    , m_session(session)
{
}

void EvaluatedImagesModel::setImages(const QVector<int>& images)
{
    beginResetModel();
    m_images = images;
    endResetModel();
}

void EvaluatedImagesModel::setThumbnailSize(int pixels)
{
    beginResetModel();
    m_size = pixels;
    m_cache.clear();
    endResetModel();
}

void EvaluatedImagesModel::setCoarseThreshold(double threshold)
{
    if (threshold == m_coarseThreshold)
        return;
    m_coarseThreshold = threshold;
    m_cache.clear();
    if (!m_images.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_images.size()) - 1), { Qt::DecorationRole, Qt::ToolTipRole });
}

bool EvaluatedImagesModel::stopsAtGroup(int image) const
{
    return m_coarseThreshold > 0 && m_session->isReady()
        && evaluation::stopsAtGroup(m_session->evaluation(), image, m_coarseThreshold);
}

int EvaluatedImagesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_images.size());
}

QPixmap EvaluatedImagesModel::thumbnail(int image) const
{
    if (const auto* cached = m_cache.object(image))
        return *cached;
    const auto& e = m_session->evaluation();
    const auto k = std::size_t(image);
    const QColor frame = e.fast[k] == e.labels[k] ? QColor(44, 160, 44)
        : e.leftPathAt[k] >= 0                    ? QColor(214, 39, 40)
                                                  : QColor(255, 127, 14);
    QPixmap pixmap(m_size, m_size);
    pixmap.fill(frame);
    QPainter painter(&pixmap);
    painter.drawImage(QRect(3, 3, m_size - 6, m_size - 6), m_session->image(image));
    if (stopsAtGroup(image)) { // a corner: the coarse routing answers a group for it
        const int corner = std::max(8, m_size / 3);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(31, 119, 180));
        painter.drawPolygon(QPolygon({ QPoint(m_size - corner, 0), QPoint(m_size, 0), QPoint(m_size, corner) }));
    }
    painter.end();
    m_cache.insert(image, new QPixmap(pixmap));
    ++m_made;
    return pixmap;
}

QVariant EvaluatedImagesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_images.size() || !m_session->isReady())
        return {};
    const int image = m_images[index.row()];
    const auto& e = m_session->evaluation();
    const auto& names = m_session->classNames();
    const auto k = std::size_t(image);
    switch (role) {
    case Qt::DecorationRole:
        return thumbnail(image);
    case Qt::ToolTipRole: {
        QString text = tr("Image %1\ntrue: %2\nfast: %3 (%4)\nslow: %5")
                           .arg(image)
                           .arg(QString::fromStdString(names[std::size_t(e.labels[k])]),
                               QString::fromStdString(names[std::size_t(e.fast[k])]))
                           .arg(QLocale().toString(e.confidence[k], 'f', 3))
                           .arg(QString::fromStdString(names[std::size_t(e.slow[k])]));
        if (e.leftPathAt[k] >= 0)
            text += tr("\nleft the true path at %1").arg(QString::fromStdString(e.nodes[std::size_t(e.leftPathAt[k])].name));
        if (stopsAtGroup(image))
            text += tr("\nstops at %1 when unsure (τ = %2)")
                        .arg(QString::fromStdString(e.hierarchy.node(evaluation::coarseAnswer(e, image, m_coarseThreshold)).name),
                            QLocale().toString(m_coarseThreshold, 'f', 2));
        return text;
    }
    case Qt::AccessibleTextRole:
        return tr("Image %1").arg(image);
    case ImageIndexRole:
        return image;
    default:
        return {};
    }
}

} // namespace hiernet::studio
