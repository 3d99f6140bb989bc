// SPDX-License-Identifier: MIT
#include "app/settings/connectiondialog.h"

#include "ui_connectiondialog.h"

#include <QPointer>
#include <QPushButton>

namespace hearth::app {

ConnectionDialog::ConnectionDialog(const core::LogfireConnection &connection, const QString &token,
                                   Tester tester, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
    , m_connection(connection)
    , m_tester(std::move(tester))
{
    m_ui->setupUi(this);
    m_ui->region->addItem(tr("United States (logfire-us)"), QStringLiteral("us"));
    m_ui->region->addItem(tr("Europe (logfire-eu)"), QStringLiteral("eu"));
    m_ui->region->addItem(tr("Self-hosted / custom URL"), QString());
    m_ui->name->setText(connection.name);
    m_ui->region->setCurrentIndex(connection.region == QLatin1String("eu") ? 1
                                      : connection.region.isEmpty() && !connection.baseUrl.isEmpty()
                                      ? 2
                                      : 0);
    m_ui->baseUrl->setText(connection.baseUrl);
    m_ui->token->setText(token);
    updateBaseUrlState();

    connect(m_ui->region, &QComboBox::currentIndexChanged, this,
            &ConnectionDialog::updateBaseUrlState);
    connect(m_ui->token, &QLineEdit::textChanged, this, [this](const QString &text) {
        // A pasted token names its region: follow it unless a custom URL is in use.
        const QString region = core::logfireRegionFromToken(text);
        if (m_ui->region->currentIndex() != 2
            && (region == QLatin1String("us") || region == QLatin1String("eu")))
            m_ui->region->setCurrentIndex(region == QLatin1String("eu") ? 1 : 0);
    });
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectionDialog::runTest);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_ui->name->text().trimmed().isEmpty()) {
            m_ui->testResult->setText(tr("Give the connection a name."));
            m_ui->name->setFocus();
            return;
        }
        if (m_ui->region->currentIndex() == 2 && !QUrl(m_ui->baseUrl->text().trimmed()).isValid()) {
            m_ui->testResult->setText(tr("The base URL is not a valid URL."));
            return;
        }
        accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->testButton->setEnabled(static_cast<bool>(m_tester));
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::updateBaseUrlState()
{
    const bool custom = m_ui->region->currentIndex() == 2;
    m_ui->baseUrl->setEnabled(custom);
    m_ui->baseUrlLabel->setEnabled(custom);
}

core::LogfireConnection ConnectionDialog::connection() const
{
    core::LogfireConnection c = m_connection;
    c.name = m_ui->name->text().trimmed();
    c.region = m_ui->region->currentData().toString();
    c.baseUrl = c.region.isEmpty() ? m_ui->baseUrl->text().trimmed() : QString();
    return c;
}

QString ConnectionDialog::token() const
{
    return m_ui->token->text().trimmed();
}

void ConnectionDialog::setKeychainNote(const QString &note)
{
    m_ui->keychainNote->setText(note);
}

void ConnectionDialog::runTest()
{
    m_ui->testButton->setEnabled(false);
    m_ui->testResult->setText(tr("Connecting…"));
    QPointer<ConnectionDialog> self(this);
    m_tester(connection(), token(), [self](core::Result<QString> result) {
        if (!self)
            return;
        self->m_ui->testButton->setEnabled(true);
        self->m_ui->testResult->setText(result ? tr("✔ %1").arg(result.value())
                                               : tr("✘ %1").arg(result.error().message));
    });
}

} // namespace hearth::app
