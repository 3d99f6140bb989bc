// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace hearth::app {

class AppContext;

class ExplorePage : public QWidget
{
    Q_OBJECT
public:
    explicit ExplorePage(AppContext *context, QWidget *parent = nullptr);

private:
    AppContext *m_context;
};

} // namespace hearth::app
