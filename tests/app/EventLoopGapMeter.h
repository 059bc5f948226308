#pragma once
// Measures how long the GUI thread's event loop goes without turning while work runs elsewhere.
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>

/// The longest gap between 5 ms timer ticks on the GUI thread while it lives.
class EventLoopGapMeter : public QObject {
public:
    EventLoopGapMeter()
    {
        m_clock.start();
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] { m_longest = std::max(m_longest, m_clock.restart()); });
        m_timer.start();
    }
    qint64 longest() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};
