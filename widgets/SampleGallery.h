#pragma once
#include <QImage>
#include <QString>
#include <QVector>
#include <QWidget>

namespace hiernet::widgets {

/// A grid of sample images, one row per class with the class name in front.
///
///     gallery->setRows({{"Sneaker", sneakerImages}, {"Bag", bagImages}});
class SampleGallery : public QWidget {
    Q_OBJECT

public:
    struct Row {
        QString label;
        QVector<QImage> images;
    };

    explicit SampleGallery(QWidget* parent = nullptr);

    void setRows(const QVector<Row>& rows);
    const QVector<Row>& rows() const { return m_rows; }
    void setThumbnailSize(int pixels);
    int thumbnailSize() const { return m_thumbnail; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int labelWidth() const;

    QVector<Row> m_rows;
    int m_thumbnail = 40;
};

} // namespace hiernet::widgets
