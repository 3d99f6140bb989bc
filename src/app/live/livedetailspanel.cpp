// SPDX-License-Identifier: MIT
#include "app/live/livedetailspanel.h"

#include "app/trace/detailspanel.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace hearth::app {

LiveDetailsPanel::LiveDetailsPanel(AppContext *context, QWidget *parent)
    : QWidget(parent), m_details(new DetailsPanel(context, this))
{
    setObjectName(QStringLiteral("liveDetailsPanel"));
    auto *open = new QPushButton(tr("Open Trace"), this);
    open->setObjectName(QStringLiteral("openTraceButton"));
    open->setToolTip(tr("Show the whole trace as a waterfall (double-click a row does the same)"));
    connect(open, &QPushButton::clicked, this, [this] {
        if (!m_record.traceId.isEmpty())
            Q_EMIT openTraceRequested(m_record.traceId, m_record.spanId);
    });
    connect(m_details, &DetailsPanel::closeRequested, this, &LiveDetailsPanel::closeRequested);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(8, 6, 8, 0);
    header->addStretch(1);
    header->addWidget(open);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_details, 1);
}

void LiveDetailsPanel::showRecord(const core::LiveRecord &record)
{
    m_record = record;
    m_details->showSpan(record.traceId, record.spanId);
}

void LiveDetailsPanel::clear()
{
    m_record = {};
    m_details->clear();
}

} // namespace hearth::app
