// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace hearth::app {

class AppContext;

class LivePage : public QWidget
{
    Q_OBJECT
public:
    explicit LivePage(AppContext *context, QWidget *parent = nullptr);

private:
    AppContext *m_context;
};

} // namespace hearth::app
