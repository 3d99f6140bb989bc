// SPDX-License-Identifier: MIT
// Core error messages are translated once a translator is installed: the .qm files are embedded
// in hearth_core, so the GUI, hearth-cli and this QtCore-only test all see them.
#include "core/alerts/alertvariables.h"
#include "core/i18n/translations.h"
#include "core/query/variables.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace hearth::core;

class TestCoreTranslations : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString missingStore() const { return m_dir.filePath(QStringLiteral("missing.hearth")); }

    static QString openError(const QString &path)
    {
        auto store = Store::open(path, Store::OpenMode::ReadOnly);
        return store ? QString() : store.error().message;
    }

    static void removeTranslators()
    {
        auto *app = QCoreApplication::instance();
        for (auto *t : app->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(QLocale::c());
    }

private Q_SLOTS:
    void cleanup() { removeTranslators(); }

    void translationsAreEmbeddedInCore()
    {
        for (const char *lang : {"en", "de", "es"})
            QVERIFY2(QFile::exists(QStringLiteral(":/i18n/hearth_%1.qm").arg(QLatin1String(lang))),
                     lang);
    }

    void englishWithoutATranslator()
    {
        QCOMPARE(openError(missingStore()),
                 QStringLiteral("The store '%1' does not exist.").arg(missingStore()));
    }

    void storeErrorInGerman()
    {
        QCOMPARE(installTranslations(*QCoreApplication::instance(), QStringLiteral("de")),
                 QStringLiteral("de"));
        QCOMPARE(openError(missingStore()),
                 QStringLiteral("Der Speicher „%1“ existiert nicht.").arg(missingStore()));
    }

    void storeErrorInSpanish()
    {
        QCOMPARE(installTranslations(*QCoreApplication::instance(), QStringLiteral("es")),
                 QStringLiteral("es"));
        QCOMPARE(openError(missingStore()),
                 QStringLiteral("El almacén «%1» no existe.").arg(missingStore()));
    }

    void queryErrorKeepsItsPositionAndCode()
    {
        installTranslations(*QCoreApplication::instance(), QStringLiteral("de"));
        auto out = substituteVariables(QStringLiteral("SELECT $nope"), {});
        QVERIFY(!out);
        QCOMPARE(out.error().code, Error::Code::InvalidInput);
        QCOMPARE(out.error().message, QStringLiteral("Unbekannte Variable $nope."));
    }

    void alertHintStillFollowsATranslatedUnknownVariable()
    {
        // alertvariables recognises the engine's "unknown variable" error by its translated text.
        installTranslations(*QCoreApplication::instance(), QStringLiteral("de"));
        auto out = substituteAlertVariables(QStringLiteral("SELECT $nope"), {});
        QVERIFY(!out);
        QVERIFY2(out.error().message.startsWith(QStringLiteral("Unbekannte Variable $nope. ")),
                 qPrintable(out.error().message));
        QVERIFY2(out.error().message.contains(QStringLiteral("$__from_iso_string")),
                 qPrintable(out.error().message));
    }

    void unknownLanguageFallsBackToEnglish()
    {
        QCOMPARE(installTranslations(*QCoreApplication::instance(), QStringLiteral("xx")),
                 QStringLiteral("en"));
        QCOMPARE(openError(missingStore()),
                 QStringLiteral("The store '%1' does not exist.").arg(missingStore()));
    }
};

QTEST_GUILESS_MAIN(TestCoreTranslations)
#include "tst_coretranslations.moc"
