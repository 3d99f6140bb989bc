// SPDX-License-Identifier: MIT
#include "app/widgets/sqlhighlighter.h"

#include "app/shell/theme.h"
#include "app/widgets/palette.h"
#include "core/live/sqlcompletion.h"

namespace hearth::app {

namespace {

QString wordsPattern(const QStringList &words)
{
    QStringList escaped;
    for (const QString &w : words)
        escaped << QRegularExpression::escape(w).replace(QStringLiteral("\\ "),
                                                         QStringLiteral("\\s+"));
    return QStringLiteral("\\b(") + escaped.join(QLatin1Char('|')) + QStringLiteral(")\\b");
}

} // namespace

SqlHighlighter::SqlHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    QStringList kw = core::SqlCompletion::keywords();
    kw << QStringLiteral("BY") << QStringLiteral("GROUP") << QStringLiteral("ORDER")
       << QStringLiteral("LEFT") << QStringLiteral("INNER") << QStringLiteral("OVER")
       << QStringLiteral("PARTITION") << QStringLiteral("FILTER") << QStringLiteral("WITHIN")
       << QStringLiteral("CAST");
    m_rules.push_back(
        {QRegularExpression(wordsPattern(kw), QRegularExpression::CaseInsensitiveOption),
         Role::Keyword});
    m_rules.push_back({QRegularExpression(QStringLiteral("\\b[A-Za-z_][A-Za-z0-9_]*(?=\\s*\\()")),
                       Role::Function});
    m_rules.push_back(
        {QRegularExpression(wordsPattern(core::SqlCompletion::tables())), Role::Table});
    m_rules.push_back({QRegularExpression(QStringLiteral("\\b\\d+(\\.\\d+)?\\b")), Role::Number});
    m_rules.push_back(
        {QRegularExpression(QStringLiteral("->>|->|::|\\$[A-Za-z_]\\w*|\\$\\{\\w+\\}")),
         Role::Operator});
    setFormats();
    // The formats hold colours, not palette roles: take the new theme's and highlight again.
    connect(&Theme::instance(), &Theme::changed, this, &SqlHighlighter::applyTheme);
}

QColor SqlHighlighter::color(Role role, bool dark)
{
    // Each pair keeps 4.5:1 on its theme's editor background (white / #14161c).
    switch (role) {
    case Role::Keyword:
        return QColor(dark ? 0x93b4ff : 0x1d4ed8);
    case Role::Function:
        return QColor(dark ? 0xc4b5fd : 0x7c3aed);
    case Role::Table:
        return QColor(dark ? 0x5eead4 : 0x0f766e);
    case Role::Number:
        return QColor(dark ? 0xfdba74 : 0xc2410c);
    case Role::Operator:
        return QColor(dark ? 0xf9a8d4 : 0xbe185d);
    case Role::String:
        return QColor(dark ? 0x86efac : 0x15803d);
    case Role::Comment:
        return QColor(dark ? 0x9ca3af : 0x5f6672); // palette::mutedTextColor()
    }
    return {};
}

void SqlHighlighter::setFormats()
{
    const bool dark = palette::isDark();
    for (size_t i = 0; i < m_formats.size(); ++i) {
        const auto role = static_cast<Role>(i);
        QTextCharFormat f;
        f.setForeground(color(role, dark));
        if (role == Role::Keyword || role == Role::Table)
            f.setFontWeight(QFont::DemiBold);
        if (role == Role::Comment)
            f.setFontItalic(true);
        m_formats[i] = f;
    }
}

void SqlHighlighter::applyTheme()
{
    setFormats();
    rehighlight();
}

void SqlHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : m_rules) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            setFormat(static_cast<int>(m.capturedStart()), static_cast<int>(m.capturedLength()),
                      roleFormat(rule.role));
        }
    }
    // Strings and comments last, so that they win over the word rules; block state 1 = inside a
    // /* comment */ carried over from the previous line.
    int i = 0;
    if (previousBlockState() == 1) {
        const int end = text.indexOf(QStringLiteral("*/"));
        const int stop = end < 0 ? static_cast<int>(text.size()) : end + 2;
        setFormat(0, stop, roleFormat(Role::Comment));
        i = stop;
        if (end < 0) {
            setCurrentBlockState(1);
            return;
        }
    }
    setCurrentBlockState(0);
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\'')) {
            int j = i + 1;
            while (j < text.size()) {
                if (text.at(j) == QLatin1Char('\'')) {
                    if (j + 1 < text.size() && text.at(j + 1) == QLatin1Char('\'')) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            setFormat(i, std::min(j + 1, static_cast<int>(text.size())) - i,
                      roleFormat(Role::String));
            i = j + 1;
        } else if (c == QLatin1Char('-') && i + 1 < text.size()
                   && text.at(i + 1) == QLatin1Char('-')) {
            setFormat(i, static_cast<int>(text.size()) - i, roleFormat(Role::Comment));
            return;
        } else if (c == QLatin1Char('/') && i + 1 < text.size()
                   && text.at(i + 1) == QLatin1Char('*')) {
            const int end = text.indexOf(QStringLiteral("*/"), i + 2);
            if (end < 0) {
                setFormat(i, static_cast<int>(text.size()) - i, roleFormat(Role::Comment));
                setCurrentBlockState(1);
                return;
            }
            setFormat(i, end + 2 - i, roleFormat(Role::Comment));
            i = end + 2;
        } else {
            ++i;
        }
    }
}

} // namespace hearth::app
