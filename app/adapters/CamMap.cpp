#include "adapters/CamMap.h"

#include "evaluation/GradCam.h"

namespace hiernet::studio {

CamMap camMapOf(const evaluation::GradCam& cam, const std::string& role)
{
    CamMap map;
    map.treeNode = cam.treeNode;
    map.output = cam.output;
    map.node = QString::fromStdString(cam.node);
    map.target = QString::fromStdString(cam.target);
    map.role = QString::fromStdString(role);
    map.layer = QString::fromStdString(cam.layer);
    map.probability = cam.probability;
    map.peak = cam.maximum();
    map.height = int(cam.activationMap.size(0));
    map.width = int(cam.activationMap.size(1));
    const auto values = cam.activationMap.contiguous();
    map.values.assign(values.data_ptr<float>(), values.data_ptr<float>() + values.numel());
    return map;
}

QImage camImage(const QImage& image, const CamMap& map, QSize size, double opacity)
{
    if (image.isNull() || size.isEmpty() || map.values.empty())
        return image.scaled(size, Qt::KeepAspectRatio, Qt::FastTransformation);
    // Planar RGB, as the core's overlay takes images.
    const auto rgb = image.convertToFormat(QImage::Format_RGB888);
    const int w = rgb.width(), h = rgb.height();
    std::vector<std::uint8_t> planar(std::size_t(3) * std::size_t(w) * std::size_t(h));
    for (int y = 0; y < h; ++y) {
        const auto* line = rgb.constScanLine(y);
        for (int x = 0; x < w; ++x)
            for (int c = 0; c < 3; ++c)
                planar[std::size_t(c) * std::size_t(w * h) + std::size_t(y * w + x)] = line[x * 3 + c];
    }
    const auto out
        = evaluation::camOverlay(planar.data(), 3, h, w, map.values, map.width, map.height, size.width(), size.height(), opacity);
    QImage result(size, QImage::Format_RGB888);
    for (int y = 0; y < size.height(); ++y)
        std::copy_n(
            out.data() + std::size_t(y) * std::size_t(size.width()) * 3, std::size_t(size.width()) * 3, result.scanLine(y));
    return result;
}

QImage camScaleImage(QSize size)
{
    QImage scale(size, QImage::Format_RGB888);
    for (int x = 0; x < size.width(); ++x) {
        std::uint8_t colour[3];
        evaluation::camColour(size.width() > 1 ? double(x) / double(size.width() - 1) : 0.0, colour);
        for (int y = 0; y < size.height(); ++y)
            scale.setPixelColor(x, y, QColor(colour[0], colour[1], colour[2]));
    }
    return scale;
}

} // namespace hiernet::studio
