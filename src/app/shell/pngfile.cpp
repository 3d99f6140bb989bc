// SPDX-License-Identifier: MIT
#include "app/shell/pngfile.h"

#include "core/util/atomicfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>

namespace hearth::app {

core::Status writePngFile(const QImage &image, const QString &path)
{
    QByteArray png;
    QBuffer buffer(&png);
    if (!buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG")) {
        const QString message = QCoreApplication::translate(
            "hearth::app::PngFile", "Cannot encode the image for %1 as PNG.");
        return core::Error::make(core::Error::Code::Generic,
                                 message.arg(QDir::toNativeSeparators(path)));
    }
    return core::writeFileAtomically(path, png);
}

} // namespace hearth::app
