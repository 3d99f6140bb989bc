// SPDX-License-Identifier: MIT
#include "clirun.h"
#include "core/demo/demogenerator.h"
#include "core/store/store.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth::core;

namespace {

using Run = CliRun;

// Width and height from a PNG's IHDR chunk (bytes 16..23, big-endian).
QSize pngSize(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QSize();
    const QByteArray head = f.read(24);
    if (head.size() < 24 || !head.startsWith("\x89PNG"))
        return QSize();
    auto be = [&](int at) {
        return (quint32(quint8(head[at])) << 24) | (quint32(quint8(head[at + 1])) << 16)
            | (quint32(quint8(head[at + 2])) << 8) | quint32(quint8(head[at + 3]));
    };
    return QSize(int(be(16)), int(be(20)));
}

} // namespace

class TestRender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("r.hearth"));
        auto store = Store::open(m_db);
        QVERIFY(store.ok());
        demo::Options options;
        options.traces = 30;
        options.days = 1;
        QVERIFY(demo::generate(**store, options).ok());
    }

    void rendersPngOfRequestedSize()
    {
        const QString out = m_dir.filePath(QStringLiteral("llm.png"));
        const Run r
            = runCli({QStringLiteral("render"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--dashboard"), QStringLiteral("llm-tokens-and-costs-records"),
                      QStringLiteral("--out"), out, QStringLiteral("--since"), QStringLiteral("2d"),
                      QStringLiteral("--width"), QStringLiteral("900"), QStringLiteral("--height"),
                      QStringLiteral("700"), QStringLiteral("--var"), QStringLiteral("model=all")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(pngSize(out), QSize(900, 700));
    }

    void unknownDashboardFails()
    {
        const QString out = m_dir.filePath(QStringLiteral("none.png"));
        const Run r = runCli({QStringLiteral("render"), QStringLiteral("--db"), m_db,
                              QStringLiteral("--dashboard"), QStringLiteral("No Such Board"),
                              QStringLiteral("--out"), out});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("no dashboard named \"No Such Board\"")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }

    void unknownVariableFails()
    {
        const Run r = runCli({QStringLiteral("render"), QStringLiteral("--db"), m_db,
                              QStringLiteral("--dashboard"), QStringLiteral("exceptions"),
                              QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.png")),
                              QStringLiteral("--var"), QStringLiteral("nope=1")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("no variable \"nope\"")), qPrintable(r.err));
    }

    void brokenPanelIsReported()
    {
        const QString file = QStringLiteral(HEARTH_TEST_DATA_DIR "/dashboards/broken-panel.json");
        const QString out = m_dir.filePath(QStringLiteral("broken.png"));
        const Run r = runCli({QStringLiteral("render"), QStringLiteral("--db"), m_db,
                              QStringLiteral("--dashboard"), file, QStringLiteral("--out"), out});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("panel error: Bad SQL")), qPrintable(r.err));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestRender)
#include "tst_render.moc"
