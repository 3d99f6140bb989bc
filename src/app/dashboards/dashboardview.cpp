// SPDX-License-Identifier: MIT
#include "app/dashboards/dashboardview.h"

#include "app/dashboards/dashboardcanvas.h"
#include "app/dashboards/jsoneditordialog.h"
#include "app/dashboards/paneleditordialog.h"
#include "app/dashboards/panelwidget.h"
#include "app/widgets/elidedlabel.h"
#include "app/widgets/palette.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hearth::app {

using nlohmann::json;

namespace {

// One undoable edit: the whole document before and after (documents are small).
class SnapshotCommand : public QUndoCommand
{
public:
    SnapshotCommand(DashboardView *view, core::DashboardDocument before,
                    core::DashboardDocument after, const QString &text)
        : QUndoCommand(text), m_view(view), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    void undo() override { m_view->setDocumentSilently(m_before); }
    void redo() override { m_view->setDocumentSilently(m_after); }

private:
    DashboardView *m_view;
    core::DashboardDocument m_before;
    core::DashboardDocument m_after;
};

struct RangePreset
{
    const char *label;
    core::Micros length;
};
const RangePreset kRanges[] = {
    {QT_TRANSLATE_NOOP("DashboardView", "Last 5 minutes"), 5 * core::kMicrosPerMinute},
    {QT_TRANSLATE_NOOP("DashboardView", "Last 15 minutes"), 15 * core::kMicrosPerMinute},
    {QT_TRANSLATE_NOOP("DashboardView", "Last 30 minutes"), 30 * core::kMicrosPerMinute},
    {QT_TRANSLATE_NOOP("DashboardView", "Last hour"), core::kMicrosPerHour},
    {QT_TRANSLATE_NOOP("DashboardView", "Last 6 hours"), 6 * core::kMicrosPerHour},
    {QT_TRANSLATE_NOOP("DashboardView", "Last 12 hours"), 12 * core::kMicrosPerHour},
    {QT_TRANSLATE_NOOP("DashboardView", "Last 24 hours"), core::kMicrosPerDay},
    {QT_TRANSLATE_NOOP("DashboardView", "Last 2 days"), 2 * core::kMicrosPerDay},
    {QT_TRANSLATE_NOOP("DashboardView", "Last 7 days"), 7 * core::kMicrosPerDay},
    {QT_TRANSLATE_NOOP("DashboardView", "Last 14 days"), 14 * core::kMicrosPerDay},
};

const int kLiveSeconds[] = {0, 15, 30, 60, 300};

const char kVariableJobPrefix[] = "$var:";

} // namespace

DashboardView::DashboardView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardView"));
    m_undo = new QUndoStack(this);
    m_liveTimer = new QTimer(this);
    connect(m_liveTimer, &QTimer::timeout, this, [this] { refresh(false); });
    buildToolbar();
    connect(m_undo, &QUndoStack::indexChanged, this, [this] { updateEditActions(); });
}

DashboardView::~DashboardView() = default;

void DashboardView::buildToolbar()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 0);
    layout->setSpacing(8);

    auto *top = new QHBoxLayout;
    m_title = new ElidedLabel(this);
    m_title->setObjectName(QStringLiteral("dashboardTitle"));
    // A long title must not push the window wider than a 1280-pixel screen: it elides first.
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() + 5);
    tf.setWeight(QFont::DemiBold);
    m_title->setFont(tf);
    m_badge = new QLabel(tr("Standard"), this);
    palette::setThemedStyleSheet(m_badge, []() -> QString {
        const auto badge = palette::pillColors(palette::accentColor());
        return QStringLiteral("QLabel { background: %1; color: %2; border-radius: 8px; padding: "
                              "1px 8px; font-weight: 600; }")
            .arg(badge.background.name(), badge.text.name());
    });
    top->addWidget(m_title);
    top->addWidget(m_badge);
    top->addStretch(1);

    m_resolution = new QComboBox(this);
    m_resolution->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_resolution->setMinimumContentsLength(10);
    m_resolution->setToolTip(tr("$resolution: the time bucket of charts"));
    m_resolution->setAccessibleName(m_resolution->toolTip());
    connect(m_resolution, &QComboBox::activated, this, [this](int index) {
        m_resolutionOverride = index == 0 ? QString() : m_resolution->itemText(index);
        refresh(false);
    });
    m_range = new QComboBox(this);
    for (const auto &r : kRanges)
        m_range->addItem(tr(r.label), QVariant::fromValue<qint64>(r.length));
    m_range->addItem(tr("Custom…"), QVariant());
    m_range->setCurrentIndex(6);
    // Longer (translated) labels elide instead of widening the window past 1280 pixels.
    m_range->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_range->setMinimumContentsLength(10);
    connect(m_range, &QComboBox::activated, this, [this](int index) {
        const QVariant v = m_range->itemData(index);
        if (v.isValid()) {
            setRelativeRange(v.toLongLong());
            return;
        }
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Custom time range"));
        auto *form = new QFormLayout(&dialog);
        const core::TimeWindow r = currentRange();
        auto *from = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(r.from / 1000), &dialog);
        auto *to = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(r.to / 1000), &dialog);
        from->setCalendarPopup(true);
        to->setCalendarPopup(true);
        from->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        to->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        form->addRow(tr("From"), from);
        form->addRow(tr("To"), to);
        auto *buttons
            = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        form->addRow(buttons);
        if (dialog.exec() == QDialog::Accepted && from->dateTime() < to->dateTime())
            setAbsoluteRange(from->dateTime().toMSecsSinceEpoch() * 1000,
                             to->dateTime().toMSecsSinceEpoch() * 1000);
    });
    m_live = new QComboBox(this);
    m_live->setToolTip(tr("Live refresh: re-run the queries and slide the window with the clock"));
    m_live->setAccessibleName(m_live->toolTip());
    m_live->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_live->setMinimumContentsLength(8);
    m_live->addItem(tr("Live: off"), 0);
    m_live->addItem(tr("Live: 15 s"), 15);
    m_live->addItem(tr("Live: 30 s"), 30);
    m_live->addItem(tr("Live: 1 min"), 60);
    m_live->addItem(tr("Live: 5 min"), 300);
    connect(m_live, &QComboBox::activated, this,
            [this](int index) { setLiveInterval(m_live->itemData(index).toInt()); });
    auto *refreshButton = new QToolButton(this);
    refreshButton->setText(tr("Refresh"));
    refreshButton->setToolTip(tr("Run every panel query again"));
    connect(refreshButton, &QToolButton::clicked, this, [this] { refresh(true); });
    m_editButton = new QPushButton(tr("Edit"), this);
    m_editButton->setObjectName(QStringLiteral("editDashboardButton"));
    connect(m_editButton, &QPushButton::clicked, this, [this] { setEditing(true); });
    m_cloneButton = new QPushButton(tr("Clone"), this);
    m_cloneButton->setToolTip(tr("Make an editable copy of this standard dashboard"));
    connect(m_cloneButton, &QPushButton::clicked, this, [this] { Q_EMIT cloneRequested(m_doc); });
    top->addWidget(m_resolution);
    top->addWidget(m_range);
    top->addWidget(m_live);
    top->addWidget(refreshButton);
    top->addWidget(m_cloneButton);
    top->addWidget(m_editButton);
    layout->addLayout(top);

    m_variableBar = new QWidget(this);
    m_variableLayout = new QHBoxLayout(m_variableBar);
    m_variableLayout->setContentsMargins(0, 0, 0, 0);
    m_variableLayout->setSpacing(12);
    layout->addWidget(m_variableBar);

    m_editBar = new QWidget(this);
    m_editBar->setObjectName(QStringLiteral("dashboardEditBar"));
    palette::setThemedStyleSheet(m_editBar, []() -> QString {
        return QStringLiteral("#dashboardEditBar { background: %1; border-radius: 6px; }")
            .arg(palette::pillColors(palette::warnColor()).background.name());
    });
    auto *edit = new QHBoxLayout(m_editBar);
    edit->setContentsMargins(8, 4, 8, 4);
    auto addTool = [&](const QString &text, const QString &tip, auto fn) {
        auto *b = new QToolButton(m_editBar);
        b->setText(text);
        b->setToolTip(tip);
        connect(b, &QToolButton::clicked, this, fn);
        edit->addWidget(b);
        return b;
    };
    addTool(tr("Add panel"), tr("Add a panel to the first group"), [this] { addPanel(); });
    addTool(tr("Add group"), tr("Add a panel group"), [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Add group"), tr("Group name"),
                                                   QLineEdit::Normal, tr("Panel Group"), &ok);
        if (!ok)
            return;
        core::DashboardDocument next = m_doc;
        next.addGroup(name);
        applyChange(next, tr("Add group"));
    });
    addTool(tr("Variables…"), tr("Edit the dashboard variables as JSON"),
            [this] { editVariables(); });
    addTool(tr("Edit JSON…"), tr("Edit the whole dashboard document"), [this] { editJson(); });
    m_undoButton = addTool(tr("Undo"), tr("Undo"), [this] { m_undo->undo(); });
    m_redoButton = addTool(tr("Redo"), tr("Redo"), [this] { m_undo->redo(); });
    m_undoButton->setShortcut(QKeySequence::Undo);
    m_redoButton->setShortcut(QKeySequence::Redo);
    edit->addStretch(1);
    auto *hint = new QLabel(
        tr("Drag a panel by its title to move it, by its bottom-right corner to resize it."),
        m_editBar);
    hint->setWordWrap(true);
    hint->setMinimumWidth(120);
    palette::setThemedStyleSheet(hint, []() -> QString {
        return QStringLiteral("color: %1;")
            .arg(palette::pillColors(palette::warnColor()).text.name());
    });
    edit->addWidget(hint);
    auto *cancel = new QPushButton(tr("Cancel"), m_editBar);
    connect(cancel, &QPushButton::clicked, this, [this] { cancelEditing(); });
    m_saveButton = new QPushButton(tr("Save"), m_editBar);
    m_saveButton->setDefault(true);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { Q_EMIT saveRequested(m_doc); });
    edit->addWidget(cancel);
    edit->addWidget(m_saveButton);
    m_editBar->setVisible(false);
    layout->addWidget(m_editBar);

    m_scroll = new QScrollArea(this);
    m_scroll->setAccessibleName(tr("Panels"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(m_scroll);
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(0, 4, 4, 16);
    m_canvas = new DashboardCanvas(inner);
    innerLayout->addWidget(m_canvas);
    innerLayout->addStretch(1);
    m_scroll->setWidget(inner);
    layout->addWidget(m_scroll, 1);

    connect(m_canvas, &DashboardCanvas::itemGeometryChanged, this,
            [this](int g, int i, int x, int y, int w, int h) {
                core::DashboardDocument next = m_doc;
                next.setItemGeometry(g, i, x, y, w, h);
                applyChange(next, tr("Move panel"));
            });
    connect(m_canvas, &DashboardCanvas::groupToggled, this, [this](int g, bool open) {
        core::DashboardDocument next = m_doc;
        next.setGroupOpen(g, open);
        if (m_editing)
            applyChange(next, open ? tr("Expand group") : tr("Collapse group"));
        else
            setDocumentSilently(next); // viewers collapse without editing
    });
    connect(m_canvas, &DashboardCanvas::groupRenameRequested, this, [this](int g) {
        bool ok = false;
        const QString name
            = QInputDialog::getText(this, tr("Rename group"), tr("Group name"), QLineEdit::Normal,
                                    m_doc.groups().value(g).title, &ok);
        if (!ok)
            return;
        core::DashboardDocument next = m_doc;
        next.renameGroup(g, name);
        applyChange(next, tr("Rename group"));
    });
    connect(m_canvas, &DashboardCanvas::groupMoveRequested, this, [this](int from, int to) {
        core::DashboardDocument next = m_doc;
        next.moveGroup(from, to);
        applyChange(next, tr("Move group"));
    });
    connect(m_canvas, &DashboardCanvas::groupRemoveRequested, this, [this](int g) {
        core::DashboardDocument next = m_doc;
        next.removeGroup(g);
        applyChange(next, tr("Remove group"));
    });
}

void DashboardView::setChromeVisible(bool visible)
{
    m_editButton->setVisible(visible && !m_readOnly);
    m_cloneButton->setVisible(visible && m_readOnly);
    m_live->setVisible(visible);
}

void DashboardView::setEngine(std::shared_ptr<core::QueryEngine> engine)
{
    m_engine = std::move(engine);
    m_scheduler = std::make_unique<core::PanelQueryScheduler>(m_engine, 3);
    connect(m_scheduler.get(), &core::PanelQueryScheduler::panelFinished, this,
            &DashboardView::onFinished);
}

void DashboardView::setDocument(const core::DashboardDocument &document, bool readOnly)
{
    m_readOnly = readOnly;
    m_undo->clear();
    m_savedDoc = document;
    m_editing = false;
    m_editBar->setVisible(false);
    m_varSelection.clear();
    m_varOptions.clear();
    // The document's default range, unless the user (or the CLI) already picked one.
    if (!m_absolute && !m_rangeChosen) {
        if (const auto d = core::parseDuration(document.duration().toStdString()); d && *d > 0) {
            m_relative = *d;
            for (int i = 0; i < m_range->count(); ++i)
                if (m_range->itemData(i).isValid() && m_range->itemData(i).toLongLong() == *d)
                    m_range->setCurrentIndex(i);
        }
    }
    m_badge->setVisible(readOnly);
    m_editButton->setVisible(!readOnly);
    m_cloneButton->setVisible(readOnly);
    // Re-opening the same document keeps its panels (and their drawn results).
    const bool same = document == m_doc && !m_panels.isEmpty();
    m_doc = document;
    m_varDefs = core::parseVariableDefinitions(m_doc.variables());
    if (!same)
        rebuildPanels();
    else
        m_canvas->setEditing(false);
    loadVariables();
}

void DashboardView::setDocumentSilently(const core::DashboardDocument &doc)
{
    const bool variablesChanged = doc.variables() != m_doc.variables();
    m_doc = doc;
    m_varDefs = core::parseVariableDefinitions(m_doc.variables());
    rebuildPanels();
    if (variablesChanged)
        loadVariables();
    else
        runPanels(false);
    updateEditActions();
}

void DashboardView::applyChange(const core::DashboardDocument &next, const QString &text)
{
    if (next == m_doc)
        return;
    m_undo->push(new SnapshotCommand(this, m_doc, next, text));
}

void DashboardView::setEditing(bool editing)
{
    if (m_readOnly)
        editing = false;
    m_editing = editing;
    m_editBar->setVisible(editing);
    m_editButton->setVisible(!editing && !m_readOnly);
    m_canvas->setEditing(editing);
    updateEditActions();
    Q_EMIT editingChanged(editing);
}

void DashboardView::cancelEditing()
{
    m_undo->clear();
    setEditing(false);
    if (!(m_doc == m_savedDoc))
        setDocumentSilently(m_savedDoc);
}

void DashboardView::updateEditActions()
{
    m_undoButton->setEnabled(m_undo->canUndo());
    m_redoButton->setEnabled(m_undo->canRedo());
    m_saveButton->setEnabled(isDirty());
    m_title->setText(m_doc.name() + (m_editing && isDirty() ? QStringLiteral(" •") : QString()));
}

void DashboardView::rebuildPanels()
{
    m_title->setText(m_doc.name());
    m_title->setToolTip(m_doc.description());
    qDeleteAll(m_panels);
    m_panels.clear();
    for (const QString &key : m_doc.panelKeys()) {
        auto *panel = new PanelWidget(m_canvas);
        panel->setPanel(m_doc.panel(key));
        panel->setEditing(m_editing);
        connect(panel, &PanelWidget::openTraceRequested, this, &DashboardView::openTraceRequested);
        connect(panel, &PanelWidget::panelVariableChanged, this,
                [this, key](const QString &name, const QString &value) {
                    m_panelSelections[key].insert(name, {value});
                    runPanel(key);
                });
        connect(panel, &PanelWidget::editRequested, this, [this, key] { editPanel(key); });
        connect(panel, &PanelWidget::createAlertRequested, this, [this, key] {
            const core::PanelInfo info = m_doc.panel(key);
            if (!info.queries.isEmpty())
                Q_EMIT createAlertRequested(info.title, info.queries.first().sql,
                                            variableValues(&info));
        });
        connect(panel, &PanelWidget::duplicateRequested, this, [this, key] {
            core::DashboardDocument next = m_doc;
            next.duplicatePanel(key);
            applyChange(next, tr("Duplicate panel"));
        });
        connect(panel, &PanelWidget::removeRequested, this, [this, key] {
            core::DashboardDocument next = m_doc;
            next.removePanel(key);
            applyChange(next, tr("Remove panel"));
        });
        panel->show();
        m_panels.insert(key, panel);
    }
    m_canvas->setGroups(m_doc.groups(), m_panels);
    m_canvas->setEditing(m_editing);
}

QStringList DashboardView::variableNames() const
{
    QStringList names;
    for (const auto &d : m_varDefs)
        names << d.name;
    return names;
}

void DashboardView::setVariableOverride(const QString &name, const QStringList &values)
{
    m_varOverrides.insert(name, values);
    m_varSelection.insert(name, values);
}

void DashboardView::setResolutionOverride(const QString &interval)
{
    m_resolutionOverride = interval;
}

void DashboardView::setRelativeRange(core::Micros length)
{
    m_rangeChosen = true;
    m_absolute.reset();
    for (int i = 0; i < m_range->count(); ++i)
        if (m_range->itemData(i).isValid() && m_range->itemData(i).toLongLong() == length)
            m_range->setCurrentIndex(i);
    m_relative = length;
    refresh(false);
}

void DashboardView::setAbsoluteRange(core::Micros from, core::Micros to)
{
    m_absolute = core::TimeWindow {from, to};
    m_range->setCurrentIndex(m_range->count() - 1);
    refresh(false);
}

core::TimeWindow DashboardView::currentRange() const
{
    if (m_absolute)
        return *m_absolute;
    // Snap the end so that re-opening within the step gives the same inputs (and reuses results).
    const core::Micros step
        = m_relative <= core::kMicrosPerHour ? 10 * core::kMicrosPerSecond : core::kMicrosPerMinute;
    const core::Micros now = core::nowMicros();
    const core::Micros to = (now / step + 1) * step;
    m_lastRange = core::TimeWindow {to - m_relative, to};
    return m_lastRange;
}

QVariantMap DashboardView::variableValues(const core::PanelInfo *panel) const
{
    QVariantMap values;
    for (const auto &def : m_varDefs) {
        const QStringList options = m_varOptions.value(def.name);
        QStringList selection = m_varSelection.value(def.name);
        if (selection.isEmpty())
            selection = def.kind == core::VariableDefinition::Kind::Text
                ? QStringList {def.textValue}
                : core::defaultSelection(def, options);
        values.insert(def.name, core::resolveVariableValue(def, options, selection));
    }
    if (panel) {
        // Panel variables shadow dashboard ones of the same name.
        const core::TimeWindow range = m_absolute ? *m_absolute : m_lastRange;
        for (const auto &def : core::parseVariableDefinitions(panel->variables)) {
            QStringList options = def.staticValues;
            if (def.source == core::VariableDefinition::Source::TimeBucket)
                options = core::resolutionChoices(range.length());
            options = core::applyOptionRules(def, options);
            QStringList selection = m_panelSelections.value(panel->key).value(def.name);
            if (selection.isEmpty())
                selection = def.kind == core::VariableDefinition::Kind::Text
                    ? QStringList {def.textValue}
                    : core::defaultSelection(def, options);
            values.insert(def.name, core::resolveVariableValue(def, options, selection));
        }
    }
    // Built-ins win: a user variable named "resolution" is ignored, as in Logfire.
    const core::TimeWindow range = m_absolute ? *m_absolute : m_lastRange;
    const QVariantMap builtins = core::builtinVariables(range, m_resolutionOverride);
    for (auto it = builtins.begin(); it != builtins.end(); ++it)
        values.insert(it.key(), it.value());
    return values;
}

core::Result<QString> DashboardView::renderedQuery(const QString &panelKey) const
{
    const core::PanelInfo info = m_doc.panel(panelKey);
    if (info.queries.isEmpty())
        return core::Error::make(core::Error::Code::InvalidInput, tr("This panel has no query"));
    auto r = m_substitute(info.queries.first().sql, variableValues(&info));
    if (!r)
        return r.error();
    return r->sql;
}

void DashboardView::loadVariables()
{
    (void)currentRange();
    if (m_scheduler)
        m_scheduler->cancelAll();
    m_pendingVariables.clear();
    for (const auto &def : m_varDefs) {
        if (def.kind != core::VariableDefinition::Kind::List)
            continue;
        if (def.source == core::VariableDefinition::Source::Static) {
            m_varOptions.insert(def.name, core::applyOptionRules(def, def.staticValues));
        } else if (def.source == core::VariableDefinition::Source::TimeBucket) {
            m_varOptions.insert(def.name, core::resolutionChoices(m_lastRange.length()));
        } else if (m_scheduler) {
            auto sql
                = m_substitute(def.sql, core::builtinVariables(m_lastRange, m_resolutionOverride));
            if (!sql) {
                m_varOptions.insert(def.name, {});
                continue;
            }
            m_pendingVariables.insert(def.name);
            m_scheduler->submit(
                {QLatin1String(kVariableJobPrefix) + def.name, sql->sql, m_lastRange, 1000});
        }
    }
    rebuildVariableBar();
    if (m_pendingVariables.isEmpty())
        runPanels(false);
    else
        for (PanelWidget *p : std::as_const(m_panels))
            if (p->state() != PanelWidget::State::Error)
                p->setLoading();
}

void DashboardView::rebuildVariableBar()
{
    while (QLayoutItem *item = m_variableLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int visible = 0;
    for (const auto &def : m_varDefs) {
        if (def.hidden)
            continue;
        const QString name = def.name;
        auto *box = new QWidget(m_variableBar);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(def.displayLabel(), box);
        palette::setMutedText(label);
        label->setToolTip(def.description);
        row->addWidget(label);
        if (def.kind == core::VariableDefinition::Kind::Text) {
            auto *edit = new QLineEdit(box);
            label->setBuddy(edit);
            edit->setText(m_varSelection.value(name, {def.textValue}).value(0));
            edit->setReadOnly(def.constant);
            connect(edit, &QLineEdit::editingFinished, this, [this, edit, name] {
                m_varSelection.insert(name, {edit->text()});
                refresh(false);
            });
            row->addWidget(edit);
        } else {
            const QStringList options = m_varOptions.value(name);
            // A list selector stays hidden until it has more than one option.
            if (options.size() <= 1 && def.source != core::VariableDefinition::Source::Query) {
                delete box;
                continue;
            }
            if (options.size() <= 1 && !m_pendingVariables.contains(name)) {
                delete box;
                continue;
            }
            QStringList selection = m_varSelection.value(name);
            if (selection.isEmpty())
                selection = core::defaultSelection(def, options);
            if (def.allowMultiple) {
                auto *button = new QToolButton(box);
                label->setBuddy(button);
                button->setPopupMode(QToolButton::InstantPopup);
                auto *menu = new QMenu(button);
                auto updateText = [button, def, options](const QStringList &sel) {
                    button->setText(sel.contains(core::allSelectionMarker()) ? QObject::tr("All")
                                        : sel.isEmpty()                      ? QObject::tr("None")
                                                        : sel.join(QStringLiteral(", ")));
                };
                if (def.allowAll) {
                    QAction *all = menu->addAction(tr("All"));
                    all->setCheckable(true);
                    all->setChecked(selection.contains(core::allSelectionMarker()));
                    connect(all, &QAction::triggered, this, [this, name](bool on) {
                        m_varSelection.insert(
                            name, on ? QStringList {core::allSelectionMarker()} : QStringList {});
                        rebuildVariableBar();
                        refresh(false);
                    });
                }
                for (const QString &o : options) {
                    QAction *a = menu->addAction(o);
                    a->setCheckable(true);
                    a->setChecked(selection.contains(o));
                    connect(a, &QAction::triggered, this, [this, name, o, def, options](bool on) {
                        QStringList sel = m_varSelection.value(name);
                        if (sel.isEmpty())
                            sel = core::defaultSelection(def, options);
                        sel.removeAll(core::allSelectionMarker());
                        if (on && !sel.contains(o))
                            sel << o;
                        if (!on)
                            sel.removeAll(o);
                        m_varSelection.insert(name, sel);
                        rebuildVariableBar();
                        refresh(false);
                    });
                }
                button->setMenu(menu);
                updateText(selection);
                row->addWidget(button);
            } else {
                auto *combo = new QComboBox(box);
                label->setBuddy(combo);
                if (def.allowAll)
                    combo->addItem(tr("All"), core::allSelectionMarker());
                for (const QString &o : options)
                    combo->addItem(o, o);
                combo->setCurrentIndex(std::max(0, combo->findData(selection.value(0))));
                connect(combo, &QComboBox::activated, this, [this, combo, name](int index) {
                    m_varSelection.insert(name, {combo->itemData(index).toString()});
                    refresh(false);
                });
                row->addWidget(combo);
            }
        }
        m_variableLayout->addWidget(box);
        ++visible;
    }
    m_variableLayout->addStretch(1);
    m_variableBar->setVisible(visible > 0);
}

void DashboardView::refresh(bool force)
{
    (void)currentRange();
    if (force && m_scheduler)
        m_scheduler->clearCache();
    bool queryVars = false;
    for (const auto &d : m_varDefs)
        queryVars = queryVars || d.source == core::VariableDefinition::Source::Query;
    if (queryVars && force)
        loadVariables();
    else
        runPanels(force);
}

void DashboardView::setLiveInterval(int seconds)
{
    if (seconds <= 0) {
        m_liveTimer->stop();
    } else {
        m_liveTimer->start(seconds * 1000);
        if (m_absolute)
            m_absolute.reset();
    }
    for (int i = 0; i < m_live->count(); ++i)
        if (m_live->itemData(i).toInt() == seconds)
            m_live->setCurrentIndex(i);
}

void DashboardView::updateResolutionChoices(const core::TimeWindow &range)
{
    // The resolution choices follow the range.
    m_resolution->clear();
    m_resolution->addItem(tr("Auto (%1)").arg(core::autoResolution(range.length())));
    for (const QString &c : core::resolutionChoices(range.length()))
        m_resolution->addItem(c);
    if (!m_resolutionOverride.isEmpty()) {
        const int i = m_resolution->findText(m_resolutionOverride);
        if (i > 0)
            m_resolution->setCurrentIndex(i);
    }
}

void DashboardView::runPanels(bool)
{
    if (!m_scheduler)
        return;
    // Panels wait for list variables still loading; they run when the options arrive.
    if (!m_pendingVariables.isEmpty())
        return;
    const core::TimeWindow range = currentRange();
    updateResolutionChoices(range);
    m_scheduler->cancelAll();
    m_outstanding.clear();
    for (auto it = m_panels.begin(); it != m_panels.end(); ++it) {
        const core::PanelInfo &info = it.value()->panel();
        if (info.kind == core::PanelKind::Markdown || info.kind == core::PanelKind::Unknown
            || info.queries.isEmpty() || info.queries.first().sql.trimmed().isEmpty())
            continue;
        auto sql = m_substitute(info.queries.first().sql, variableValues(&info));
        if (!sql) {
            it.value()->setError(sql.error().message);
            continue;
        }
        it.value()->setLoading();
        m_outstanding.insert(it.key());
        m_scheduler->submit({it.key(), sql->sql, range, 10000});
    }
    checkSettled();
}

void DashboardView::runPanel(const QString &key)
{
    PanelWidget *panel = m_panels.value(key);
    if (!panel || !m_scheduler)
        return;
    const core::PanelInfo &info = panel->panel();
    auto sql = m_substitute(info.queries.value(0).sql, variableValues(&info));
    if (!sql) {
        panel->setError(sql.error().message);
        return;
    }
    panel->setLoading();
    m_outstanding.insert(key);
    m_scheduler->submit({key, sql->sql, m_absolute ? *m_absolute : m_lastRange, 10000});
}

void DashboardView::onFinished(const core::PanelOutcome &outcome)
{
    if (outcome.panelKey.startsWith(QLatin1String(kVariableJobPrefix))) {
        const QString name = outcome.panelKey.mid(int(std::size(kVariableJobPrefix)) - 1);
        QStringList raw;
        if (outcome.result)
            for (const auto &row : outcome.result->rows)
                if (!row.isEmpty() && !row.first().isNull())
                    raw << row.first().toString();
        for (const auto &def : std::as_const(m_varDefs))
            if (def.name == name)
                m_varOptions.insert(name, core::applyOptionRules(def, raw));
        m_pendingVariables.remove(name);
        if (m_pendingVariables.isEmpty()) {
            rebuildVariableBar();
            runPanels(false);
        }
        return;
    }
    PanelWidget *panel = m_panels.value(outcome.panelKey);
    if (panel)
        panel->setOutcome(outcome, m_absolute ? *m_absolute : m_lastRange);
    m_outstanding.remove(outcome.panelKey);
    checkSettled();
}

void DashboardView::checkSettled()
{
    if (isSettled())
        Q_EMIT settled();
}

QStringList DashboardView::panelErrors() const
{
    QStringList out;
    for (const QString &key : m_doc.panelKeys()) {
        const PanelWidget *p = m_panels.value(key);
        if (p && p->state() == PanelWidget::State::Error)
            out << p->panel().title + QStringLiteral(": ") + p->errorText();
    }
    return out;
}

void DashboardView::editPanel(const QString &key)
{
    PanelEditorDialog dialog(
        m_doc.panelJson(key), m_engine,
        [this](const core::PanelInfo &info) { return variableValues(&info); }, currentRange(),
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    core::DashboardDocument next = m_doc;
    next.setPanelJson(key, dialog.panelJson());
    applyChange(next, tr("Edit panel"));
}

void DashboardView::addPanel()
{
    const json fresh = core::DashboardDocument::makePanel(
        core::PanelKind::TimeSeriesChart, tr("New panel"),
        QStringLiteral("SELECT time_bucket($resolution, start_timestamp) AS x,\n"
                       "       count(*) AS records\nFROM records\nGROUP BY x\nORDER BY x"),
        QString(), {QStringLiteral("records")});
    PanelEditorDialog dialog(
        fresh, m_engine, [this](const core::PanelInfo &info) { return variableValues(&info); },
        currentRange(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    core::DashboardDocument next = m_doc;
    next.addPanel(dialog.panelJson(), 0);
    applyChange(next, tr("Add panel"));
}

void DashboardView::editJson()
{
    JsonEditorDialog dialog(
        tr("Edit dashboard JSON"), m_doc.toJson(2),
        [](const json &j) { return core::DashboardDocument::validate(j); }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto next = core::DashboardDocument::fromJson(dialog.value());
    if (next)
        applyChange(next.value(), tr("Edit JSON"));
}

void DashboardView::editVariables()
{
    const std::string text = m_doc.variables().dump(2);
    JsonEditorDialog dialog(
        tr("Edit variables"), QByteArray::fromStdString(text),
        [this](const json &vars) {
            json doc = m_doc.root();
            doc["spec"]["variables"] = vars;
            return core::DashboardDocument::validate(doc);
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    core::DashboardDocument next = m_doc;
    next.setVariables(dialog.value());
    applyChange(next, tr("Edit variables"));
}

} // namespace hearth::app
