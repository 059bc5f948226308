#include "studio/common/QtImageDecoder.h"

#include "data/Dataset.h"

#include <QImage>
#include <QImageReader>

namespace hiernet::studio {

void installQtImageDecoder()
{
    data::setFolderImageDecoder([](const std::string& path, data::DecodedImage& out) {
        QImageReader reader(QString::fromStdString(path));
        QImage image = reader.read();
        if (image.isNull())
            return false;
        // Decide by the file's pixel format, not its content, so a colour dataset stays 3-channel throughout.
        const bool grey = image.format() == QImage::Format_Grayscale8 || image.format() == QImage::Format_Grayscale16
            || (image.depth() <= 8 && image.isGrayscale());
        image = image.convertToFormat(grey ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
        out.width = image.width();
        out.height = image.height();
        out.channels = grey ? 1 : 3;
        const int rowBytes = out.width * out.channels;
        out.pixels.resize(std::size_t(rowBytes) * std::size_t(out.height));
        for (int y = 0; y < out.height; ++y)
            std::copy_n(image.constScanLine(y), rowBytes, out.pixels.data() + std::size_t(y) * std::size_t(rowBytes));
        return true;
    });
}

} // namespace hiernet::studio
