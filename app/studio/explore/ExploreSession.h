#pragma once
#include "runs/HierNetRun.h"
#include "runs/RunFolder.h"
#include "data/Dataset.h"
#include "evaluation/HierNetEvaluation.h"
#include "evaluation/RouteExplanation.h"
#include "adapters/CamMap.h"

#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <mutex>

namespace hiernet::evaluation {
class GradCamCache;
}

namespace hiernet::studio {

/// A trained HierNet run (or a backbone run, as its tree of one node) opened for exploring one split: the run loaded off the GUI
/// thread, its evaluation (made once per run and checkpoint, cached in the run as explore-<split>.json) and route explanations of
/// single images and their Grad-CAM maps, also made off the GUI thread (maps cached per checkpoint, image, node and output).
///
///     session->open("runs/hiernet", data::Split::Test);   // → ready() or failed()
///     session->explain(42);                               // → explained()
///     session->explainMaps(42, explanation);              // → mapsReady()
class ExploreSession : public QObject {
    Q_OBJECT

public:
    explicit ExploreSession(QObject* parent = nullptr);
    ~ExploreSession() override;

    void open(const QString& directory, data::Split split);
    /// The same for a run folder opened already (its run.json is not read again).
    void open(const runs::RunFolder& folder, data::Split split);
    /// Forgets a load or evaluation under way (its result is dropped when it arrives).
    void cancel();
    bool isBusy() const { return m_busy; }
    bool isReady() const { return m_run != nullptr; }

    const evaluation::HierNetEvaluation& evaluation() const { return m_evaluation; }
    const std::vector<std::string>& classNames() const;
    const grouping::Hierarchy& hierarchy() const;
    /// Hierarchy node of each tree node (HierNet::nodeIds).
    const std::vector<int>& treeNodeIds() const;
    QString directory() const { return m_directory; }
    data::Split split() const { return m_split; }
    /// Whether the run open is a backbone's, explored as its tree of one node (runs::loadBackboneRunAsTree): its
    /// fast and slow answers are both the backbone's.
    bool isBackboneRun() const;
    /// The backbone run the HierNet was transferred from (empty when none, or when it is gone).
    QString backboneDirectory() const;
    bool fromCache() const { return m_fromCache; }
    /// Image `index` of the split, or of the user's images after it (owns its pixels).
    QImage image(int index) const;

    /// Adds a user's image files (a folder: its files) after the split's images, each converted to the run's input
    /// (data::imageAsInput); they are explained and mapped like the split's. Kept when another run opens (converted to
    /// its input). Returns the files skipped, each with the reason.
    QList<QPair<QString, QString>> addOwnImages(const QStringList& paths);
    void clearOwnImages();
    /// The split's images come first: indices from splitImageCount() on are the user's.
    int splitImageCount() const { return m_splitCount; }
    int ownImageCount() const { return int(m_ownFiles.size()); }
    bool isOwnImage(int index) const { return index >= m_splitCount && index < m_splitCount + ownImageCount(); }
    /// The user's image file at `index` ("" for an image of the split).
    QString ownImageFile(int index) const;

    /// Explains one image's route; explained() follows. A newer request replaces an older one.
    void explain(int index);
    /// The same, on the calling thread (tests, export).
    evaluation::RouteExplanation explainNow(int index);

    /// Grad-CAM maps of an explained image's decisions: at every node of the route taken and of the true
    /// path the output it chose and the true one, then the backbone's for its prediction and the true class
    /// (where the backbone's run is at hand). mapsReady() follows; a newer request replaces an older one.
    void explainMaps(int index, const evaluation::RouteExplanation& explanation);
    /// The same, on the calling thread.
    QVector<CamMap> mapsNow(int index, const evaluation::RouteExplanation& explanation);
    /// Whether the backbone the HierNet was transferred from is loaded (its maps and severities), and why not.
    bool hasBackbone() const;
    QString noBackboneReason() const;
    /// Maps held in the cache (tests).
    std::size_t cachedMapCount() const;

Q_SIGNALS:
    void ready();
    void failed(const QString& message);
    void explained(int index, const hiernet::evaluation::RouteExplanation& explanation);
    void mapsReady(int index, const QVector<hiernet::studio::CamMap>& maps);

private:
    void load(const QString& directory, std::optional<runs::RunFolder> folder, data::Split split);
    struct Loaded;
    static evaluation::RouteExplanation explainImage(Loaded& loaded, const data::ImageSet& images, int index);
    static QVector<CamMap> mapsOf(Loaded& loaded, evaluation::GradCamCache& cache, const data::ImageSet& images,
        data::Split split, int index, const evaluation::RouteExplanation& explanation);
    std::shared_ptr<Loaded> m_run;
    std::shared_ptr<evaluation::GradCamCache> m_cams;
    evaluation::HierNetEvaluation m_evaluation;
    data::ImageSet m_images; ///< the split's, then the user's
    int m_splitCount = 0;
    QStringList m_ownFiles; ///< the user's images decoded, in order
    void appendOwnImages(const QStringList& files, QList<QPair<QString, QString>>* skipped);
    QString m_directory;
    data::Split m_split = data::Split::Test;
    bool m_busy = false;
    bool m_fromCache = false;
    int m_generation = 0;
    int m_wanted = -1;
    bool m_explaining = false;
    int m_mapsWanted = -1;
    evaluation::RouteExplanation m_mapsExplanation;
    bool m_mapping = false;
};

} // namespace hiernet::studio

Q_DECLARE_METATYPE(hiernet::evaluation::RouteExplanation)
