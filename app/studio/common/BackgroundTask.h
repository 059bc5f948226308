#pragma once
#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QRunnable>
#include <QThreadPool>

#include <type_traits>
#include <utility>

namespace hiernet::studio {

namespace detail {
/// The hand-offs of runInBackground, made visible to ThreadSanitizer: Qt (not built with TSan) passes a task to
/// its pool, and a result back to the GUI thread, under its own futex-based locks, which TSan cannot see. A
/// release before each hand-off and an acquire before anything of ours is read on the other side say what those
/// locks guarantee. Without TSan both are nothing.
void backgroundHandOffRelease();
void backgroundHandOffAcquire();

template <typename Work> class BackgroundRunnable : public QRunnable {
public:
    explicit BackgroundRunnable(Work work)
        : m_work(std::move(work))
    {
    }
    void run() override
    {
        backgroundHandOffAcquire();
        m_work();
        backgroundHandOffRelease(); // what the work wrote, before the pool deletes this on its thread
    }

private:
    Work m_work;
};
} // namespace detail

/// Runs `work()` on Qt's global thread pool, then `done(result)` on the GUI thread — unless `receiver` is gone by
/// then. The studio's one way to do long work off the GUI thread without a worker object of its own.
///
///     runInBackground(this, [run] { return evaluate(run); }, [this](Evaluation e) { show(e); });
template <typename Work, typename Done> void runInBackground(QObject* receiver, Work work, Done done)
{
    QPointer<QObject> guard(receiver);
    auto task = [guard, work = std::move(work), done = std::move(done)]() mutable {
        auto result = work();
        detail::backgroundHandOffRelease();
        // Posted to the application object, which outlives every receiver, so the event is never dropped unread.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, done = std::move(done), result = std::move(result)]() mutable {
                detail::backgroundHandOffAcquire();
                if (guard)
                    done(std::move(result));
            },
            Qt::QueuedConnection);
    };
    auto* runnable = new detail::BackgroundRunnable<decltype(task)>(std::move(task));
    runnable->setAutoDelete(true);
    detail::backgroundHandOffRelease();
    QThreadPool::globalInstance()->start(runnable);
}

} // namespace hiernet::studio
