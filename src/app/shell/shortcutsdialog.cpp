// SPDX-License-Identifier: MIT
#include "app/shell/shortcutsdialog.h"

#include "app/widgets/sqleditor.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hearth::app {

namespace {

// "Pinned && &Notes" -> "Pinned & Notes": '&&' is a literal ampersand, '&' a mnemonic.
QString plain(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&')).replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text.remove(QStringLiteral("…")).trimmed();
}

void collectMenu(QMenu *menu, const QString &group, QList<QStringList> &rows)
{
    for (QAction *a : menu->actions()) {
        if (a->menu()) {
            collectMenu(a->menu(), group, rows);
            continue;
        }
        if (a->isSeparator() || a->shortcut().isEmpty())
            continue;
        rows.push_back({group, plain(a->text()), a->shortcut().toString(QKeySequence::NativeText)});
    }
}

// "Run the query (Ctrl+Enter)" -> "Run the query": tool tips often name their key already.
QString withoutKeyHint(QString text)
{
    text = plain(text);
    if (text.endsWith(QLatin1Char(')'))) {
        const int open = text.lastIndexOf(QStringLiteral(" ("));
        if (open > 0)
            text.truncate(open);
    }
    return text;
}

} // namespace

QString ShortcutsDialog::plainText(const QString &text)
{
    return plain(text);
}

QString ShortcutsDialog::pageOf(const QObject *object)
{
    for (const QObject *o = object; o; o = o->parent()) {
        const auto *w = qobject_cast<const QWidget *>(o);
        if (w && qobject_cast<const QStackedWidget *>(w->parentWidget())
            && !w->windowTitle().isEmpty())
            return w->windowTitle();
    }
    return {};
}

QList<QStringList> ShortcutsDialog::collect(QWidget *window)
{
    QList<QStringList> rows;
    if (auto *bar = window->findChild<QMenuBar *>()) {
        for (QAction *top : bar->actions()) {
            if (top->menu())
                collectMenu(top->menu(), plain(top->text()), rows);
        }
    }
    // Actions that live on the window itself (command palette, focus search, …).
    for (QAction *a : window->actions()) {
        if (!a->shortcut().isEmpty())
            rows.push_back({tr("General"), plain(a->text()),
                            a->shortcut().toString(QKeySequence::NativeText)});
    }
    // Page shortcuts: QShortcuts described by their What's This text, and buttons with a key.
    QList<QStringList> pageRows;
    for (QShortcut *s : window->findChildren<QShortcut *>()) {
        const QString page = pageOf(s);
        if (!page.isEmpty() && !s->whatsThis().isEmpty() && !s->key().isEmpty())
            pageRows.push_back({page, s->whatsThis(), s->key().toString(QKeySequence::NativeText)});
    }
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
        const QString page = pageOf(b);
        const QString what = withoutKeyHint(b->toolTip().isEmpty() ? b->text() : b->toolTip());
        if (!page.isEmpty() && !b->shortcut().isEmpty() && !what.isEmpty())
            pageRows.push_back({page, what, b->shortcut().toString(QKeySequence::NativeText)});
    }
    std::stable_sort(pageRows.begin(), pageRows.end(),
                     [](const QStringList &a, const QStringList &b) { return a[0] < b[0]; });
    rows += pageRows;
    // Keys inside the SQL editors (Explore, panel editor): not actions, but users look for them.
    for (const auto &[what, key] : SqlEditor::keys())
        rows.push_back({tr("SQL Editor"), what, key.toString(QKeySequence::NativeText)});
    return rows;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *tree = new QTreeWidget(this);
    tree->setAccessibleName(tr("Keyboard shortcuts"));
    tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    tree->setRootIsDecorated(false);
    QString group;
    for (const QStringList &row : collect(window)) {
        if (row[0] != group) {
            group = row[0];
            auto *header = new QTreeWidgetItem(tree, {group});
            QFont f = header->font(0);
            f.setBold(true);
            header->setFont(0, f);
            header->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(tree, {QStringLiteral("    ") + row[1], row[2]});
    }
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    resize(520, 560);
}

} // namespace hearth::app
