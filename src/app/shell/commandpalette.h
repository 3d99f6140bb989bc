// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <QDialog>
#include <QIcon>
#include <vector>

class QLineEdit;
class QListWidget;

namespace hearth::app {

// Ctrl+K: type a few letters of a page, action, dashboard or saved search and press Enter.
// Entries come from providers, asked each time the palette opens, so lists stay current.
class CommandPalette : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        QString category; // "Page", "Action", "Dashboard", "Saved search"
        QString text;
        QString detail; // shortcut or description, shown dimmed
        std::function<void()> activate;
    };
    using Provider = std::function<std::vector<Entry>()>;

    explicit CommandPalette(QWidget *parent = nullptr);

    void addProvider(Provider provider);
    // Refreshes entries from the providers, clears the filter and shows the palette.
    void popup();
    // Runs the best match for `pattern` without showing the palette (screenshots, scripting);
    // false when nothing matches.
    bool runFirstMatch(const QString &pattern);

    // Case-insensitive subsequence match with a score (higher is better; -1 = no match), so "lv"
    // finds "Live" and "dash llm" finds "Dashboard: LLM Tokens and Costs".
    static int matchScore(const QString &pattern, const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refilter();
    void activateCurrent();

    QLineEdit *m_input;
    QListWidget *m_list;
    std::vector<Provider> m_providers;
    std::vector<Entry> m_entries;
};

} // namespace hearth::app
