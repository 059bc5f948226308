#include "studio/training/HierNetPage.h"

#include "adapters/HierarchyDiagram.h"
#include "studio/training/RunFollower.h"
#include "studio/training/RunMonitor.h"
#include "studio/training/RunsList.h"
#include "studio/common/StudioSettings.h"
#include "TreeDiagram.h"
#include "models/Backbone.h"
#include "models/HierNet.h"
#include "runs/HierNetRun.h"

#include <QLocale>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

namespace hiernet::studio {

namespace {

/// "2, 5" → {2, 5}; throws hiernet::Error naming the field for anything else.
std::vector<int> parseIntegers(const QString& text, const QString& field)
{
    std::vector<int> values;
    for (const auto& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int v = part.trimmed().toInt(&ok);
        if (!ok)
            throw std::runtime_error(
                QObject::tr("%1: '%2' is not a whole number (write e.g. 2 or 2,5)").arg(field, part.trimmed()).toStdString());
        values.push_back(v);
    }
    return values;
}

QString joinIntegers(const std::vector<int>& values)
{
    QStringList parts;
    for (int v : values)
        parts << QString::number(v);
    return parts.join(QStringLiteral(","));
}
} // namespace

HierNetPage::HierNetPage(QWidget* parent)
    : TrainingPage(QStringLiteral("hiernet"), tr("New HierNet"), parent)
    , m_backbone(new QComboBox)
    , m_hierarchyPath(new QLineEdit(settings::hierNetHierarchy.value()))
    , m_splits(new QLineEdit)
    , m_extra(new QLineEdit)
    , m_transfer(new QCheckBox(tr("Start from the backbone's weights (transfer)")))
    , m_seedHeads(new QCheckBox(tr("Leaf classifiers start from the backbone's FC rows")))
    , m_rootPretrain(new QSpinBox)
    , m_fusedSiblings(new QCheckBox(tr("Run sibling branches as one grouped network (faster, same results)")))
    , m_info(new QLabel)
    , m_budget(new QLabel)
    , m_tree(new widgets::TreeDiagram)
{
    configureControls();
    buildForm();
    refreshBackboneRuns();
    const QString last = settings::hierNetBackboneRun.value();
    if (!last.isEmpty())
        m_backbone->setCurrentText(last);

    connectControls();
    reloadChoices();
    if (m_splits->text().isEmpty())
        usePaperDefaults();
}

void HierNetPage::configureControls()
{
    m_backbone->setEditable(true);
    m_backbone->setInsertPolicy(QComboBox::NoInsert);
    m_backbone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_backbone->setMinimumContentsLength(20);
    m_transfer->setChecked(true);
    m_seedHeads->setChecked(false); // the paper's code starts the leaf heads fresh
    m_rootPretrain->setRange(0, 1000000);
    m_rootPretrain->setSpecialValueText(tr("off"));
    m_rootPretrain->setSuffix(tr(" iterations"));
    m_rootPretrain->setToolTip(tr("Train the root network (stem, edge, classifier) on the group labels first, with the main "
                                  "schedule, as the paper's code does"));
    m_splits->setToolTip(tr("Backbone block after which each level's branches start (one number per level below the root)"));
    m_extra->setToolTip(tr("Additional backbone blocks in each node's classifier, per level"));
    m_info->setWordWrap(true);
    m_budget->setWordWrap(true);
    m_budget->setObjectName(QStringLiteral("budgetComparison"));
    m_budget->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_backboneButton = new QPushButton(tr("Browse…"));
    m_hierarchyButton = new QPushButton(tr("Browse…"));
    m_defaultsButton = new QPushButton(tr("Paper defaults"));
    m_backboneButton->setToolTip(tr("Choose the backbone run to transfer from"));
    m_hierarchyButton->setToolTip(tr("Choose the hierarchy file (hierarchy.json) the tree follows"));
    m_defaultsButton->setToolTip(tr("The paper's split points and additional blocks for this backbone's depth (Tables 1 and 2)"));
    m_backbone->setToolTip(tr("The backbone run the HierNet is built from (its architecture, data and weights)"));
    m_hierarchyPath->setToolTip(tr("The hierarchy the tree follows: saved on the Grouping page or written by hiernet group"));
    m_transfer->setToolTip(
        tr("Copy the backbone's trained blocks (BN statistics included) into every copy in the tree, as the paper does"));
    m_seedHeads->setToolTip(
        tr("Each leaf classifier starts from the backbone's FC rows of its classes (the paper's code starts them fresh)"));
    m_fusedSiblings->setToolTip(
        tr("Sibling branches of the same structure run as grouped convolutions: one kernel per layer, the same numbers"));
}

void HierNetPage::buildForm()
{
    auto row = [](QWidget* a, QWidget* b) {
        auto* layout = new QHBoxLayout;
        layout->addWidget(a, 1);
        layout->addWidget(b);
        return layout;
    };
    auto* layoutRow = new QHBoxLayout;
    layoutRow->addWidget(new QLabel(tr("split after block")));
    layoutRow->addWidget(m_splits);
    layoutRow->addWidget(new QLabel(tr("extra blocks")));
    layoutRow->addWidget(m_extra);
    layoutRow->addWidget(m_defaultsButton);
    modelForm()->addRow(tr("Backbone run"), row(m_backbone, m_backboneButton));
    modelForm()->addRow(tr("Hierarchy"), row(m_hierarchyPath, m_hierarchyButton));
    modelForm()->addRow(QString(), m_info);
    modelForm()->addRow(tr("Layout"), layoutRow);
    modelForm()->addRow(QString(), m_transfer);
    modelForm()->addRow(QString(), m_seedHeads);
    modelForm()->addRow(tr("Root pre-training"), m_rootPretrain);
    modelForm()->addRow(QString(), m_fusedSiblings);
    auto* detail = new QWidget;
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_budget);
    detailLayout->addWidget(m_tree, 1);
    addDetailView(detail);
}

void HierNetPage::connectControls()
{
    connect(m_backbone, &QComboBox::currentTextChanged, this, [this] { reloadChoices(); });
    connect(m_hierarchyPath, &QLineEdit::editingFinished, this, [this] { reloadChoices(); });
    connect(m_splits, &QLineEdit::textChanged, this, [this] { reloadChoices(); });
    connect(m_extra, &QLineEdit::textChanged, this, [this] { reloadChoices(); });
    connect(m_transfer, &QCheckBox::toggled, m_seedHeads, &QCheckBox::setEnabled);
    connect(m_backboneButton, &QPushButton::clicked, this, &HierNetPage::chooseBackbone);
    connect(m_hierarchyButton, &QPushButton::clicked, this, &HierNetPage::chooseHierarchy);
    connect(m_defaultsButton, &QPushButton::clicked, this, &HierNetPage::usePaperDefaults);
    connect(monitor()->follower(), &RunFollower::metricsAppended, this, &HierNetPage::showNodeAccuracy);
    connect(monitor()->follower(), &RunFollower::started, this, [this] {
        m_nodeAccuracy.clear(); // the previous run's accuracies are not this run's
        showNotes();
    });
    connect(monitor()->follower(), &RunFollower::infoChanged, this, &HierNetPage::showBudgetComparison);
    connect(monitor()->follower(), &RunFollower::started, m_budget, &QLabel::clear);
    connect(monitor()->follower(), &RunFollower::infoChanged, this, [this] {
        // A run being followed draws its own tree (its hierarchy.json).
        const QString path = QDir(monitor()->directory()).filePath(QStringLiteral("hierarchy.json"));
        if (QFileInfo::exists(path)) {
            try {
                showTree(grouping::Hierarchy::load(path.toStdString()));
            } catch (const std::exception&) {
                // A half-written run: its tree appears with the next change.
            }
        }
    });
}

void HierNetPage::showModelSettings(const runs::RunFolder& folder)
{
    // An opened run shows what it was made from; the form then starts a sibling run.
    const auto& config = folder.hierNetConfig();
    if (!config.backboneRun.empty())
        m_backbone->setCurrentText(QString::fromStdString(config.backboneRun));
    const QString hierarchy = QString::fromStdString(folder.file("hierarchy.json"));
    if (QFileInfo::exists(hierarchy))
        m_hierarchyPath->setText(hierarchy);
    setTreeLayout(joinIntegers(config.layout.splitPoints), joinIntegers(config.layout.additionalBlocks));
    m_fusedSiblings->setChecked(config.fusedSiblings);
    m_transfer->setChecked(!config.backboneRun.empty());
    m_seedHeads->setChecked(config.seedLeafHeads);
    m_rootPretrain->setValue(int(std::min<std::int64_t>(config.rootPretrainIterations, m_rootPretrain->maximum())));
}

void HierNetPage::refreshBackboneRuns()
{
    fillWithKnownRuns(m_backbone, QStringLiteral("backbone"));
}

void HierNetPage::setBackboneRun(const QString& directory)
{
    m_backbone->setCurrentText(directory);
    reloadChoices();
}

void HierNetPage::setHierarchyFile(const QString& path)
{
    m_hierarchyPath->setText(path);
    reloadChoices();
}

void HierNetPage::setTreeLayout(const QString& splitPoints, const QString& additionalBlocks)
{
    m_splits->setText(splitPoints);
    m_extra->setText(additionalBlocks);
    reloadChoices();
}

void HierNetPage::useTransfer(bool transfer)
{
    m_transfer->setChecked(transfer);
}

void HierNetPage::setRootPretraining(int iterations)
{
    m_rootPretrain->setValue(iterations);
}

void HierNetPage::usePaperDefaults()
{
    if (!m_backboneInfo || m_backboneInfo->arch.empty())
        return;
    const auto layout = models::TreeLayout::paperDefaults(models::parseBlockKind(m_backboneInfo->arch), m_backboneInfo->n);
    setTreeLayout(joinIntegers(layout.splitPoints), joinIntegers(layout.additionalBlocks));
}

void HierNetPage::reloadChoices()
{
    m_problem.clear();
    const QString backbone = m_backbone->currentText().trimmed();
    m_backboneInfo = runs::readRunInfo(backbone.toStdString());
    QString info;
    try {
        if (backbone.isEmpty())
            throw std::runtime_error(tr("Choose a backbone run (train one on the Backbone page).").toStdString());
        if (!m_backboneInfo || m_backboneInfo->kind != "backbone")
            throw std::runtime_error(tr("%1 is not a backbone run (no run.json of kind backbone).").arg(backbone).toStdString());
        const auto& classes = m_backboneInfo->classes;
        info = tr("%1 on %2, %3 classes, status %4")
                   .arg(QString::fromStdString(m_backboneInfo->modelName()), QString::fromStdString(m_backboneInfo->datasetName))
                   .arg(classes.size())
                   .arg(QString::fromStdString(m_backboneInfo->status));
        if (m_hierarchyPath->text().trimmed().isEmpty())
            throw std::runtime_error(tr("Choose a hierarchy file (save one on the Grouping page).").toStdString());
        m_hierarchy = grouping::Hierarchy::load(m_hierarchyPath->text().trimmed().toStdString(), classes);
        const auto stats = m_hierarchy.statistics();
        info += tr(" · hierarchy: %1 first-level groups, depth %2").arg(stats.firstLevelSizes.size()).arg(stats.depth);
        showTree(m_hierarchy);
        const auto spec = models::BackboneSpec::fromJson(m_backboneInfo->model);
        const models::TreeLayout layout { parseIntegers(m_splits->text(), tr("split points")),
            parseIntegers(m_extra->text(), tr("additional blocks")) };
        models::validateLayout(spec, m_hierarchy, layout);
    } catch (const std::exception& e) {
        m_problem = QString::fromStdString(e.what());
    }
    m_info->setText(info);
    updateButtons();
}

QString HierNetPage::startProblem() const
{
    return m_problem;
}

void HierNetPage::setModelSettingsEnabled(bool enabled)
{
    for (QWidget* w : std::initializer_list<QWidget*> { m_backbone, m_hierarchyPath, m_splits, m_extra, m_transfer,
             m_rootPretrain, m_fusedSiblings, m_backboneButton, m_hierarchyButton, m_defaultsButton })
        w->setEnabled(enabled);
    m_seedHeads->setEnabled(enabled && m_transfer->isChecked());
}

std::unique_ptr<runs::TrainingJob> HierNetPage::createJob(const QString& directory)
{
    auto c = runs::HierNetRunConfig::continuing(m_backbone->currentText().trimmed().toStdString());
    c.layout = { parseIntegers(m_splits->text(), tr("split points")), parseIntegers(m_extra->text(), tr("additional blocks")) };
    c.backboneRun = m_transfer->isChecked() ? m_backbone->currentText().trimmed().toStdString() : std::string();
    c.seedLeafHeads = m_transfer->isChecked() && m_seedHeads->isChecked();
    c.rootPretrainIterations = m_rootPretrain->value();
    c.fusedSiblings = m_fusedSiblings->isChecked();
    c.trainer = trainerConfig();
    auto job = std::make_unique<runs::HierNetTrainingJob>(directory.toStdString(), c, m_hierarchy);
    settings::hierNetBackboneRun.setValue(m_backbone->currentText().trimmed());
    settings::hierNetHierarchy.setValue(m_hierarchyPath->text().trimmed());
    return job;
}

std::unique_ptr<runs::TrainingJob> HierNetPage::resumeJob(const QString& directory)
{
    return runs::HierNetTrainingJob::resume(directory.toStdString());
}

QString HierNetPage::newRunName() const
{
    return QStringLiteral("hiernet-%1-%2")
        .arg(QFileInfo(m_backbone->currentText().trimmed()).fileName())
        .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss")));
}

void HierNetPage::showTree(const grouping::Hierarchy& hierarchy)
{
    const HierarchyDiagram diagram(hierarchy);
    QStringList names;
    for (const auto& node : diagram.nodes)
        names << node.name;
    if (names == m_treeNames && m_tree->nodeCount() == names.size())
        return;
    m_tree->setTree(diagram.nodes);
    m_treeNames = names;
    showNotes();
}

void HierNetPage::showNotes()
{
    QStringList notes;
    for (const auto& name : std::as_const(m_treeNames))
        notes << (m_nodeAccuracy.contains(name) ? tr("%1 %").arg(QLocale().toString(100 * m_nodeAccuracy.value(name), 'f', 1))
                                                : QString());
    m_tree->setNotes(notes);
}

void HierNetPage::showNodeAccuracy(const std::vector<runs::MetricLine>& lines)
{
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        if (it->nodeAccuracy.empty())
            continue;
        m_nodeAccuracy.clear();
        for (const auto& [name, accuracy] : it->nodeAccuracy)
            m_nodeAccuracy.insert(QString::fromStdString(name), accuracy);
        showNotes();
        return;
    }
}

void HierNetPage::chooseBackbone()
{
    const auto dir = QFileDialog::getExistingDirectory(this, tr("Backbone run"), settings::runsFolder.value());
    if (!dir.isEmpty())
        setBackboneRun(dir);
}

void HierNetPage::chooseHierarchy()
{
    const auto file = QFileDialog::getOpenFileName(
        this, tr("Hierarchy"), QFileInfo(m_hierarchyPath->text()).path(), tr("Hierarchy (*.json)"));
    if (!file.isEmpty())
        setHierarchyFile(file);
}

QString HierNetPage::budgetComparison() const
{
    return m_budget->text();
}

void HierNetPage::showBudgetComparison(const runs::RunInfo& info)
{
    m_budget->clear();
    if (info.kind != "hiernet" || info.status != "finished" || !info.valRoutingTop1)
        return;
    // Transfer gives a HierNet the backbone's training plus its own; the backbone trained on for as many
    // iterations says whether the hierarchy or the extra training helped.
    const auto& backboneRun = info.backboneRun;
    const auto backbone = runs::readRunInfo(backboneRun);
    const auto budget = runs::hierNetTrainingIterations(info);
    const auto directory = monitor()->directory().toStdString();
    QString text = tr("Validation top-1: HierNet fast %1 %").arg(QLocale().toString(100 * *info.valRoutingTop1, 'f', 2));
    try {
        // How far the Grouping page's estimate can be trusted: the root measured beside it.
        if (const auto promise = runs::rootPromise(directory, info); promise && promise->measured)
            text += tr(" · root %1 % (the CPM promised %2 %)")
                        .arg(QLocale().toString(100 * *promise->measured, 'f', 2))
                        .arg(QLocale().toString(100 * promise->estimate, 'f', 2));
    } catch (const std::exception&) {
        // a CPM or hierarchy that no longer reads: the comparison is left out, the run still shows
    }
    if (!backbone || !backbone->valTop1) {
        m_budget->setText(text);
        return;
    }
    text += tr(" · its backbone %1 %").arg(QLocale().toString(100 * *backbone->valTop1, 'f', 2));
    std::vector<std::string> candidates;
    for (const auto& run : knownRuns(QStringLiteral("backbone"), monitor()->directory()))
        candidates.push_back(run.toStdString());
    if (const auto same = runs::findSameBudgetBaseline(directory, info, candidates); same && same->info.valTop1) {
        m_budget->setText(text
            + tr(" · the backbone trained on for the same %1 iterations %2 % (%3)")
                  .arg(budget)
                  .arg(QLocale().toString(100 * *same->info.valTop1, 'f', 2))
                  .arg(QFileInfo(QString::fromStdString(same->directory)).fileName()));
        return;
    }
    m_budget->setText(text
        + tr(" · no same-budget backbone yet: hiernet train-backbone --continue-from %1 --iterations %2 --out DIR")
              .arg(QString::fromStdString(backboneRun))
              .arg(budget));
}

} // namespace hiernet::studio
