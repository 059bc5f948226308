#include "SampleGallery.h"

#include <QtTest>

using hiernet::widgets::SampleGallery;

class TestSampleGallery : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void drawsEachRowsImages()
    {
        QImage red(8, 8, QImage::Format_RGB888), blue(8, 8, QImage::Format_RGB888);
        red.fill(Qt::red);
        blue.fill(Qt::blue);
        SampleGallery gallery;
        gallery.setThumbnailSize(20);
        gallery.setRows({ { QStringLiteral("reds"), { red, red, red } }, { QStringLiteral("blues"), { blue } } });
        QCOMPARE(gallery.rows().size(), 2);
        const auto hint = gallery.sizeHint();
        QVERIFY(hint.height() >= 2 * 20);
        gallery.resize(hint);
        const QImage shot = gallery.grab().toImage();
        // The first thumbnail of each row sits right of the labels, one row below the other.
        const int x = hint.width() - 3 * (20 + 4) + 10;
        QCOMPARE(QColor(shot.pixel(x, 4 + 10)), QColor(Qt::red));
        QCOMPARE(QColor(shot.pixel(x, 4 + 24 + 10)), QColor(Qt::blue));
        // The second row has one image: no second thumbnail there.
        QVERIFY(QColor(shot.pixel(x + 24, 4 + 24 + 10)) != QColor(Qt::blue));
    }
};

QTEST_MAIN(TestSampleGallery)
#include "tst_sample_gallery.moc"
