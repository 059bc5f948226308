#pragma once
#include "data/Dataset.h"

#include <QImage>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace hiernet::studio {

/// What the Data page shows of a dataset, made on the worker thread (QImages own their pixels).
struct DatasetPreview {
    QString spec;
    QString name;
    QString splitDescription;
    QStringList classNames;
    QStringList coarseClassNames;
    QVector<int> shape; ///< C, H, W
    QVector<int> trainCounts, valCounts, testCounts;
    QVector<double> channelMean;
    QVector<QVector<QImage>> samples; ///< per class, the first few train images
};

/// Loads a dataset off the GUI thread and reports through queued signals.
///
///     auto* loader = new DatasetLoader(this);
///     connect(loader, &DatasetLoader::loaded, this, &Page::show);
///     loader->load("fashion-mnist");
class DatasetLoader : public QObject {
    Q_OBJECT

public:
    explicit DatasetLoader(QObject* parent = nullptr);
    void load(const QString& spec, int samplesPerClass = 12);
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void started(const QString& spec);
    void loaded(std::shared_ptr<const hiernet::data::Dataset> dataset, const hiernet::studio::DatasetPreview& preview);
    void failed(const QString& spec, const QString& message);

private:
    bool m_loading = false;
    int m_generation = 0;
};

/// Builds the preview of a loaded dataset (used by the loader's worker).
DatasetPreview makePreview(const data::Dataset& dataset, int samplesPerClass);

} // namespace hiernet::studio

Q_DECLARE_METATYPE(std::shared_ptr<const hiernet::data::Dataset>)
Q_DECLARE_METATYPE(hiernet::studio::DatasetPreview)
