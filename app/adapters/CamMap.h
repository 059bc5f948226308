#pragma once
#include <QImage>
#include <QMetaType>
#include <QString>
#include <QVector>

#include <string>
#include <vector>

namespace hiernet::evaluation {
struct GradCam;
}

namespace hiernet::studio {

/// A Grad-CAM map of one decision as plain data (no tensors cross threads): where a tree node — or the
/// backbone — looked for one of its outputs, at the resolution of the activation it was taken from.
struct CamMap {
    int treeNode = -1; ///< HierNet tree node; −1 for the backbone
    int output = -1;
    QString node; ///< node name ("backbone" for the backbone)
    QString target; ///< the output explained (a child group or a class)
    QString role; ///< "chosen", "true" or "chosen, true"
    QString layer; ///< where the activation comes from
    double probability = 0;
    double peak = 0;
    int width = 0;
    int height = 0;
    std::vector<float> values; ///< row-major height×width, ≥ 0

    bool isBackbone() const { return treeNode < 0; }
};

/// A core Grad-CAM as plain data, with the role it plays for the image ("chosen", "true", …).
CamMap camMapOf(const evaluation::GradCam& cam, const std::string& role);

/// `image` scaled to `size` with the map over it (bilinear, divided by its peak, the core's colour scale) at
/// `opacity` (0 image only … 1 map only).
QImage camImage(const QImage& image, const CamMap& map, QSize size, double opacity);
/// The colour scale from low (left) to high (right), `size` large.
QImage camScaleImage(QSize size);

} // namespace hiernet::studio

Q_DECLARE_METATYPE(QVector<hiernet::studio::CamMap>)
