// SPDX-License-Identifier: MIT
#include "app/shell/commandpalette.h"

#include <algorithm>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace hearth::app {

CommandPalette::CommandPalette(QWidget *parent)
    : QDialog(parent, Qt::Popup | Qt::FramelessWindowHint)
    , m_input(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    setAccessibleName(tr("Command palette"));
    m_input->setObjectName(QStringLiteral("commandPaletteInput"));
    m_input->setPlaceholderText(tr("Go to a page, run an action, open a dashboard…"));
    m_input->setAccessibleName(tr("Command"));
    m_input->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("commandPaletteList"));
    m_list->setAccessibleName(tr("Matching commands"));
    m_list->setUniformItemSizes(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_input);
    layout->addWidget(m_list);
    resize(560, 380);

    m_input->installEventFilter(this);
    connect(m_input, &QLineEdit::textChanged, this, &CommandPalette::refilter);
    connect(m_input, &QLineEdit::returnPressed, this, &CommandPalette::activateCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &CommandPalette::activateCurrent);
}

void CommandPalette::addProvider(Provider provider)
{
    m_providers.push_back(std::move(provider));
}

void CommandPalette::popup()
{
    m_entries.clear();
    for (const auto &provider : m_providers) {
        auto entries = provider();
        std::move(entries.begin(), entries.end(), std::back_inserter(m_entries));
    }
    m_input->clear();
    refilter();
    if (auto *p = parentWidget()) {
        const QPoint topCenter = p->mapToGlobal(QPoint(p->width() / 2, 60));
        move(topCenter.x() - width() / 2, topCenter.y());
    }
    show();
    raise();
    activateWindow();
    m_input->setFocus();
}

bool CommandPalette::runFirstMatch(const QString &pattern)
{
    m_entries.clear();
    for (const auto &provider : m_providers) {
        auto entries = provider();
        std::move(entries.begin(), entries.end(), std::back_inserter(m_entries));
    }
    m_input->setText(pattern);
    refilter();
    if (!m_list->currentItem())
        return false;
    activateCurrent();
    m_input->clear();
    return true;
}

int CommandPalette::matchScore(const QString &pattern, const QString &text)
{
    const QString p = pattern.simplified().remove(QLatin1Char(' ')).toLower();
    const QString t = text.toLower();
    if (p.isEmpty())
        return 0;
    int score = 0;
    int from = 0;
    int previous = -2;
    for (const QChar c : p) {
        const int at = t.indexOf(c, from);
        if (at < 0)
            return -1;
        // Reward consecutive letters and letters at word starts.
        if (at == previous + 1)
            score += 3;
        if (at == 0 || !t.at(at - 1).isLetterOrNumber())
            score += 2;
        score += 1;
        previous = at;
        from = at + 1;
    }
    return score * 100 - text.size();
}

void CommandPalette::refilter()
{
    const QString pattern = m_input->text();
    std::vector<std::pair<int, size_t>> ranked;
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const auto &e = m_entries[i];
        const int score = matchScore(pattern, e.category + QLatin1Char(' ') + e.text);
        if (score >= 0)
            ranked.emplace_back(score, i);
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    m_list->clear();
    for (const auto &[score, index] : ranked) {
        const auto &e = m_entries[index];
        QString label = e.category + QStringLiteral(": ") + e.text;
        if (!e.detail.isEmpty())
            label += QStringLiteral("    ") + e.detail;
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(Qt::UserRole, static_cast<qulonglong>(index));
    }
    m_list->setCurrentRow(0);
}

void CommandPalette::activateCurrent()
{
    auto *item = m_list->currentItem();
    if (!item)
        return;
    const auto index = static_cast<size_t>(item->data(Qt::UserRole).toULongLong());
    hide();
    if (index < m_entries.size() && m_entries[index].activate)
        m_entries[index].activate();
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_list->currentRow();
        if (key->key() == Qt::Key_Down) {
            m_list->setCurrentRow(std::min(row + 1, m_list->count() - 1));
            return true;
        }
        if (key->key() == Qt::Key_Up) {
            m_list->setCurrentRow(std::max(row - 1, 0));
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            hide();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace hearth::app
