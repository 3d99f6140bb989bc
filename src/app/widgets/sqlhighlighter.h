// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <vector>

namespace hearth::app {

// Highlights Logfire SQL: keywords, functions, strings, numbers, comments and the JSON operators.
// Colours follow the theme: a light/dark switch re-highlights at once.
class SqlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum class Role { Keyword, Function, Table, Number, Operator, String, Comment };

    explicit SqlHighlighter(QTextDocument *document);

    // The format of `role` in the current theme (exposed for tests).
    QTextCharFormat roleFormat(Role role) const { return m_formats[static_cast<size_t>(role)]; }
    // The foreground of `role` in the light or dark theme.
    static QColor color(Role role, bool dark);
    // Takes the current theme's colours and re-highlights the document.
    void applyTheme();

protected:
    void highlightBlock(const QString &text) override;

private:
    void setFormats();

    struct Rule
    {
        QRegularExpression pattern;
        Role role;
    };
    std::vector<Rule> m_rules;
    std::array<QTextCharFormat, 7> m_formats;
};

} // namespace hearth::app
