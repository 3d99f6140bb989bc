// SPDX-License-Identifier: MIT
// hearth-cli speaks the user's language: HEARTH_LANGUAGE first, then the system locale
// (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); LANG=C and "en" give English. Core error messages
// (the store's) come out translated as well as the CLI's own texts.
#include "clirun.h"

#include <QTemporaryDir>
#include <QTest>

class TestCliI18n : public QObject
{
    Q_OBJECT
private:
    // A clean environment: no inherited HEARTH_LANGUAGE (the test runner pins it to "en") and no
    // locale variables, so each case sets exactly what it tests.
    static QProcessEnvironment environment(const QList<std::pair<QString, QString>> &vars)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"HEARTH_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
            env.remove(QLatin1String(name));
        for (const auto &[name, value] : vars)
            env.insert(name, value);
        return env;
    }

    static CliRun infoOn(const QString &path, const QProcessEnvironment &env)
    {
        return runCli({QStringLiteral("info"), QStringLiteral("--db"), path}, env);
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void missingStoreInGerman()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing.hearth"));
        const CliRun r = infoOn(
            path, environment({{QStringLiteral("HEARTH_LANGUAGE"), QStringLiteral("de")}}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Der Speicher „%1“ existiert nicht.").arg(path)),
                 qPrintable(r.err));
        QVERIFY2(!QFile::exists(path), "a read-only info must not create the store");
    }

    void corruptStoreInGermanKeepsTheCause()
    {
        const QString path = m_dir.filePath(QStringLiteral("junk.hearth"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a database, just text\n");
        f.close();
        const CliRun r = infoOn(
            path, environment({{QStringLiteral("HEARTH_LANGUAGE"), QStringLiteral("de")}}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("„%1“ ist kein Hearth-Speicher: Die Datei ist keine "
                                               "SQLite-Datenbank")
                                    .arg(path)),
                 qPrintable(r.err));
    }

    void systemLocaleIsUsedWithoutHearthLanguage()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing.hearth"));
        const CliRun r
            = infoOn(path, environment({{QStringLiteral("LANG"), QStringLiteral("es_ES.UTF-8")}}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("El almacén «%1» no existe.").arg(path)),
                 qPrintable(r.err));
    }

    void hearthLanguageWinsOverTheSystemLocale()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing.hearth"));
        const CliRun r
            = infoOn(path,
                     environment({{QStringLiteral("LANG"), QStringLiteral("es_ES.UTF-8")},
                                  {QStringLiteral("HEARTH_LANGUAGE"), QStringLiteral("de")}}));
        QVERIFY2(r.err.contains(QStringLiteral("existiert nicht")), qPrintable(r.err));
    }

    void cLocaleAndEnglishStayEnglish_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("LANG=C") << QStringLiteral("LANG") << QStringLiteral("C");
        QTest::newRow("LANG=C.UTF-8") << QStringLiteral("LANG") << QStringLiteral("C.UTF-8");
        QTest::newRow("HEARTH_LANGUAGE=en")
            << QStringLiteral("HEARTH_LANGUAGE") << QStringLiteral("en");
    }

    void cLocaleAndEnglishStayEnglish()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        const QString path = m_dir.filePath(QStringLiteral("missing.hearth"));
        const CliRun r = infoOn(path, environment({{name, value}}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("The store '%1' does not exist.").arg(path)),
                 qPrintable(r.err));
    }

    void usageAndHelpAreTranslated()
    {
        const auto de = environment({{QStringLiteral("HEARTH_LANGUAGE"), QStringLiteral("de")}});
        const CliRun usage = runCli({QStringLiteral("frobnicate")}, de);
        QCOMPARE(usage.exitCode, 2);
        QVERIFY2(usage.err.contains(QStringLiteral("unbekannter Befehl „frobnicate“")),
                 qPrintable(usage.err));
        // Command summaries (QT_TRANSLATE_NOOP in each command) in the usage text.
        QVERIFY2(usage.err.contains(QStringLiteral("Inhalt eines Speichers ausgeben")),
                 qPrintable(usage.err));

        const CliRun help = runCli({QStringLiteral("info"), QStringLiteral("--help")}, de);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("Die Speicherdatei.")), qPrintable(help.out));
    }

    void usageErrorsOfACommandAreTranslated()
    {
        const CliRun r
            = runCli({QStringLiteral("query"), QStringLiteral("--db"),
                      m_dir.filePath(QStringLiteral("x.hearth"))},
                     environment({{QStringLiteral("HEARTH_LANGUAGE"), QStringLiteral("es")}}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("hearth-cli query: --sql es obligatorio")),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliI18n)
#include "tst_cli_i18n.moc"
