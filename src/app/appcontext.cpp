// SPDX-License-Identifier: MIT
#include "app/appcontext.h"

#include "core/connections/secretstore.h"
#include "core/query/localengine.h"

namespace hearth::app {

AppContext::AppContext(QObject *parent) : QObject(parent) { }

AppContext::~AppContext() = default;

core::Status AppContext::openStore(const QString &path, core::Store::OpenMode mode)
{
    auto opened = core::Store::open(path, mode);
    if (!opened)
        return opened.error();
    m_store = std::shared_ptr<core::Store>(std::move(opened.value()));
    m_engine = std::make_shared<core::LocalEngine>(path);
    Q_EMIT storeChanged();
    Q_EMIT engineChanged();
    return {};
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
