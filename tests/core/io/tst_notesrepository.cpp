// SPDX-License-Identifier: MIT
#include "core/io/iotestutil.h"
#include "core/io/notesrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hearth;
using namespace hearth::core;
using namespace hearth::core::io;

class TestNotesRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pinNoteUnpinRemove()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.hearth"));
        {
            auto store = Store::open(path);
            QVERIFY(store.ok());
            QVERIFY((*store)->write(test::sampleBatch(2)).ok());
        }
        NotesRepository repo(path);
        const QString trace = QStringLiteral("00000000000000000000000000ABC000");
        auto a = repo.pin(trace);
        QVERIFY(a.ok());
        auto b = repo.pin(trace, QStringLiteral("3000000000000010"), QStringLiteral("look here"));
        QVERIFY(b.ok());
        QVERIFY(*a != *b);
        // Pinning the same item again updates it rather than adding a second pin.
        auto again = repo.pin(trace.toLower(), {}, QStringLiteral("root note"));
        QVERIFY(again.ok());
        QCOMPARE(*again, *a);

        auto list = repo.list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), size_t(2));
        const Note &rootNote = list->front().id == *a ? list->front() : list->back();
        QCOMPARE(rootNote.body, QStringLiteral("root note"));
        QCOMPARE(rootNote.traceId, trace.toLower());
        QVERIFY(rootNote.spanId.isEmpty());
        QCOMPARE(rootNote.serviceName, QStringLiteral("bot"));
        QVERIFY(rootNote.startUs.has_value());
        const Note &spanNote = list->front().id == *b ? list->front() : list->back();
        QCOMPARE(spanNote.message, QStringLiteral("retrying"));

        QVERIFY(repo.setBody(*b, QStringLiteral("changed")).ok());
        QVERIFY(repo.setPinned(*b, false).ok());
        auto pinned = repo.list(true);
        QVERIFY(pinned.ok());
        QCOMPARE(pinned->size(), size_t(1));
        auto forTrace = repo.forTrace(trace);
        QCOMPARE(forTrace->size(), size_t(2));
        QVERIFY(repo.remove(*b).ok());
        QCOMPARE(repo.list()->size(), size_t(1));
        QCOMPARE(repo.remove(*b).error().code, Error::Code::NotFound);
        QVERIFY(!repo.pin(QString()).ok());
    }
};

QTEST_GUILESS_MAIN(TestNotesRepository)
#include "tst_notesrepository.moc"
