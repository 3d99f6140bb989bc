// SPDX-License-Identifier: MIT
#include "app/trace/tracepage.h"

#include "app/appcontext.h"

#include <QLabel>
#include <QVBoxLayout>

namespace hearth::app {

TracePage::TracePage(AppContext *context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("tracepage"));
    auto *layout = new QVBoxLayout(this);
    m_title
        = new QLabel(tr("<h2>Trace</h2><p>Open a trace from the Live view or Explore.</p>"), this);
    layout->addWidget(m_title);
    layout->addStretch(1);
}

void TracePage::openTrace(const QString &traceId, const QString &spanId)
{
    m_title->setText(tr("<h2>Trace %1</h2><p>span %2</p>").arg(traceId, spanId));
}

} // namespace hearth::app
