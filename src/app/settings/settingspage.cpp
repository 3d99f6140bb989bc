// SPDX-License-Identifier: MIT
#include "app/settings/settingspage.h"

#include "app/appcontext.h"

#include <QLabel>
#include <QVBoxLayout>

namespace hearth::app {

SettingsPage::SettingsPage(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("settingspage"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(
        tr("<h2>Settings</h2><p>Connections, receiver, appearance and language.</p>"), this);
    title->setWordWrap(true);
    layout->addWidget(title);
    layout->addStretch(1);
}

} // namespace hearth::app
