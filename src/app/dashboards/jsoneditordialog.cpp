// SPDX-License-Identifier: MIT
#include "app/dashboards/jsoneditordialog.h"

#include "app/widgets/palette.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hearth::app {

JsonEditorDialog::JsonEditorDialog(const QString &title, const QByteArray &text,
                                   Validator validator, QWidget *parent)
    : QDialog(parent), m_validator(std::move(validator))
{
    setWindowTitle(title);
    resize(820, 640);
    auto *layout = new QVBoxLayout(this);
    m_edit = new QPlainTextEdit(this);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setPlainText(QString::fromUtf8(text));
    layout->addWidget(m_edit, 1);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &JsonEditorDialog::validate);
    validate();
}

void JsonEditorDialog::setText(const QString &text)
{
    m_edit->setPlainText(text);
}

QString JsonEditorDialog::errorText() const
{
    return m_ok->isEnabled() ? QString() : m_status->text();
}

void JsonEditorDialog::validate()
{
    const QByteArray text = m_edit->toPlainText().toUtf8();
    nlohmann::json j = nlohmann::json::parse(text.constBegin(), text.constEnd(), nullptr, false);
    QString error;
    if (j.is_discarded()) {
        try {
            const auto unused = nlohmann::json::parse(text.constBegin(), text.constEnd());
            Q_UNUSED(unused);
        } catch (const nlohmann::json::parse_error &e) {
            const int byte = static_cast<int>(e.byte) - 1;
            const QByteArray before = text.left(std::max(0, byte));
            const int line = before.count('\n') + 1;
            const int column = byte - (before.lastIndexOf('\n') + 1) + 1;
            error = tr("Invalid JSON at line %1, column %2").arg(line).arg(column);
        }
    } else if (m_validator) {
        if (auto s = m_validator(j); !s)
            error = s.error().message;
    }
    m_ok->setEnabled(error.isEmpty());
    m_status->setStyleSheet(
        QStringLiteral("color: %1;")
            .arg((error.isEmpty() ? palette::successTextColor() : palette::errorTextColor())
                     .name()));
    m_status->setText(error.isEmpty() ? tr("Valid") : error);
    if (error.isEmpty())
        m_value = std::move(j);
}

} // namespace hearth::app
