// SPDX-License-Identifier: MIT
#pragma once

#include "core/live/liverecord.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QFormLayout;

namespace hearth::app {

// The panel beside the Live list for the selected record. A deliberately simple seam: the trace
// page's rich details (tabs, LLM panel, exception traceback) can replace the body by implementing
// showRecord()/clear() the same way; LivePage talks to it only through these.
class DetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPanel(QWidget *parent = nullptr);

    virtual void showRecord(const core::LiveRecord &record);
    virtual void clear();
    const core::LiveRecord &record() const { return m_record; }

Q_SIGNALS:
    void openTraceRequested(const QString &traceId, const QString &spanId);
    void closeRequested();

private:
    core::LiveRecord m_record;
    QLabel *m_title;
    QLabel *m_banner;
    QFormLayout *m_form;
    QPlainTextEdit *m_attributes;
};

} // namespace hearth::app
