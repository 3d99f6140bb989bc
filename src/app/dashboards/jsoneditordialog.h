// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <functional>
#include <nlohmann/json.hpp>
#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace hearth::app {

// Edits JSON text with live validation: OK stays disabled while the text is invalid, and the
// message names the line/column or the JSON path of the problem.
class JsonEditorDialog : public QDialog
{
    Q_OBJECT
public:
    using Validator = std::function<core::Status(const nlohmann::json &)>;
    JsonEditorDialog(const QString &title, const QByteArray &text, Validator validator,
                     QWidget *parent = nullptr);
    nlohmann::json value() const { return m_value; }
    QString errorText() const;
    void setText(const QString &text);

private:
    void validate();
    Validator m_validator;
    QPlainTextEdit *m_edit;
    QLabel *m_status;
    QPushButton *m_ok;
    nlohmann::json m_value;
};

} // namespace hearth::app
