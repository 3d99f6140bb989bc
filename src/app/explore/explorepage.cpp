// SPDX-License-Identifier: MIT
#include "app/explore/explorepage.h"

#include "app/appcontext.h"

#include <QLabel>
#include <QVBoxLayout>

namespace hearth::app {

ExplorePage::ExplorePage(AppContext *context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("explorepage"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(
        tr("<h2>Explore</h2><p>Run Logfire SQL against the active store or connection.</p>"), this);
    title->setWordWrap(true);
    layout->addWidget(title);
    layout->addStretch(1);
}

} // namespace hearth::app
