// SPDX-License-Identifier: MIT
#include "app/dashboards/panelwidget.h"

#include "app/dashboards/categorychartview.h"
#include "app/dashboards/resulttablemodel.h"
#include "app/dashboards/timeserieschartview.h"
#include "app/dashboards/valueswidget.h"
#include "app/shell/theme.h"
#include "app/widgets/palette.h"
#include "core/dashboard/chartdata.h"

#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace hearth::app {

using nlohmann::json;

void PanelWidget::applyTheme()
{
    QPalette pal = QGuiApplication::palette();
    pal.setColor(QPalette::Window, pal.color(QPalette::Base));
    setPalette(pal);
    setStyleSheet(QStringLiteral("#dashboardPanel { background: %1; border: 1px solid %2; "
                                 "border-radius: 6px; }")
                      .arg(pal.color(QPalette::Base).name(),
                           palette::isDark() ? QStringLiteral("rgba(255,255,255,0.10)")
                                             : QStringLiteral("rgba(0,0,0,0.13)")));
}

PanelWidget::PanelWidget(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("dashboardPanel"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    applyTheme();
    // The panel's palette and frame are set, not inherited: renew them when the theme changes.
    connect(&Theme::instance(), &Theme::changed, this, &PanelWidget::applyTheme);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 8);
    layout->setSpacing(4);
    m_titleBar = new QWidget(this);
    auto *titleLayout = new QHBoxLayout(m_titleBar);
    titleLayout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(m_titleBar);
    QFont tf = m_title->font();
    tf.setWeight(QFont::DemiBold);
    m_title->setFont(tf);
    m_status = new QLabel(m_titleBar);
    palette::setMutedText(m_status);
    titleLayout->addWidget(m_title, 1);
    titleLayout->addWidget(m_status);
    auto makeButton = [&](const QString &text, const QString &tip) {
        auto *b = new QToolButton(m_titleBar);
        b->setText(text);
        b->setToolTip(tip);
        b->setAccessibleName(tip); // "✕" says nothing to a screen reader
        b->setAutoRaise(true);
        b->setVisible(false);
        titleLayout->addWidget(b);
        return b;
    };
    m_edit = makeButton(tr("Edit"), tr("Edit this panel"));
    m_duplicate = makeButton(tr("Duplicate"), tr("Duplicate this panel"));
    m_remove = makeButton(QStringLiteral("✕"), tr("Remove this panel"));
    m_alert = makeButton(tr("Alert…"),
                         tr("Create an alert rule from this panel's query and variables"));
    m_alert->setObjectName(QStringLiteral("createAlertButton"));
    m_alert->setVisible(true);
    connect(m_alert, &QToolButton::clicked, this, &PanelWidget::createAlertRequested);
    connect(m_edit, &QToolButton::clicked, this, &PanelWidget::editRequested);
    connect(m_duplicate, &QToolButton::clicked, this, &PanelWidget::duplicateRequested);
    connect(m_remove, &QToolButton::clicked, this, &PanelWidget::removeRequested);
    layout->addWidget(m_titleBar);

    m_variableRow = new QWidget(this);
    auto *variableLayout = new QHBoxLayout(m_variableRow);
    variableLayout->setContentsMargins(0, 0, 0, 0);
    m_variableRow->setVisible(false);
    layout->addWidget(m_variableRow);
    m_stack = new QStackedWidget(this);
    m_message = new QLabel(m_stack);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack->addWidget(m_message);
    layout->addWidget(m_stack, 1);
}

void PanelWidget::setPanel(const core::PanelInfo &info)
{
    m_info = info;
    m_lastResult.reset();
    // Panel variables render under the title; lists with one option stay hidden, as on dashboards.
    auto *row = static_cast<QHBoxLayout *>(m_variableRow->layout());
    while (QLayoutItem *item = row->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    bool anyVariable = false;
    for (const auto &def : core::parseVariableDefinitions(info.variables)) {
        if (def.hidden || def.kind != core::VariableDefinition::Kind::List
            || def.source != core::VariableDefinition::Source::Static)
            continue;
        const QStringList options = core::applyOptionRules(def, def.staticValues);
        if (options.size() <= 1)
            continue;
        auto *label = new QLabel(def.displayLabel(), m_variableRow);
        palette::setMutedText(label);
        auto *combo = new QComboBox(m_variableRow);
        combo->setObjectName(QStringLiteral("panelVariable_") + def.name);
        combo->addItems(options);
        combo->setCurrentText(core::defaultSelection(def, options).value(0));
        const QString name = def.name;
        connect(combo, &QComboBox::activated, this,
                [this, combo, name] { Q_EMIT panelVariableChanged(name, combo->currentText()); });
        row->addWidget(label);
        row->addWidget(combo);
        anyVariable = true;
    }
    row->addStretch(1);
    m_variableRow->setVisible(anyVariable);
    m_title->setText(info.title);
    setToolTip(info.description);
    m_title->setToolTip(info.description);
    if (info.kind == core::PanelKind::Markdown)
        showMarkdown();
    else if (info.kind == core::PanelKind::Unknown)
        setError(tr("Unsupported panel kind \"%1\"").arg(info.kindName));
    else if (info.queries.isEmpty() || info.queries.first().sql.trimmed().isEmpty())
        setError(tr("This panel has no query"));
}

void PanelWidget::setEditing(bool editing)
{
    m_alert->setVisible(!editing);
    m_edit->setVisible(editing);
    m_duplicate->setVisible(editing);
    m_remove->setVisible(editing);
    m_titleBar->setCursor(editing ? Qt::SizeAllCursor : Qt::ArrowCursor);
}

void PanelWidget::setLoading()
{
    m_state = State::Loading;
    m_status->setText(tr("Loading…"));
    if (m_stack->currentWidget() == m_message || !m_stack->currentWidget()) {
        m_message->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
        m_message->setText(tr("Loading…"));
        m_stack->setCurrentWidget(m_message);
    }
}

void PanelWidget::setError(const QString &message)
{
    m_state = State::Error;
    m_error = message;
    m_status->setText(QString());
    m_message->setStyleSheet(QStringLiteral("color: %1;").arg(palette::errorTextColor().name()));
    m_message->setText(QStringLiteral("⚠ ") + message);
    m_stack->setCurrentWidget(m_message);
}

void PanelWidget::showContent(QWidget *content)
{
    if (m_stack->indexOf(content) < 0)
        m_stack->addWidget(content);
    m_stack->setCurrentWidget(content);
}

void PanelWidget::showMarkdown()
{
    if (!m_markdown) {
        m_markdown = new QLabel(m_stack);
        m_markdown->setTextFormat(Qt::MarkdownText);
        m_markdown->setWordWrap(true);
        m_markdown->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        m_markdown->setOpenExternalLinks(true);
    }
    const json text = m_info.pluginSpec.value("text", json());
    m_markdown->setText(text.is_string() ? QString::fromStdString(text.get<std::string>())
                                         : QString());
    m_state = State::Ready;
    showContent(m_markdown);
}

void PanelWidget::setOutcome(const core::PanelOutcome &outcome, const core::TimeWindow &range)
{
    if (!outcome.result) {
        m_lastResult.reset();
        setError(outcome.error);
        return;
    }
    // The same result for the same range is already on screen: nothing to redraw.
    if (outcome.result == m_lastResult && range == m_lastRange
        && m_stack->currentWidget() != m_message) {
        m_state = State::Ready;
        m_status->setText(QString());
        return;
    }
    m_lastResult = outcome.result;
    m_lastRange = range;
    m_state = State::Ready;
    m_error.clear();
    const core::QueryResult &result = *outcome.result;
    m_status->setText(outcome.fromCache ? QString()
                                        : (result.truncated ? tr("truncated") : QString()));
    const core::PanelQuery query = m_info.queries.value(0);
    switch (m_info.kind) {
    case core::PanelKind::TimeSeriesChart: {
        auto data = core::buildTimeSeries(result, query);
        if (!data) {
            setError(data.error().message);
            return;
        }
        if (!m_timeSeries)
            m_timeSeries = new TimeSeriesChartView(m_stack);
        showContent(m_timeSeries);
        m_timeSeries->setData(data.value(), m_info.pluginSpec, double(range.from),
                              double(range.to));
        break;
    }
    case core::PanelKind::BarChart:
    case core::PanelKind::PieChart: {
        auto cats = core::buildCategories(result, query);
        if (!cats) {
            setError(cats.error().message);
            return;
        }
        if (!m_category)
            m_category = new CategoryChartView(m_stack);
        showContent(m_category);
        if (m_info.kind == core::PanelKind::BarChart)
            m_category->setBars(cats.value(), m_info.pluginSpec);
        else
            m_category->setPie(cats.value(), m_info.pluginSpec);
        break;
    }
    case core::PanelKind::Table: {
        if (!m_table) {
            m_table = new QTableView(m_stack);
            m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
            m_tableModel = new ResultTableModel(m_table);
            auto *proxy = new QSortFilterProxyModel(m_table);
            proxy->setSourceModel(m_tableModel);
            proxy->setSortRole(ResultTableModel::SortRole);
            m_table->setModel(proxy);
            m_table->setSortingEnabled(true);
            m_table->sortByColumn(-1, Qt::AscendingOrder);
            m_table->verticalHeader()->hide();
            m_table->verticalHeader()->setDefaultSectionSize(22);
            m_table->horizontalHeader()->setStretchLastSection(false);
            m_table->setAlternatingRowColors(true);
            m_table->setShowGrid(false);
            m_table->setFrameShape(QFrame::NoFrame);
            m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
            m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
            connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
                const QString trace = index.data(ResultTableModel::TraceIdRole).toString();
                if (!trace.isEmpty())
                    Q_EMIT openTraceRequested(trace);
            });
            connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
                const auto *r = m_tableModel->result();
                if (r && r->columns.value(index.column()).name == QLatin1String("trace_id")) {
                    const QString trace = index.data(ResultTableModel::TraceIdRole).toString();
                    if (!trace.isEmpty())
                        Q_EMIT openTraceRequested(trace);
                }
            });
        }
        m_tableModel->setResult(outcome.result);
        m_table->resizeColumnsToContents();
        for (int c = 0; c < m_tableModel->columnCount(); ++c)
            m_table->setColumnWidth(c, std::min(m_table->columnWidth(c) + 16, 360));
        // The first (label) column takes the spare width, numbers stay next to their header.
        m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        if (m_tableModel->columnCount() > 0)
            m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        showContent(m_table);
        break;
    }
    case core::PanelKind::Values:
    case core::PanelKind::GaugeChart:
        if (!m_values)
            m_values = new ValuesWidget(m_stack);
        m_values->setValues(core::buildValues(result, query), m_info.pluginSpec,
                            m_info.kind == core::PanelKind::Values ? ValuesWidget::Mode::Values
                                                                   : ValuesWidget::Mode::Gauge);
        showContent(m_values);
        break;
    case core::PanelKind::Markdown:
        showMarkdown();
        break;
    case core::PanelKind::Unknown:
        setError(tr("Unsupported panel kind \"%1\"").arg(m_info.kindName));
        break;
    }
    if (m_state == State::Ready && result.rows.isEmpty() && m_info.kind != core::PanelKind::Markdown
        && m_info.kind != core::PanelKind::Values) {
        m_status->setText(tr("no data"));
    }
}

} // namespace hearth::app
