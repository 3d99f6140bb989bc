// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QImage>
#include <QString>

namespace hearth::app {

// Encodes `image` as PNG in memory and writes it with core::writeFileAtomically: a full disk or a
// failing encoder leaves any previous file at `path` untouched and no partial PNG behind
// (QImage::save(path) truncates the old file first and can stop halfway).
core::Status writePngFile(const QImage &image, const QString &path);

} // namespace hearth::app
