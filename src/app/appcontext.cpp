// SPDX-License-Identifier: MIT
#include "app/appcontext.h"

#include "core/connections/secretstore.h"
#include "core/io/casefile.h"
#include "core/io/stagedwriter.h"
#include "core/query/localengine.h"

namespace hearth::app {

AppContext::AppContext(QObject *parent)
    : QObject(parent), m_secrets(new core::SecretStore(QStringLiteral("dev.hearth.Hearth"), this))
{
}

AppContext::~AppContext() = default;

core::Status AppContext::openStore(const QString &path, core::Store::OpenMode mode)
{
    // A case file is evidence someone shared: it always opens read-only (src/core/io/casefile.h).
    if (mode == core::Store::OpenMode::ReadWrite && core::io::isCaseFile(path))
        mode = core::Store::OpenMode::ReadOnly;
    auto opened = core::Store::open(path, mode);
    if (!opened)
        return opened.error();
    m_store = std::shared_ptr<core::Store>(std::move(opened.value()));
    m_engine = std::make_shared<core::LocalEngine>(path);
    Q_EMIT storeChanged();
    Q_EMIT engineChanged();
    if (!m_store->readOnly())
        recoverInterruptedImports(path);
    return {};
}

void AppContext::recoverInterruptedImports(const QString &path)
{
    m_recovery.run(
        [path](const core::CancelTokenPtr &) -> std::int64_t {
            // Almost always nothing to do: look before opening a second writer on the store.
            if (!core::io::StagedWriter::hasJournals(path))
                return 0;
            auto store = core::Store::open(path);
            if (!store)
                return 0;
            auto removed = core::io::StagedWriter::recoverInterrupted(**store);
            if (!removed) {
                qWarning("hearth: rolling back an interrupted import in %s failed: %s",
                         qPrintable(path), qPrintable(removed.error().message));
                return 0;
            }
            return removed.value();
        },
        [this](std::int64_t removed) {
            if (removed > 0)
                notifyDataChanged();
        });
}

QString AppContext::storePath() const
{
    return m_store ? m_store->path() : QString();
}

bool AppContext::storeReadOnly() const
{
    return m_store && m_store->readOnly();
}

void AppContext::setEngine(std::shared_ptr<core::QueryEngine> engine)
{
    m_engine = std::move(engine);
    Q_EMIT engineChanged();
}

void AppContext::requestOpenTrace(const QString &traceId, const QString &spanId)
{
    Q_EMIT openTraceRequested(traceId, spanId);
}

void AppContext::notifyDataChanged()
{
    Q_EMIT dataChanged();
}

} // namespace hearth::app
