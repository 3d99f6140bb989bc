// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <nlohmann/json.hpp>
#include <QString>
#include <QStringList>
#include <QVector>

namespace hearth::core {

// Panel plugin kinds Hearth draws. Unknown kinds survive a round trip and render as an error.
enum class PanelKind {
    TimeSeriesChart,
    BarChart,
    PieChart,
    Table,
    Values,
    GaugeChart,
    Markdown,
    Unknown
};

PanelKind panelKindFromName(const QString &name);
QString panelKindName(PanelKind kind);
// Time-series panels take a LogfireTimeSeriesQuery; the others a LogfireNonTimeSeriesQuery.
bool panelKindIsTimeSeries(PanelKind kind);

struct PanelQuery
{
    QString sql;
    QString groupBy; // the Dimension column ("" = none)
    QStringList metrics; // value columns ("" list = every numeric column)
    bool timeSeries = true;
};

// A typed read-only view of one panel; edits go through DashboardDocument so unknown fields stay.
struct PanelInfo
{
    QString key; // the key under spec.panels
    QString title;
    QString description;
    PanelKind kind = PanelKind::Unknown;
    QString kindName;
    nlohmann::json pluginSpec; // the chart options (legend, yAxis, visual, thresholds, text...)
    QVector<PanelQuery> queries;
    nlohmann::json variables; // panel-level variable definitions (array)
};

struct LayoutItem
{
    int x = 0, y = 0, width = 12, height = 8;
    QString panelKey;
};

struct PanelGroup
{
    QString title;
    bool open = true;
    QVector<LayoutItem> items;
};

constexpr int kGridColumns = 24;

// Logfire's dashboard document: a Perses Dashboard with Logfire query plugins. The JSON is the
// source of truth, so import → edit → export keeps every field Hearth does not understand.
class DashboardDocument
{
public:
    DashboardDocument();
    // Parses and validates. Errors name the JSON path of the problem ("spec.layouts[0].spec...").
    static Result<DashboardDocument> parse(const QByteArray &text);
    static Result<DashboardDocument> fromJson(nlohmann::json json);
    // Checks the structure a dashboard needs; returns the first problem with its path.
    static Status validate(const nlohmann::json &json);
    // A new, empty dashboard with one group (what "New dashboard" creates).
    static DashboardDocument createEmpty(const QString &name);

    QByteArray toJson(int indent = 2) const;
    const nlohmann::json &root() const { return m_json; }

    QString name() const; // spec.display.name, falling back to metadata.name
    void setName(const QString &name);
    QString description() const;
    QString duration() const; // default range, e.g. "24h"
    QString refreshInterval() const;

    QStringList panelKeys() const;
    PanelInfo panel(const QString &key) const;
    bool hasPanel(const QString &key) const;
    nlohmann::json panelJson(const QString &key) const;
    void setPanelJson(const QString &key, const nlohmann::json &panel);
    // A key not yet used under spec.panels, derived from the title.
    QString uniquePanelKey(const QString &title) const;
    // Adds a panel to group `group` below the existing items; returns its key.
    QString addPanel(const nlohmann::json &panel, int group, int width = 12, int height = 8);
    QString duplicatePanel(const QString &key);
    void removePanel(const QString &key);

    nlohmann::json variables() const; // spec.variables (array)
    void setVariables(const nlohmann::json &variables);

    QVector<PanelGroup> groups() const;
    void setItemGeometry(int group, int item, int x, int y, int width, int height);
    void addGroup(const QString &title);
    void renameGroup(int group, const QString &title);
    void setGroupOpen(int group, bool open);
    void moveGroup(int from, int to);
    void removeGroup(int group); // its panels move to the previous group

    bool operator==(const DashboardDocument &other) const { return m_json == other.m_json; }

    // A panel JSON with the given kind, title and query.
    static nlohmann::json makePanel(PanelKind kind, const QString &title, const QString &sql,
                                    const QString &groupBy = QString(),
                                    const QStringList &metrics = {});

private:
    explicit DashboardDocument(nlohmann::json json) : m_json(std::move(json)) { }
    nlohmann::json &layoutItems(int group);
    nlohmann::json m_json;
};

QString fromStd(const std::string &s);
std::string toStd(const QString &s);

} // namespace hearth::core
