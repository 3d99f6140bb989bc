// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace hearth::core {

// Completion candidates for Logfire SQL: keywords, functions, table and column names, level names,
// and attribute keys seen in the data (offered as `attributes->>'key'`, or bare inside the quotes
// after `attributes->>'`).
class SqlCompletion
{
public:
    SqlCompletion();

    void addAttributeKeys(const QStringList &keys);
    void addAttributeKeysFromJson(const QString &attributesJson);
    QStringList attributeKeys() const;

    // The word being typed at `cursor` in `text`: start offset and the prefix.
    struct Word
    {
        int start = 0;
        QString prefix;
        bool inAttributeKey = false; // after attributes->>' (or ->')
    };
    static Word wordAt(const QString &text, int cursor);

    // Candidates for the word at the cursor, best first; empty prefix gives nothing (no popup on
    // every space) unless inside an attribute key.
    QStringList candidates(const QString &text, int cursor, int max = 50) const;

    static const QStringList &keywords();
    static const QStringList &functions();
    static const QStringList &levelNames();
    static QStringList tables();
    static QStringList recordColumns();
    static QStringList metricColumns();

private:
    QSet<QString> m_attributeKeys;
};

} // namespace hearth::core
