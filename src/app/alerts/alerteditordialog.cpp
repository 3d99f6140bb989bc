// SPDX-License-Identifier: MIT
#include "app/alerts/alerteditordialog.h"

#include "app/alerts/matchedrowsmodel.h"
#include "app/widgets/palette.h"
#include "app/widgets/sqleditor.h"
#include "core/alerts/alertevaluator.h"

#include <nlohmann/json.hpp>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hearth::app {

namespace {

// Logfire's allowed time windows and frequencies (Terraform validation).
const QList<core::Micros> &windowChoices()
{
    using namespace core;
    static const QList<Micros> v {
        kMicrosPerMinute,      2 * kMicrosPerMinute,  5 * kMicrosPerMinute, 10 * kMicrosPerMinute,
        15 * kMicrosPerMinute, 30 * kMicrosPerMinute, kMicrosPerHour,       6 * kMicrosPerHour,
        12 * kMicrosPerHour,   kMicrosPerDay,         7 * kMicrosPerDay,    30 * kMicrosPerDay};
    return v;
}

const QList<core::Micros> &intervalChoices()
{
    using namespace core;
    static const QList<Micros> v {
        kMicrosPerMinute,      5 * kMicrosPerMinute,  10 * kMicrosPerMinute,
        15 * kMicrosPerMinute, 30 * kMicrosPerMinute, kMicrosPerHour,
        6 * kMicrosPerHour,    12 * kMicrosPerHour,   kMicrosPerDay};
    return v;
}

void fillDurations(QComboBox *box, const QList<core::Micros> &choices, core::Micros current)
{
    for (const auto us : choices)
        box->addItem(core::formatWindow(us), QVariant::fromValue<qint64>(us));
    int i = box->findData(QVariant::fromValue<qint64>(current));
    if (i < 0) { // a value from an import that is not one of the presets stays selectable
        box->addItem(core::formatWindow(current), QVariant::fromValue<qint64>(current));
        i = box->count() - 1;
    }
    box->setCurrentIndex(i);
}

// A variable value as typed: a JSON list ["a","b"] is multi-value, a whole number is a number,
// anything else is text.
QVariant parseVariableValue(const QString &text)
{
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1Char('['))) {
        const auto doc = nlohmann::json::parse(t.toStdString(), nullptr, false);
        if (doc.is_array()) {
            QStringList list;
            for (const auto &e : doc)
                list << (e.is_string() ? QString::fromStdString(e.get<std::string>())
                                       : QString::fromStdString(e.dump()));
            return list;
        }
    }
    bool isInt = false;
    const qint64 n = t.toLongLong(&isInt);
    if (isInt)
        return n;
    return text;
}

QString variableText(const QVariant &v)
{
    if (v.typeId() == QMetaType::QStringList) {
        nlohmann::json a = nlohmann::json::array();
        for (const auto &s : v.toStringList())
            a.push_back(s.toStdString());
        return QString::fromStdString(a.dump());
    }
    return v.toString();
}

// Asks for a webhook's URL, payload format, headers and template.
std::optional<core::AlertChannel> askWebhook(QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(AlertEditorDialog::tr("Add webhook"));
    auto *form = new QFormLayout(&dialog);
    auto *label = new QLineEdit(&dialog);
    auto *url = new QLineEdit(&dialog);
    url->setPlaceholderText(QStringLiteral("https://hooks.slack.com/services/…"));
    auto *format = new QComboBox(&dialog);
    format->addItem(AlertEditorDialog::tr("Raw JSON"),
                    static_cast<int>(core::AlertChannel::Format::RawJson));
    format->addItem(AlertEditorDialog::tr("Slack-compatible"),
                    static_cast<int>(core::AlertChannel::Format::Slack));
    format->addItem(AlertEditorDialog::tr("Template (Teams, Google Chat, …)"),
                    static_cast<int>(core::AlertChannel::Format::Template));
    auto *headers = new QPlainTextEdit(&dialog);
    headers->setPlaceholderText(AlertEditorDialog::tr("Authorization: Bearer …  (one per line)"));
    headers->setMaximumHeight(70);
    auto *body = new QPlainTextEdit(&dialog);
    body->setPlaceholderText(QStringLiteral(R"({"text": "{{summary}}", "rows": {{rows_json}}})"));
    body->setEnabled(false);
    QObject::connect(format, &QComboBox::currentIndexChanged, body, [format, body] {
        body->setEnabled(format->currentData().toInt()
                         == static_cast<int>(core::AlertChannel::Format::Template));
    });
    auto *error = new QLabel(&dialog);
    palette::setThemedStyleSheet(
        error, [] { return QStringLiteral("color: %1").arg(palette::errorTextColor().name()); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(AlertEditorDialog::tr("Label"), label);
    form->addRow(AlertEditorDialog::tr("URL"), url);
    form->addRow(AlertEditorDialog::tr("Format"), format);
    form->addRow(AlertEditorDialog::tr("Headers"), headers);
    form->addRow(AlertEditorDialog::tr("Body template"), body);
    form->addRow(error);
    form->addRow(buttons);
    core::AlertChannel channel;
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        channel = {};
        channel.label = label->text().trimmed();
        channel.url = url->text().trimmed();
        channel.format = static_cast<core::AlertChannel::Format>(format->currentData().toInt());
        channel.bodyTemplate = body->toPlainText();
        for (const QString &line : headers->toPlainText().split(QLatin1Char('\n'))) {
            if (line.trimmed().isEmpty())
                continue;
            const int colon = line.indexOf(QLatin1Char(':'));
            if (colon <= 0) {
                error->setText(AlertEditorDialog::tr("Header \"%1\" needs the form Name: value.")
                                   .arg(line.trimmed()));
                return;
            }
            channel.headers.push_back({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        const QUrl u(channel.url);
        if (!u.isValid()
            || (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https"))) {
            error->setText(AlertEditorDialog::tr("The URL must start with http:// or https://."));
            return;
        }
        if (channel.format == core::AlertChannel::Format::Template
            && channel.bodyTemplate.trimmed().isEmpty()) {
            error->setText(AlertEditorDialog::tr("The template format needs a body."));
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return channel;
}

} // namespace

AlertEditorDialog::AlertEditorDialog(core::AlertRule rule,
                                     std::shared_ptr<core::AlertEngines> engines, QWidget *parent)
    : QDialog(parent), m_rule(std::move(rule)), m_engines(std::move(engines)), m_previewJob(this)
{
    setObjectName(QStringLiteral("alertEditor"));
    setWindowTitle(m_rule.id ? tr("Edit alert") : tr("New alert"));
    buildUi();
    load(m_rule);
    resize(980, 760);
}

AlertEditorDialog::~AlertEditorDialog() = default;

void AlertEditorDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("alertName"));
    m_description = new QLineEdit(this);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Description"), m_description);
    m_sql = new SqlEditor(this); // highlighting, and Tab indents as in Explore
    m_sql->setObjectName(QStringLiteral("alertSql"));
    m_sql->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sql->setPlaceholderText(
        tr("SELECT trace_id, message FROM records WHERE is_exception  -- rows mean a problem"));
    m_sql->setMinimumHeight(110);
    form->addRow(tr("SQL"), m_sql);
    m_engine = new QComboBox(this);
    m_engine->setObjectName(QStringLiteral("alertEngine"));
    m_engine->setToolTip(tr("Where the SQL runs: this store or a Logfire connection"));
    m_engine->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *engineRow = new QHBoxLayout;
    engineRow->addWidget(m_engine);
    engineRow->addStretch(1);
    form->addRow(tr("Evaluate on"), engineRow);

    auto *when = new QHBoxLayout;
    m_notifyWhen = new QComboBox(this);
    for (auto mode : {core::NotifyWhen::HasMatches, core::NotifyWhen::StartsHavingMatches,
                      core::NotifyWhen::HasMatchesChanged, core::NotifyWhen::MatchesChanged})
        m_notifyWhen->addItem(core::notifyWhenLabel(mode), static_cast<int>(mode));
    m_window = new QComboBox(this);
    m_interval = new QComboBox(this);
    when->addWidget(new QLabel(tr("Notify when"), this));
    when->addWidget(m_notifyWhen);
    when->addWidget(new QLabel(tr("looking at rows from the last"), this));
    when->addWidget(m_window);
    when->addWidget(new QLabel(tr("checking every"), this));
    when->addWidget(m_interval);
    when->addStretch(1);
    form->addRow(tr("Condition"), when);
    m_environments = new QLineEdit(this);
    m_environments->setPlaceholderText(tr("all environments (or: prod, staging)"));
    form->addRow(tr("Environments"), m_environments);
    m_active = new QCheckBox(tr("Active"), this);
    form->addRow(QString(), m_active);
    top->addLayout(form, 3);

    auto *side = new QVBoxLayout;
    auto *varsBox = new QGroupBox(tr("Variables ($name in the SQL)"), this);
    auto *varsLayout = new QVBoxLayout(varsBox);
    m_variables = new QTableWidget(0, 2, varsBox);
    m_variables->setObjectName(QStringLiteral("alertVariables"));
    m_variables->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_variables->horizontalHeader()->setStretchLastSection(true);
    m_variables->verticalHeader()->hide();
    m_variables->setToolTip(tr("Text, a whole number, or a JSON list like [\"a\", \"b\"] for "
                               "multi-value (use x = ANY($name))."));
    auto *varButtons = new QHBoxLayout;
    auto *addVar = new QPushButton(tr("Add"), varsBox);
    auto *removeVar = new QPushButton(tr("Remove"), varsBox);
    varButtons->addWidget(addVar);
    varButtons->addWidget(removeVar);
    varButtons->addStretch(1);
    varsLayout->addWidget(m_variables);
    varsLayout->addLayout(varButtons);
    connect(addVar, &QPushButton::clicked, this,
            [this] { m_variables->insertRow(m_variables->rowCount()); });
    connect(removeVar, &QPushButton::clicked, this, [this] {
        if (m_variables->currentRow() >= 0)
            m_variables->removeRow(m_variables->currentRow());
        refreshSummary();
    });

    auto *chanBox = new QGroupBox(tr("Send notifications to"), this);
    auto *chanLayout = new QVBoxLayout(chanBox);
    m_channels = new QListWidget(chanBox);
    m_channels->setObjectName(QStringLiteral("alertChannels"));
    auto *chanButtons = new QHBoxLayout;
    auto *addHook = new QPushButton(tr("Webhook…"), chanBox);
    auto *addDesktop = new QPushButton(tr("Desktop"), chanBox);
    auto *removeChan = new QPushButton(tr("Remove"), chanBox);
    chanButtons->addWidget(addHook);
    chanButtons->addWidget(addDesktop);
    chanButtons->addWidget(removeChan);
    chanButtons->addStretch(1);
    chanLayout->addWidget(m_channels);
    chanLayout->addLayout(chanButtons);
    connect(addHook, &QPushButton::clicked, this, &AlertEditorDialog::addWebhook);
    connect(addDesktop, &QPushButton::clicked, this, &AlertEditorDialog::addDesktop);
    connect(removeChan, &QPushButton::clicked, this, [this] {
        const int row = m_channels->currentRow();
        if (row >= 0 && row < m_channelList.size()) {
            m_channelList.removeAt(row);
            refreshChannels();
        }
    });
    side->addWidget(varsBox);
    side->addWidget(chanBox);
    top->addLayout(side, 2);
    layout->addLayout(top);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("alertSummary"));
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral(
        "QLabel { background: palette(alternate-base); border: 1px solid palette(mid); "
        "border-radius: 4px; padding: 8px; }"));
    layout->addWidget(m_summary);

    auto *previewBar = new QHBoxLayout;
    auto *previewButton = new QPushButton(tr("Preview rows now"), this);
    previewButton->setObjectName(QStringLiteral("alertPreviewButton"));
    m_previewStatus
        = new QLabel(tr("Preview runs the SQL over the lookback window, read-only."), this);
    previewBar->addWidget(previewButton);
    m_previewStatus->setObjectName(QStringLiteral("alertPreviewStatus"));
    previewBar->addWidget(m_previewStatus, 1);
    layout->addLayout(previewBar);
    m_previewModel = new MatchedRowsModel(this);
    m_previewTable = new QTableView(this);
    m_previewTable->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    m_previewTable->setObjectName(QStringLiteral("alertPreview"));
    m_previewTable->setModel(m_previewModel);
    m_previewTable->horizontalHeader()->setStretchLastSection(true);
    m_previewTable->verticalHeader()->setDefaultSectionSize(22);
    layout->addWidget(m_previewTable, 1);
    connect(previewButton, &QPushButton::clicked, this, &AlertEditorDialog::preview);
    connect(m_sql, &SqlEditor::runRequested, this, &AlertEditorDialog::preview); // Ctrl+Enter

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("alertError"));
    palette::setThemedStyleSheet(
        m_error, [] { return QStringLiteral("color: %1").arg(palette::errorTextColor().name()); });
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AlertEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    for (QComboBox *box : {m_engine, m_window, m_interval, m_notifyWhen})
        connect(box, &QComboBox::currentIndexChanged, this, &AlertEditorDialog::refreshSummary);
    for (QLineEdit *edit : {m_name, m_environments})
        connect(edit, &QLineEdit::textChanged, this, &AlertEditorDialog::refreshSummary);
    connect(m_active, &QCheckBox::toggled, this, &AlertEditorDialog::refreshSummary);
    connect(m_variables, &QTableWidget::cellChanged, this, &AlertEditorDialog::refreshSummary);
}

void AlertEditorDialog::load(const core::AlertRule &rule)
{
    m_name->setText(rule.name);
    m_description->setText(rule.description);
    m_sql->setPlainText(rule.sql);
    m_engine->clear();
    const auto choices = m_engines ? m_engines->choices()
                                   : QList<QPair<QString, QString>> {{QStringLiteral("local"), {}}};
    for (const auto &[key, name] : choices)
        m_engine->addItem(
            key == QLatin1String("local") ? tr("Local store") : tr("Logfire: %1").arg(name), key);
    const QString wanted = rule.engine.isEmpty() ? QStringLiteral("local") : rule.engine;
    int at = m_engine->findData(wanted);
    if (at < 0) {
        for (int i = 0; i < choices.size() && at < 0; ++i) {
            if (choices[i].second.compare(wanted, Qt::CaseInsensitive) == 0)
                at = i;
        }
    }
    if (at < 0) {
        // Kept as written (an imported rule naming a connection this machine lacks).
        m_engine->addItem(tr("%1 (not configured)").arg(wanted), wanted);
        at = m_engine->count() - 1;
    }
    m_engine->setCurrentIndex(at);
    fillDurations(m_window, windowChoices(), rule.window);
    fillDurations(m_interval, intervalChoices(), rule.interval);
    m_notifyWhen->setCurrentIndex(m_notifyWhen->findData(static_cast<int>(rule.notifyWhen)));
    m_environments->setText(rule.environments.join(QStringLiteral(", ")));
    m_active->setChecked(rule.active);
    m_variables->setRowCount(0);
    for (auto it = rule.variables.cbegin(); it != rule.variables.cend(); ++it) {
        const int row = m_variables->rowCount();
        m_variables->insertRow(row);
        m_variables->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_variables->setItem(row, 1, new QTableWidgetItem(variableText(it.value())));
    }
    m_channelList = rule.channels;
    refreshChannels();
}

core::AlertRule AlertEditorDialog::rule() const
{
    core::AlertRule r = m_rule;
    r.name = m_name->text().trimmed();
    r.description = m_description->text().trimmed();
    r.sql = m_sql->toPlainText();
    r.engine = m_engine->currentData().toString();
    r.window = m_window->currentData().toLongLong();
    r.interval = m_interval->currentData().toLongLong();
    r.notifyWhen = static_cast<core::NotifyWhen>(m_notifyWhen->currentData().toInt());
    r.environments.clear();
    for (const QString &e : m_environments->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!e.trimmed().isEmpty())
            r.environments << e.trimmed();
    }
    r.active = m_active->isChecked();
    r.variables.clear();
    for (int row = 0; row < m_variables->rowCount(); ++row) {
        const auto *name = m_variables->item(row, 0);
        const auto *value = m_variables->item(row, 1);
        if (!name || name->text().trimmed().isEmpty())
            continue;
        QString key = name->text().trimmed();
        if (key.startsWith(QLatin1Char('$')))
            key.remove(0, 1);
        r.variables.insert(key, parseVariableValue(value ? value->text() : QString()));
    }
    r.channels = m_channelList;
    return r;
}

QString AlertEditorDialog::summaryText() const
{
    return m_summary->text();
}

void AlertEditorDialog::refreshSummary()
{
    m_summary->setText(core::describeRule(rule()));
}

void AlertEditorDialog::refreshChannels()
{
    m_channels->clear();
    for (const auto &c : m_channelList) {
        QString text = c.displayName();
        if (c.type == core::AlertChannel::Type::Webhook)
            text += QStringLiteral("  (%1, %2)").arg(core::channelFormatKey(c.format), c.url);
        m_channels->addItem(text);
    }
    refreshSummary();
}

void AlertEditorDialog::addWebhook()
{
    if (auto channel = askWebhook(this)) {
        m_channelList.push_back(*channel);
        refreshChannels();
    }
}

void AlertEditorDialog::addDesktop()
{
    core::AlertChannel c;
    c.type = core::AlertChannel::Type::Desktop;
    m_channelList.push_back(c);
    refreshChannels();
}

void AlertEditorDialog::preview()
{
    if (!m_engines) {
        m_previewStatus->setText(tr("No store is open."));
        return;
    }
    m_previewStatus->setText(tr("Running…"));
    const core::AlertRule r = rule();
    auto engines = m_engines;
    m_previewJob.run(
        [r, engines](const core::CancelTokenPtr &cancel) {
            auto engine = engines->engineFor(r.engine);
            if (!engine) {
                core::AlertEvaluation failed;
                failed.run.error = engine.error().message;
                return failed;
            }
            return core::evaluateAlertQuery(r, *engine.value(), core::nowMicros(), cancel);
        },
        [this](core::AlertEvaluation evaluation) {
            if (evaluation.run.failed()) {
                m_previewModel->clear();
                m_previewStatus->setText(tr("Error: %1").arg(evaluation.run.error));
            } else {
                m_previewModel->setRowsJson(evaluation.run.rowsJson);
                const qint64 n = evaluation.run.rowCount.value_or(0);
                m_previewStatus->setText(
                    n == 0
                        ? (evaluation.noData ? tr("No rows, and no telemetry at all in the "
                                                  "window: the alert would show No data.")
                                             : tr("No rows now: the alert would be OK."))
                        : tr("%n row(s) now: the alert would fire.", nullptr, static_cast<int>(n)));
            }
            Q_EMIT previewFinished();
        });
}

void AlertEditorDialog::accept()
{
    const core::AlertRule r = rule();
    if (auto s = core::validateRule(r); !s) {
        m_error->setText(s.error().message);
        return;
    }
    m_rule = r;
    QDialog::accept();
}

} // namespace hearth::app
