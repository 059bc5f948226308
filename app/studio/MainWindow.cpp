#include "MainWindow.h"

#include "ConfusionPage.h"
#include "DataPage.h"
#include "OpenDatasetDialog.h"
#include "PlannedPage.h"
#include "StudioSettings.h"

#include <QApplication>
#include <QCloseEvent>
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
    , m_sidebar(new QListWidget)
    , m_pages(new QStackedWidget)
    , m_dataPage(new DataPage)
    , m_confusionPage(new ConfusionPage)
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
        {tr("2  Backbone"),
         new PlannedPage(tr("Backbone"),
                         tr("training a ResNet / ELU-ResNet backbone with live loss, accuracy and learning-rate curves, "
                            "pause / resume / stop, and the list of finished runs."),
                         tr("not available yet."))},
        {tr("3  Confusion"), m_confusionPage},
        {tr("4  Grouping"),
         new PlannedPage(tr("Grouping"),
                         tr("p_min and g_max sliders that regroup the classes as you drag, a dendrogram of the merges, "
                            "hand edits with undo, and saving hierarchy.json."),
                         tr("<code>hiernet group --cpm cpm.json --g-max 50 --p-min 0.0075 --out hierarchy.json</code> "
                            "does the grouping from the command line."))},
        {tr("5  HierNet"),
         new PlannedPage(tr("HierNet"), tr("training the tree of CNNs with live curves and per-node accuracy."),
                         tr("not available yet."))},
        {tr("6  Explore"),
         new PlannedPage(tr("Explore"),
                         tr("the test images with filters for misrouted ones, and each image's route through the tree "
                            "with every node's probabilities."),
                         tr("not available yet."))},
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
        settings::lastDataset.setValue(preview.spec);
        statusBar()->showMessage(tr("%1 loaded").arg(preview.name), 5000);
        Q_EMIT datasetChanged();
    });
    connect(m_loader, &DatasetLoader::failed, this, [this](const QString& spec, const QString& message) {
        m_dataPage->showError(spec, message);
        statusBar()->showMessage(tr("Could not load %1").arg(spec));
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

void MainWindow::buildMenus()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    auto* open = file->addAction(tr("&Open dataset…"), this, &MainWindow::chooseDataset);
    open->setShortcut(QKeySequence::Open);
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
    settings::windowGeometry.setValue(saveGeometry());
    settings::windowState.setValue(saveState());
    event->accept();
}

} // namespace hiernet::studio
