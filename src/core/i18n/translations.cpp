// SPDX-License-Identifier: MIT
#include "core/i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace hearth::core {

QString installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);

    auto *hearth = new QTranslator(&app);
    if (!hearth->load(locale, QStringLiteral("hearth"), QStringLiteral("_"),
                      QStringLiteral(":/i18n"))) {
        delete hearth;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(hearth);
    // Qt's own strings (standard buttons, dialogs, QCommandLineParser's --help) from the
    // qt6-translations-l10n package.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(locale);
    return locale.name().left(2);
}

} // namespace hearth::core
