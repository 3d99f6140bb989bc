// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;

namespace hearth::app {

class AppContext;

class TracePage : public QWidget
{
    Q_OBJECT
public:
    explicit TracePage(AppContext *context, QWidget *parent = nullptr);

public Q_SLOTS:
    void openTrace(const QString &traceId, const QString &spanId = QString());

private:
    AppContext *m_context;
    QLabel *m_title;
};

} // namespace hearth::app
