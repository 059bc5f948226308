// The studio window and its Data page, loading datasets off the GUI thread.
#include "Fixtures.h"

#include "studio/dataset/DataPage.h"
#include "studio/window/MainWindow.h"
#include "SampleGallery.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace hiernet::studio;

class TestStudioData : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sidebarShowsWholeWorkflow()
    {
        MainWindow window;
        QCOMPARE(MainWindow::pageIds(),
            (QStringList { "data", "backbone", "confusion", "grouping", "hiernet", "explore", "compare" }));
        QVERIFY(window.showPage(QStringLiteral("grouping")));
        QCOMPARE(window.currentPageId(), QStringLiteral("grouping"));
        QVERIFY(!window.showPage(QStringLiteral("nope")));
    }

    void loadsDatasetOffTheGuiThread()
    {
        QTemporaryDir dir;
        fixtures::writeIdxDataset(dir.path().toStdString(), 10, 5, 4, true);
        fixtures::writeText(dir.path().toStdString() + "/classes.txt", "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n");
        MainWindow window;
        QSignalSpy loaded(window.datasetLoader(), &DatasetLoader::loaded);
        window.openDataset(QStringLiteral("idx:") + dir.path());
        QVERIFY(window.datasetLoader()->isLoading());
        QVERIFY(loaded.wait(30000));
        QVERIFY(window.dataset());
        QCOMPARE(window.dataset()->train.size(), 50);
        const auto* page = window.dataPage();
        QCOMPARE(page->classTable()->rowCount(), 10);
        QCOMPARE(page->classTable()->item(2, 1)->text(), QStringLiteral("5"));
        QCOMPARE(page->classTable()->item(2, 2)->text(), QStringLiteral("2"));
        QCOMPARE(page->gallery()->rows().size(), 10);
        QCOMPARE(page->gallery()->rows()[3].label, QStringLiteral("d"));
        QCOMPARE(page->gallery()->rows()[3].images.size(), 5);
        // The sample image is the fixture's: pixel (i, y, x) = (i*7 + y*w + x) % 256, first image of class 3 is i = 3.
        QCOMPARE(qGray(page->gallery()->rows()[3].images[0].pixel(1, 2)), (3 * 7 + 2 * 5 + 1) % 256);
    }

    void badDatasetShowsClearError()
    {
        QTemporaryDir dir;
        MainWindow window;
        QSignalSpy failed(window.datasetLoader(), &DatasetLoader::failed);
        window.openDataset(QStringLiteral("cifar10:") + dir.path());
        QVERIFY(failed.wait(30000));
        const auto message = failed.first().at(1).toString();
        QVERIFY2(message.contains(dir.path() + QStringLiteral("/batches.meta.txt")), qPrintable(message));
        QVERIFY(window.dataPage()->summaryText().contains(QStringLiteral("batches.meta.txt")));
        QVERIFY(!window.dataset());
    }
};

QTEST_MAIN(TestStudioData)
#include "tst_studio_data.moc"
