// SPDX-License-Identifier: MIT
#include "core/dashboard/dashboarddocument.h"

#include "core/util/timeutil.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <set>

namespace hearth::core {

using nlohmann::json;

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

std::string toStd(const QString &s)
{
    return s.toStdString();
}

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Dashboard)
};

struct KindName
{
    PanelKind kind;
    const char *name;
};
constexpr KindName kKinds[] = {
    {PanelKind::TimeSeriesChart, "TimeSeriesChart"},
    {PanelKind::BarChart, "BarChart"},
    {PanelKind::PieChart, "PieChart"},
    {PanelKind::Table, "Table"},
    {PanelKind::Values, "Values"},
    {PanelKind::GaugeChart, "GaugeChart"},
    {PanelKind::Markdown, "Markdown"},
};

const char kPanelRefPrefix[] = "#/spec/panels/";

QString str(const json &j, const char *key, const QString &fallback = QString())
{
    if (!j.is_object())
        return fallback;
    const auto it = j.find(key);
    if (it == j.end() || !it->is_string())
        return fallback;
    return fromStd(it->get<std::string>());
}

Error invalid(const QString &path, const QString &what)
{
    return Error::make(Error::Code::InvalidInput, path + QStringLiteral(": ") + what);
}

QString jsonTypeName(const json &j)
{
    return QString::fromLatin1(j.type_name());
}

Status expectType(const json &j, json::value_t type, const QString &path, const char *expected)
{
    if (j.type() == type || (type == json::value_t::number_integer && j.is_number_integer()))
        return {};
    return invalid(
        path, Tr::tr("expected %1, found %2").arg(QString::fromLatin1(expected), jsonTypeName(j)));
}

const json *member(const json &obj, const char *key)
{
    const auto it = obj.find(key);
    return it == obj.end() ? nullptr : &*it;
}

bool isIdentifier(const std::string &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return re.match(fromStd(name)).hasMatch();
}

Status validateVariables(const json &vars, const QString &path)
{
    if (auto s = expectType(vars, json::value_t::array, path, "an array"); !s)
        return s;
    std::set<std::string> names;
    for (size_t i = 0; i < vars.size(); ++i) {
        const QString p = path + QStringLiteral("[%1]").arg(i);
        const json &v = vars[i];
        if (auto s = expectType(v, json::value_t::object, p, "an object"); !s)
            return s;
        const QString kind = str(v, "kind");
        if (kind != QLatin1String("TextVariable") && kind != QLatin1String("ListVariable"))
            return invalid(p + QStringLiteral(".kind"),
                           Tr::tr("expected \"TextVariable\" or \"ListVariable\", found %1")
                               .arg(kind.isEmpty() ? QStringLiteral("nothing")
                                                   : QLatin1Char('"') + kind + QLatin1Char('"')));
        const json *spec = member(v, "spec");
        if (!spec)
            return invalid(p, Tr::tr("missing \"spec\""));
        if (auto s
            = expectType(*spec, json::value_t::object, p + QStringLiteral(".spec"), "an object");
            !s)
            return s;
        const json *name = member(*spec, "name");
        if (!name || !name->is_string() || !isIdentifier(name->get<std::string>()))
            return invalid(p + QStringLiteral(".spec.name"),
                           Tr::tr("a variable needs a name made of letters, digits and _"));
        if (!names.insert(name->get<std::string>()).second)
            return invalid(
                p + QStringLiteral(".spec.name"),
                Tr::tr("duplicate variable \"%1\"").arg(fromStd(name->get<std::string>())));
        if (kind == QLatin1String("ListVariable")) {
            const json *plugin = member(*spec, "plugin");
            if (!plugin || !plugin->is_object() || str(*plugin, "kind").isEmpty())
                return invalid(p + QStringLiteral(".spec.plugin"),
                               Tr::tr("a list variable needs a plugin with a kind"));
            if (const json *re = member(*spec, "capturingRegexp");
                re && re->is_string() && !re->get<std::string>().empty()) {
                const QRegularExpression rx(fromStd(re->get<std::string>()));
                if (!rx.isValid())
                    return invalid(p + QStringLiteral(".spec.capturingRegexp"), rx.errorString());
                if (rx.captureCount() < 1)
                    return invalid(p + QStringLiteral(".spec.capturingRegexp"),
                                   Tr::tr("needs at least one capture group"));
            }
        }
    }
    return {};
}

Status validatePanel(const json &panel, const QString &path)
{
    if (auto s = expectType(panel, json::value_t::object, path, "an object"); !s)
        return s;
    const json *spec = member(panel, "spec");
    if (!spec || !spec->is_object())
        return invalid(path + QStringLiteral(".spec"), Tr::tr("missing or not an object"));
    const json *plugin = member(*spec, "plugin");
    if (!plugin || !plugin->is_object())
        return invalid(path + QStringLiteral(".spec.plugin"), Tr::tr("missing or not an object"));
    if (str(*plugin, "kind").isEmpty())
        return invalid(path + QStringLiteral(".spec.plugin.kind"), Tr::tr("missing panel kind"));
    if (const json *display = member(*spec, "display"); display && !display->is_object())
        return invalid(path + QStringLiteral(".spec.display"), Tr::tr("expected an object"));
    if (const json *queries = member(*spec, "queries")) {
        if (auto s = expectType(*queries, json::value_t::array,
                                path + QStringLiteral(".spec.queries"), "an array");
            !s)
            return s;
        for (size_t i = 0; i < queries->size(); ++i) {
            const QString qp = path + QStringLiteral(".spec.queries[%1]").arg(i);
            const json &q = (*queries)[i];
            if (!q.is_object())
                return invalid(qp, Tr::tr("expected an object"));
            const json *qspec = member(q, "spec");
            const json *qplugin = qspec && qspec->is_object() ? member(*qspec, "plugin") : nullptr;
            if (!qplugin || !qplugin->is_object())
                return invalid(qp + QStringLiteral(".spec.plugin"),
                               Tr::tr("missing or not an object"));
            const json *pspec = member(*qplugin, "spec");
            if (!pspec || !pspec->is_object())
                return invalid(qp + QStringLiteral(".spec.plugin.spec"),
                               Tr::tr("missing or not an object"));
            if (const json *sql = member(*pspec, "query"); sql && !sql->is_string())
                return invalid(qp + QStringLiteral(".spec.plugin.spec.query"),
                               Tr::tr("expected a string, found %1").arg(jsonTypeName(*sql)));
            if (const json *m = member(*pspec, "metrics"); m && !m->is_array() && !m->is_null())
                return invalid(qp + QStringLiteral(".spec.plugin.spec.metrics"),
                               Tr::tr("expected an array of column names"));
        }
    }
    if (const json *vars = member(*spec, "variables"))
        return validateVariables(*vars, path + QStringLiteral(".spec.variables"));
    return {};
}

Status validateLayouts(const json &layouts, const json &panels)
{
    const QString path = QStringLiteral("spec.layouts");
    if (auto s = expectType(layouts, json::value_t::array, path, "an array"); !s)
        return s;
    for (size_t g = 0; g < layouts.size(); ++g) {
        const QString gp = path + QStringLiteral("[%1]").arg(g);
        const json &layout = layouts[g];
        if (!layout.is_object())
            return invalid(gp, Tr::tr("expected an object"));
        const json *spec = member(layout, "spec");
        if (!spec || !spec->is_object())
            return invalid(gp + QStringLiteral(".spec"), Tr::tr("missing or not an object"));
        const json *items = member(*spec, "items");
        if (!items)
            continue;
        if (auto s = expectType(*items, json::value_t::array, gp + QStringLiteral(".spec.items"),
                                "an array");
            !s)
            return s;
        for (size_t i = 0; i < items->size(); ++i) {
            const QString ip = gp + QStringLiteral(".spec.items[%1]").arg(i);
            const json &item = (*items)[i];
            if (!item.is_object())
                return invalid(ip, Tr::tr("expected an object"));
            for (const char *key : {"x", "y", "width", "height"}) {
                const json *v = member(item, key);
                if (!v || !v->is_number_integer() || v->get<long long>() < 0)
                    return invalid(ip + QLatin1Char('.') + QLatin1String(key),
                                   Tr::tr("expected a non-negative integer"));
            }
            const long long x = item["x"].get<long long>();
            const long long w = item["width"].get<long long>();
            if (w < 1 || item["height"].get<long long>() < 1)
                return invalid(ip, Tr::tr("width and height must be at least 1"));
            if (x + w > kGridColumns)
                return invalid(ip,
                               Tr::tr("x + width = %1 exceeds the %2-column grid")
                                   .arg(x + w)
                                   .arg(kGridColumns));
            const json *content = member(item, "content");
            const json *ref = content && content->is_object() ? member(*content, "$ref") : nullptr;
            if (!ref || !ref->is_string())
                return invalid(ip + QStringLiteral(".content.$ref"),
                               Tr::tr("missing panel reference"));
            const std::string r = ref->get<std::string>();
            if (r.rfind(kPanelRefPrefix, 0) != 0)
                return invalid(
                    ip + QStringLiteral(".content.$ref"),
                    Tr::tr("expected \"#/spec/panels/<name>\", found \"%1\"").arg(fromStd(r)));
            const std::string key = r.substr(sizeof(kPanelRefPrefix) - 1);
            if (!panels.is_object() || !panels.contains(key))
                return invalid(ip + QStringLiteral(".content.$ref"),
                               Tr::tr("no panel named \"%1\" in spec.panels").arg(fromStd(key)));
        }
    }
    return {};
}

} // namespace

PanelKind panelKindFromName(const QString &name)
{
    for (const auto &k : kKinds)
        if (name == QLatin1String(k.name))
            return k.kind;
    return PanelKind::Unknown;
}

QString panelKindName(PanelKind kind)
{
    for (const auto &k : kKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    return QStringLiteral("Unknown");
}

bool panelKindIsTimeSeries(PanelKind kind)
{
    return kind == PanelKind::TimeSeriesChart;
}

DashboardDocument::DashboardDocument() : DashboardDocument(createEmpty(Tr::tr("New dashboard"))) { }

Status DashboardDocument::validate(const json &j)
{
    if (!j.is_object())
        return invalid(QStringLiteral("(root)"),
                       Tr::tr("expected a JSON object, found %1").arg(jsonTypeName(j)));
    const QString kind = str(j, "kind");
    if (kind != QLatin1String("Dashboard"))
        return invalid(QStringLiteral("kind"),
                       Tr::tr("expected \"Dashboard\", found %1")
                           .arg(kind.isEmpty() ? QStringLiteral("nothing")
                                               : QLatin1Char('"') + kind + QLatin1Char('"')));
    const json *spec = member(j, "spec");
    if (!spec || !spec->is_object())
        return invalid(QStringLiteral("spec"), Tr::tr("missing or not an object"));
    if (const json *metadata = member(j, "metadata"); metadata && !metadata->is_object())
        return invalid(QStringLiteral("metadata"), Tr::tr("expected an object"));
    if (const json *display = member(*spec, "display")) {
        if (!display->is_object())
            return invalid(QStringLiteral("spec.display"), Tr::tr("expected an object"));
        if (const json *n = member(*display, "name"); n && !n->is_string())
            return invalid(QStringLiteral("spec.display.name"), Tr::tr("expected a string"));
    }
    for (const char *key : {"duration", "refreshInterval"}) {
        if (const json *d = member(*spec, key)) {
            const QString p = QStringLiteral("spec.") + QLatin1String(key);
            if (!d->is_string())
                return invalid(p, Tr::tr("expected a duration like \"24h\""));
            if (!parseDuration(d->get<std::string>()))
                return invalid(p,
                               Tr::tr("\"%1\" is not a duration like \"24h\"")
                                   .arg(fromStd(d->get<std::string>())));
        }
    }
    if (const json *vars = member(*spec, "variables"))
        if (auto s = validateVariables(*vars, QStringLiteral("spec.variables")); !s)
            return s;
    static const json emptyObject = json::object();
    const json *panels = member(*spec, "panels");
    if (panels) {
        if (!panels->is_object())
            return invalid(QStringLiteral("spec.panels"), Tr::tr("expected an object"));
        for (auto it = panels->begin(); it != panels->end(); ++it)
            if (auto s
                = validatePanel(it.value(), QStringLiteral("spec.panels.") + fromStd(it.key()));
                !s)
                return s;
    }
    if (const json *layouts = member(*spec, "layouts"))
        return validateLayouts(*layouts, panels ? *panels : emptyObject);
    return {};
}

Result<DashboardDocument> DashboardDocument::fromJson(json j)
{
    if (auto s = validate(j); !s)
        return s.error();
    return DashboardDocument(std::move(j));
}

Result<DashboardDocument> DashboardDocument::parse(const QByteArray &text)
{
    json j = json::parse(text.constBegin(), text.constEnd(), nullptr, false);
    if (j.is_discarded()) {
        // Re-parse with exceptions only to learn where it broke (nlohmann reports the byte).
        try {
            const json unused = json::parse(text.constBegin(), text.constEnd());
            Q_UNUSED(unused);
        } catch (const json::parse_error &e) {
            return Error::make(Error::Code::InvalidInput,
                               Tr::tr("invalid JSON: %1").arg(QString::fromUtf8(e.what())),
                               static_cast<int>(e.byte) - 1);
        }
        return Error::make(Error::Code::InvalidInput, Tr::tr("invalid JSON"));
    }
    return fromJson(std::move(j));
}

DashboardDocument DashboardDocument::createEmpty(const QString &name)
{
    json j = {
        {"kind", "Dashboard"},
        {"metadata", {{"name", toStd(name)}}},
        {"spec",
         {{"display", {{"name", toStd(name)}, {"description", nullptr}}},
          {"datasources", json::object()},
          {"duration", "24h"},
          {"refreshInterval", "0s"},
          {"variables", json::array()},
          {"panels", json::object()},
          {"layouts",
           json::array({{{"kind", "Grid"},
                         {"spec",
                          {{"display", {{"title", "Panel Group"}, {"collapse", {{"open", true}}}}},
                           {"items", json::array()}}}}})}}}};
    return DashboardDocument(std::move(j));
}

QByteArray DashboardDocument::toJson(int indent) const
{
    const std::string s = m_json.dump(indent);
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

QString DashboardDocument::name() const
{
    const json &spec = m_json["spec"];
    const QString display = str(spec.value("display", json::object()), "name");
    if (!display.isEmpty())
        return display;
    return str(m_json.value("metadata", json::object()), "name");
}

void DashboardDocument::setName(const QString &name)
{
    m_json["spec"]["display"]["name"] = toStd(name);
    m_json["metadata"]["name"] = toStd(name);
}

QString DashboardDocument::description() const
{
    return str(m_json["spec"].value("display", json::object()), "description");
}

QString DashboardDocument::duration() const
{
    return str(m_json["spec"], "duration", QStringLiteral("24h"));
}

QString DashboardDocument::refreshInterval() const
{
    return str(m_json["spec"], "refreshInterval", QStringLiteral("0s"));
}

QStringList DashboardDocument::panelKeys() const
{
    QStringList keys;
    const json panels = m_json["spec"].value("panels", json::object());
    for (auto it = panels.begin(); it != panels.end(); ++it)
        keys << fromStd(it.key());
    return keys;
}

bool DashboardDocument::hasPanel(const QString &key) const
{
    const json &spec = m_json["spec"];
    return spec.contains("panels") && spec["panels"].contains(toStd(key));
}

json DashboardDocument::panelJson(const QString &key) const
{
    if (!hasPanel(key))
        return json();
    return m_json["spec"]["panels"][toStd(key)];
}

void DashboardDocument::setPanelJson(const QString &key, const json &panel)
{
    m_json["spec"]["panels"][toStd(key)] = panel;
}

PanelInfo DashboardDocument::panel(const QString &key) const
{
    PanelInfo info;
    info.key = key;
    const json p = panelJson(key);
    if (!p.is_object())
        return info;
    const json spec = p.value("spec", json::object());
    const json display = spec.value("display", json::object());
    info.title = str(display, "name", key);
    info.description = str(display, "description");
    const json plugin = spec.value("plugin", json::object());
    info.kindName = str(plugin, "kind");
    info.kind = panelKindFromName(info.kindName);
    info.pluginSpec = plugin.value("spec", json::object());
    info.variables = spec.value("variables", json::array());
    for (const json &q : spec.value("queries", json::array())) {
        const json qplugin = q.value("spec", json::object()).value("plugin", json::object());
        const json qspec = qplugin.value("spec", json::object());
        PanelQuery query;
        query.sql = str(qspec, "query");
        query.groupBy = str(qspec, "groupBy");
        query.timeSeries = str(q, "kind") == QLatin1String("TimeSeriesQuery")
            || str(qplugin, "kind") == QLatin1String("LogfireTimeSeriesQuery");
        for (const json &m : qspec.value("metrics", json::array()))
            if (m.is_string())
                query.metrics << fromStd(m.get<std::string>());
        info.queries << query;
    }
    return info;
}

QString DashboardDocument::uniquePanelKey(const QString &title) const
{
    QString base;
    for (const QChar c : title)
        if (c.isLetterOrNumber())
            base += c;
    if (base.isEmpty())
        base = QStringLiteral("Panel");
    QString key = base;
    for (int n = 2; hasPanel(key); ++n)
        key = base + QString::number(n);
    return key;
}

json &DashboardDocument::layoutItems(int group)
{
    json &layouts = m_json["spec"]["layouts"];
    if (!layouts.is_array() || layouts.empty())
        layouts = createEmpty(QString()).m_json["spec"]["layouts"];
    group = std::clamp(group, 0, static_cast<int>(layouts.size()) - 1);
    json &items = layouts[static_cast<size_t>(group)]["spec"]["items"];
    if (!items.is_array())
        items = json::array();
    return items;
}

QString DashboardDocument::addPanel(const json &panel, int group, int width, int height)
{
    const QString title = str(panel.value("spec", json::object()).value("display", json::object()),
                              "name", QStringLiteral("Panel"));
    const QString key = uniquePanelKey(title);
    setPanelJson(key, panel);
    json &items = layoutItems(group);
    // Fill the row to the right of the last item when it fits, like Logfire's "add panel".
    int y = 0, rowY = 0, rowRight = 0;
    for (const json &it : items) {
        const int bottom = it.value("y", 0) + it.value("height", 0);
        y = std::max(y, bottom);
        if (it.value("y", 0) >= rowY) {
            rowY = it.value("y", 0);
            rowRight = it.value("x", 0) + it.value("width", 0);
        }
    }
    int x = 0;
    if (!items.empty() && rowRight + width <= kGridColumns) {
        x = rowRight;
        y = rowY;
    }
    items.push_back({{"x", x},
                     {"y", y},
                     {"width", width},
                     {"height", height},
                     {"content", {{"$ref", kPanelRefPrefix + toStd(key)}}}});
    return key;
}

QString DashboardDocument::duplicatePanel(const QString &key)
{
    json copy = panelJson(key);
    if (!copy.is_object())
        return QString();
    int group = 0, width = 12, height = 8;
    const auto gs = groups();
    for (int g = 0; g < gs.size(); ++g)
        for (const auto &item : gs[g].items)
            if (item.panelKey == key) {
                group = g;
                width = item.width;
                height = item.height;
            }
    const std::string title = copy["spec"]["display"].value("name", toStd(key));
    copy["spec"]["display"]["name"] = title + " (copy)";
    return addPanel(copy, group, width, height);
}

void DashboardDocument::removePanel(const QString &key)
{
    m_json["spec"]["panels"].erase(toStd(key));
    const std::string ref = kPanelRefPrefix + toStd(key);
    for (json &layout : m_json["spec"]["layouts"]) {
        json &items = layout["spec"]["items"];
        if (!items.is_array())
            continue;
        for (auto it = items.begin(); it != items.end();) {
            if ((*it)["content"].value("$ref", std::string()) == ref)
                it = items.erase(it);
            else
                ++it;
        }
    }
}

json DashboardDocument::variables() const
{
    return m_json["spec"].value("variables", json::array());
}

void DashboardDocument::setVariables(const json &variables)
{
    m_json["spec"]["variables"] = variables;
}

QVector<PanelGroup> DashboardDocument::groups() const
{
    QVector<PanelGroup> out;
    for (const json &layout : m_json["spec"].value("layouts", json::array())) {
        PanelGroup group;
        const json spec = layout.value("spec", json::object());
        const json display = spec.value("display", json::object());
        group.title = str(display, "title");
        group.open = display.value("collapse", json::object()).value("open", true);
        for (const json &item : spec.value("items", json::array())) {
            LayoutItem li;
            li.x = item.value("x", 0);
            li.y = item.value("y", 0);
            li.width = item.value("width", 12);
            li.height = item.value("height", 8);
            const std::string ref
                = item.value("content", json::object()).value("$ref", std::string());
            if (ref.rfind(kPanelRefPrefix, 0) == 0)
                li.panelKey = fromStd(ref.substr(sizeof(kPanelRefPrefix) - 1));
            group.items << li;
        }
        out << group;
    }
    return out;
}

void DashboardDocument::setItemGeometry(int group, int item, int x, int y, int width, int height)
{
    json &items = layoutItems(group);
    if (item < 0 || item >= static_cast<int>(items.size()))
        return;
    width = std::clamp(width, 1, kGridColumns);
    x = std::clamp(x, 0, kGridColumns - width);
    json &it = items[static_cast<size_t>(item)];
    it["x"] = x;
    it["y"] = std::max(0, y);
    it["width"] = width;
    it["height"] = std::max(1, height);
}

void DashboardDocument::addGroup(const QString &title)
{
    m_json["spec"]["layouts"].push_back(
        {{"kind", "Grid"},
         {"spec",
          {{"display", {{"title", toStd(title)}, {"collapse", {{"open", true}}}}},
           {"items", json::array()}}}});
}

void DashboardDocument::renameGroup(int group, const QString &title)
{
    json &layouts = m_json["spec"]["layouts"];
    if (group >= 0 && group < static_cast<int>(layouts.size()))
        layouts[static_cast<size_t>(group)]["spec"]["display"]["title"] = toStd(title);
}

void DashboardDocument::setGroupOpen(int group, bool open)
{
    json &layouts = m_json["spec"]["layouts"];
    if (group >= 0 && group < static_cast<int>(layouts.size()))
        layouts[static_cast<size_t>(group)]["spec"]["display"]["collapse"]["open"] = open;
}

void DashboardDocument::moveGroup(int from, int to)
{
    json &layouts = m_json["spec"]["layouts"];
    const int n = static_cast<int>(layouts.size());
    if (from < 0 || from >= n || to < 0 || to >= n || from == to)
        return;
    json moved = layouts[static_cast<size_t>(from)];
    layouts.erase(layouts.begin() + from);
    layouts.insert(layouts.begin() + to, moved);
}

void DashboardDocument::removeGroup(int group)
{
    json &layouts = m_json["spec"]["layouts"];
    const int n = static_cast<int>(layouts.size());
    if (group < 0 || group >= n || n == 1)
        return;
    const int target = group == 0 ? 1 : group - 1;
    json &dest = layoutItems(target);
    int y = 0;
    for (const json &it : dest)
        y = std::max(y, it.value("y", 0) + it.value("height", 0));
    for (json item : layouts[static_cast<size_t>(group)]["spec"].value("items", json::array())) {
        item["y"] = y + item.value("y", 0);
        dest.push_back(item);
    }
    layouts.erase(layouts.begin() + group);
}

json DashboardDocument::makePanel(PanelKind kind, const QString &title, const QString &sql,
                                  const QString &groupBy, const QStringList &metrics)
{
    json pluginSpec = json::object();
    if (kind == PanelKind::TimeSeriesChart)
        pluginSpec = {{"legend", {{"position", "bottom"}}}, {"visual", {{"display", "line"}}}};
    if (kind == PanelKind::Markdown)
        pluginSpec = {{"text", toStd(sql)}};
    json panel = {{"kind", "Panel"},
                  {"spec",
                   {{"display", {{"name", toStd(title)}}},
                    {"plugin", {{"kind", toStd(panelKindName(kind))}, {"spec", pluginSpec}}}}}};
    if (kind == PanelKind::Markdown) {
        panel["spec"]["queries"] = json::array();
        return panel;
    }
    const bool ts = panelKindIsTimeSeries(kind);
    json qspec = {{"query", toStd(sql)}};
    if (ts) {
        qspec["groupBy"] = toStd(groupBy);
        json m = json::array();
        for (const QString &name : metrics)
            m.push_back(toStd(name));
        qspec["metrics"] = m;
    }
    panel["spec"]["queries"]
        = json::array({{{"kind", ts ? "TimeSeriesQuery" : "NonTimeSeriesQuery"},
                        {"spec",
                         {{"plugin",
                           {{"kind", ts ? "LogfireTimeSeriesQuery" : "LogfireNonTimeSeriesQuery"},
                            {"spec", qspec}}}}}}});
    return panel;
}

} // namespace hearth::core
