// SPDX-License-Identifier: MIT
#include "app/widgets/sqlhighlighter.h"

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
    QTextCharFormat keyword;
    keyword.setForeground(palette::themedColor(0x1d4ed8, 0x93b4ff));
    keyword.setFontWeight(QFont::DemiBold);
    QStringList kw = core::SqlCompletion::keywords();
    kw << QStringLiteral("BY") << QStringLiteral("GROUP") << QStringLiteral("ORDER")
       << QStringLiteral("LEFT") << QStringLiteral("INNER") << QStringLiteral("OVER")
       << QStringLiteral("PARTITION") << QStringLiteral("FILTER") << QStringLiteral("WITHIN")
       << QStringLiteral("CAST");
    m_rules.push_back(
        {QRegularExpression(wordsPattern(kw), QRegularExpression::CaseInsensitiveOption), keyword});

    QTextCharFormat function;
    function.setForeground(palette::themedColor(0x7c3aed, 0xc4b5fd));
    m_rules.push_back(
        {QRegularExpression(QStringLiteral("\\b[A-Za-z_][A-Za-z0-9_]*(?=\\s*\\()")), function});

    QTextCharFormat table;
    table.setForeground(palette::themedColor(0x0f766e, 0x5eead4));
    table.setFontWeight(QFont::DemiBold);
    m_rules.push_back({QRegularExpression(wordsPattern(core::SqlCompletion::tables())), table});

    QTextCharFormat number;
    number.setForeground(palette::themedColor(0xc2410c, 0xfdba74));
    m_rules.push_back({QRegularExpression(QStringLiteral("\\b\\d+(\\.\\d+)?\\b")), number});

    QTextCharFormat op;
    op.setForeground(palette::themedColor(0xbe185d, 0xf9a8d4));
    m_rules.push_back(
        {QRegularExpression(QStringLiteral("->>|->|::|\\$[A-Za-z_]\\w*|\\$\\{\\w+\\}")), op});

    m_string.setForeground(palette::themedColor(0x15803d, 0x86efac));
    m_comment.setForeground(palette::mutedTextColor());
    m_comment.setFontItalic(true);
}

void SqlHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : m_rules) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            setFormat(static_cast<int>(m.capturedStart()), static_cast<int>(m.capturedLength()),
                      rule.format);
        }
    }
    // Strings and comments last, so that they win over the word rules; block state 1 = inside a
    // /* comment */ carried over from the previous line.
    int i = 0;
    if (previousBlockState() == 1) {
        const int end = text.indexOf(QStringLiteral("*/"));
        const int stop = end < 0 ? static_cast<int>(text.size()) : end + 2;
        setFormat(0, stop, m_comment);
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
            setFormat(i, std::min(j + 1, static_cast<int>(text.size())) - i, m_string);
            i = j + 1;
        } else if (c == QLatin1Char('-') && i + 1 < text.size()
                   && text.at(i + 1) == QLatin1Char('-')) {
            setFormat(i, static_cast<int>(text.size()) - i, m_comment);
            return;
        } else if (c == QLatin1Char('/') && i + 1 < text.size()
                   && text.at(i + 1) == QLatin1Char('*')) {
            const int end = text.indexOf(QStringLiteral("*/"), i + 2);
            if (end < 0) {
                setFormat(i, static_cast<int>(text.size()) - i, m_comment);
                setCurrentBlockState(1);
                return;
            }
            setFormat(i, end + 2 - i, m_comment);
            i = end + 2;
        } else {
            ++i;
        }
    }
}

} // namespace hearth::app
