// A seeded random user for the studio (issue #35): clicks, double clicks, drags and wheel turns on whatever is
// visible, keys, menu actions, page switches, runs and datasets opened, window resizes. Modal dialogs and popups it
// opens are dismissed after a few ticks (as a user pressing Escape). It records every Qt warning and the longest
// time the GUI thread went without turning its event loop outside modal dialogs, with the event that caused it.
#pragma once
#include "EventLoopGapMeter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <random>

class QMainWindow;

struct MonkeyReport {
    int events = 0;
    int modalsDismissed = 0;
    int popupsDismissed = 0;
    qint64 longestStallMs = 0;
    QString longestStallEvent;
    QStringList warnings; ///< every Qt warning, critical or fatal message, in order
    QStringList history; ///< the last events, newest last
};

class StudioMonkey : public QObject {
public:
    struct Hooks {
        /// What a user opens besides clicking: a run, a dataset, a folder that is no run … by name.
        QList<QPair<QString, std::function<void()>>> openings;
        std::function<void(const QString& id)> showPage;
        QStringList pageIds;
    };
    StudioMonkey(QMainWindow& window, quint32 seed, Hooks hooks);
    ~StudioMonkey() override;

    /// One random event, then the event loop runs for a moment.
    void step();
    /// After this, a modal dialog that asks about closing during training is answered "stop" rather than dismissed.
    void answerClosingWithStop() { m_closing = true; }
    const MonkeyReport& report() const { return m_report; }

private:
    void clickSomething();
    void mouseOnSomething();
    void keyOnSomething();
    void triggerMenuAction();
    void resizeWindow();
    void dismissModals();
    QWidget* randomVisibleWidget(const std::function<bool(QWidget*)>& accept);
    QPoint randomPointIn(QWidget* widget);
    int uniform(int from, int to) { return std::uniform_int_distribution<int>(from, to)(m_rng); }
    void note(const QString& event);

    QMainWindow& m_window;
    std::mt19937 m_rng;
    Hooks m_hooks;
    MonkeyReport m_report;
    QTimer m_modalWatch;
    int m_modalTicks = 0;
    bool m_modalSeen = false;
    bool m_closing = false;
    QString m_current;
    QElapsedTimer m_clock;
    QTimer m_tick; ///< a 5 ms heartbeat: the gap between two beats is a stall
    qint64 m_lastBeat = 0;
};
