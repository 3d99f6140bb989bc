// SPDX-License-Identifier: MIT
#include "core/dashboard/dashboardrepository.h"

#include "core/store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace hearth::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Dashboard)
};

} // namespace

QVector<DashboardEntry> DashboardRepository::standardDashboards()
{
    QVector<DashboardEntry> out;
    const QDir dir(QStringLiteral(":/dashboards"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        auto doc = DashboardDocument::parse(f.readAll());
        if (!doc) {
            qWarning("standard dashboard %s is invalid: %s", qPrintable(file),
                     qPrintable(doc.error().message));
            continue;
        }
        DashboardEntry e;
        e.id = QStringLiteral("std:") + QFileInfo(file).completeBaseName();
        e.name = doc->name();
        e.standard = true;
        e.document = doc.value();
        out << e;
    }
    // The GenAI dashboards first: they are what Hearth users open most.
    std::stable_sort(out.begin(), out.end(), [](const DashboardEntry &a, const DashboardEntry &b) {
        // The records variant first: it works with every GenAI instrumentation.
        auto rank = [](const DashboardEntry &e) {
            if (e.name.startsWith(QLatin1String("LLM")))
                return e.name.contains(QLatin1String("records")) ? 0 : 1;
            return 2;
        };
        return rank(a) != rank(b) ? rank(a) < rank(b) : a.name < b.name;
    });
    return out;
}

Result<QVector<DashboardEntry>> DashboardRepository::userDashboards(const QString &storePath)
{
    auto conn = Store::openReader(storePath);
    if (!conn)
        return conn.error();
    sqlite::Statement st(conn->get(), "SELECT id, name, document FROM dashboards ORDER BY name");
    if (!st.valid())
        return Error::make(Error::Code::Corrupt, QString::fromStdString(st.prepareError()));
    QVector<DashboardEntry> out;
    while (st.step() == SQLITE_ROW) {
        DashboardEntry e;
        e.rowId = st.columnInt(0);
        e.id = QStringLiteral("user:") + QString::number(e.rowId);
        const auto name = st.columnText(1);
        e.name = QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
        const auto text = st.columnText(2);
        auto doc = DashboardDocument::parse(
            QByteArray(text.data(), static_cast<qsizetype>(text.size())));
        if (!doc)
            continue; // never written invalid; a hand-edited row is skipped, not fatal
        e.document = doc.value();
        out << e;
    }
    return out;
}

Result<qint64> DashboardRepository::save(Store &store, const DashboardDocument &document,
                                         qint64 rowId)
{
    if (store.readOnly())
        return Error::make(Error::Code::Unsupported, Tr::tr("the store is open read-only"));
    if (auto s = DashboardDocument::validate(document.root()); !s)
        return s.error();
    sqlite3 *db = store.writerHandle();
    const std::string name = document.name().toStdString();
    const QByteArray json = document.toJson(2);
    const char *sql = rowId < 0
        ? "INSERT INTO dashboards(name, document, updated_at) VALUES (?1, ?2, ?3)"
        : "UPDATE dashboards SET name = ?1, document = ?2, updated_at = ?3 WHERE id = ?4";
    sqlite::Statement st(db, sql);
    if (!st.valid())
        return Error::make(Error::Code::Corrupt, QString::fromStdString(st.prepareError()));
    st.bind(1, std::string_view(name));
    st.bind(2, std::string_view(json.constData(), static_cast<size_t>(json.size())));
    st.bind(3, static_cast<std::int64_t>(nowMicros()));
    if (rowId >= 0)
        st.bind(4, static_cast<std::int64_t>(rowId));
    const int rc = st.step();
    if ((rc & 0xff) == SQLITE_CONSTRAINT)
        return Error::make(Error::Code::InvalidInput,
                           Tr::tr("a dashboard named \"%1\" already exists").arg(document.name()));
    if (rc != SQLITE_DONE)
        return Error::make(Error::Code::Io, QString::fromUtf8(sqlite3_errmsg(db)));
    return rowId < 0 ? static_cast<qint64>(sqlite3_last_insert_rowid(db)) : rowId;
}

Status DashboardRepository::remove(Store &store, qint64 rowId)
{
    sqlite::Statement st(store.writerHandle(), "DELETE FROM dashboards WHERE id = ?1");
    if (!st.valid())
        return Error::make(Error::Code::Corrupt, QString::fromStdString(st.prepareError()));
    st.bind(1, static_cast<std::int64_t>(rowId));
    if (st.step() != SQLITE_DONE)
        return Error::make(Error::Code::Io,
                           QString::fromUtf8(sqlite3_errmsg(store.writerHandle())));
    return {};
}

QString DashboardRepository::uniqueName(const QString &storePath, const QString &wanted)
{
    QStringList taken;
    if (auto users = userDashboards(storePath))
        for (const auto &e : users.value())
            taken << e.name.toLower();
    for (const auto &e : standardDashboards())
        taken << e.name.toLower();
    if (!taken.contains(wanted.toLower()))
        return wanted;
    QString name = wanted + QStringLiteral(" (copy)");
    for (int n = 2; taken.contains(name.toLower()); ++n)
        name = wanted + Tr::tr(" (copy %1)").arg(n);
    return name;
}

Result<DashboardDocument> DashboardRepository::find(const QString &storePath,
                                                    const QString &nameOrFile)
{
    const QFileInfo file(nameOrFile);
    if (nameOrFile.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || file.isFile()) {
        QFile f(nameOrFile);
        if (!f.open(QIODevice::ReadOnly))
            return Error::make(Error::Code::NotFound,
                               Tr::tr("cannot read %1: %2").arg(nameOrFile, f.errorString()));
        auto doc = DashboardDocument::parse(f.readAll());
        if (!doc)
            return Error::make(doc.error().code,
                               nameOrFile + QStringLiteral(": ") + doc.error().message,
                               doc.error().position);
        return doc;
    }
    QStringList known;
    for (const auto &e : standardDashboards()) {
        if (e.id.mid(4).compare(nameOrFile, Qt::CaseInsensitive) == 0
            || e.name.compare(nameOrFile, Qt::CaseInsensitive) == 0)
            return e.document;
        known << e.id.mid(4);
    }
    if (!storePath.isEmpty()) {
        if (auto users = userDashboards(storePath)) {
            for (const auto &e : users.value()) {
                if (e.name.compare(nameOrFile, Qt::CaseInsensitive) == 0)
                    return e.document;
                known << e.name;
            }
        }
    }
    return Error::make(Error::Code::NotFound,
                       Tr::tr("no dashboard named \"%1\" (known: %2)")
                           .arg(nameOrFile, known.join(QStringLiteral(", "))));
}

} // namespace hearth::core
