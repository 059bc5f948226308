#include "studio/explore/ExploreSession.h"

#include "studio/common/BackgroundTask.h"

#include "data/ImageInput.h"

#include "adapters/TensorImages.h"
#include "evaluation/GradCam.h"
#include "runs/HierNetRun.h"

#include <QCoreApplication>
#include <QDir>

#include <c10/core/GradMode.h>
#include <torch/torch.h>

#include <filesystem>
#include <utility>

namespace hiernet::studio {

struct ExploreSession::Loaded {
    explicit Loaded(runs::LoadedHierNetRun loaded)
        : run(std::move(loaded))
    {
    }
    runs::LoadedHierNetRun run;
    std::shared_ptr<runs::BackboneClassifier> backbone; ///< the backbone it was transferred from, when at hand
    std::string noBackbone; ///< why not
    std::string checkpoint; ///< identifies the weights in the map cache
    std::mutex mutex; ///< one forward pass at a time through the models
};

ExploreSession::ExploreSession(QObject* parent)
    : QObject(parent)
    , m_cams(std::make_shared<evaluation::GradCamCache>())
{
    qRegisterMetaType<hiernet::evaluation::RouteExplanation>();
    qRegisterMetaType<QVector<hiernet::studio::CamMap>>();
}

ExploreSession::~ExploreSession() = default;

void ExploreSession::open(const QString& directory, data::Split split)
{
    load(directory, std::nullopt, split);
}

void ExploreSession::open(const runs::RunFolder& folder, data::Split split)
{
    load(QString::fromStdString(folder.directory()), folder, split);
}

void ExploreSession::load(const QString& directory, std::optional<runs::RunFolder> folder, data::Split split)
{
    const int generation = ++m_generation;
    m_busy = true;
    struct Opened {
        std::shared_ptr<Loaded> loaded;
        evaluation::HierNetEvaluation result;
        bool cached = false;
        QString error;
    };
    runInBackground(
        this,
        [directory, folder = std::move(folder), split] {
            Opened opened;
            try {
                c10::AutoGradMode noGrad(false);
                auto run = folder ? *folder : runs::RunFolder::open(directory.toStdString());
                if (run.isHierNet()) {
                    opened.loaded = std::make_shared<Loaded>(runs::loadHierNetRun(std::move(run)));
                    opened.loaded->backbone = runs::loadTransferredBackbone(opened.loaded->run, &opened.loaded->noBackbone);
                } else { // a backbone run: explored as its tree of one node
                    opened.loaded = std::make_shared<Loaded>(runs::loadBackboneRunAsTree(std::move(run)));
                    opened.loaded->noBackbone = "the run is the backbone";
                }
                opened.loaded->checkpoint = opened.loaded->run.folder.checkpointStamp().key();
                opened.result = runs::evaluateCached(opened.loaded->run, split, &opened.cached, opened.loaded->backbone);
            } catch (const std::exception& e) {
                opened.error = QString::fromStdString(e.what());
            }
            return opened;
        },
        [this, split, directory, generation](Opened opened) {
            if (generation != m_generation)
                return;
            m_busy = false;
            if (!opened.error.isEmpty()) {
                Q_EMIT failed(opened.error);
                return;
            }
            m_run = opened.loaded;
            m_evaluation = std::move(opened.result);
            m_images = opened.loaded->run.dataset.split(split);
            m_splitCount = int(m_images.size());
            const auto own = std::exchange(m_ownFiles, {});
            appendOwnImages(own, nullptr); // the user's images, as this run's input
            m_split = split;
            m_directory = directory;
            m_fromCache = opened.cached;
            Q_EMIT ready();
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

bool ExploreSession::isBackboneRun() const
{
    return m_run && !m_run->run.folder.isHierNet();
}

QString ExploreSession::backboneDirectory() const
{
    const auto backbone = m_run ? m_run->run.folder.transferredBackbone() : std::nullopt;
    return backbone ? QString::fromStdString(backbone->directory()) : QString();
}

const grouping::Hierarchy& ExploreSession::hierarchy() const
{
    return m_run->run.model->net->hierarchy();
}

const std::vector<int>& ExploreSession::treeNodeIds() const
{
    return m_run->run.model->net->nodeIds();
}

QList<QPair<QString, QString>> ExploreSession::addOwnImages(const QStringList& paths)
{
    QList<QPair<QString, QString>> skipped;
    appendOwnImages(paths, &skipped);
    return skipped;
}

void ExploreSession::appendOwnImages(const QStringList& paths, QList<QPair<QString, QString>>* skipped)
{
    if (!m_run || paths.isEmpty())
        return;
    std::vector<std::string> files;
    for (const auto& p : paths)
        files.push_back(p.toStdString());
    const auto shape = m_run->run.dataset.imageShape(); // C, H, W
    const auto inputs = data::loadImageInputs(files, int(shape[0]), int(shape[1]), int(shape[2]));
    if (skipped)
        for (const auto& [file, why] : inputs.skipped)
            skipped->append({ QString::fromStdString(file), QString::fromStdString(why) });
    if (!inputs.images.defined())
        return;
    // A new tensor (a running explanation keeps the one it copied); no true class: label −1.
    m_images.images = at::cat({ m_images.images, inputs.images.to(m_images.images.device()) }, 0);
    m_images.labels = at::cat({ m_images.labels, at::full({ inputs.images.size(0) }, -1, m_images.labels.options()) }, 0);
    for (const auto& file : inputs.files)
        m_ownFiles << QString::fromStdString(file);
}

void ExploreSession::clearOwnImages()
{
    if (m_ownFiles.isEmpty())
        return;
    m_ownFiles.clear();
    m_images.images = m_images.images.slice(0, 0, m_splitCount);
    m_images.labels = m_images.labels.slice(0, 0, m_splitCount);
    // The next images take the same indices: their maps must not come from the cache.
    m_cams = std::make_shared<evaluation::GradCamCache>();
}

QString ExploreSession::ownImageFile(int index) const
{
    return isOwnImage(index) ? m_ownFiles[index - m_splitCount] : QString();
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
    auto loaded = m_run;
    const auto images = m_images;
    runInBackground(
        this,
        [loaded, images, index] {
            evaluation::RouteExplanation explanation;
            try {
                explanation = explainImage(*loaded, images, index);
            } catch (const std::exception&) {
                explanation.index = -1;
            }
            return explanation;
        },
        [this, index](const evaluation::RouteExplanation& explanation) {
            m_explaining = false;
            if (explanation.index >= 0 && index == m_wanted)
                Q_EMIT explained(index, explanation);
            if (m_wanted != index)
                explain(m_wanted);
        });
}

bool ExploreSession::hasBackbone() const
{
    return m_run && m_run->backbone;
}

QString ExploreSession::noBackboneReason() const
{
    return m_run ? QString::fromStdString(m_run->noBackbone) : QString();
}

std::size_t ExploreSession::cachedMapCount() const
{
    return m_cams->size();
}

QVector<CamMap> ExploreSession::mapsOf(Loaded& loaded, evaluation::GradCamCache& cache, const data::ImageSet& images,
    data::Split split, int index, const evaluation::RouteExplanation& explanation)
{
    std::lock_guard<std::mutex> lock(loaded.mutex);
    auto& run = loaded.run;
    const auto x = run.preprocessor.normalize(images.images.slice(0, index, index + 1).to(run.device))[0];
    auto* backbone = loaded.backbone ? loaded.backbone->net.get() : nullptr;
    const auto backbonePrediction = backbone ? evaluation::backbonePrediction(*backbone, x) : -1;
    QVector<CamMap> maps;
    for (const auto& request : evaluation::explanationCamRequests(explanation, backbonePrediction)) {
        // The backbone's maps sit in the cache under tree node −1 and the class id.
        const evaluation::GradCamCache::Key key { loaded.checkpoint, data::toString(split), index, request.treeNode,
            request.output };
        auto cam = cache.find(key);
        if (!cam) {
            cam = evaluation::gradCamFor(request, *run.model->net, backbone, x, run.dataset.classNames);
            cache.insert(key, *cam);
        }
        maps << camMapOf(*cam, request.role);
    }
    return maps;
}

QVector<CamMap> ExploreSession::mapsNow(int index, const evaluation::RouteExplanation& explanation)
{
    if (!m_run)
        return {};
    return mapsOf(*m_run, *m_cams, m_images, m_split, index, explanation);
}

void ExploreSession::explainMaps(int index, const evaluation::RouteExplanation& explanation)
{
    if (!m_run)
        return;
    m_mapsWanted = index;
    m_mapsExplanation = explanation;
    if (m_mapping)
        return; // the running one picks up the newest request when it ends
    m_mapping = true;
    auto loaded = m_run;
    auto cache = m_cams;
    const auto images = m_images;
    const auto split = m_split;
    struct Maps {
        QVector<CamMap> maps;
        bool ok = true;
    };
    runInBackground(
        this,
        [loaded, cache, images, split, index, explanation] {
            Maps result;
            try {
                result.maps = mapsOf(*loaded, *cache, images, split, index, explanation);
            } catch (const std::exception&) {
                result.ok = false;
            }
            return result;
        },
        [this, index, loaded](const Maps& result) {
            m_mapping = false;
            if (result.ok && index == m_mapsWanted && loaded == m_run)
                Q_EMIT mapsReady(index, result.maps);
            if (m_mapsWanted != index)
                explainMaps(m_mapsWanted, m_mapsExplanation);
        });
}

} // namespace hiernet::studio
