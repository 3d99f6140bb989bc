// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QCoreApplication;

namespace hearth::core {

// Installs Hearth's translations (embedded in hearth_core under :/i18n) and Qt's own for
// `language` ("en", "de", "es"); an empty `language` means the system's (LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG). Returns the language actually used ("en" when nothing matched, e.g. LANG=C).
QString installTranslations(QCoreApplication &app, const QString &language = QString());

} // namespace hearth::core
