// SPDX-License-Identifier: MIT
#include "app/appcontext.h"
#include "app/io/importdialog.h"
#include "app/io/iocontroller.h"
#include "app/io/notesmodel.h"
#include "app/io/notespanel.h"
#include "app/mainwindow.h"
#include "core/io/casefile.h"
#include "core/io/notesrepository.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(HEARTH_TEST_DATA_DIR "/io/") + QLatin1String(name);
}

// Screenshots for docs/ when HEARTH_SCREENSHOT_DIR is set; the tests never depend on them.
void screenshot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("HEARTH_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + QLatin1String(name));
}

qint64 recordCount(const QString &path)
{
    auto store = core::Store::open(path, core::Store::OpenMode::ReadOnly);
    return store ? (*store)->recordCount().value() : -1;
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void importsFilesAndReportsSkippedLines()
    {
        QTemporaryDir dir;
        app::AppContext context;
        const QString path = dir.filePath(QStringLiteral("s.hearth"));
        QVERIFY(context.openStore(path).ok());
        QSignalSpy dataChanged(&context, &app::AppContext::dataChanged);
        app::ImportDialog dialog(&context);
        dialog.setFiles({fixture("logfire_v2_records.json"), fixture("logfire_records.csv"),
                         fixture("malformed.ndjson")});
        dialog.setSkipMalformed(true);
        dialog.show();
        QSignalSpy finished(&dialog, &app::ImportDialog::importFinished);
        dialog.startImport();
        QVERIFY(dialog.running());
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(dataChanged.size(), 1);
        QCOMPARE(recordCount(path), qint64(7));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("importStatus"));
        QVERIFY2(status->text().contains(QStringLiteral("Imported 7 records")),
                 qPrintable(status->text()));
        auto *issues = dialog.findChild<QPlainTextEdit *>(QStringLiteral("importIssues"));
        QVERIFY(issues->toPlainText().contains(QStringLiteral("malformed.ndjson:2:")));
        QVERIFY(issues->toPlainText().contains(QStringLiteral("malformed.ndjson:3:")));
        QCOMPARE(dialog.findChild<QProgressBar *>(QStringLiteral("importProgress"))->value(), 1000);
        screenshot(&dialog, "import.png");

        // Again: nothing new.
        dialog.startImport();
        QTRY_COMPARE(finished.size(), 2);
        QVERIFY2(status->text().contains(QStringLiteral("Imported 0 records")),
                 qPrintable(status->text()));
        QCOMPARE(recordCount(path), qint64(7));
    }

    void stopModeImportsNothing()
    {
        QTemporaryDir dir;
        app::AppContext context;
        const QString path = dir.filePath(QStringLiteral("s.hearth"));
        QVERIFY(context.openStore(path).ok());
        app::ImportDialog dialog(&context);
        dialog.setFiles({fixture("logfire_v2_records.json"), fixture("malformed.ndjson")});
        QSignalSpy finished(&dialog, &app::ImportDialog::importFinished);
        dialog.startImport();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("importStatus"));
        QVERIFY2(status->text().contains(QStringLiteral("malformed.ndjson:2")),
                 qPrintable(status->text()));
        QCOMPARE(recordCount(path), qint64(0));
    }

    void cancelLeavesStoreUntouched()
    {
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("big.ndjson"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < 50000; ++i)
                f.write(
                    QStringLiteral("{\"trace_id\":\"%1\",\"span_id\":\"%2\",\"message\":\"m\"}\n")
                        .arg(i, 32, 16, QLatin1Char('0'))
                        .arg(i, 16, 16, QLatin1Char('0'))
                        .toUtf8());
        }
        app::AppContext context;
        const QString path = dir.filePath(QStringLiteral("s.hearth"));
        QVERIFY(context.openStore(path).ok());
        app::ImportDialog dialog(&context);
        dialog.setFiles({big});
        QSignalSpy finished(&dialog, &app::ImportDialog::importFinished);
        dialog.startImport();
        dialog.findChild<QPushButton *>(QStringLiteral("cancelImportButton"))->click();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("importStatus"))->text(),
                 QStringLiteral("Cancelled. Nothing was imported."));
        QCOMPARE(recordCount(path), qint64(0));
        QVERIFY(!dialog.running());
    }

    void notesPanelPinsAndCaseFileIsReadOnly()
    {
        QTemporaryDir dir;
        app::AppContext context;
        const QString path = dir.filePath(QStringLiteral("s.hearth"));
        QVERIFY(context.openStore(path).ok());
        {
            core::io::ImportOptions options;
            core::io::Importer importer(*context.store(), options);
            QVERIFY(importer.importFiles({fixture("logfire_v2_records.json")}).ok());
        }
        app::NotesPanel panel(&context);
        QAbstractItemModelTester tester(panel.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reloaded(&panel, &app::NotesPanel::reloaded);
        panel.pin(QStringLiteral("0197123456789abcdef0123456789abc"), {},
                  QStringLiteral("agent retried the tool three times"));
        QTRY_COMPARE(panel.model()->rowCount(), 1);
        panel.pin(QStringLiteral("0197123456789abcdef0123456789abc"),
                  QStringLiteral("3333333333333333"), QStringLiteral("timeout here"));
        QTRY_COMPARE(panel.model()->rowCount(), 2);
        const QModelIndex first = panel.model()->index(0, app::NotesModel::MessageColumn);
        QCOMPARE(first.data().toString(), QStringLiteral("tool failed: timeout"));
        QCOMPARE(panel.model()->index(1, app::NotesModel::MessageColumn).data().toString(),
                 QStringLiteral("agent run"));
        QSignalSpy openTrace(&context, &app::AppContext::openTraceRequested);
        auto *view = panel.findChild<QTableView *>(QStringLiteral("notesView"));
        emit view->doubleClicked(first);
        QCOMPARE(openTrace.size(), 1);
        QCOMPARE(openTrace.first().at(1).toString(), QStringLiteral("3333333333333333"));
        panel.resize(640, 360);
        screenshot(&panel, "import-notes.png");

        const QString casePath = dir.filePath(QStringLiteral("case.hearth"));
        core::io::CaseSelection sel;
        sel.traceIds = {QStringLiteral("0197123456789abcdef0123456789abc")};
        QVERIFY(core::io::writeCaseFile(path, sel, casePath).ok());
        const auto reloadsBefore = reloaded.size();
        QVERIFY(context.openStore(casePath).ok()); // a case file opens read-only by itself
        QVERIFY(context.storeReadOnly());
        QTRY_VERIFY(reloaded.size() > reloadsBefore);
        QTRY_COMPARE(panel.model()->rowCount(), 2);
        view->selectRow(0);
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("saveNoteButton"))->isEnabled());
        QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("notesState"))->text(),
                 QStringLiteral("Case file: read-only."));
    }

    void dropOnWindowOpensImport()
    {
        QTemporaryDir dir;
        app::AppContext context;
        QVERIFY(context.openStore(dir.filePath(QStringLiteral("s.hearth"))).ok());
        app::MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *io = window.findChild<app::IoController *>(QStringLiteral("ioController"));
        QVERIFY(io);
        QVERIFY(window.acceptDrops());
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(fixture("logfire_v2_stream.ndjson"))});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());
        app::ImportDialog *dialog = io->importDialog();
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->files(), QStringList {fixture("logfire_v2_stream.ndjson")});
        io->notesDock()->show();
        QVERIFY(io->notesPanel()->isVisible());
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
