#pragma once
#include "evaluation/RouteExplanation.h"
#include "models/Backbone.h"
#include "models/HierNet.h"

#include <ATen/core/Tensor.h>
#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <list>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace hiernet::evaluation {

/// A Grad-CAM map (Selvaraju et al. 2017) of one decision: where a classifier looked for one of its outputs.
/// With A the last convolutional activation of the classifier's own branch (C×h×w) and y the output's
/// logit, the channel weights are α_c = mean over h×w of ∂y/∂A_c and the map is ReLU(Σ_c α_c A_c),
/// resized bilinearly to the image.
struct GradCam {
    int treeNode = -1; ///< HierNet tree node; −1 for the backbone
    std::string node; ///< its name ("backbone" for the backbone)
    int output = -1; ///< the output explained: child index at an inner node, position in a leaf group, class id for the backbone
    std::string target; ///< that output's name (child group or class)
    std::string layer; ///< where A comes from, e.g. "node 'group 1', classifier block 1 (block 4 of the backbone)"
    double logit = 0;
    double probability = 0; ///< softmax of the node's outputs at `output`
    at::Tensor activationMap; ///< h×w float CPU, the map at the activation's resolution (not normalised)
    at::Tensor map; ///< H×W float CPU, resized to the image (not normalised, ≥ 0)

    double maximum() const;
    /// The numbers and the h×w map as JSON (not the image-sized map).
    nlohmann::json toJson() const;
};

/// Grad-CAM at a HierNet tree node for one of its outputs, on one preprocessed image (C×H×W, on the net's
/// device). The activation is the node's classifier blocks' last output where it has additional blocks,
/// otherwise its edge's last block (the root's stem when its edge is empty). Eval mode; autograd is
/// switched on for the call alone. Throws hiernet::Error for a node or output out of range.
GradCam gradCamAtNode(models::HierNetImpl& net, const at::Tensor& image, int treeNode, int output);

/// Grad-CAM of a backbone for one class, on its last block's output.
GradCam gradCamBackbone(models::BackboneImpl& net, const at::Tensor& image, int classId);

/// Which maps explain an image's route: at every node of the route taken and of the true path, the output
/// the node chose and (where the node is on the true path and chose otherwise) the true one.
struct CamRequest {
    int treeNode = -1;
    int output = -1;
    std::string role; ///< "chosen", "true", or "chosen, true" when they agree
};
std::vector<CamRequest> routeCamRequests(const RouteExplanation& explanation);
/// The backbone's maps beside the tree's (tree node −1, the output a class id): its prediction, and the true
/// class where it predicted otherwise.
std::vector<CamRequest> backboneCamRequests(std::int64_t prediction, std::int64_t trueClass);
/// One node's maps for an image (`hiernet explain --node`): its own choice, and the true output where the node is
/// on the true path (`trueOutput` ≥ 0) and chose otherwise.
std::vector<CamRequest> nodeCamRequests(int treeNode, int choice, int trueOutput);
/// Every map that explains an image: the route's, then (where `backbonePrediction` ≥ 0) the backbone's. What the
/// Explore page shows and `hiernet explain` writes.
std::vector<CamRequest> explanationCamRequests(const RouteExplanation& route, std::int64_t backbonePrediction = -1);
/// The backbone's class for one preprocessed image (C×H×W), in eval mode without gradients.
std::int64_t backbonePrediction(models::BackboneImpl& net, const at::Tensor& image);
/// The map a request asks for: at the tree node, or (tree node −1) the backbone's for the class, its target
/// named from `classNames`. Throws hiernet::Error for a backbone request without a backbone.
GradCam gradCamFor(const CamRequest& request, models::HierNetImpl& net, models::BackboneImpl* backbone, const at::Tensor& image,
    const std::vector<std::string>& classNames);

/// Colour scale of the maps: 0 → dark blue, 0.5 → green-yellow, 1 → dark red (a "jet"-like ramp, with
/// low values dark so that an overlay keeps the image readable). `value` is clamped to [0, 1].
void camColour(double value, std::uint8_t rgb[3]);

/// Bilinear resize of a row-major h×w map to height×width, pixel centres aligned as torch's
/// interpolate(mode bilinear, align_corners false) does (no torch: the studio draws with it too).
std::vector<float> resizeBilinear(const std::vector<float>& map, int w, int h, int width, int height);

/// A map drawn over an image, at `width`×`height`: RGB bytes, row-major. The image (planar uint8, C = 1 or 3
/// channels of h×w) is scaled with nearest neighbours, the map (mapW×mapH, row-major) bilinearly, divided by
/// its peak (a map of zeros stays dark), coloured with camColour and blended with weight `opacity` (0 = image
/// only, 1 = map only).
std::vector<std::uint8_t> camOverlay(const std::uint8_t* pixels, int channels, int h, int w, const std::vector<float>& map,
    int mapW, int mapH, int width, int height, double opacity);
/// The same for a uint8 C×H×W image tensor and a 2-D float map tensor.
std::vector<std::uint8_t> camOverlay(const at::Tensor& imageUint8, const at::Tensor& map, int width, int height, double opacity);

/// Caches maps by (checkpoint, image, node, output): the Explore page asks for the same ones again as the
/// user moves between images. Thread-safe; keeps the `capacity` most recently used.
class GradCamCache {
public:
    explicit GradCamCache(std::size_t capacity = 512);
    struct Key {
        std::string checkpoint; ///< what identifies the weights (path and stamp)
        std::string split;
        std::int64_t image = -1;
        int treeNode = -1;
        int output = -1;
        bool operator<(const Key& other) const;
    };
    std::optional<GradCam> find(const Key& key);
    void insert(const Key& key, const GradCam& cam);
    std::size_t size() const;
    void clear();

private:
    mutable std::mutex m_mutex;
    std::size_t m_capacity;
    std::list<std::pair<Key, GradCam>> m_entries; ///< most recent first
    std::map<Key, std::list<std::pair<Key, GradCam>>::iterator> m_index;
};

} // namespace hiernet::evaluation
