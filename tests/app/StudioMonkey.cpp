#include "StudioMonkey.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAction>
#include <QDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QWheelEvent>

namespace {

StudioMonkey* g_monkey = nullptr;
MonkeyReport* g_report = nullptr;
QtMessageHandler g_previous = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext& context, const QString& text)
{
    if (g_report && type != QtDebugMsg && type != QtInfoMsg)
        g_report->warnings << text;
    if (g_previous)
        g_previous(type, context, text);
}

/// Keys a user presses; Ctrl+Q and Alt+F4 are left out (the test ends the window itself).
const QList<QPair<int, Qt::KeyboardModifiers>> kKeys = { { Qt::Key_Tab, Qt::NoModifier }, { Qt::Key_Backtab, Qt::ShiftModifier },
    { Qt::Key_Up, Qt::NoModifier }, { Qt::Key_Down, Qt::NoModifier }, { Qt::Key_Left, Qt::NoModifier },
    { Qt::Key_Right, Qt::NoModifier }, { Qt::Key_PageUp, Qt::NoModifier }, { Qt::Key_PageDown, Qt::NoModifier },
    { Qt::Key_Home, Qt::NoModifier }, { Qt::Key_End, Qt::NoModifier }, { Qt::Key_Return, Qt::NoModifier },
    { Qt::Key_Escape, Qt::NoModifier }, { Qt::Key_Space, Qt::NoModifier }, { Qt::Key_Delete, Qt::NoModifier },
    { Qt::Key_Backspace, Qt::NoModifier }, { Qt::Key_A, Qt::NoModifier }, { Qt::Key_Z, Qt::NoModifier },
    { Qt::Key_0, Qt::NoModifier }, { Qt::Key_5, Qt::NoModifier }, { Qt::Key_9, Qt::NoModifier },
    { Qt::Key_Period, Qt::NoModifier }, { Qt::Key_Minus, Qt::NoModifier }, { Qt::Key_F1, Qt::NoModifier },
    { Qt::Key_1, Qt::ControlModifier }, { Qt::Key_4, Qt::ControlModifier }, { Qt::Key_7, Qt::ControlModifier },
    { Qt::Key_A, Qt::ControlModifier }, { Qt::Key_Plus, Qt::ControlModifier }, { Qt::Key_Minus, Qt::ControlModifier } };

} // namespace

StudioMonkey::StudioMonkey(QMainWindow& window, quint32 seed, Hooks hooks)
    : m_window(window)
    , m_rng(seed)
    , m_hooks(std::move(hooks))
{
    g_monkey = this;
    g_report = &m_report;
    g_previous = qInstallMessageHandler(recordMessage);
    connect(&m_modalWatch, &QTimer::timeout, this, &StudioMonkey::dismissModals);
    m_modalWatch.start(20);
    m_clock.start();
    connect(&m_tick, &QTimer::timeout, this, [this] {
        const auto now = m_clock.elapsed();
        const auto gap = now - m_lastBeat;
        m_lastBeat = now;
        // A modal dialog's own loop turns too; a gap while one was up is the dialog's (file dialogs read folders).
        if (!m_modalSeen && gap > m_report.longestStallMs) {
            m_report.longestStallMs = gap;
            m_report.longestStallEvent = m_current;
        }
    });
    m_tick.start(5);
}

StudioMonkey::~StudioMonkey()
{
    qInstallMessageHandler(g_previous);
    g_report = nullptr;
    g_monkey = nullptr;
}

void StudioMonkey::note(const QString& event)
{
    m_current = event;
    m_lastBeat = m_clock.elapsed(); // the gap from here is the studio's answer to this event, not the monkey's choosing
    m_report.history << event;
    if (m_report.history.size() > 30)
        m_report.history.removeFirst();
}

void StudioMonkey::step()
{
    ++m_report.events;
    m_modalSeen = false;
    const int choice = uniform(0, 99);
    if (choice < 30)
        clickSomething();
    else if (choice < 55)
        mouseOnSomething();
    else if (choice < 75)
        keyOnSomething();
    else if (choice < 85)
        triggerMenuAction();
    else if (choice < 92) {
        const auto id = m_hooks.pageIds.value(uniform(0, int(m_hooks.pageIds.size()) - 1));
        note(QStringLiteral("show page %1").arg(id));
        m_hooks.showPage(id);
    } else if (choice < 97) {
        const auto& opening = m_hooks.openings.at(uniform(0, int(m_hooks.openings.size()) - 1));
        note(QStringLiteral("open %1").arg(opening.first));
        opening.second();
    } else {
        resizeWindow();
    }
    QTest::qWait(uniform(0, 25));
    m_modalSeen = m_modalSeen || QApplication::activeModalWidget();
}

QWidget* StudioMonkey::randomVisibleWidget(const std::function<bool(QWidget*)>& accept)
{
    QList<QWidget*> candidates;
    QWidget* top = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : &m_window;
    for (auto* w : top->findChildren<QWidget*>())
        if (w->isVisible() && w->isEnabled() && w->width() > 2 && w->height() > 2 && accept(w))
            candidates << w;
    return candidates.isEmpty() ? nullptr : candidates.at(uniform(0, int(candidates.size()) - 1));
}

QPoint StudioMonkey::randomPointIn(QWidget* widget)
{
    return { uniform(1, widget->width() - 2), uniform(1, widget->height() - 2) };
}

void StudioMonkey::clickSomething()
{
    auto* button
        = qobject_cast<QAbstractButton*>(randomVisibleWidget([](QWidget* w) { return qobject_cast<QAbstractButton*>(w); }));
    if (!button)
        return;
    note(QStringLiteral("click %1 '%2' (%3)")
             .arg(QString::fromLatin1(button->metaObject()->className()), button->text(), button->objectName()));
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(button->width() / 2, button->height() / 2));
}

void StudioMonkey::mouseOnSomething()
{
    QPointer<QWidget> w = randomVisibleWidget([](QWidget*) { return true; });
    if (!w)
        return;
    const auto name = QStringLiteral("%1 (%2)").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
    const auto at = randomPointIn(w);
    switch (uniform(0, 4)) {
    case 0:
        note(QStringLiteral("click %1").arg(name));
        QTest::mouseClick(w, uniform(0, 5) == 0 ? Qt::RightButton : Qt::LeftButton, {}, at);
        break;
    case 1:
        note(QStringLiteral("double click %1").arg(name));
        QTest::mouseDClick(w, Qt::LeftButton, {}, at);
        break;
    case 2: {
        note(QStringLiteral("drag in %1").arg(name));
        QTest::mousePress(w, Qt::LeftButton, {}, at);
        for (int i = 0; i < 4 && w; ++i)
            QTest::mouseMove(w, randomPointIn(w), 5);
        if (w)
            QTest::mouseRelease(w, Qt::LeftButton, {}, randomPointIn(w));
        break;
    }
    default: {
        note(QStringLiteral("wheel on %1").arg(name));
        const QPointF pos = at;
        QWheelEvent wheel(pos, w->mapToGlobal(pos), QPoint(), QPoint(0, uniform(0, 1) ? 120 : -120), Qt::NoButton,
            uniform(0, 3) == 0 ? Qt::ControlModifier : Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(w, &wheel);
        break;
    }
    }
}

void StudioMonkey::keyOnSomething()
{
    const auto key = kKeys.at(uniform(0, int(kKeys.size()) - 1));
    QWidget* target = QApplication::focusWidget();
    if (!target || uniform(0, 2) == 0)
        target = randomVisibleWidget([](QWidget* w) { return w->focusPolicy() != Qt::NoFocus; });
    if (!target)
        target = &m_window;
    note(QStringLiteral("key %1 (modifiers %2) on %3 (%4)")
             .arg(key.first)
             .arg(int(key.second))
             .arg(QString::fromLatin1(target->metaObject()->className()), target->objectName()));
    QTest::keyClick(target, Qt::Key(key.first), key.second);
}

void StudioMonkey::triggerMenuAction()
{
    QList<QAction*> actions;
    std::function<void(QMenu*)> collect = [&](QMenu* menu) {
        for (auto* a : menu->actions()) {
            if (a->menu())
                collect(a->menu());
            else if (a->isEnabled() && !a->isSeparator() && a->shortcut() != QKeySequence(Qt::CTRL | Qt::Key_Q))
                actions << a;
        }
    };
    for (auto* a : m_window.menuBar()->actions())
        if (a->menu()) {
            Q_EMIT a->menu()->aboutToShow(); // what opening the menu does (File › Recent runs fills itself)
            collect(a->menu());
        }
    if (actions.isEmpty())
        return;
    auto* action = actions.at(uniform(0, int(actions.size()) - 1));
    note(QStringLiteral("menu '%1'").arg(action->text()));
    action->trigger();
}

void StudioMonkey::resizeWindow()
{
    const QSize size(uniform(640, 1500), uniform(420, 950));
    note(QStringLiteral("resize to %1×%2").arg(size.width()).arg(size.height()));
    m_window.resize(size);
}

void StudioMonkey::dismissModals()
{
    if (auto* popup = QApplication::activePopupWidget()) {
        m_modalSeen = true;
        if (++m_modalTicks >= 3) {
            popup->close();
            ++m_report.popupsDismissed;
            m_modalTicks = 0;
        }
        return;
    }
    auto* modal = QApplication::activeModalWidget();
    if (!modal) {
        m_modalTicks = 0;
        return;
    }
    m_modalSeen = true;
    if (++m_modalTicks < 3)
        return;
    m_modalTicks = 0;
    ++m_report.modalsDismissed;
    if (m_closing && modal->objectName() == QLatin1String("closeWhileTraining")) {
        if (auto* stop = modal->findChild<QAbstractButton*>(QStringLiteral("stopTraining")))
            stop->click();
        return;
    }
    if (auto* dialog = qobject_cast<QDialog*>(modal))
        dialog->reject();
    else
        modal->close();
}
