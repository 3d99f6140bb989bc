// SPDX-License-Identifier: MIT
#include "app/live/livepage.h"

#include "app/appcontext.h"

#include <QLabel>
#include <QVBoxLayout>

namespace hearth::app {

LivePage::LivePage(AppContext *context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("livepage"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(
        tr("<h2>Live</h2><p>Records arrive here as trace trees as soon as they are received.</p>"),
        this);
    title->setWordWrap(true);
    layout->addWidget(title);
    layout->addStretch(1);
}

} // namespace hearth::app
