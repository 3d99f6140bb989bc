<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>DashboardView</name>
    <message>
        <source>Last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>STD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraceRenderer</name>
    <message>
        <source>No trace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 rows shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::app::AlertEditorDialog</name>
    <message>
        <source>Add webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack-compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template (Teams, Google Chat, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization: Bearer …  (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header &quot;%1&quot; needs the form Name: value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template format needs a body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELECT trace_id, message FROM records WHERE is_exception  -- rows mean a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking at rows from the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all environments (or: prod, staging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables ($name in the SQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text, a whole number, or a JSON list like [&quot;a&quot;, &quot;b&quot;] for multi-value (use x = ANY($name)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send notifications to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview rows now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview runs the SQL over the lookback window, read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows, and no telemetry at all in the window: the alert would show No data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows now: the alert would be OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) now: the alert would fire.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::app::AlertRulesModel</name>
    <message>
        <source>%1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::app::AlertRunsModel</name>
    <message>
        <source>notification dropped (snoozed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skipped (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed after %2 attempt(s): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications / error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::app::AlertsPage</name>
    <message>
        <source>&lt;h2&gt;Alerts&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New alert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsnooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate / deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Runs&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until %1: runs are recorded, notifications dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched rows — the run failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Matched rows&lt;/b&gt; (%1%2) — double-click a trace_id to open the trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, first ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Matched rows&lt;/b&gt; (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and its run history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::app::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a page, run an action, open a dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::app::ConnectionDialog</name>
    <message>
        <source>United States (logfire-us)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe (logfire-eu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-hosted / custom URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::app::ConnectionSwitcher</name>
    <message>
        <source>Local store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where views run their queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logfire: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read token for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Paste the read token to use for this session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation %1, project %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::app::DashboardCanvas</name>
    <message>
        <source>Panel Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this group up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this group down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this group (its panels move to the previous one)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::app::DashboardListModel</name>
    <message>
        <source>%1
Standard dashboard: read-only, clone it to edit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::app::DashboardView</name>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$resolution: the time bucket of charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live refresh: re-run the queries and slide the window with the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: 15 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: 5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every panel query again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an editable copy of this standard dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a panel to the first group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a panel group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the dashboard variables as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the whole dashboard document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a panel by its title to move it, by its bottom-right corner to resize it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This panel has no query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit dashboard JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit variables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::app::DashboardsPage</name>
    <message>
        <source>Dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid dashboard: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is read-only: open a writable store to import dashboards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::app::DetailsPanel</name>
    <message>
        <source>… %L1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy trace id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy span id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLM tokens and cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtree ∑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a span to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading span %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span (running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace %1
span  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exception  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This span (run totals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Subtree ∑ (%n model request(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Model&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &amp;nbsp; &lt;b&gt;Tokens&lt;/b&gt; ↗%L1 ↙%L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &amp;nbsp; &lt;b&gt;Cost&lt;/b&gt; $%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &amp;nbsp; &lt;span style=&apos;color:#6b7280&apos;&gt;from %1&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#6b7280&apos;&gt;No messages recorded on this span.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::app::ExplorePage</name>
    <message>
        <source>Copy as TSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter runs the query against the active store or connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the query (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed to the engine as min/max timestamp (start_timestamp, recorded_timestamp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (limit reached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · cached %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No queries run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export result</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::app::HistogramWidget</name>
    <message>
        <source>Records over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records in this time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 records, %3 errors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::app::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logfire query results (JSON, NDJSON, CSV; v1 and v2) of &lt;i&gt;records&lt;/i&gt; or &lt;i&gt;metrics&lt;/i&gt;, and OTLP files (.json, .pb, Collector JSON lines). Rows already in the store are not imported twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a line or row is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop, and import nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip it, import the rest, and list what was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files, or drop them on the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped lines are listed here with their line numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logfire exports and OTLP files (*.json *.ndjson *.jsonl *.csv *.pb *.binpb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open store is read-only (a case file?): open a writable store to import into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed, nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 records and %2 metric points (%3 already present). Read as %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n malformed row(s) skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had no timestamp and are dated from the file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::app::IoController</name>
    <message>
        <source>Logfire JSON (*.json);;NDJSON (*.ndjson);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned &amp; Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Case File (read-only)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Trace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Time &amp;Window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Case File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pinned &amp;&amp; Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Case File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth case files (*.hearth);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %1: %n row(s) to %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Time Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Case File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace ids, separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case holds these traces, the metrics over their time span, the dashboards, saved searches and their notes. Secrets (authorization headers, API keys, tokens) are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth case files (*.hearth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case file %1: %2 records, %3 metric points, %4 notes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::app::JsonEditorDialog</name>
    <message>
        <source>Invalid JSON at line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::app::LiveDetailsPanel</name>
    <message>
        <source>Open Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole trace as a waterfall (double-click a row does the same)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::app::LivePage</name>
    <message>
        <source>Last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live tail (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live tail</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>↓ %n new record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Live records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your spans: a WHERE clause, e.g. level &gt;= 17 AND service_name = &apos;api&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WHERE clause of SELECT * FROM records WHERE …
Enter or Ctrl+Enter runs it; Ctrl+Space completes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the search (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent and saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployment.environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the loaded records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse all traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand all traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow new records at the bottom of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All envs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Env not specified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading records from the %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 records from the %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 records from the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · loading older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · no older records in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n shown by the quick filters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · last poll failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following new records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing loaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debug and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warn and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level ≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save current search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::app::LiveRowDelegate</name>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLM tokens: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
span: %2 · level: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::app::MainWindow</name>
    <message>
        <source>Hearth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Query: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command Palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Hearth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Hearth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Hearth %1&lt;/b&gt;&lt;p&gt;A desktop observability console for agentic AI systems: OpenTelemetry and Logfire data on your own machine.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth stores (*.hearth *.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Hearth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::app::MatchedRowsModel</name>
    <message>
        <source>Double-click to open the trace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::app::NotesModel</name>
    <message>
        <source>trace %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, span %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace …%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span …%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in this store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::app::NotesPanel</name>
    <message>
        <source>Pin Trace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the selected item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing pinned yet. Pin a trace or span to keep it here with a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case file: read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace id, optionally followed by a span id:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::app::PanelEditorDialog</name>
    <message>
        <source>Edit panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show rendered query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 ms</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>-- %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::app::PanelWidget</name>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate this panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported panel kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This panel has no query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::app::ReceiverController</name>
    <message>
        <source>Receiver status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn it on in Settings → Local OTLP receiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver off: no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver off (read-only store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Receiver not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OTLP :%1 / gRPC :%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OTLP :%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● %1 — %2 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::app::ResultChart</name>
    <message>
        <source>Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to chart: the result needs a time or text column and a numeric column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::app::SettingsPage</name>
    <message>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Another Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth stores (*.hearth *.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep records for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep records for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum store size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Retention Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacuum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild the file to give free space back to the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local OTLP receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive telemetry while Hearth runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OTLP HTTP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP port (127.0.0.1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OTLP gRPC port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC port (127.0.0.1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require an Authorization token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point SDKs at &lt;code&gt;OTEL_EXPORTER_OTLP_ENDPOINT=http://localhost:%1&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token kept for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views query the local store, or a Logfire project through its query API. Read tokens are kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Logfire Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when Hearth restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 in the write-ahead log, %3 free inside the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacuuming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying retention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 records and %2 metric points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is available: the token is kept for this session only and asked again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the connection “%1” and its stored token?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::app::ShortcutsDialog</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::app::TracePage</name>
    <message>
        <source>Paste a trace id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in trace (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only spans of this service (and their ancestors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight what the trace&apos;s latency waited on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to the whole trace (F, Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to the selected span (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfold every span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold every span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a trace id (32 hexadecimal digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading trace %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · opened in %L1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1/%L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a trace from the Live view or Explore, or paste a trace id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1/%L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace %1 · %L2 spans · %3 · %L4 rows shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · LLM ∑ ↗%L1 ↙%L2 tokens, $%3 over %L4 requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::app::TraceView</name>
    <message>
        <source>%L1 hidden descendants</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>LLM tokens ↗%L1 ↙%L2 · $%3 (%n request(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::app::TrayNotifier</name>
    <message>
        <source>Hearth alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::app::ValuesWidget</name>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Hearth: observability for agentic AI systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not fill an empty store with demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window once loaded, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this trace (and select a span) at start-up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
