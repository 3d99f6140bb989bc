// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QCoreApplication;

namespace hearth::app {

// Installs Hearth's and Qt's own translations for the language chosen in Settings
// ("appearance/language": "en", "de", "es") or, when unset, the system's. Returns the language
// actually used ("en" when nothing matched).
QString installTranslations(QCoreApplication &app, const QString &override = QString());

} // namespace hearth::app
