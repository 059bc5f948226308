#include "MainWindow.h"

#include "BackbonePage.h"
#include "ConfusionPage.h"
#include "ExplorePage.h"
#include "GroupingPage.h"
#include "GroupingSession.h"
#include "HierNetPage.h"
#include "DataPage.h"
#include "OpenDatasetDialog.h"
#include "StudioSettings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace hiernet::studio {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_grouping(new GroupingSession(this))
    , m_sidebar(new QListWidget)
    , m_pages(new QStackedWidget)
    , m_dataPage(new DataPage)
    , m_backbonePage(new BackbonePage)
    , m_confusionPage(new ConfusionPage(m_grouping))
    , m_groupingPage(new GroupingPage(m_grouping))
    , m_hierNetPage(new HierNetPage)
    , m_explorePage(new ExplorePage)
    , m_loader(new DatasetLoader(this))
{
    setWindowTitle(tr("HierNet Studio"));
    resize(1200, 800);

    struct Step
    {
        QString title;
        QWidget* page;
    };
    const Step steps[] = {
        {tr("1  Data"), m_dataPage},
        {tr("2  Backbone"), m_backbonePage},
        {tr("3  Confusion"), m_confusionPage},
        {tr("4  Grouping"), m_groupingPage},
        {tr("5  HierNet"), m_hierNetPage},
        {tr("6  Explore"), m_explorePage},
    };
    for (const auto& step : steps) {
        m_sidebar->addItem(step.title);
        m_pages->addWidget(step.page);
    }
    m_sidebar->setFixedWidth(170);
    m_sidebar->setCurrentRow(0);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    buildMenus();

    connect(m_loader, &DatasetLoader::started, this, [this](const QString& spec) {
        m_dataPage->showLoading(spec);
        statusBar()->showMessage(tr("Loading %1…").arg(spec));
    });
    connect(m_loader, &DatasetLoader::loaded, this, [this](std::shared_ptr<const data::Dataset> dataset, const DatasetPreview& preview) {
        m_dataset = std::move(dataset);
        m_dataPage->showPreview(preview);
        m_backbonePage->setDataset(preview.spec, preview.name);
        m_grouping->setDataset(m_dataset);
        m_groupingPage->setDataset(preview);
        settings::lastDataset.setValue(preview.spec);
        statusBar()->showMessage(tr("%1 loaded").arg(preview.name), 5000);
        Q_EMIT datasetChanged();
    });
    connect(m_loader, &DatasetLoader::failed, this, [this](const QString& spec, const QString& message) {
        m_dataPage->showError(spec, message);
        statusBar()->showMessage(tr("Could not load %1").arg(spec));
    });

    connect(m_backbonePage, &BackbonePage::runOpened, this, &MainWindow::openRun);
    connect(m_backbonePage, &BackbonePage::trainingFinished, this, [this](const QString& directory, const QString& outcome) {
        statusBar()->showMessage(tr("Training in %1: %2").arg(directory, outcome), 10000);
    });
    // The workflow hands each result to the next step: backbone run and saved hierarchy to the HierNet
    // page, a trained HierNet to the Explore page.
    connect(m_backbonePage, &BackbonePage::runOpened, m_hierNetPage, &HierNetPage::setBackboneRun);
    connect(m_grouping, &GroupingSession::saved, m_hierNetPage, &HierNetPage::setHierarchyFile);
    connect(m_hierNetPage, &HierNetPage::trainingFinished, this, [this](const QString& directory, const QString& outcome) {
        statusBar()->showMessage(tr("HierNet training in %1: %2").arg(directory, outcome), 10000);
        if (outcome == QLatin1String("finished"))
            m_explorePage->openRun(directory);
    });

    restoreGeometry(settings::windowGeometry.value());
    restoreState(settings::windowState.value());
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::pageIds()
{
    return {QStringLiteral("data"),    QStringLiteral("backbone"), QStringLiteral("confusion"),
            QStringLiteral("grouping"), QStringLiteral("hiernet"), QStringLiteral("explore")};
}

bool MainWindow::showPage(const QString& id)
{
    const int index = pageIds().indexOf(id.toLower());
    if (index < 0)
        return false;
    m_sidebar->setCurrentRow(index);
    return true;
}

QString MainWindow::currentPageId() const
{
    return pageIds().value(m_pages->currentIndex());
}

void MainWindow::openDataset(const QString& spec)
{
    m_loader->load(spec);
}

void MainWindow::openRun(const QString& directory)
{
    // The CPM appears when a backbone run finishes; until then the two pages keep what they show.
    if (!QFileInfo::exists(QDir(directory).filePath(QStringLiteral("cpm.json"))))
        return;
    m_grouping->openCpm(directory); // one load, both pages follow
}

void MainWindow::buildMenus()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    auto* open = file->addAction(tr("&Open dataset…"), this, &MainWindow::chooseDataset);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &run…"), this, [this] {
        const auto dir = QFileDialog::getExistingDirectory(this, tr("Run directory"), settings::runsFolder.value());
        if (!dir.isEmpty() && m_backbonePage->openRun(dir))
            showPage(QStringLiteral("backbone"));
    });
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About HierNet Studio"), this, [this] {
        QMessageBox::about(this, tr("About HierNet Studio"),
                           tr("<p><b>HierNet Studio</b> %1</p><p>Hierarchical CNNs that follow the similarity of the classes.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::chooseDataset()
{
    OpenDatasetDialog dialog(settings::lastDataset.value(), this);
    if (dialog.exec() == QDialog::Accepted)
        openDataset(dialog.spec());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_backbonePage->isTraining() || m_hierNetPage->isTraining()) {
        const auto answer = QMessageBox::question(this, tr("Training is running"),
                                                  tr("Stop the training and quit? The run keeps a checkpoint and can be resumed from its page."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_backbonePage->stop();
        m_hierNetPage->stop();
    }
    settings::windowGeometry.setValue(saveGeometry());
    settings::windowState.setValue(saveState());
    event->accept();
}

} // namespace hiernet::studio
