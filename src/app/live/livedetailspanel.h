// SPDX-License-Identifier: MIT
#pragma once

#include "core/live/liverecord.h"

#include <QWidget>

class QLabel;

namespace hearth::app {

class AppContext;
class DetailsPanel;

// The panel beside the Live list for the selected record: a slim header with "Open trace", and
// the trace page's rich details (tabs, LLM conversation, exception, raw) below it.
class LiveDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LiveDetailsPanel(AppContext *context, QWidget *parent = nullptr);

    void showRecord(const core::LiveRecord &record);
    void clear();
    const core::LiveRecord &record() const { return m_record; }
    DetailsPanel *details() const { return m_details; }

Q_SIGNALS:
    void openTraceRequested(const QString &traceId, const QString &spanId);
    void closeRequested();

private:
    core::LiveRecord m_record;
    DetailsPanel *m_details;
};

} // namespace hearth::app
