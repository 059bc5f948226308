// The studio window and its Data page, loading datasets off the GUI thread.
#include "DownloadFixture.h"
#include "Fixtures.h"

#include "studio/dataset/DataPage.h"
#include "studio/dataset/GetDatasetDialog.h"
#include "studio/dataset/OpenDatasetDialog.h"
#include "studio/window/MainWindow.h"
#include "SampleGallery.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
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

    void getDatasetDownloadsChecksAndOpens()
    {
        DownloadEnvironment environment;
        const auto& fixture = environment.fixture;
        MainWindow window;
        window.findChild<QAction*>(QStringLiteral("getDataset"))->trigger();
        auto* dialog = window.findChild<GetDatasetDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        auto* status = dialog->findChild<QLabel*>(QStringLiteral("downloadStatus"));
        auto* start = dialog->findChild<QPushButton*>(QStringLiteral("startDownload"));
        auto* cancel = dialog->findChild<QPushButton*>(QStringLiteral("cancelDownload"));
        auto* open = dialog->findChild<QPushButton*>(QStringLiteral("openDownloaded"));
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("dataFolder"))->text(), fixture.dataDirectory());
        const auto part = fixture.dataDirectory() + QStringLiteral("/cifar-10-binary.tar.gz.part");
        const auto installed = fixture.dataDirectory() + QStringLiteral("/cifar-10-batches-bin");

        // A slow mirror: the progress bar moves, Cancel keeps what arrived.
        {
            LoopbackMirror slow(fixture.served(), { QStringLiteral("--rate"), QStringLiteral("3000") });
            dialog->findChild<QLineEdit*>(QStringLiteral("mirror"))->setText(slow.url());
            QTest::mouseClick(start, Qt::LeftButton);
            QVERIFY(cancel->isEnabled() && !start->isEnabled());
            auto* bar = dialog->findChild<QProgressBar*>(QStringLiteral("downloadProgress"));
            QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0 && bar->maximum() > bar->value(), 20000);
            QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("downloadDetail"))->text().contains(QStringLiteral(" of ")));
            QTest::mouseClick(cancel, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Cancelled: download cancelled after")), 20000);
            QVERIFY(QFileInfo(part).size() > 0);
            QVERIFY(!QFileInfo::exists(installed));
            QVERIFY(start->isEnabled() && !open->isEnabled());
        }
        // The same mirror at full speed: resumed, checked, unpacked; Open opens it by name.
        LoopbackMirror mirror(fixture.served());
        dialog->findChild<QLineEdit*>(QStringLiteral("mirror"))->setText(mirror.url());
        const auto kept = QFileInfo(part).size();
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(open->isEnabled(), 30000);
        QVERIFY2(status->text().startsWith(QStringLiteral("Ready in ") + installed), qPrintable(status->text()));
        QVERIFY(mirror.requests().contains(QStringLiteral("GET /cifar-10-binary.tar.gz range=%1 status=206").arg(kept)));
        QVERIFY(!QFileInfo::exists(part));
        QSignalSpy loaded(window.datasetLoader(), &DatasetLoader::loaded);
        QTest::mouseClick(open, Qt::LeftButton);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(QString::fromStdString(window.dataset()->spec), QStringLiteral("cifar10"));
        QCOMPARE(window.dataset()->name, std::string("CIFAR-10"));
        // Listed by name when a dataset is opened.
        OpenDatasetDialog chooser(QStringLiteral("cifar10"));
        QCOMPARE(chooser.findChild<QComboBox*>()->currentText(), QStringLiteral("CIFAR-10 (downloaded)"));
        QCOMPARE(chooser.spec(), QStringLiteral("cifar10"));
    }

    void getDatasetResumesACutTransfer()
    {
        DownloadEnvironment environment;
        const auto& fixture = environment.fixture;
        const auto cut = QFileInfo(fixture.served() + QStringLiteral("/cifar-100-binary.tar.gz")).size() / 3;
        LoopbackMirror mirror(
            fixture.served(), { QStringLiteral("--truncate-first"), QStringLiteral("cifar-100-binary.tar.gz=%1").arg(cut) });
        GetDatasetDialog dialog;
        dialog.findChild<QComboBox*>(QStringLiteral("datasetChoice"))->setCurrentIndex(1);
        dialog.findChild<QLineEdit*>(QStringLiteral("mirror"))->setText(mirror.url());
        dialog.show();
        auto* start = dialog.findChild<QPushButton*>(QStringLiteral("startDownload"));
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("downloadStatus"));
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Failed: ")), 30000);
        QVERIFY2(status->text().contains(QStringLiteral("the transfer stopped after")), qPrintable(status->text()));
        QCOMPARE(QFileInfo(fixture.dataDirectory() + QStringLiteral("/cifar-100-binary.tar.gz.part")).size(), cut);
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Ready in ")), 30000);
        QVERIFY(mirror.requests().contains(QStringLiteral("GET /cifar-100-binary.tar.gz range=%1 status=206").arg(cut)));
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("openDownloaded"))->isEnabled());
        QCOMPARE(dialog.readySpec(), QStringLiteral("cifar100"));
    }

    void getDatasetFromAFileMirrorStartsAPartOver()
    {
        // A file:// mirror (a local copy) is read whole: a part left by an earlier try is replaced, not appended to.
        DownloadEnvironment environment;
        const auto& fixture = environment.fixture;
        QDir().mkpath(fixture.dataDirectory());
        QFile part(fixture.dataDirectory() + QStringLiteral("/cifar-10-binary.tar.gz.part"));
        QVERIFY(part.open(QIODevice::WriteOnly) && part.write(QByteArray(100, 'x')) == 100);
        part.close();
        GetDatasetDialog dialog;
        dialog.findChild<QLineEdit*>(QStringLiteral("mirror"))->setText(QUrl::fromLocalFile(fixture.served()).toString());
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("startDownload")), Qt::LeftButton);
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("downloadStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(
            status->text().startsWith(QStringLiteral("Ready in ")) || status->text().startsWith(QStringLiteral("Failed")), 30000);
        QVERIFY2(status->text().startsWith(QStringLiteral("Ready in ")), qPrintable(status->text()));
    }

    void getDatasetNamesAWrongChecksum()
    {
        DownloadEnvironment environment;
        const auto& fixture = environment.fixture;
        // The mirror serves CIFAR-100's archive under CIFAR-10's name.
        const auto other = environment.dir.path() + QStringLiteral("/other");
        QDir().mkpath(other);
        QVERIFY(QFile::copy(
            fixture.served() + QStringLiteral("/cifar-100-binary.tar.gz"), other + QStringLiteral("/cifar-10-binary.tar.gz")));
        LoopbackMirror mirror(other);
        GetDatasetDialog dialog;
        dialog.findChild<QLineEdit*>(QStringLiteral("mirror"))->setText(mirror.url());
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("startDownload")), Qt::LeftButton);
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("downloadStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Failed: ")), 30000);
        QVERIFY2(status->text().contains(QStringLiteral("wrong checksum")), qPrintable(status->text()));
        QVERIFY(QDir(fixture.dataDirectory()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("openDownloaded"))->isEnabled());
    }
};

QTEST_MAIN(TestStudioData)
#include "tst_studio_data.moc"
