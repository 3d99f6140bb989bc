// SPDX-License-Identifier: MIT
#include "app/dashboards/paneleditordialog.h"

#include "app/dashboards/panelwidget.h"
#include "app/widgets/sqleditor.h"
#include "core/dashboard/sqlsubstitution.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace hearth::app {

using nlohmann::json;

namespace {

const core::PanelKind kKinds[]
    = {core::PanelKind::TimeSeriesChart, core::PanelKind::BarChart, core::PanelKind::PieChart,
       core::PanelKind::Table,           core::PanelKind::Values,   core::PanelKind::GaugeChart,
       core::PanelKind::Markdown};

QString jstr(const json &j, const char *key)
{
    return j.is_object() && j.contains(key) && j[key].is_string()
        ? QString::fromStdString(j[key].get<std::string>())
        : QString();
}

} // namespace

PanelEditorDialog::PanelEditorDialog(const json &panel, std::shared_ptr<core::QueryEngine> engine,
                                     ValuesFn values, const core::TimeWindow &range,
                                     QWidget *parent)
    : QDialog(parent), m_original(panel), m_values(std::move(values)), m_range(range)
{
    setWindowTitle(tr("Edit panel"));
    resize(1180, 720);
    m_scheduler = std::make_unique<core::PanelQueryScheduler>(std::move(engine), 1);

    core::DashboardDocument scratch
        = core::DashboardDocument::createEmpty(QStringLiteral("scratch"));
    scratch.setPanelJson(QStringLiteral("p"), panel);
    const core::PanelInfo info = scratch.panel(QStringLiteral("p"));

    auto *layout = new QVBoxLayout(this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(split);
    auto *form = new QFormLayout(left);
    m_title = new QLineEdit(info.title, left);
    form->addRow(tr("Title"), m_title);
    m_kind = new QComboBox(left);
    for (const auto k : kKinds)
        m_kind->addItem(core::panelKindName(k), static_cast<int>(k));
    m_kind->setCurrentIndex(std::max(0, m_kind->findText(info.kindName)));
    form->addRow(tr("Chart"), m_kind);
    // The Explore page's editor: highlighting, completion, Tab indents, Ctrl+Tab moves on.
    m_sql = new SqlEditor(left);
    m_sql->setObjectName(QStringLiteral("panelSqlEditor"));
    m_sql->setPlainText(info.kind == core::PanelKind::Markdown ? jstr(info.pluginSpec, "text")
                                                               : info.queries.value(0).sql);
    form->addRow(tr("Query"), m_sql);
    m_showRendered = new QCheckBox(tr("Show rendered query"), left);
    form->addRow(QString(), m_showRendered);
    m_rendered = new QPlainTextEdit(left);
    m_rendered->setReadOnly(true);
    m_rendered->setFont(m_sql->font());
    m_rendered->setVisible(false);
    m_rendered->setMaximumHeight(140);
    form->addRow(QString(), m_rendered);
    connect(m_showRendered, &QCheckBox::toggled, m_rendered, &QWidget::setVisible);

    m_dimension = new QComboBox(left);
    m_dimension->setEditable(true);
    m_dimension->addItem(QString());
    m_dimension->setCurrentText(info.queries.value(0).groupBy);
    form->addRow(tr("Dimension"), m_dimension);
    m_metrics = new QListWidget(left);
    m_metrics->setMaximumHeight(90);
    for (const QString &m : info.queries.value(0).metrics) {
        auto *item = new QListWidgetItem(m, m_metrics);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    form->addRow(tr("Metrics"), m_metrics);

    const json visual = info.pluginSpec.value("visual", json::object());
    m_display = new QComboBox(left);
    m_display->addItems({QStringLiteral("line"), QStringLiteral("area"), QStringLiteral("bar")});
    const QString display = jstr(visual, "display");
    m_display->setCurrentText(display.isEmpty() ? QStringLiteral("line") : display);
    m_stacked = new QCheckBox(tr("Stacked"), left);
    m_stacked->setChecked(!jstr(visual, "stack").isEmpty());
    auto *displayRow = new QHBoxLayout;
    displayRow->addWidget(m_display);
    displayRow->addWidget(m_stacked);
    form->addRow(tr("Display"), displayRow);
    const json yAxis = info.pluginSpec.value("yAxis", json::object());
    m_unit = new QComboBox(left);
    m_unit->addItems({QString(), QStringLiteral("decimal"), QStringLiteral("percent"),
                      QStringLiteral("percent-decimal"), QStringLiteral("usd"),
                      QStringLiteral("bytes"), QStringLiteral("seconds"),
                      QStringLiteral("milliseconds")});
    const json format = info.kind == core::PanelKind::TimeSeriesChart
        ? yAxis.value("format", json::object())
        : info.pluginSpec.value("format", json::object());
    m_unit->setCurrentText(jstr(format, "unit"));
    form->addRow(tr("Unit"), m_unit);
    m_yMin = new QLineEdit(left);
    m_yMax = new QLineEdit(left);
    if (yAxis.contains("min") && yAxis["min"].is_number())
        m_yMin->setText(QString::number(yAxis["min"].get<double>()));
    if (yAxis.contains("max") && yAxis["max"].is_number())
        m_yMax->setText(QString::number(yAxis["max"].get<double>()));
    auto *yRow = new QHBoxLayout;
    yRow->addWidget(m_yMin);
    yRow->addWidget(new QLabel(tr("to"), left));
    yRow->addWidget(m_yMax);
    form->addRow(tr("Y axis"), yRow);

    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    auto *runRow = new QHBoxLayout;
    auto *run = new QPushButton(tr("Run (Ctrl+Enter)"), right);
    m_info = new QLabel(right);
    m_info->setWordWrap(true);
    runRow->addWidget(run);
    runRow->addWidget(m_info, 1);
    rightLayout->addLayout(runRow);
    m_preview = new PanelWidget(right);
    rightLayout->addWidget(m_preview, 1);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({560, 620});
    layout->addWidget(split, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(run, &QPushButton::clicked, this, &PanelEditorDialog::runPreview);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(shortcut, &QShortcut::activated, this, &PanelEditorDialog::runPreview);
    connect(m_sql, &SqlEditor::runRequested, this, &PanelEditorDialog::runPreview);
    connect(m_sql, &QPlainTextEdit::textChanged, this, &PanelEditorDialog::updateRendered);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateKindOptions();
        runPreview();
    });
    for (QComboBox *c : {m_display, m_unit})
        connect(c, &QComboBox::currentIndexChanged, this, &PanelEditorDialog::runPreview);
    connect(m_dimension, &QComboBox::currentTextChanged, this, &PanelEditorDialog::runPreview);
    connect(m_stacked, &QCheckBox::toggled, this, &PanelEditorDialog::runPreview);
    connect(m_metrics, &QListWidget::itemChanged, this, &PanelEditorDialog::runPreview);

    connect(m_scheduler.get(), &core::PanelQueryScheduler::panelFinished, this,
            [this](const core::PanelOutcome &outcome) {
                if (outcome.result) {
                    m_columns.clear();
                    for (const auto &c : outcome.result->columns)
                        m_columns << c.name;
                    // Offer the result's columns in the pickers, keeping the current choice.
                    const QString dim = m_dimension->currentText();
                    QSignalBlocker b1(m_dimension), b2(m_metrics);
                    m_dimension->clear();
                    m_dimension->addItem(QString());
                    m_dimension->addItems(m_columns);
                    m_dimension->setCurrentText(dim);
                    QStringList checked;
                    for (int i = 0; i < m_metrics->count(); ++i)
                        if (m_metrics->item(i)->checkState() == Qt::Checked)
                            checked << m_metrics->item(i)->text();
                    m_metrics->clear();
                    for (const QString &c : std::as_const(m_columns)) {
                        if (c == QLatin1String("x"))
                            continue;
                        auto *item = new QListWidgetItem(c, m_metrics);
                        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                        item->setCheckState(checked.contains(c) ? Qt::Checked : Qt::Unchecked);
                    }
                    m_info->setText(
                        tr("%n row(s) in %1 ms", nullptr, int(outcome.result->rows.size()))
                            .arg(QString::number(outcome.elapsedMs, 'f', 0)));
                } else {
                    m_info->setText(QString());
                }
                m_preview->setPanel(currentInfo());
                m_preview->setOutcome(outcome, m_range);
            });
    updateKindOptions();
    updateRendered();
    runPreview();
}

PanelEditorDialog::~PanelEditorDialog() = default;

void PanelEditorDialog::updateKindOptions()
{
    const auto kind = static_cast<core::PanelKind>(m_kind->currentData().toInt());
    const bool ts = kind == core::PanelKind::TimeSeriesChart;
    m_display->setEnabled(ts);
    m_stacked->setEnabled(ts);
    m_yMin->setEnabled(ts);
    m_yMax->setEnabled(ts);
    m_showRendered->setEnabled(kind != core::PanelKind::Markdown);
}

void PanelEditorDialog::setSql(const QString &sql)
{
    m_sql->setPlainText(sql);
}

QStringList PanelEditorDialog::columnChoices() const
{
    return m_columns;
}

core::PanelInfo PanelEditorDialog::currentInfo() const
{
    core::DashboardDocument scratch
        = core::DashboardDocument::createEmpty(QStringLiteral("scratch"));
    scratch.setPanelJson(QStringLiteral("p"), panelJson());
    return scratch.panel(QStringLiteral("p"));
}

QString PanelEditorDialog::renderedSql() const
{
    const core::PanelInfo info = currentInfo();
    auto r = core::substituteSqlVariables(m_sql->toPlainText(), m_values(info));
    return r ? r->sql : tr("-- %1").arg(r.error().message);
}

void PanelEditorDialog::updateRendered()
{
    m_rendered->setPlainText(renderedSql());
}

void PanelEditorDialog::runPreview()
{
    const core::PanelInfo info = currentInfo();
    m_preview->setPanel(info);
    updateRendered();
    if (info.kind == core::PanelKind::Markdown)
        return;
    auto r = core::substituteSqlVariables(m_sql->toPlainText(), m_values(info));
    if (!r) {
        m_preview->setError(r.error().message);
        return;
    }
    m_preview->setLoading();
    m_scheduler->submit({QStringLiteral("preview"), r->sql, m_range, 10000});
}

json PanelEditorDialog::panelJson() const
{
    json panel = m_original.is_object() ? m_original : json::object();
    panel["kind"] = "Panel";
    json &spec = panel["spec"];
    spec["display"]["name"] = m_title->text().toStdString();
    const auto kind = static_cast<core::PanelKind>(m_kind->currentData().toInt());
    json &plugin = spec["plugin"];
    const bool kindChanged = jstr(plugin, "kind") != core::panelKindName(kind);
    plugin["kind"] = core::panelKindName(kind).toStdString();
    if (kindChanged || !plugin.contains("spec") || !plugin["spec"].is_object())
        plugin["spec"] = json::object();
    json &ps = plugin["spec"];
    const QString unit = m_unit->currentText();
    if (kind == core::PanelKind::Markdown) {
        ps["text"] = m_sql->toPlainText().toStdString();
        spec["queries"] = json::array();
        return panel;
    }
    if (kind == core::PanelKind::TimeSeriesChart) {
        ps["visual"]["display"] = m_display->currentText().toStdString();
        if (m_stacked->isChecked())
            ps["visual"]["stack"] = "all";
        else
            ps["visual"].erase("stack");
        if (!ps.contains("legend"))
            ps["legend"] = {{"position", "bottom"}};
        json &y = ps["yAxis"];
        if (!y.is_object())
            y = json::object();
        if (unit.isEmpty())
            y.erase("format");
        else
            y["format"]["unit"] = unit.toStdString();
        bool ok = false;
        const double mn = m_yMin->text().toDouble(&ok);
        if (ok)
            y["min"] = mn;
        else
            y.erase("min");
        const double mx = m_yMax->text().toDouble(&ok);
        if (ok)
            y["max"] = mx;
        else
            y.erase("max");
        if (y.empty())
            ps.erase("yAxis");
    } else if (!unit.isEmpty()) {
        ps["format"]["unit"] = unit.toStdString();
    }
    const bool ts = core::panelKindIsTimeSeries(kind);
    json qspec = json::object();
    if (spec.contains("queries") && spec["queries"].is_array() && !spec["queries"].empty())
        qspec = spec["queries"][0]
                    .value("spec", json::object())
                    .value("plugin", json::object())
                    .value("spec", json::object());
    qspec["query"] = m_sql->toPlainText().toStdString();
    if (!m_dimension->currentText().isEmpty() || ts)
        qspec["groupBy"] = m_dimension->currentText().toStdString();
    json metrics = json::array();
    for (int i = 0; i < m_metrics->count(); ++i)
        if (m_metrics->item(i)->checkState() == Qt::Checked)
            metrics.push_back(m_metrics->item(i)->text().toStdString());
    if (!metrics.empty() || ts)
        qspec["metrics"] = metrics;
    spec["queries"]
        = json::array({{{"kind", ts ? "TimeSeriesQuery" : "NonTimeSeriesQuery"},
                        {"spec",
                         {{"plugin",
                           {{"kind", ts ? "LogfireTimeSeriesQuery" : "LogfireNonTimeSeriesQuery"},
                            {"spec", qspec}}}}}}});
    return panel;
}

} // namespace hearth::app
