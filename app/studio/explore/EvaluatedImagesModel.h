#pragma once
#include <QAbstractListModel>
#include <QCache>
#include <QPixmap>
#include <QVector>

namespace hiernet::studio {

class ExploreSession;

/// The filtered images of an Explore session as a list model for an icon view. Thumbnails are made
/// only when a row is drawn (and kept in a small cache), so 10,000 images scroll smoothly; each has a
/// frame coloured by its outcome (green right, red misrouted, orange wrong class in the right group), and a
/// blue corner when the routing that stops at a group when unsure stops it at the coarse threshold τ.
class EvaluatedImagesModel : public QAbstractListModel {
    Q_OBJECT

public:
    static constexpr int ImageIndexRole = Qt::UserRole + 1;

    explicit EvaluatedImagesModel(ExploreSession* session, QObject* parent = nullptr);

    void setImages(const QVector<int>& images);
    const QVector<int>& images() const { return m_images; }
    int imageAt(int row) const { return m_images.value(row, -1); }
    int rowOf(int image) const { return int(m_images.indexOf(image)); }
    void setThumbnailSize(int pixels);
    /// The τ of the routing that stops at a group (0: none stops); the images it stops get their mark.
    void setCoarseThreshold(double threshold);
    double coarseThreshold() const { return m_coarseThreshold; }
    /// Whether image `image` carries the mark at the current τ.
    bool stopsAtGroup(int image) const;
    /// How many thumbnails were made so far (made lazily, on demand).
    int thumbnailsMade() const { return m_made; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QPixmap thumbnail(int image) const;

    ExploreSession* m_session;
    QVector<int> m_images;
    int m_size = 48;
    double m_coarseThreshold = 0;
    mutable QCache<int, QPixmap> m_cache { 4000 };
    mutable int m_made = 0;
};

} // namespace hiernet::studio
