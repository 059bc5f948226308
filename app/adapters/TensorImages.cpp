#include "adapters/TensorImages.h"

namespace hiernet::studio {

QImage imageFromTensor(const at::Tensor& images, std::int64_t index)
{
    const auto channels = int(images.size(1)), height = int(images.size(2)), width = int(images.size(3));
    const auto* base = images.data_ptr<std::uint8_t>() + index * channels * height * width;
    const auto plane = std::size_t(height) * std::size_t(width);
    QImage image(width, height, channels == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    for (int y = 0; y < height; ++y) {
        auto* line = image.scanLine(y);
        for (int x = 0; x < width; ++x) {
            const auto offset = std::size_t(y) * std::size_t(width) + std::size_t(x);
            if (channels == 1) {
                line[x] = base[offset];
            } else {
                for (int c = 0; c < 3; ++c)
                    line[3 * x + c] = base[std::size_t(c) * plane + offset];
            }
        }
    }
    return image;
}

} // namespace hiernet::studio
