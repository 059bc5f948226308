#include "studio/window/MainWindow.h"

#include "studio/training/BackbonePage.h"
#include "studio/grouping/ConfusionPage.h"
#include "studio/explore/ExplorePage.h"
#include "studio/compare/ComparePage.h"
#include "studio/compare/SweepDialog.h"
#include "studio/compare/SweepWorker.h"
#include "runs/Sweep.h"
#include "report/SweepReport.h"
#include "studio/explore/ExploreSession.h"
#include "studio/grouping/GroupingPage.h"
#include "studio/grouping/GroupingSession.h"
#include "studio/training/HierNetPage.h"
#include "studio/dataset/DataPage.h"
#include "studio/dataset/GetDatasetDialog.h"
#include "studio/dataset/OpenDatasetDialog.h"
#include "studio/training/RunFollower.h"
#include "studio/training/RunMonitor.h"
#include "studio/training/RunsList.h"
#include "studio/report/ReportExporter.h"
#include "studio/common/StudioSettings.h"
#include "runs/RunFolder.h"
#include "runs/RunInfo.h"

#include <QActionGroup>
#include <QDateTime>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QUrl>

#include <optional>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QCoreApplication>
#include <QStandardPaths>
#include <QProcess>
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
    , m_comparePage(new ComparePage)
    , m_loader(new DatasetLoader(this))
    , m_reports(new ReportExporter(this))
{
    setWindowTitle(tr("HierNet Studio"));
    setAcceptDrops(true); // a run folder dropped on the window opens on its page
    resize(1200, 800);
    addPages();
    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    buildMenus();
    connectLoader();
    connectWorkflow();
    connectReports();
    connectCompare();

    restoreGeometry(settings::windowGeometry.value());
    restoreState(settings::windowState.value());
}

void MainWindow::addPages()
{
    struct Step {
        QString title;
        QWidget* page;
    };
    const Step steps[] = {
        { tr("1  Data"), m_dataPage },
        { tr("2  Backbone"), m_backbonePage },
        { tr("3  Confusion"), m_confusionPage },
        { tr("4  Grouping"), m_groupingPage },
        { tr("5  HierNet"), m_hierNetPage },
        { tr("6  Explore"), m_explorePage },
        { tr("7  Compare"), m_comparePage },
    };
    for (const auto& step : steps) {
        m_sidebar->addItem(step.title);
        m_pages->addWidget(step.page);
    }
    m_sidebar->setFixedWidth(170);
    m_sidebar->setCurrentRow(0);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
}

void MainWindow::connectLoader()
{
    connect(m_loader, &DatasetLoader::started, this, [this](const QString& spec) {
        m_dataPage->showLoading(spec);
        statusBar()->showMessage(tr("Loading %1…").arg(spec));
    });
    connect(m_loader, &DatasetLoader::loaded, this,
        [this](std::shared_ptr<const data::Dataset> dataset, const DatasetPreview& preview) {
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
}

void MainWindow::connectWorkflow()
{
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

    // The title names the run in view: the one a training page follows, or the one Explore shows.
    connect(m_backbonePage->monitor()->follower(), &RunFollower::started, this, &MainWindow::showRunInTitle);
    connect(m_hierNetPage->monitor()->follower(), &RunFollower::started, this, &MainWindow::showRunInTitle);
    connect(m_explorePage, &ExplorePage::ready, this, [this] { showRunInTitle(m_explorePage->session()->directory()); });
    connect(m_confusionPage, &ConfusionPage::cellActivated, this, &MainWindow::showCellImages);
    // A HierNet run opened from its page's list (or finished there) shows its grouping too.
    connect(m_hierNetPage, &HierNetPage::runOpened, this, [this](const QString& directory) {
        if (QFileInfo(directory).absoluteFilePath() == m_groupingShownFor)
            return;
        try {
            showTrainedGrouping(runs::RunFolder::open(directory.toStdString()));
        } catch (const std::exception&) {
            // not a readable run: its page says so
        }
    });
}

bool MainWindow::showCellImages(int trueClass, int predictedClass, evaluation::Predictor answer)
{
    ExplorePage::View view;
    view.filter.trueClass = trueClass;
    view.filter.predictedClass = predictedClass;
    view.filter.answer = answer;
    view.filter.order = evaluation::ImageFilter::Order::ConfidenceDescending;
    const auto backbone = QFileInfo(m_grouping->cpmPath()).absolutePath(); // the run holding the CPM file
    const auto same = [](const QString& a, const QString& b) {
        return !a.isEmpty() && !b.isEmpty() && QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
    };
    // The split the CPM was measured on: a cell's count of images is then the gallery's.
    const auto split = m_grouping->cpm().split == "test" ? data::Split::Test : data::Split::Val;
    auto* session = m_explorePage->session();
    const bool sameClasses = session->isReady() && session->classNames() == m_grouping->cpm().classes;
    auto showIn = [&](const QString& directory) {
        if (!(session->isReady() && session->split() == split && same(session->directory(), directory)))
            return openCellRun(view, directory, split);
        m_explorePage->showView(view);
        showPage(QStringLiteral("explore"));
        return true;
    };
    if (answer == evaluation::Predictor::Backbone) {
        if (sameClasses && !session->isBackboneRun() && same(session->backboneDirectory(), backbone)
            && session->evaluation().has(answer))
            return showIn(session->directory()); // the HierNet open carries its backbone's answers on the same images
        view.filter.answer = evaluation::Predictor::HierNetFast; // a backbone's tree of one node answers for it
        return showIn(backbone);
    }
    if (sameClasses && !session->isBackboneRun())
        return showIn(session->directory());
    // The newest HierNet trained from this backbone.
    std::optional<runs::RunFolder> newest;
    QDateTime newestTime;
    for (auto& folder : knownRunFolders(QStringLiteral("hiernet"))) {
        const auto from = folder.transferredBackbone();
        const auto written = QFileInfo(QString::fromStdString(folder.file("run.json"))).lastModified();
        if (from && same(QString::fromStdString(from->directory()), backbone) && (!newest || written > newestTime)) {
            newestTime = written;
            newest = std::move(folder);
        }
    }
    if (!newest)
        return refuseCell(tr("The HierNet's answers need a HierNet run: open one of this dataset on the Explore page, or "
                             "train a HierNet from this backbone."));
    return showIn(QString::fromStdString(newest->directory()));
}

bool MainWindow::openCellRun(const ExplorePage::View& view, const QString& directory, data::Split split)
{
    if (!QFileInfo::exists(QDir(directory).filePath(QStringLiteral("run.json"))))
        return refuseCell(tr("This CPM was opened from a file, not from a run: the images behind its cells are not at hand."));
    m_explorePage->showWhenReady(view);
    m_explorePage->openRun(directory, split);
    showPage(QStringLiteral("explore"));
    return true;
}

bool MainWindow::refuseCell(const QString& why)
{
    m_confusionPage->showProblem(why);
    statusBar()->showMessage(why, 15000);
    return false;
}

void MainWindow::connectReports()
{
    connect(m_reports, &ReportExporter::finished, this, [this](const QString& file) {
        statusBar()->showMessage(tr("Report written: %1").arg(file), 15000);
        Q_EMIT reportWritten(file);
    });
    connect(m_reports, &ReportExporter::failed, this, [this](const QString& message) {
        statusBar()->clearMessage();
        auto* box = new QMessageBox(
            QMessageBox::Warning, tr("Export report"), tr("Could not make the report: %1").arg(message), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("reportFailed"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // not modal to the event loop: training signals keep flowing
        Q_EMIT reportFailed(message);
    });
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::pageIds()
{
    return { QStringLiteral("data"), QStringLiteral("backbone"), QStringLiteral("confusion"), QStringLiteral("grouping"),
        QStringLiteral("hiernet"), QStringLiteral("explore"), QStringLiteral("compare") };
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

bool MainWindow::openRunFolder(const QString& directory, QString* kind)
{
    // run.json is read once here; the pages take the opened folder.
    if (runs::SweepRecord::isSweepFolder(directory.toStdString())) { // a sweep opens on the Compare page
        if (kind)
            *kind = QStringLiteral("sweep");
        if (!m_comparePage->showSweep(directory))
            return false;
        showPage(QStringLiteral("compare"));
        return true;
    }
    std::optional<runs::RunFolder> folder;
    try {
        folder = runs::RunFolder::open(directory.toStdString());
    } catch (const std::exception&) {
        statusBar()->showMessage(tr("%1 is not a run folder: it has no readable run.json").arg(directory), 10000);
        return false;
    }
    if (kind)
        *kind = QString::fromStdString(folder->info().kind);
    if (folder->isHierNet()) {
        showTrainedGrouping(*folder); // first: the page's runOpened then finds it shown
        if (!m_hierNetPage->openRun(*folder))
            return false;
        m_explorePage->openRun(*folder);
        showPage(QStringLiteral("hiernet"));
        return true;
    }
    if (!m_backbonePage->openRun(*folder))
        return false;
    showPage(QStringLiteral("backbone"));
    return true;
}

void MainWindow::showTrainedGrouping(const runs::RunFolder& hiernet)
{
    // The Confusion and Grouping pages show the backbone's CPM and the hierarchy the run was trained on, so that
    // other groupings of the same CPM can be compared with it. A backbone that is gone leaves them as they were.
    m_groupingShownFor = QFileInfo(QString::fromStdString(hiernet.directory())).absoluteFilePath();
    const auto backbone = hiernet.transferredBackbone();
    if (!backbone || !QFileInfo::exists(QString::fromStdString(backbone->file("cpm.json"))))
        return;
    if (m_grouping->openCpm(QString::fromStdString(backbone->directory())))
        m_grouping->loadHierarchy(QString::fromStdString(hiernet.file("hierarchy.json")));
}

void MainWindow::showRunInTitle(const QString& directory)
{
    m_shownRun = directory;
    setWindowTitle(directory.isEmpty() ? tr("HierNet Studio") : tr("%1 — HierNet Studio").arg(QFileInfo(directory).fileName()));
    setWindowFilePath(directory);
}

QString MainWindow::droppedRunFolder(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && QFileInfo::exists(QDir(url.toLocalFile()).filePath(QStringLiteral("run.json"))))
            return url.toLocalFile();
    return {};
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedRunFolder(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString directory = droppedRunFolder(event->mimeData());
    if (directory.isEmpty())
        return;
    event->acceptProposedAction();
    openRunFolder(directory);
}

void MainWindow::fillRecentRuns()
{
    m_recentRuns->clear();
    const QStringList recent = settings::recentRuns.value();
    for (const QString& directory : recent) {
        const auto info = runs::readRunInfo(directory.toStdString());
        if (!info)
            continue; // deleted or moved since
        auto* action
            = m_recentRuns->addAction(tr("%1  (%2, %3)")
                                          .arg(QFileInfo(directory).fileName(), QString::fromStdString(info->modelName()),
                                              QString::fromStdString(info->status)),
                this, [this, directory] { openRunFolder(directory); });
        action->setData(directory);
        action->setToolTip(directory);
    }
    if (m_recentRuns->isEmpty())
        m_recentRuns->addAction(tr("(no runs opened yet)"))->setEnabled(false);
}

QString MainWindow::pageHelp(const QString& id)
{
    const std::pair<QLatin1String, QString> pages[] = {
        { QLatin1String("data"),
            tr("<h3>1 Data</h3><p>The dataset everything else trains on: its classes, how many images each has, and samples. "
               "Fashion-MNIST opens by default; <i>File › Open dataset</i> (Ctrl+O) opens CIFAR-10/100 binaries, IDX files or an "
               "image folder.</p><p>Next: train a backbone on it (Ctrl+2).</p>") },
        { QLatin1String("backbone"),
            tr("<h3>2 Backbone</h3><p>Train the flat network whose confusions the tree follows. Choose the architecture, "
               "depth and schedule (<i>quick</i> is for a CPU), then <i>Start</i>. Curves grow as it trains; <i>Pause</i> and "
               "<i>Stop</i> keep the checkpoint, <i>Resume selected</i> goes on. Selecting a run in the list shows its settings "
               "in the form.</p><p>When it finishes, its confusion probability matrix opens on the next page (Ctrl+3).</p>") },
        { QLatin1String("confusion"),
            tr("<h3>3 Confusion</h3><p>The backbone's confusion probability matrix (CPM): how much probability each true "
               "class gives each predicted class, on the validation images. Rows and columns follow the grouping, and "
               "the groups are outlined. Hover a cell for its value.</p><p>Next: form the groups (Ctrl+4).</p>") },
        { QLatin1String("grouping"),
            tr("<h3>4 Grouping</h3><p>Move p_min (the least proximity two groups need to merge) and g_max (the largest "
               "group) and watch the groups form, as the paper's rule merges the most confused groups first. Edit by hand "
               "if you like (drag, merge, split, rename; Ctrl+Z undoes), then <i>Save</i> the hierarchy.</p>"
               "<p>Next: train a HierNet on it (Ctrl+5).</p>") },
        { QLatin1String("hiernet"),
            tr("<h3>5 HierNet</h3><p>Train the tree of CNNs: the backbone run and the saved hierarchy are filled in; "
               "<i>Paper defaults</i> sets where the tree splits. The curves add the conditional (slow) and routing (fast) "
               "accuracy, and the tree shows each node's accuracy.</p><p>When it finishes, its test images open on the "
               "Explore page (Ctrl+6).</p>") },
        { QLatin1String("explore"),
            tr("<h3>6 Explore</h3><p>The trained HierNet's test images, framed by outcome (right, misrouted, wrong class "
               "in the right group). Filter and sort them; click one to see its route through the tree with every "
               "node's probabilities and where it left the true path. The <i>Errors</i> tab shows each node's accuracy "
               "and confusion.</p>") },
        { QLatin1String("compare"),
            tr("<h3>7 Compare</h3><p>Runs side by side: select several runs in the list, or choose a sweep (the Grouping "
               "page's <i>Sweep…</i> or <code>hiernet sweep</code> makes one). Their validation curves overlay (against the "
               "iteration or the training time; hover a curve for its run), the table sorts by any column and copies as "
               "CSV, and a sweep's chart sets its accuracy against the number of groups beside the same-budget backbone. "
               "Double-click a row or click a point to open that run.</p>") },
    };
    for (const auto& [page, help] : pages)
        if (id == page)
            return help;
    return {};
}

void MainWindow::showPageHelp()
{
    auto* box = new QMessageBox(QMessageBox::Information, tr("Help"), pageHelp(currentPageId()), QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("pageHelp"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not modal to the event loop: training signals keep flowing
}

QString MainWindow::hierNetRunInView() const
{
    if (m_explorePage->session()->isReady())
        return m_explorePage->session()->directory();
    // The monitor's follower holds the followed run's run.json as it last read it.
    const auto& info = m_hierNetPage->monitor()->follower()->info();
    return info.kind == "hiernet" ? m_hierNetPage->monitor()->directory() : QString();
}

void MainWindow::chooseReport()
{
    auto run = hierNetRunInView();
    if (run.isEmpty())
        run = QFileDialog::getExistingDirectory(this, tr("HierNet run to report on"), settings::runsFolder.value());
    if (run.isEmpty())
        return;
    const auto suggested = QDir(run).filePath(QStringLiteral("report.pdf"));
    const auto file
        = QFileDialog::getSaveFileName(this, tr("Export report"), suggested, tr("PDF document (*.pdf);;HTML page (*.html)"));
    if (!file.isEmpty())
        exportReport(run, file);
}

bool MainWindow::exportReport(const QString& runDirectory, const QString& file)
{
    if (!m_reports->start(runDirectory, file)) {
        statusBar()->showMessage(tr("A report is being made already."), 5000);
        return false;
    }
    statusBar()->showMessage(tr("Making the report of %1 (evaluating both splits once, then drawing)…").arg(runDirectory));
    return true;
}

QString MainWindow::gettingStartedText()
{
    return tr(
        "<h2>Getting started</h2>"
        "<p>HierNet Studio builds a HierNet: CNNs organised as a tree that follows how similar the classes are. "
        "The pages on the left are the steps, in the order you use them (Ctrl+1 … Ctrl+7); F1 explains the page you are on. "
        "Fashion-MNIST, ten kinds of clothes in 28×28 grey images, is open from the start.</p>"
        "<ol>"
        "<li><b>Data</b>: look at the classes and samples. <i>File › Open dataset</i> opens CIFAR-10/100, IDX files or an image "
        "folder.</li>"
        "<li><b>Backbone</b>: train the flat network. With the <i>quick</i> schedule a ResNet-8 reaches about 90 % in a few "
        "minutes on a laptop. Watch the curves; <i>Pause</i> and <i>Stop</i> keep the checkpoint.</li>"
        "<li><b>Confusion</b>: the backbone's confusion probability matrix: which classes it mixes up (a shirt with a "
        "T-shirt, a sneaker with an ankle boot).</li>"
        "<li><b>Grouping</b>: move p_min and g_max and watch the most confused classes form groups, step by step with the "
        "merge stepper. <i>Save</i> the hierarchy.</li>"
        "<li><b>HierNet</b>: train the tree on that hierarchy, starting from the backbone's weights (<i>Paper defaults</i> "
        "sets where it splits). The tree shows each node's accuracy.</li>"
        "<li><b>Explore</b>: click a test image to see its route through the tree, every node's probabilities and where "
        "each node looked; the <i>Errors</i> tab compares how bad the tree's mistakes are with the backbone's. "
        "<i>File › Export report…</i> writes it all to a PDF.</li>"
        "<li><b>Compare</b>: runs side by side; <i>Sweep…</i> on the Grouping page trains HierNets over a grid of p_min "
        "and g_max, and this page sets their accuracy against the number of groups beside the same-budget backbone.</li>"
        "</ol>"
        "<p>The same steps run without a window: <tt>hiernet reproduce --data fashion-mnist --out DIR</tt> (see <tt>man "
        "hiernet</tt>).</p>");
}

void MainWindow::showGettingStarted()
{
    auto* box = new QMessageBox(QMessageBox::Information, tr("Getting started"), gettingStartedText(), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("gettingStartedBox"));
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not modal to the event loop: training signals keep flowing
}

void MainWindow::buildMenus()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    auto* open = file->addAction(tr("&Open dataset…"), this, &MainWindow::chooseDataset);
    open->setShortcut(QKeySequence::Open);
    auto* get = file->addAction(tr("&Get dataset…"), this, &MainWindow::getDataset);
    get->setObjectName(QStringLiteral("getDataset"));
    get->setToolTip(tr("Download CIFAR-10 or CIFAR-100 (the official archives, or a mirror), check and unpack it"));
    file->addAction(tr("Open &run…"), this, [this] {
        const auto dir = QFileDialog::getExistingDirectory(this, tr("Run directory"), settings::runsFolder.value());
        if (!dir.isEmpty())
            openRunFolder(dir);
    });
    auto* cpmFile = file->addAction(tr("Open &CPM file…"), this, [this] {
        const auto path = QFileDialog::getOpenFileName(
            this, tr("CPM file"), settings::runsFolder.value(), tr("CPM (*.json *.npy *.csv);;All files (*)"));
        if (!path.isEmpty() && m_confusionPage->openRun(path))
            showPage(QStringLiteral("confusion"));
    });
    cpmFile->setToolTip(tr("A confusion probability matrix from any model: cpm.json, a K×K NumPy .npy or CSV matrix (hiernet "
                           "cpm --from-predictions makes one from a model's saved probabilities)"));
    m_recentRuns = file->addMenu(tr("Recent &runs"));
    m_recentRuns->setObjectName(QStringLiteral("recentRuns"));
    connect(m_recentRuns, &QMenu::aboutToShow, this, &MainWindow::fillRecentRuns); // read when opened, not at start-up
    file->addSeparator();
    auto* report = file->addAction(tr("Export &report…"), this, &MainWindow::chooseReport);
    report->setObjectName(QStringLiteral("exportReport"));
    report->setToolTip(tr("A finished HierNet run's report as PDF or HTML: configuration, curves, CPM, tree, accuracies, "
                          "mistake severities and the most confident misrouted images"));
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // not QKeySequence::Quit: some platforms bind none

    // Ctrl+1 … Ctrl+6: the pages in workflow order, as in the sidebar.
    auto* go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_sidebar->count(); ++i) {
        auto* page = go->addAction(m_sidebar->item(i)->text().simplified(), this, [this, i] { m_sidebar->setCurrentRow(i); });
        page->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        page->setObjectName(QStringLiteral("goTo_") + pageIds().value(i));
    }

    // Settings › Language: the studio speaks it from the next start (every page is built in one language).
    auto* settingsMenu = menuBar()->addMenu(tr("&Settings"));
    auto* languageMenu = settingsMenu->addMenu(tr("&Language"));
    languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto* languages = new QActionGroup(this);
    const QString current = settings::language.value();
    const QList<QPair<QString, QString>> choices = { { QString(), tr("System (%1)").arg(QLocale::system().nativeLanguageName()) },
        { QStringLiteral("en"), QStringLiteral("English") }, { QStringLiteral("de"), QStringLiteral("Deutsch") },
        { QStringLiteral("fr"), QStringLiteral("Français") } };
    for (const auto& [code, name] : choices) {
        auto* action = languageMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        action->setObjectName(QStringLiteral("language_") + (code.isEmpty() ? QStringLiteral("system") : code));
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            if (settings::language.value() == code)
                return;
            settings::language.setValue(code);
            statusBar()->showMessage(tr("The language changes when HierNet Studio starts again."), 10000);
        });
    }

    auto* help = menuBar()->addMenu(tr("&Help"));
    auto* gettingStarted = help->addAction(tr("&Getting started"), this, &MainWindow::showGettingStarted);
    gettingStarted->setObjectName(QStringLiteral("gettingStarted"));
    auto* pageHelpAction = help->addAction(tr("Help for this &page"), this, &MainWindow::showPageHelp);
    pageHelpAction->setShortcut(QKeySequence(Qt::Key_F1));
    pageHelpAction->setObjectName(QStringLiteral("pageHelp"));
    help->addAction(tr("&About HierNet Studio"), this, [this] {
        QMessageBox::about(this, tr("About HierNet Studio"),
            tr("<p><b>HierNet Studio</b> %1</p><p>Hierarchical CNNs that follow the similarity of the classes.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::getDataset()
{
    auto* dialog = new GetDatasetDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GetDatasetDialog::openRequested, this, &MainWindow::openDataset);
    dialog->open();
}

void MainWindow::chooseDataset()
{
    OpenDatasetDialog dialog(settings::lastDataset.value(), this);
    if (dialog.exec() == QDialog::Accepted)
        openDataset(dialog.spec());
}

MainWindow::CloseChoice MainWindow::askAboutTraining()
{
    QMessageBox box(QMessageBox::Question, tr("Training is running"),
        tr("A training is running. Stop it (the run keeps its checkpoint and resumes from its page), or leave it "
           "training in the background (the hiernet command line takes over from the checkpoint; open the run again to "
           "follow it)?"),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("closeWhileTraining"));
    auto* stop = box.addButton(tr("Stop and keep the checkpoint"), QMessageBox::AcceptRole);
    stop->setObjectName(QStringLiteral("stopTraining"));
    auto* background = box.addButton(tr("Keep training in the background"), QMessageBox::AcceptRole);
    background->setObjectName(QStringLiteral("backgroundTraining"));
    box.addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelClosing"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == stop)
        return CloseChoice::Stop;
    if (box.clickedButton() == background)
        return CloseChoice::Background;
    return CloseChoice::Cancel;
}

QString MainWindow::commandLineTool() const
{
    if (!m_commandLineTool.isEmpty())
        return m_commandLineTool;
    // Installed beside the studio (bin/), or in the build tree (app/studio/ beside app/hiernet); else on PATH.
    const QDir here(QCoreApplication::applicationDirPath());
    for (const auto& candidate : { here.filePath(QStringLiteral("hiernet")), here.filePath(QStringLiteral("../hiernet")) })
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    return QStandardPaths::findExecutable(QStringLiteral("hiernet"));
}

bool MainWindow::continueInBackground()
{
    const auto program = commandLineTool();
    for (auto* page : { static_cast<TrainingPage*>(m_backbonePage), static_cast<TrainingPage*>(m_hierNetPage) }) {
        if (!page->isTraining())
            continue;
        const auto directory = page->stopAndWait(); // its checkpoint is where the background process starts
        QProcess process;
        process.setProgram(program);
        process.setArguments(page->resumeArguments(directory));
        process.setStandardOutputFile(QDir(directory).filePath(QStringLiteral("background.log")), QIODevice::Append);
        process.setStandardErrorFile(QDir(directory).filePath(QStringLiteral("background.log")), QIODevice::Append);
        if (program.isEmpty() || !process.startDetached()) {
            QMessageBox::warning(this, tr("Training is running"),
                tr("Could not start the hiernet command line (%1) to go on with %2. The run is stopped with its checkpoint: "
                   "resume it from its page or with hiernet %3.")
                    .arg(program.isEmpty() ? tr("not found") : program, directory,
                        page->resumeArguments(directory).join(QLatin1Char(' '))));
            return false;
        }
        statusBar()->showMessage(tr("%1 goes on in the background").arg(directory));
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!askToStopSweep()) {
        event->ignore();
        return;
    }
    if (m_backbonePage->isTraining() || m_hierNetPage->isTraining()) {
        switch (askAboutTraining()) {
        case CloseChoice::Cancel:
            event->ignore();
            return;
        case CloseChoice::Stop:
            m_backbonePage->stopAndWait();
            m_hierNetPage->stopAndWait();
            break;
        case CloseChoice::Background:
            if (!continueInBackground()) {
                event->ignore();
                return;
            }
            break;
        }
    }
    settings::windowGeometry.setValue(saveGeometry());
    settings::windowState.setValue(saveState());
    event->accept();
}

void MainWindow::connectCompare()
{
    connect(m_groupingPage, &GroupingPage::sweepRequested, this, &MainWindow::chooseSweep);
    connect(m_comparePage, &ComparePage::openRunRequested, this, [this](const QString& directory) { openRunFolder(directory); });
    connect(m_comparePage, &ComparePage::continueSweepRequested, this, [this](const QString& directory) {
        try {
            startSweep(
                std::make_unique<runs::Sweep>(runs::SweepSettings::ofSweep(directory.toStdString()), directory.toStdString()));
        } catch (const std::exception& e) {
            QMessageBox::warning(
                this, tr("Sweep"), tr("Cannot continue %1: %2").arg(directory, QString::fromStdString(e.what())));
        }
    });
    connect(m_comparePage, &ComparePage::exportReportRequested, this, [this](const QString& sweep) {
        const auto file = QFileDialog::getSaveFileName(this, tr("Export the sweep's report"),
            QDir(sweep).filePath(QStringLiteral("sweep-report.pdf")), tr("PDF (*.pdf);;HTML (*.html)"));
        if (!file.isEmpty())
            exportSweepReport(sweep, file);
    });
}

void MainWindow::chooseSweep()
{
    // The backbone whose CPM the Grouping page shows: its run folder (cpm.json's folder, or the run opened).
    QFileInfo cpm(m_grouping->cpmPath());
    const auto directory = cpm.isDir() ? cpm.absoluteFilePath() : cpm.absolutePath();
    const auto info = runs::readRunInfo(directory.toStdString());
    if (m_grouping->cpmPath().isEmpty() || !info || info->kind != "backbone") {
        QMessageBox::information(this, tr("Sweep"),
            tr("A sweep trains HierNets from a backbone run's CPM: open a finished backbone run first (File › Open run)."));
        return;
    }
    if (m_sweepWorker && m_sweepWorker->isRunning()) {
        QMessageBox::information(this, tr("Sweep"), tr("A sweep is training already; stop it on the Compare page first."));
        return;
    }
    SweepDialog dialog(directory, m_grouping->pMin(), m_grouping->gMax(), this);
    if (dialog.exec() == QDialog::Accepted)
        startSweep(dialog.takeSweep());
}

bool MainWindow::startSweep(std::unique_ptr<runs::Sweep> sweep)
{
    if (!sweep || (m_sweepWorker && m_sweepWorker->isRunning()))
        return false;
    delete m_sweepWorker;
    m_sweepWorker = new SweepWorker(std::move(sweep), this);
    settings::rememberSweep(m_sweepWorker->directory());
    m_comparePage->followWorker(m_sweepWorker);
    connect(m_sweepWorker, &SweepWorker::message, this, [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    connect(m_sweepWorker, &SweepWorker::finished, this, [this](const QString& outcome) {
        statusBar()->showMessage(tr("Sweep in %1: %2").arg(m_sweepWorker->directory(), outcome), 10000);
    });
    connect(m_sweepWorker, &SweepWorker::failed, this,
        [this](const QString& message) { statusBar()->showMessage(tr("The sweep failed: %1").arg(message), 10000); });
    m_sweepWorker->start();
    m_comparePage->showSweep(m_sweepWorker->directory());
    showPage(QStringLiteral("compare"));
    return true;
}

bool MainWindow::askToStopSweep()
{
    if (!m_sweepWorker || !m_sweepWorker->isRunning())
        return true;
    const auto answer = QMessageBox::question(this, tr("A sweep is training"),
        tr("Stop the sweep to close? The point in training keeps its checkpoint and the finished points are kept; "
           "hiernet sweep with the same options (or Sweep… with the same grid and folder) continues it."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    m_sweepWorker->stop();
    m_sweepWorker->wait(-1);
    return true;
}

bool MainWindow::exportSweepReport(const QString& sweepDirectory, const QString& file)
{
    QString error;
    try {
        const report::SweepReport document(runs::compareSweep(sweepDirectory.toStdString()));
        if (document.write(file, &error)) {
            statusBar()->showMessage(tr("Report written to %1").arg(file), 10000);
            Q_EMIT reportWritten(file);
            return true;
        }
    } catch (const std::exception& e) {
        error = QString::fromStdString(e.what());
    }
    statusBar()->showMessage(tr("Could not write the report: %1").arg(error), 10000);
    Q_EMIT reportFailed(error);
    return false;
}

} // namespace hiernet::studio
