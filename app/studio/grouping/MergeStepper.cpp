#include "studio/grouping/MergeStepper.h"

#include "studio/grouping/GroupingSession.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace hiernet::studio {

namespace {
QVector<int> toVector(const std::vector<int>& v)
{
    return QVector<int>(v.begin(), v.end());
}
QString number(double value)
{
    return QString::number(value, 'g', 3);
}
} // namespace

MergeStepper::MergeStepper(GroupingSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_text(new QLabel)
    , m_speed(new QSpinBox)
    , m_timer(new QTimer(this))
    , m_playButton(new QToolButton)
{
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_speed->setRange(1, 20);
    m_speed->setValue(2);
    m_speed->setSuffix(tr(" merges/s"));
    m_speed->setToolTip(tr("How fast Play steps through the merges"));
    auto addButton = [this](QHBoxLayout* row, const QString& text, const QString& tip, const QKeySequence& key, auto slot) {
        auto* action = new QAction(text, this);
        action->setToolTip(tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        action->setShortcut(key);
        addAction(action); // active while the page shows (a hidden page's shortcuts are not)
        connect(action, &QAction::triggered, this, slot);
        auto* button = new QToolButton;
        button->setDefaultAction(action);
        row->addWidget(button);
        return button;
    };
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Merges:")));
    addButton(row, tr("|◀"), tr("First: every class on its own"), QKeySequence(Qt::ALT | Qt::Key_Home), [this] { setStep(0); });
    addButton(row, tr("◀"), tr("Previous merge"), QKeySequence(Qt::ALT | Qt::Key_Left), [this] { setStep(m_step - 1); });
    addButton(row, tr("▶"), tr("Next merge"), QKeySequence(Qt::ALT | Qt::Key_Right), [this] { setStep(m_step + 1); });
    addButton(
        row, tr("▶|"), tr("Last: the grouping at this p_min"), QKeySequence(Qt::ALT | Qt::Key_End), [this] { setStep(last()); });
    auto* playAction = new QAction(tr("Play"), this);
    playAction->setCheckable(true);
    playAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_P));
    addAction(playAction);
    playAction->setToolTip(
        tr("Play the merges one after another (%1)").arg(playAction->shortcut().toString(QKeySequence::NativeText)));
    m_playButton->setDefaultAction(playAction);
    row->addWidget(m_playButton);
    row->addWidget(m_speed);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_text);

    connect(playAction, &QAction::toggled, this, &MergeStepper::play);
    connect(m_speed, &QSpinBox::valueChanged, this, [this](int perSecond) { m_timer->setInterval(1000 / perSecond); });
    m_timer->setInterval(1000 / m_speed->value());
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_step >= last())
            play(false);
        else
            setStep(m_step + 1);
    });
    // A new grouping starts the steps at its end: the page shows the grouping as it is.
    connect(m_session, &GroupingSession::stateChanged, this, [this] { setStep(last()); });
    setStep(last());
}

int MergeStepper::last() const
{
    const auto* engine = m_session->engine();
    return engine ? engine->mergeCount(m_session->pMin()) : 0;
}

void MergeStepper::setSpeed(int mergesPerSecond)
{
    m_speed->setValue(mergesPerSecond);
}

bool MergeStepper::playing() const
{
    return m_timer->isActive();
}

void MergeStepper::play(bool on)
{
    if (on && m_step >= last())
        setStep(0); // playing from the end starts again
    if (on)
        m_timer->start();
    else
        m_timer->stop();
    const QSignalBlocker block(m_playButton->defaultAction());
    m_playButton->defaultAction()->setChecked(on);
}

void MergeStepper::setStep(int step)
{
    m_step = std::clamp(step, 0, last());
    describeStep();
    Q_EMIT stepChanged(m_step);
}

QString MergeStepper::groupText(const QVector<int>& classes) const
{
    const auto& names = m_session->cpm().classes;
    QStringList shown;
    for (int i = 0; i < std::min<int>(4, int(classes.size())); ++i)
        shown << QString::fromStdString(names[std::size_t(classes[i])]);
    if (classes.size() > 4)
        shown << tr("+%1 more").arg(classes.size() - 4);
    return QStringLiteral("{") + shown.join(QStringLiteral(", ")) + QStringLiteral("}");
}

void MergeStepper::describeStep()
{
    m_first.clear();
    m_second.clear();
    const auto* engine = m_session->engine();
    if (engine && m_step > 0) {
        const auto& merge = engine->merges()[std::size_t(m_step - 1)];
        m_first = toVector(engine->members(merge.first));
        m_second = toVector(engine->members(merge.second));
    }
    m_text->setText(explanation());
}

QString MergeStepper::explanation() const
{
    const auto* engine = m_session->engine();
    if (!engine)
        return tr("Open a backbone run to step through its merges.");
    const double pMin = m_session->pMin();
    const int gMax = m_session->gMax();
    const double alpha = engine->balance();
    const int n = m_session->cpm().size();
    QString text;
    if (m_step == 0) {
        text = tr("Step 0 of %1: every class is a group of its own (%2 groups).").arg(last()).arg(n);
    } else {
        const auto& merge = engine->merges()[std::size_t(m_step - 1)];
        const QString score = alpha == 0 ? tr("proximity %1").arg(number(merge.proximity))
                                         : tr("proximity %1 × (2 / %2)^%3 = %4")
                                               .arg(number(merge.linkage))
                                               .arg(merge.size)
                                               .arg(alpha)
                                               .arg(number(merge.proximity));
        text = tr("Step %1 of %2: merge %3 with %4: %5 > p_min %6, size %7 ≤ g_max %8 (%9 groups now).")
                   .arg(m_step)
                   .arg(last())
                   .arg(groupText(m_first), groupText(m_second), score, number(pMin))
                   .arg(merge.size)
                   .arg(gMax)
                   .arg(n - m_step);
    }
    if (m_step < last())
        return text;
    // The end: why no further merge.
    const auto stop = engine->stopAt(pMin);
    switch (stop.reason) {
    case grouping::GroupingStop::Reason::BelowPMin:
        text += QLatin1Char(' ')
            + tr("It stops here: the closest pair left, %1 with %2, has proximity %3 ≤ p_min %4.")
                  .arg(groupText(toVector(engine->members(stop.next.first))),
                      groupText(toVector(engine->members(stop.next.second))), number(stop.next.proximity), number(pMin));
        break;
    case grouping::GroupingStop::Reason::GMaxReached:
        text += QLatin1Char(' ')
            + tr("It stops here: every pair left would make a group larger than g_max %1 (the smallest would have %2 classes).")
                  .arg(gMax)
                  .arg(stop.smallestPairSize);
        break;
    case grouping::GroupingStop::Reason::OneGroup:
        text += QLatin1Char(' ') + tr("It stops here: every class is in one group.");
        break;
    }
    return text;
}

} // namespace hiernet::studio
