#include "studio/dataset/DatasetLoader.h"

#include "adapters/TensorImages.h"

#include <c10/util/Exception.h>

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace hiernet::studio {

DatasetLoader::DatasetLoader(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<std::shared_ptr<const hiernet::data::Dataset>>();
    qRegisterMetaType<hiernet::studio::DatasetPreview>();
}

DatasetPreview makePreview(const data::Dataset& ds, int samplesPerClass)
{
    DatasetPreview p;
    p.spec = QString::fromStdString(ds.spec);
    p.name = QString::fromStdString(ds.name);
    p.splitDescription = QString::fromStdString(ds.splitDescription);
    for (const auto& n : ds.classNames)
        p.classNames << QString::fromStdString(n);
    for (const auto& n : ds.coarseClassNames)
        p.coarseClassNames << QString::fromStdString(n);
    for (auto s : ds.imageShape())
        p.shape << int(s);
    auto toQt = [](const std::vector<std::int64_t>& v) {
        QVector<int> out;
        for (auto x : v)
            out << int(x);
        return out;
    };
    p.trainCounts = toQt(ds.classCounts(data::Split::Train));
    p.valCounts = toQt(ds.classCounts(data::Split::Val));
    p.testCounts = toQt(ds.classCounts(data::Split::Test));
    for (auto m : ds.channelMean())
        p.channelMean << m;
    p.samples.resize(p.classNames.size());
    const auto images = ds.train.images.contiguous();
    const auto labels = ds.train.labels.contiguous();
    const auto* label = labels.data_ptr<std::int64_t>();
    int missing = int(p.classNames.size()) * samplesPerClass;
    for (std::int64_t i = 0; i < labels.numel() && missing > 0; ++i) {
        auto& row = p.samples[int(label[i])];
        if (row.size() < samplesPerClass) {
            row << imageFromTensor(images, i);
            --missing;
        }
    }
    return p;
}

void DatasetLoader::load(const QString& spec, int samplesPerClass)
{
    m_loading = true;
    const int generation = ++m_generation;
    Q_EMIT started(spec);
    QPointer<DatasetLoader> self(this);
    QThreadPool::globalInstance()->start([self, spec, samplesPerClass, generation] {
        std::shared_ptr<const data::Dataset> dataset;
        DatasetPreview preview;
        QString error;
        try {
            auto loaded = std::make_shared<data::Dataset>(data::loadDataset(spec.toStdString()));
            preview = makePreview(*loaded, samplesPerClass);
            dataset = std::move(loaded);
        } catch (const c10::Error& e) {
            error = QString::fromStdString(e.what_without_backtrace());
        } catch (const std::exception& e) {
            error = QString::fromStdString(e.what());
        }
        // Back on the GUI thread; a newer load() makes this result stale.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, spec, dataset, preview, error, generation] {
                if (!self || generation != self->m_generation)
                    return;
                self->m_loading = false;
                if (dataset)
                    Q_EMIT self->loaded(dataset, preview);
                else
                    Q_EMIT self->failed(spec, error);
            },
            Qt::QueuedConnection);
    });
}

} // namespace hiernet::studio
