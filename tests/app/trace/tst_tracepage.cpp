// SPDX-License-Identifier: MIT
#include "app/appcontext.h"
#include "app/trace/detailspanel.h"
#include "app/trace/tracepage.h"
#include "app/trace/traceview.h"
#include "core/store/store.h"
#include "core/trace/sampletraces.h"

#include <QImage>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

class TstTracePage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    app::AppContext m_context;
    std::string m_agent;
    std::string m_chatSpan;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_context.openStore(m_dir.filePath(QStringLiteral("t.hearth"))));
        m_agent = core::trace::samples::makeTraceId(11);
        core::WriteBatch batch;
        batch.records = core::trace::samples::agentTrace(m_agent, 1'700'000'000'000'000);
        for (const auto &r : batch.records)
            if (r.genAiOperationName == "chat" && m_chatSpan.empty())
                m_chatSpan = r.spanId;
        QVERIFY(m_context.store()->write(batch));
    }

    void opensTraceAndShowsDetails()
    {
        app::TracePage page(&m_context);
        page.resize(1400, 800);
        page.show();
        QSignalSpy loaded(&page, &app::TracePage::traceLoaded);
        QSignalSpy details(page.details(), &app::DetailsPanel::loaded);
        page.openTrace(QString::fromStdString(m_agent));
        QVERIFY(loaded.wait(5000));
        auto *view = page.view();
        QVERIFY(view->hasTrace());
        QCOMPARE(view->outline()->rowCount(), 11);
        QCOMPARE(view->selectedNode(), 0);
        QVERIFY(details.count() > 0 || details.wait(5000));
        QCOMPARE(page.details()->currentSpanId().size(), 16);
        QVERIFY(!page.details()->hasLlmTab()); // the HTTP root span

        // Keyboard: down selects the next row; the details follow.
        details.clear();
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->selectedNode(), 1);
        QVERIFY(details.wait(5000));

        // Folding and search.
        view->collapseAll();
        QCOMPARE(view->outline()->rowCount(), 1);
        QVERIFY(view->search(QStringLiteral("SELECT")) == 1);
        QVERIFY(view->outline()->rowCount() > 1); // ancestors of the match opened
        QCOMPARE(view->outline()->rowOf(view->selectedNode()) >= 0, true);

        // The waterfall paints something real.
        const QImage image = view->grab().toImage();
        QVERIFY(image.width() > 100);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 10);

        // Zoom keeps a sane view; Esc fits again.
        const double before = view->state().geometry.viewDuration();
        view->zoomBy(4, view->state().geometry.x0() + 10);
        QVERIFY(view->state().geometry.viewDuration() < before / 3);
        QTest::keyClick(view, Qt::Key_Escape);
        QVERIFY(qAbs(view->state().geometry.viewDuration() - before) < before * 0.01);
    }

    void detailsPanelWorksOnItsOwn()
    {
        // How the Live view uses it: a (traceId, spanId) and nothing else.
        app::DetailsPanel panel(&m_context);
        QSignalSpy loaded(&panel, &app::DetailsPanel::loaded);
        panel.showSpan(QString::fromStdString(m_agent), QString::fromStdString(m_chatSpan));
        QVERIFY(loaded.wait(5000));
        QVERIFY(panel.hasLlmTab());
    }

    void unknownTraceReportsAnError()
    {
        app::TracePage page(&m_context);
        QSignalSpy failed(&page, &app::TracePage::loadFailed);
        page.openTrace(QStringLiteral("0123456789abcdef0123456789abcdef"));
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("No trace")));
    }
};

QTEST_MAIN(TstTracePage)
#include "tst_tracepage.moc"
