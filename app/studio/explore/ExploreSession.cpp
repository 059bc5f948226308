#include "ExploreSession.h"

#include "TensorImages.h"
#include "runs/HierNetRun.h"

#include <QCoreApplication>
#include <QDir>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <c10/core/GradMode.h>

namespace hiernet::studio {

struct ExploreSession::Loaded
{
    explicit Loaded(runs::LoadedHierNetRun loaded)
        : run(std::move(loaded))
    {
    }
    runs::LoadedHierNetRun run;
    std::mutex mutex; ///< one forward pass at a time through the model
};

ExploreSession::ExploreSession(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<hiernet::evaluation::RouteExplanation>();
}

ExploreSession::~ExploreSession() = default;

void ExploreSession::open(const QString& directory, data::Split split)
{
    const int generation = ++m_generation;
    m_busy = true;
    QPointer<ExploreSession> self(this);
    (void)QtConcurrent::run([self, directory, split, generation] {
        std::shared_ptr<Loaded> loaded;
        evaluation::HierNetEvaluation result;
        bool cached = false;
        QString error;
        try {
            c10::AutoGradMode noGrad(false);
            loaded = std::make_shared<Loaded>(runs::loadHierNetRun(directory.toStdString()));
            result = runs::evaluateCached(loaded->run, split, &cached);
        } catch (const std::exception& e) {
            error = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, loaded, result = std::move(result), cached, error, split, directory, generation]() mutable {
                if (!self || generation != self->m_generation)
                    return;
                self->m_busy = false;
                if (!error.isEmpty()) {
                    Q_EMIT self->failed(error);
                    return;
                }
                self->m_run = loaded;
                self->m_evaluation = std::move(result);
                self->m_images = loaded->run.dataset.split(split);
                self->m_split = split;
                self->m_directory = directory;
                self->m_fromCache = cached;
                Q_EMIT self->ready();
            },
            Qt::QueuedConnection);
    });
}

void ExploreSession::cancel()
{
    ++m_generation;
    m_busy = false;
}

const std::vector<std::string>& ExploreSession::classNames() const
{
    return m_run->run.dataset.classNames;
}

const grouping::Hierarchy& ExploreSession::hierarchy() const
{
    return m_run->run.model->net->hierarchy();
}

const std::vector<int>& ExploreSession::treeNodeIds() const
{
    return m_run->run.model->net->nodeIds();
}

QImage ExploreSession::image(int index) const
{
    return imageFromTensor(m_images.images, index);
}

evaluation::RouteExplanation ExploreSession::explainImage(Loaded& loaded, const data::ImageSet& images, int index)
{
    c10::AutoGradMode noGrad(false); // grad mode is per thread
    std::lock_guard<std::mutex> lock(loaded.mutex);
    auto& run = loaded.run;
    const auto x = run.preprocessor.normalize(images.images.slice(0, index, index + 1).to(run.device));
    auto explanation = evaluation::explainRoute(*run.model->net, x[0], images.labels[index].item<std::int64_t>());
    explanation.index = index;
    return explanation;
}

evaluation::RouteExplanation ExploreSession::explainNow(int index)
{
    return explainImage(*m_run, m_images, index);
}

void ExploreSession::explain(int index)
{
    if (!m_run)
        return;
    m_wanted = index;
    if (m_explaining)
        return; // the running one picks up the newest request when it ends
    m_explaining = true;
    QPointer<ExploreSession> self(this);
    auto loaded = m_run;
    const auto images = m_images;
    (void)QtConcurrent::run([self, loaded, images, index] {
        evaluation::RouteExplanation explanation;
        try {
            explanation = explainImage(*loaded, images, index);
        } catch (const std::exception&) {
            explanation.index = -1;
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, index, explanation] {
                if (!self)
                    return;
                self->m_explaining = false;
                if (explanation.index >= 0 && index == self->m_wanted)
                    Q_EMIT self->explained(index, explanation);
                if (self->m_wanted != index)
                    self->explain(self->m_wanted);
            },
            Qt::QueuedConnection);
    });
}

} // namespace hiernet::studio
