#include "studio/training/RunMonitor.h"

#include "adapters/CurveFeed.h"
#include "studio/training/RunFollower.h"
#include "TrainingCurves.h"

#include <QLocale>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include <cmath>

namespace hiernet::studio {

using widgets::TrainingCurves;

QString formatDuration(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return QStringLiteral("–");
    const auto s = qint64(std::lround(seconds));
    if (s < 60)
        return RunMonitor::tr("%1 s").arg(s);
    if (s < 3600)
        return RunMonitor::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return RunMonitor::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

RunMonitor::RunMonitor(QWidget* parent)
    : QWidget(parent)
    , m_follower(new RunFollower(this))
    , m_curves(new widgets::TrainingCurves)
    , m_progress(new QProgressBar)
    , m_status(new QLabel(tr("No run yet: start one, or open a run folder.")))
{
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_curves, 1);
    connect(m_follower, &RunFollower::metricsAppended, this, &RunMonitor::addMetrics);
    connect(m_follower, &RunFollower::infoChanged, this, &RunMonitor::updateInfo);
    connect(m_follower, &RunFollower::restarted, m_curves, &TrainingCurves::clear);
    connect(m_follower, &RunFollower::problem, this, [this](const QString& message) { m_status->setText(message); });
}

void RunMonitor::clear(const QString& directory)
{
    m_curves->clear();
    m_lastTrain.reset();
    m_runStatus.clear();
    m_phase.clear();
    m_paused = false;
    m_progress->setValue(0);
    m_status->setText(tr("Waiting for %1…").arg(directory));
}

void RunMonitor::follow(const QString& directory)
{
    clear(directory);
    m_follower->follow(directory);
}

void RunMonitor::follow(const runs::RunFolder& folder)
{
    clear(QString::fromStdString(folder.directory()));
    m_follower->follow(folder);
}

QString RunMonitor::directory() const
{
    return m_follower->directory();
}

void RunMonitor::poll()
{
    m_follower->poll();
}

QString RunMonitor::statusText() const
{
    return m_status->text();
}

int RunMonitor::progressValue() const
{
    return m_progress->value();
}

void RunMonitor::showMessage(const QString& text)
{
    if (!m_lastTrain)
        m_status->setText(text);
}

void RunMonitor::setPaused(bool paused)
{
    m_paused = paused;
    updateStatusLine();
    Q_EMIT statusChanged(shownStatus()); // the runs list shows it too
}

QString RunMonitor::shownStatus() const
{
    const auto status = QString::fromStdString(m_follower->info().status);
    return status == QLatin1String("running") && m_paused ? QStringLiteral("paused") : status;
}

void RunMonitor::addMetrics(const std::vector<runs::MetricLine>& lines)
{
    for (const auto& line : lines) {
        m_phase = QString::fromStdString(line.phase);
        if (line.phase.empty() && line.type == runs::MetricLine::Type::Train)
            m_lastTrain = line;
    }
    addMetricsToCurves(*m_curves, lines);
    updateStatusLine();
}

void RunMonitor::updateInfo(const runs::RunInfo& info)
{
    const QString status = QString::fromStdString(info.status);
    updateStatusLine();
    if (status != m_runStatus) {
        m_runStatus = status;
        Q_EMIT statusChanged(status);
    }
}

void RunMonitor::updateStatusLine()
{
    const auto& info = m_follower->info();
    const double total = double(info.totalIterations);
    const bool running = info.status == "running";
    const QString status = running && m_paused ? tr("paused") : shownStatus(); // the list's word, translated
    if (!m_lastTrain) {
        if (!status.isEmpty())
            m_status->setText(tr("%1 · %2").arg(m_follower->directory(), status));
        return;
    }
    const double iteration = double(m_lastTrain->iteration);
    const double imagesPerSecond = m_lastTrain->imagesPerSecond;
    if (total > 0)
        m_progress->setValue(int(std::lround(1000 * std::min(1.0, iteration / total))));
    if (status == QLatin1String("finished"))
        m_progress->setValue(1000);
    QString text = tr("Iteration %1 / %2 · epoch %3 · loss %4 · %5 images/s")
                       .arg(qint64(iteration))
                       .arg(qint64(total))
                       .arg(QLocale().toString(m_lastTrain->epoch, 'f', 2))
                       .arg(QLocale().toString(m_lastTrain->loss, 'f', 4))
                       .arg(QLocale().toString(imagesPerSecond, 'f', 0));
    if (info.worldSize > 1) // a data-parallel run: the speed and loss are its global batch's
        text += tr(" · %n processes (%1)", nullptr, info.worldSize).arg(QString::fromStdString(info.backend));
    if (const double memory = m_lastTrain->deviceMemoryBytes; memory > 0)
        text += tr(" · GPU memory %1 GiB").arg(QLocale().toString(memory / double(1LL << 30), 'f', 2));
    if (running && !m_paused && imagesPerSecond > 0 && total > iteration)
        text += tr(" · ETA %1").arg(formatDuration((total - iteration) * info.batchSize / imagesPerSecond));
    if (!status.isEmpty())
        text += QStringLiteral(" · ") + status;
    m_status->setText(text);
}

} // namespace hiernet::studio
