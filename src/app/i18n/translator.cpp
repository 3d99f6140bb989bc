// SPDX-License-Identifier: MIT
#include "app/i18n/translator.h"

#include "core/i18n/translations.h"

#include <QSettings>

namespace hearth::app {

QString installTranslations(QCoreApplication &app, const QString &override)
{
    QString language = override;
    if (language.isEmpty())
        language = QSettings().value(QStringLiteral("appearance/language")).toString();
    return core::installTranslations(app, language);
}

} // namespace hearth::app
