// SPDX-License-Identifier: MIT
#include "core/store/store.h"
#include "core/trace/sampletraces.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth::core;

namespace {

// Width and height from a PNG's IHDR chunk (bytes 16..23, big-endian).
QPair<int, int> pngSize(const QByteArray &png)
{
    if (png.size() < 24 || !png.startsWith("\x89PNG"))
        return {-1, -1};
    auto be = [&png](int at) {
        return (static_cast<uchar>(png[at]) << 24) | (static_cast<uchar>(png[at + 1]) << 16)
            | (static_cast<uchar>(png[at + 2]) << 8) | static_cast<uchar>(png[at + 3]);
    };
    return {be(16), be(20)};
}

} // namespace

class TstRenderTrace : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    std::string m_trace;

    int run(const QStringList &args, QByteArray *err = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(HEARTH_CLI_PATH),
                QStringList {QStringLiteral("render-trace")} + args);
        if (!p.waitForFinished(60000))
            return -1;
        if (err)
            *err = p.readAllStandardError();
        return p.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("t.hearth"));
        auto store = Store::open(m_db);
        QVERIFY(store);
        m_trace = trace::samples::makeTraceId(5);
        WriteBatch batch;
        batch.records = trace::samples::exceptionTrace(m_trace, 1'700'000'000'000'000);
        QVERIFY((*store)->write(batch));
    }

    void writesPngOfRequestedSize()
    {
        const QString out = m_dir.filePath(QStringLiteral("trace.png"));
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("--trace"),
                      QString::fromStdString(m_trace), QStringLiteral("--out"), out,
                      QStringLiteral("--width"), QStringLiteral("900"), QStringLiteral("--height"),
                      QStringLiteral("420")}),
                 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray png = file.readAll();
        QCOMPARE(pngSize(png), qMakePair(900, 420));
        // A blank image compresses to almost nothing; a drawn waterfall does not.
        QVERIFY2(png.size() > 8000, qPrintable(QString::number(png.size())));
    }

    void reportsBadInput()
    {
        QByteArray err;
        const QString out = m_dir.filePath(QStringLiteral("x.png"));
        QCOMPARE(
            run({QStringLiteral("--db"), m_db, QStringLiteral("--trace"),
                 QStringLiteral("ffffffffffffffffffffffffffffffff"), QStringLiteral("--out"), out},
                &err),
            1);
        QVERIFY(err.contains("No trace with id"));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("--out"), out,
                      QStringLiteral("--width"), QStringLiteral("abc")},
                     &err),
                 2);
        QVERIFY(err.contains("--width"));
    }
};

QTEST_GUILESS_MAIN(TstRenderTrace)
#include "tst_rendertrace.moc"
