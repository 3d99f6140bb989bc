// SPDX-License-Identifier: MIT
#include "app/dashboards/dashboardspage.h"

#include "app/appcontext.h"

#include <QLabel>
#include <QVBoxLayout>

namespace hearth::app {

DashboardsPage::DashboardsPage(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("dashboardspage"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h2>Dashboards</h2><p>SQL dashboards: LLM Tokens and Costs, Basic "
                                "System Metrics and your own.</p>"),
                             this);
    title->setWordWrap(true);
    layout->addWidget(title);
    layout->addStretch(1);
}

} // namespace hearth::app
