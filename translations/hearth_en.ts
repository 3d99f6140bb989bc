<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Logfire Connection</source>
        <translation>Logfire Connection</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Production (EU)</source>
        <translation>e.g. Production (EU)</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Base URL:</translation>
    </message>
    <message>
        <source>https://logfire.example.com</source>
        <translation>https://logfire.example.com</translation>
    </message>
    <message>
        <source>Read &amp;token:</source>
        <translation>Read &amp;token:</translation>
    </message>
    <message>
        <source>pylf_v1_…</source>
        <translation>pylf_v1_…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Test Connection</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Last 5 minutes</source>
        <translation>Last 5 minutes</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Last 15 minutes</translation>
    </message>
    <message>
        <source>Last 30 minutes</source>
        <translation>Last 30 minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Last 6 hours</translation>
    </message>
    <message>
        <source>Last 12 hours</source>
        <translation>Last 12 hours</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <source>Last 2 days</source>
        <translation>Last 2 days</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Last 14 days</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>STD</source>
        <translation>STD</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Demo project (local query API)</source>
        <translation>Demo project (local query API)</translation>
    </message>
</context>
<context>
    <name>TraceRenderer</name>
    <message>
        <source>No trace open</source>
        <translation>No trace open</translation>
    </message>
    <message>
        <source>1 span</source>
        <translation>1 span</translation>
    </message>
    <message>
        <source>%L1 spans</source>
        <translation>%L1 spans</translation>
    </message>
    <message>
        <source>1 service</source>
        <translation>1 service</translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation>%1 services</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 error</translation>
    </message>
    <message>
        <source>%L1 errors</source>
        <translation>%L1 errors</translation>
    </message>
    <message>
        <source>%L1 running</source>
        <translation>%L1 running</translation>
    </message>
    <message>
        <source>%L1 rows shown</source>
        <translation>%L1 rows shown</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>running…</translation>
    </message>
</context>
<context>
    <name>hearth::app::AlertEditorDialog</name>
    <message>
        <source>Add webhook</source>
        <translation>Add webhook</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Raw JSON</translation>
    </message>
    <message>
        <source>Slack-compatible</source>
        <translation>Slack-compatible</translation>
    </message>
    <message>
        <source>Template (Teams, Google Chat, …)</source>
        <translation>Template (Teams, Google Chat, …)</translation>
    </message>
    <message>
        <source>Authorization: Bearer …  (one per line)</source>
        <translation>Authorization: Bearer …  (one per line)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Headers</translation>
    </message>
    <message>
        <source>Body template</source>
        <translation>Body template</translation>
    </message>
    <message>
        <source>Header &quot;%1&quot; needs the form Name: value.</source>
        <translation>Header &quot;%1&quot; needs the form Name: value.</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://.</source>
        <translation>The URL must start with http:// or https://.</translation>
    </message>
    <message>
        <source>The template format needs a body.</source>
        <translation>The template format needs a body.</translation>
    </message>
    <message>
        <source>Edit alert</source>
        <translation>Edit alert</translation>
    </message>
    <message>
        <source>New alert</source>
        <translation>New alert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>SELECT trace_id, message FROM records WHERE is_exception  -- rows mean a problem</source>
        <translation>SELECT trace_id, message FROM records WHERE is_exception  -- rows mean a problem</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Notify when</source>
        <translation>Notify when</translation>
    </message>
    <message>
        <source>looking at rows from the last</source>
        <translation>looking at rows from the last</translation>
    </message>
    <message>
        <source>checking every</source>
        <translation>checking every</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>all environments (or: prod, staging)</source>
        <translation>all environments (or: prod, staging)</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Environments</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Variables ($name in the SQL)</source>
        <translation>Variables ($name in the SQL)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Text, a whole number, or a JSON list like [&quot;a&quot;, &quot;b&quot;] for multi-value (use x = ANY($name)).</source>
        <translation>Text, a whole number, or a JSON list like [&quot;a&quot;, &quot;b&quot;] for multi-value (use x = ANY($name)).</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Send notifications to</source>
        <translation>Send notifications to</translation>
    </message>
    <message>
        <source>Webhook…</source>
        <translation>Webhook…</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Preview rows now</source>
        <translation>Preview rows now</translation>
    </message>
    <message>
        <source>Preview runs the SQL over the lookback window, read-only.</source>
        <translation>Preview runs the SQL over the lookback window, read-only.</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>No store is open.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>No rows, and no telemetry at all in the window: the alert would show No data.</source>
        <translation>No rows, and no telemetry at all in the window: the alert would show No data.</translation>
    </message>
    <message>
        <source>No rows now: the alert would be OK.</source>
        <translation>No rows now: the alert would be OK.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) now: the alert would fire.</source>
        <translation>
            <numerusform>%n row(s) now: the alert would fire.</numerusform>
            <numerusform>%n row(s) now: the alert would fire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the SQL runs: this store or a Logfire connection</source>
        <translation>Where the SQL runs: this store or a Logfire connection</translation>
    </message>
    <message>
        <source>Evaluate on</source>
        <translation>Evaluate on</translation>
    </message>
    <message>
        <source>Local store</source>
        <translation>Local store</translation>
    </message>
    <message>
        <source>Logfire: %1</source>
        <translation>Logfire: %1</translation>
    </message>
    <message>
        <source>%1 (not configured)</source>
        <translation>%1 (not configured)</translation>
    </message>
</context>
<context>
    <name>hearth::app::AlertRulesModel</name>
    <message>
        <source>%1s</source>
        <translation>%1s</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1h</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1d</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Recent runs</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Last run</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Next run</translation>
    </message>
</context>
<context>
    <name>hearth::app::AlertRunsModel</name>
    <message>
        <source>notification dropped (snoozed)</source>
        <translation>notification dropped (snoozed)</translation>
    </message>
    <message>
        <source>%1 skipped (%2)</source>
        <translation>%1 skipped (%2)</translation>
    </message>
    <message>
        <source>sent to %1</source>
        <translation>sent to %1</translation>
    </message>
    <message>
        <source>%1 failed after %2 attempt(s): %3</source>
        <translation>%1 failed after %2 attempt(s): %3</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>started firing</source>
        <translation>started firing</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Took</translation>
    </message>
    <message>
        <source>Notifications / error</source>
        <translation>Notifications / error</translation>
    </message>
</context>
<context>
    <name>hearth::app::AlertsPage</name>
    <message>
        <source>&lt;h2&gt;Alerts&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Alerts&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>New alert…</source>
        <translation>New alert…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Run now</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 hours</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 days</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 week</translation>
    </message>
    <message>
        <source>Unsnooze</source>
        <translation>Unsnooze</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Snooze</translation>
    </message>
    <message>
        <source>Activate / deactivate</source>
        <translation>Activate / deactivate</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Search alerts</source>
        <translation>Search alerts</translation>
    </message>
    <message>
        <source>Matched rows</source>
        <translation>Matched rows</translation>
    </message>
    <message>
        <source>&lt;b&gt;Runs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Runs&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Snoozed until %1: runs are recorded, notifications dropped.</source>
        <translation>Snoozed until %1: runs are recorded, notifications dropped.</translation>
    </message>
    <message>
        <source>Matched rows — the run failed</source>
        <translation>Matched rows — the run failed</translation>
    </message>
    <message>
        <source>&lt;b&gt;Matched rows&lt;/b&gt; (%1%2) — double-click a trace_id to open the trace</source>
        <translation>&lt;b&gt;Matched rows&lt;/b&gt; (%1%2) — double-click a trace_id to open the trace</translation>
    </message>
    <message>
        <source>, first ones</source>
        <translation>, first ones</translation>
    </message>
    <message>
        <source>&lt;b&gt;Matched rows&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Matched rows&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>Delete alert</source>
        <translation>Delete alert</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and its run history?</source>
        <translation>Delete &quot;%1&quot; and its run history?</translation>
    </message>
    <message>
        <source>Import alerts</source>
        <translation>Import alerts</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export alerts</source>
        <translation>Export alerts</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Alert rules</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>the keychain has not answered yet</source>
        <translation>the keychain has not answered yet</translation>
    </message>
    <message>
        <source>the stored token is empty</source>
        <translation>the stored token is empty</translation>
    </message>
    <message>
        <source>Rules are evaluated by %1.</source>
        <translation>Rules are evaluated by %1.</translation>
    </message>
    <message>
        <source>Runs on the Logfire connection “%1”.</source>
        <translation>Runs on the Logfire connection “%1”.</translation>
    </message>
</context>
<context>
    <name>hearth::app::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Command palette</translation>
    </message>
    <message>
        <source>Go to a page, run an action, open a dashboard…</source>
        <translation>Go to a page, run an action, open a dashboard…</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation>Matching commands</translation>
    </message>
</context>
<context>
    <name>hearth::app::ConnectionDialog</name>
    <message>
        <source>United States (logfire-us)</source>
        <translation>United States (logfire-us)</translation>
    </message>
    <message>
        <source>Europe (logfire-eu)</source>
        <translation>Europe (logfire-eu)</translation>
    </message>
    <message>
        <source>Self-hosted / custom URL</source>
        <translation>Self-hosted / custom URL</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Give the connection a name.</translation>
    </message>
    <message>
        <source>The base URL is not a valid URL.</source>
        <translation>The base URL is not a valid URL.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
</context>
<context>
    <name>hearth::app::ConnectionSwitcher</name>
    <message>
        <source>Local store</source>
        <translation>Local store</translation>
    </message>
    <message>
        <source>Active connection</source>
        <translation>Active connection</translation>
    </message>
    <message>
        <source>Where views run their queries</source>
        <translation>Where views run their queries</translation>
    </message>
    <message>
        <source>Logfire: %1</source>
        <translation>Logfire: %1</translation>
    </message>
    <message>
        <source>The connection no longer exists.</source>
        <translation>The connection no longer exists.</translation>
    </message>
    <message>
        <source>Read token for %1</source>
        <translation>Read token for %1</translation>
    </message>
    <message>
        <source>%1

Paste the read token to use for this session:</source>
        <translation>%1

Paste the read token to use for this session:</translation>
    </message>
    <message>
        <source>organisation %1, project %2</source>
        <translation>organisation %1, project %2</translation>
    </message>
</context>
<context>
    <name>hearth::app::DashboardCanvas</name>
    <message>
        <source>Panel Group</source>
        <translation>Panel Group</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Rename this group</source>
        <translation>Rename this group</translation>
    </message>
    <message>
        <source>Move this group up</source>
        <translation>Move this group up</translation>
    </message>
    <message>
        <source>Move this group down</source>
        <translation>Move this group down</translation>
    </message>
    <message>
        <source>Remove this group (its panels move to the previous one)</source>
        <translation>Remove this group (its panels move to the previous one)</translation>
    </message>
</context>
<context>
    <name>hearth::app::DashboardListModel</name>
    <message>
        <source>%1
Standard dashboard: read-only, clone it to edit.</source>
        <translation>%1
Standard dashboard: read-only, clone it to edit.</translation>
    </message>
</context>
<context>
    <name>hearth::app::DashboardView</name>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>$resolution: the time bucket of charts</source>
        <translation>$resolution: the time bucket of charts</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <source>Custom time range</source>
        <translation>Custom time range</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Live refresh: re-run the queries and slide the window with the clock</source>
        <translation>Live refresh: re-run the queries and slide the window with the clock</translation>
    </message>
    <message>
        <source>Live: off</source>
        <translation>Live: off</translation>
    </message>
    <message>
        <source>Live: 15 s</source>
        <translation>Live: 15 s</translation>
    </message>
    <message>
        <source>Live: 30 s</source>
        <translation>Live: 30 s</translation>
    </message>
    <message>
        <source>Live: 1 min</source>
        <translation>Live: 1 min</translation>
    </message>
    <message>
        <source>Live: 5 min</source>
        <translation>Live: 5 min</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Run every panel query again</source>
        <translation>Run every panel query again</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Clone</translation>
    </message>
    <message>
        <source>Make an editable copy of this standard dashboard</source>
        <translation>Make an editable copy of this standard dashboard</translation>
    </message>
    <message>
        <source>Add panel</source>
        <translation>Add panel</translation>
    </message>
    <message>
        <source>Add a panel to the first group</source>
        <translation>Add a panel to the first group</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Add group</translation>
    </message>
    <message>
        <source>Add a panel group</source>
        <translation>Add a panel group</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Group name</translation>
    </message>
    <message>
        <source>Panel Group</source>
        <translation>Panel Group</translation>
    </message>
    <message>
        <source>Variables…</source>
        <translation>Variables…</translation>
    </message>
    <message>
        <source>Edit the dashboard variables as JSON</source>
        <translation>Edit the dashboard variables as JSON</translation>
    </message>
    <message>
        <source>Edit JSON…</source>
        <translation>Edit JSON…</translation>
    </message>
    <message>
        <source>Edit the whole dashboard document</source>
        <translation>Edit the whole dashboard document</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Drag a panel by its title to move it, by its bottom-right corner to resize it.</source>
        <translation>Drag a panel by its title to move it, by its bottom-right corner to resize it.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Move panel</source>
        <translation>Move panel</translation>
    </message>
    <message>
        <source>Expand group</source>
        <translation>Expand group</translation>
    </message>
    <message>
        <source>Collapse group</source>
        <translation>Collapse group</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Rename group</translation>
    </message>
    <message>
        <source>Move group</source>
        <translation>Move group</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Remove group</translation>
    </message>
    <message>
        <source>Duplicate panel</source>
        <translation>Duplicate panel</translation>
    </message>
    <message>
        <source>Remove panel</source>
        <translation>Remove panel</translation>
    </message>
    <message>
        <source>This panel has no query</source>
        <translation>This panel has no query</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Auto (%1)</source>
        <translation>Auto (%1)</translation>
    </message>
    <message>
        <source>Edit panel</source>
        <translation>Edit panel</translation>
    </message>
    <message>
        <source>New panel</source>
        <translation>New panel</translation>
    </message>
    <message>
        <source>Edit dashboard JSON</source>
        <translation>Edit dashboard JSON</translation>
    </message>
    <message>
        <source>Edit JSON</source>
        <translation>Edit JSON</translation>
    </message>
    <message>
        <source>Edit variables</source>
        <translation>Edit variables</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panels</translation>
    </message>
</context>
<context>
    <name>hearth::app::DashboardsPage</name>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Import dashboard</source>
        <translation>Import dashboard</translation>
    </message>
    <message>
        <source>Dashboard JSON (*.json)</source>
        <translation>Dashboard JSON (*.json)</translation>
    </message>
    <message>
        <source>Save dashboard</source>
        <translation>Save dashboard</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid dashboard: %2</source>
        <translation>%1 is not a valid dashboard: %2</translation>
    </message>
    <message>
        <source>The store is read-only: open a writable store to import dashboards.</source>
        <translation>The store is read-only: open a writable store to import dashboards.</translation>
    </message>
    <message>
        <source>Clone dashboard</source>
        <translation>Clone dashboard</translation>
    </message>
    <message>
        <source>The store is read-only.</source>
        <translation>The store is read-only.</translation>
    </message>
    <message>
        <source>New dashboard</source>
        <translation>New dashboard</translation>
    </message>
    <message>
        <source>Export dashboard</source>
        <translation>Export dashboard</translation>
    </message>
    <message>
        <source>Delete dashboard</source>
        <translation>Delete dashboard</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation>Delete &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>hearth::app::DetailsPanel</name>
    <message>
        <source>… %L1 more</source>
        <translation>… %L1 more</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Copy value</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>Copy key</translation>
    </message>
    <message>
        <source>Close details</source>
        <translation>Close details</translation>
    </message>
    <message>
        <source>Copy trace id</source>
        <translation>Copy trace id</translation>
    </message>
    <message>
        <source>Copy span id</source>
        <translation>Copy span id</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Pretty</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Raw</translation>
    </message>
    <message>
        <source>LLM tokens and cost</source>
        <translation>LLM tokens and cost</translation>
    </message>
    <message>
        <source>This span</source>
        <translation>This span</translation>
    </message>
    <message>
        <source>Subtree ∑</source>
        <translation>Subtree ∑</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Cost (USD)</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributes</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copy JSON</translation>
    </message>
    <message>
        <source>Select a span to see its details.</source>
        <translation>Select a span to see its details.</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>No store is open.</translation>
    </message>
    <message>
        <source>Loading span %1…</source>
        <translation>Loading span %1…</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Span (running)</source>
        <translation>Span (running)</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>Span</translation>
    </message>
    <message>
        <source>trace %1
span  %2</source>
        <translation>trace %1
span  %2</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>still running</translation>
    </message>
    <message>
        <source>exception  %1: %2</source>
        <translation>exception  %1: %2</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Arguments (%1)</source>
        <translation>Arguments (%1)</translation>
    </message>
    <message>
        <source>No attributes</source>
        <translation>No attributes</translation>
    </message>
    <message>
        <source>Attributes (%1)</source>
        <translation>Attributes (%1)</translation>
    </message>
    <message>
        <source>This span (run totals)</source>
        <translation>This span (run totals)</translation>
    </message>
    <message numerus="yes">
        <source>Subtree ∑ (%n model request(s))</source>
        <translation>
            <numerusform>Subtree ∑ (%n model request(s))</numerusform>
            <numerusform>Subtree ∑ (%n model request(s))</numerusform>
        </translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Model&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source> &amp;nbsp; &lt;b&gt;Tokens&lt;/b&gt; ↗%L1 ↙%L2</source>
        <translation> &amp;nbsp; &lt;b&gt;Tokens&lt;/b&gt; ↗%L1 ↙%L2</translation>
    </message>
    <message>
        <source> &amp;nbsp; &lt;b&gt;Cost&lt;/b&gt; $%1</source>
        <translation> &amp;nbsp; &lt;b&gt;Cost&lt;/b&gt; $%1</translation>
    </message>
    <message>
        <source> &amp;nbsp; &lt;span style=&apos;color:#6b7280&apos;&gt;from %1&lt;/span&gt;</source>
        <translation> &amp;nbsp; &lt;span style=&apos;color:#6b7280&apos;&gt;from %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#6b7280&apos;&gt;No messages recorded on this span.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#6b7280&apos;&gt;No messages recorded on this span.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hearth::app::ExplorePage</name>
    <message>
        <source>Copy as TSV</source>
        <translation>Copy as TSV</translation>
    </message>
    <message>
        <source>Open trace</source>
        <translation>Open trace</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Ctrl+Enter runs the query against the active store or connection.</source>
        <translation>Ctrl+Enter runs the query against the active store or connection.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Run the query (Ctrl+Enter)</source>
        <translation>Run the query (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Time range</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Last 5 minutes</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Last 15 minutes</translation>
    </message>
    <message>
        <source>Last 30 minutes</source>
        <translation>Last 30 minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Last 6 hours</translation>
    </message>
    <message>
        <source>Last 12 hours</source>
        <translation>Last 12 hours</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <source>Last 2 days</source>
        <translation>Last 2 days</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Last 14 days</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Passed to the engine as min/max timestamp (start_timestamp, recorded_timestamp)</source>
        <translation>Passed to the engine as min/max timestamp (start_timestamp, recorded_timestamp)</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>No store is open.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (line %2)</translation>
    </message>
    <message>
        <source>Query failed.</source>
        <translation>Query failed.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row(s)</numerusform>
            <numerusform>%n row(s)</numerusform>
        </translation>
    </message>
    <message>
        <source> (limit reached)</source>
        <translation> (limit reached)</translation>
    </message>
    <message>
        <source> · %1 ms</source>
        <translation> · %1 ms</translation>
    </message>
    <message>
        <source> · source: %1</source>
        <translation> · source: %1</translation>
    </message>
    <message>
        <source> · cached %1 ago</source>
        <translation> · cached %1 ago</translation>
    </message>
    <message>
        <source>No queries run yet</source>
        <translation>No queries run yet</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Export result</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exported %n row(s) to %1</numerusform>
            <numerusform>Exported %n row(s) to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>SQL query</source>
        <translation>SQL query</translation>
    </message>
    <message>
        <source>Query results</source>
        <translation>Query results</translation>
    </message>
    <message>
        <source>Run the query</source>
        <translation>Run the query</translation>
    </message>
</context>
<context>
    <name>hearth::app::FallbackChoiceDialog</name>
    <message>
        <source>No Keychain Available</source>
        <translation>No Keychain Available</translation>
    </message>
    <message>
        <source>Hearth cannot reach a keychain service</source>
        <translation>Hearth cannot reach a keychain service</translation>
    </message>
    <message>
        <source>Hearth never writes tokens to its settings. Choose how to keep Logfire read tokens and the receiver token on this computer:</source>
        <translation>Hearth never writes tokens to its settings. Choose how to keep Logfire read tokens and the receiver token on this computer:</translation>
    </message>
    <message>
        <source>Encrypt tokens in a file protected by a passphrase</source>
        <translation>Encrypt tokens in a file protected by a passphrase</translation>
    </message>
    <message>
        <source>Type the token each session</source>
        <translation>Type the token each session</translation>
    </message>
    <message>
        <source>You enter the passphrase once per session. Only your user account can read the file, and without the passphrase it reveals nothing.</source>
        <translation>You enter the passphrase once per session. Only your user account can read the file, and without the passphrase it reveals nothing.</translation>
    </message>
    <message>
        <source>Nothing is stored: after every restart Hearth asks for the token again when it needs it.</source>
        <translation>Nothing is stored: after every restart Hearth asks for the token again when it needs it.</translation>
    </message>
    <message>
        <source>The system said: %1</source>
        <translation>The system said: %1</translation>
    </message>
    <message>
        <source>You can change this later in Settings, under Connections.</source>
        <translation>You can change this later in Settings, under Connections.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Not Now</translation>
    </message>
</context>
<context>
    <name>hearth::app::HistogramWidget</name>
    <message>
        <source>Records over time</source>
        <translation>Records over time</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No records in this time range</source>
        <translation>No records in this time range</translation>
    </message>
    <message>
        <source>%1
%2 records, %3 errors</source>
        <translation>%1
%2 records, %3 errors</translation>
    </message>
</context>
<context>
    <name>hearth::app::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Logfire query results (JSON, NDJSON, CSV; v1 and v2) of &lt;i&gt;records&lt;/i&gt; or &lt;i&gt;metrics&lt;/i&gt;, and OTLP files (.json, .pb, Collector JSON lines). Rows already in the store are not imported twice.</source>
        <translation>Logfire query results (JSON, NDJSON, CSV; v1 and v2) of &lt;i&gt;records&lt;/i&gt; or &lt;i&gt;metrics&lt;/i&gt;, and OTLP files (.json, .pb, Collector JSON lines). Rows already in the store are not imported twice.</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Add Files…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>When a line or row is malformed</source>
        <translation>When a line or row is malformed</translation>
    </message>
    <message>
        <source>Stop, and import nothing</source>
        <translation>Stop, and import nothing</translation>
    </message>
    <message>
        <source>Skip it, import the rest, and list what was skipped</source>
        <translation>Skip it, import the rest, and list what was skipped</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Add files, or drop them on the main window.</source>
        <translation>Add files, or drop them on the main window.</translation>
    </message>
    <message>
        <source>Skipped lines are listed here with their line numbers.</source>
        <translation>Skipped lines are listed here with their line numbers.</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Cancel Import</translation>
    </message>
    <message>
        <source>%1   (%2)</source>
        <translation>%1   (%2)</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Import Files</translation>
    </message>
    <message>
        <source>Logfire exports and OTLP files (*.json *.ndjson *.jsonl *.csv *.pb *.binpb);;All files (*)</source>
        <translation>Logfire exports and OTLP files (*.json *.ndjson *.jsonl *.csv *.pb *.binpb);;All files (*)</translation>
    </message>
    <message>
        <source>The open store is read-only (a case file?): open a writable store to import into.</source>
        <translation>The open store is read-only (a case file?): open a writable store to import into.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file(s)…</numerusform>
            <numerusform>Importing %n file(s)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Importing… %1 of %2</source>
        <translation>Importing… %1 of %2</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation>Cancelled. Nothing was imported.</translation>
    </message>
    <message>
        <source>Import failed, nothing was imported: %1</source>
        <translation>Import failed, nothing was imported: %1</translation>
    </message>
    <message>
        <source>Imported %1 records and %2 metric points (%3 already present). Read as %4.</source>
        <translation>Imported %1 records and %2 metric points (%3 already present). Read as %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n malformed row(s) skipped.</source>
        <translation>
            <numerusform>%n malformed row(s) skipped.</numerusform>
            <numerusform>%n malformed row(s) skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had no timestamp and are dated from the file.</source>
        <translation>
            <numerusform>%n row(s) had no timestamp and are dated from the file.</numerusform>
            <numerusform>%n row(s) had no timestamp and are dated from the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
</context>
<context>
    <name>hearth::app::IoController</name>
    <message>
        <source>Logfire JSON (*.json);;NDJSON (*.ndjson);;CSV (*.csv)</source>
        <translation>Logfire JSON (*.json);;NDJSON (*.ndjson);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Pinned &amp; Notes</source>
        <translation>Pinned &amp; Notes</translation>
    </message>
    <message>
        <source>Open Case File (read-only)…</source>
        <translation>Open Case File (read-only)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Export &amp;Trace…</source>
        <translation>Export &amp;Trace…</translation>
    </message>
    <message>
        <source>Export Time &amp;Window…</source>
        <translation>Export Time &amp;Window…</translation>
    </message>
    <message>
        <source>Export &amp;Case File…</source>
        <translation>Export &amp;Case File…</translation>
    </message>
    <message>
        <source>&amp;Pinned &amp;&amp; Notes</source>
        <translation>&amp;Pinned &amp;&amp; Notes</translation>
    </message>
    <message>
        <source>Cannot open case file</source>
        <translation>Cannot open case file</translation>
    </message>
    <message>
        <source>Opened %1 read-only.</source>
        <translation>Opened %1 read-only.</translation>
    </message>
    <message>
        <source>Open Case File</source>
        <translation>Open Case File</translation>
    </message>
    <message>
        <source>Hearth case files (*.hearth);;All files (*)</source>
        <translation>Hearth case files (*.hearth);;All files (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1: %n row(s) to %2</source>
        <translation>
            <numerusform>Exported %1: %n row(s) to %2</numerusform>
            <numerusform>Exported %1: %n row(s) to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Result</source>
        <translation>Export Result</translation>
    </message>
    <message>
        <source>result</source>
        <translation>result</translation>
    </message>
    <message>
        <source>Export Trace</source>
        <translation>Export Trace</translation>
    </message>
    <message>
        <source>Trace id:</source>
        <translation>Trace id:</translation>
    </message>
    <message>
        <source>trace</source>
        <translation>trace</translation>
    </message>
    <message>
        <source>Export Time Window</source>
        <translation>Export Time Window</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metrics</translation>
    </message>
    <message>
        <source>Time range:</source>
        <translation>Time range:</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Table:</translation>
    </message>
    <message>
        <source>time window</source>
        <translation>time window</translation>
    </message>
    <message>
        <source>Export Case File</source>
        <translation>Export Case File</translation>
    </message>
    <message>
        <source>trace ids, separated by spaces</source>
        <translation>trace ids, separated by spaces</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Traces:</source>
        <translation>Traces:</translation>
    </message>
    <message>
        <source>The case holds these traces, the metrics over their time span, the dashboards, saved searches and their notes. Secrets (authorization headers, API keys, tokens) are left out.</source>
        <translation>The case holds these traces, the metrics over their time span, the dashboards, saved searches and their notes. Secrets (authorization headers, API keys, tokens) are left out.</translation>
    </message>
    <message>
        <source>Hearth case files (*.hearth)</source>
        <translation>Hearth case files (*.hearth)</translation>
    </message>
    <message>
        <source>Case file %1: %2 records, %3 metric points, %4 notes.</source>
        <translation>Case file %1: %2 records, %3 metric points, %4 notes.</translation>
    </message>
</context>
<context>
    <name>hearth::app::JsonEditorDialog</name>
    <message>
        <source>Invalid JSON at line %1, column %2</source>
        <translation>Invalid JSON at line %1, column %2</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
</context>
<context>
    <name>hearth::app::LiveDetailsPanel</name>
    <message>
        <source>Open Trace</source>
        <translation>Open Trace</translation>
    </message>
    <message>
        <source>Show the whole trace as a waterfall (double-click a row does the same)</source>
        <translation>Show the whole trace as a waterfall (double-click a row does the same)</translation>
    </message>
</context>
<context>
    <name>hearth::app::LivePage</name>
    <message>
        <source>Last 5 minutes</source>
        <translation>Last 5 minutes</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Last 15 minutes</translation>
    </message>
    <message>
        <source>Last 30 minutes</source>
        <translation>Last 30 minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Last 6 hours</translation>
    </message>
    <message>
        <source>Last 12 hours</source>
        <translation>Last 12 hours</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <source>Last 2 days</source>
        <translation>Last 2 days</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Last 14 days</translation>
    </message>
    <message>
        <source>Live tail (paused)</source>
        <translation>Live tail (paused)</translation>
    </message>
    <message>
        <source>Live tail</source>
        <translation>Live tail</translation>
    </message>
    <message numerus="yes">
        <source>↓ %n new record(s)</source>
        <translation>
            <numerusform>↓ %n new record(s)</numerusform>
            <numerusform>↓ %n new record(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Live records</source>
        <translation>Live records</translation>
    </message>
    <message>
        <source>Search your spans: a WHERE clause, e.g. level &gt;= 17 AND service_name = &apos;api&apos;</source>
        <translation>Search your spans: a WHERE clause, e.g. level &gt;= 17 AND service_name = &apos;api&apos;</translation>
    </message>
    <message>
        <source>The WHERE clause of SELECT * FROM records WHERE …
Enter or Ctrl+Enter runs it; Ctrl+Space completes.</source>
        <translation>The WHERE clause of SELECT * FROM records WHERE …
Enter or Ctrl+Enter runs it; Ctrl+Space completes.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Run the search (Ctrl+Enter)</source>
        <translation>Run the search (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Searches</translation>
    </message>
    <message>
        <source>Recent and saved searches</source>
        <translation>Recent and saved searches</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <source>deployment.environment</source>
        <translation>deployment.environment</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Filter the loaded records</source>
        <translation>Filter the loaded records</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Collapse</translation>
    </message>
    <message>
        <source>Collapse all traces</source>
        <translation>Collapse all traces</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Expand</translation>
    </message>
    <message>
        <source>Expand all traces</source>
        <translation>Expand all traces</translation>
    </message>
    <message>
        <source>Follow new records at the bottom of the list</source>
        <translation>Follow new records at the bottom of the list</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Custom time range</source>
        <translation>Custom time range</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>%1 (at character %2)</source>
        <translation>%1 (at character %2)</translation>
    </message>
    <message>
        <source>All envs</source>
        <translation>All envs</translation>
    </message>
    <message>
        <source>Env not specified</source>
        <translation>Env not specified</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>No store open</translation>
    </message>
    <message>
        <source>Loading records from the %1…</source>
        <translation>Loading records from the %1…</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 records from the %3</source>
        <translation>Showing the newest %1 of %2 records from the %3</translation>
    </message>
    <message>
        <source>Showing %1 records from the %2</source>
        <translation>Showing %1 records from the %2</translation>
    </message>
    <message>
        <source> · loading older…</source>
        <translation> · loading older…</translation>
    </message>
    <message>
        <source> · no older records in this window</source>
        <translation> · no older records in this window</translation>
    </message>
    <message numerus="yes">
        <source> · %n shown by the quick filters</source>
        <translation>
            <numerusform> · %n shown by the quick filters</numerusform>
            <numerusform> · %n shown by the quick filters</numerusform>
        </translation>
    </message>
    <message>
        <source> · last poll failed: %1</source>
        <translation> · last poll failed: %1</translation>
    </message>
    <message>
        <source>Following new records</source>
        <translation>Following new records</translation>
    </message>
    <message>
        <source>Not following</source>
        <translation>Not following</translation>
    </message>
    <message>
        <source>Nothing loaded yet</source>
        <translation>Nothing loaded yet</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Any level</translation>
    </message>
    <message>
        <source>debug and above</source>
        <translation>debug and above</translation>
    </message>
    <message>
        <source>info and above</source>
        <translation>info and above</translation>
    </message>
    <message>
        <source>warn and above</source>
        <translation>warn and above</translation>
    </message>
    <message>
        <source>error and above</source>
        <translation>error and above</translation>
    </message>
    <message>
        <source>Level ≥ %1</source>
        <translation>Level ≥ %1</translation>
    </message>
    <message>
        <source>Save current search…</source>
        <translation>Save current search…</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Save search</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Delete saved search</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recent</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>Start here</translation>
    </message>
    <message>
        <source>Saved search</source>
        <translation>Saved search</translation>
    </message>
    <message>
        <source>Search (SQL WHERE clause)</source>
        <translation>Search (SQL WHERE clause)</translation>
    </message>
    <message>
        <source>Search the live view</source>
        <translation>Search the live view</translation>
    </message>
</context>
<context>
    <name>hearth::app::LiveRowDelegate</name>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 version %2</translation>
    </message>
    <message>
        <source>Scope: %1 %2</source>
        <translation>Scope: %1 %2</translation>
    </message>
    <message>
        <source>LLM tokens: %1%2</source>
        <translation>LLM tokens: %1%2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1
span: %2 · level: %3</source>
        <translation>%1
span: %2 · level: %3</translation>
    </message>
</context>
<context>
    <name>hearth::app::MainWindow</name>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>  Query: </source>
        <translation>  Query: </translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Explore</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation>&amp;Open Store…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <source>&amp;Explore</source>
        <translation>&amp;Explore</translation>
    </message>
    <message>
        <source>&amp;Dashboards</source>
        <translation>&amp;Dashboards</translation>
    </message>
    <message>
        <source>&amp;Trace</source>
        <translation>&amp;Trace</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>Follow &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>Command Palette…</source>
        <translation>Command Palette…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Hearth</source>
        <translation>&amp;About Hearth</translation>
    </message>
    <message>
        <source>About Hearth</source>
        <translation>About Hearth</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hearth %1&lt;/b&gt;&lt;p&gt;A desktop observability console for agentic AI systems: OpenTelemetry and Logfire data on your own machine.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Hearth %1&lt;/b&gt;&lt;p&gt;A desktop observability console for agentic AI systems: OpenTelemetry and Logfire data on your own machine.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Cannot open store</source>
        <translation>Cannot open store</translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation>Open Store</translation>
    </message>
    <message>
        <source>Hearth stores (*.hearth *.db *.sqlite);;All files (*)</source>
        <translation>Hearth stores (*.hearth *.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>No store open</translation>
    </message>
    <message>
        <source>Store: %1%2</source>
        <translation>Store: %1%2</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source>%1 — Hearth</source>
        <translation>%1 — Hearth</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 records</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alerts</translation>
    </message>
</context>
<context>
    <name>hearth::app::MatchedRowsModel</name>
    <message>
        <source>Double-click to open the trace</source>
        <translation>Double-click to open the trace</translation>
    </message>
</context>
<context>
    <name>hearth::app::NotesModel</name>
    <message>
        <source>trace %1%2</source>
        <translation>trace %1%2</translation>
    </message>
    <message>
        <source>, span %1</source>
        <translation>, span %1</translation>
    </message>
    <message>
        <source>Trace …%1</source>
        <translation>Trace …%1</translation>
    </message>
    <message>
        <source>Span …%1</source>
        <translation>Span …%1</translation>
    </message>
    <message>
        <source>(not in this store)</source>
        <translation>(not in this store)</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Pinned</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>hearth::app::NotesPanel</name>
    <message>
        <source>Pin Trace…</source>
        <translation>Pin Trace…</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Unpin</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Note on the selected item…</source>
        <translation>Note on the selected item…</translation>
    </message>
    <message>
        <source>Save Note</source>
        <translation>Save Note</translation>
    </message>
    <message>
        <source>No store open.</source>
        <translation>No store open.</translation>
    </message>
    <message>
        <source>Nothing pinned yet. Pin a trace or span to keep it here with a note.</source>
        <translation>Nothing pinned yet. Pin a trace or span to keep it here with a note.</translation>
    </message>
    <message>
        <source>Case file: read-only.</source>
        <translation>Case file: read-only.</translation>
    </message>
    <message>
        <source>Pin Trace</source>
        <translation>Pin Trace</translation>
    </message>
    <message>
        <source>Trace id, optionally followed by a span id:</source>
        <translation>Trace id, optionally followed by a span id:</translation>
    </message>
</context>
<context>
    <name>hearth::app::PanelEditorDialog</name>
    <message>
        <source>Edit panel</source>
        <translation>Edit panel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Query</translation>
    </message>
    <message>
        <source>Show rendered query</source>
        <translation>Show rendered query</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metrics</translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation>Stacked</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Y axis</source>
        <translation>Y axis</translation>
    </message>
    <message>
        <source>Run (Ctrl+Enter)</source>
        <translation>Run (Ctrl+Enter)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 ms</source>
        <translation>
            <numerusform>%n row(s) in %1 ms</numerusform>
            <numerusform>%n row(s) in %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>-- %1</source>
        <translation>-- %1</translation>
    </message>
</context>
<context>
    <name>hearth::app::PanelWidget</name>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Edit this panel</source>
        <translation>Edit this panel</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Duplicate this panel</source>
        <translation>Duplicate this panel</translation>
    </message>
    <message>
        <source>Remove this panel</source>
        <translation>Remove this panel</translation>
    </message>
    <message>
        <source>Unsupported panel kind &quot;%1&quot;</source>
        <translation>Unsupported panel kind &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This panel has no query</source>
        <translation>This panel has no query</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>truncated</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>Alert…</source>
        <translation>Alert…</translation>
    </message>
    <message>
        <source>Create an alert rule from this panel&apos;s query and variables</source>
        <translation>Create an alert rule from this panel&apos;s query and variables</translation>
    </message>
</context>
<context>
    <name>hearth::app::PngFile</name>
    <message>
        <source>Cannot encode the image for %1 as PNG.</source>
        <translation>Cannot encode the image for %1 as PNG.</translation>
    </message>
</context>
<context>
    <name>hearth::app::ReceiverController</name>
    <message>
        <source>Receiver status</source>
        <translation>Receiver status</translation>
    </message>
    <message>
        <source>Receiver off</source>
        <translation>Receiver off</translation>
    </message>
    <message>
        <source>Turn it on in Settings → Local OTLP receiver.</source>
        <translation>Turn it on in Settings → Local OTLP receiver.</translation>
    </message>
    <message>
        <source>Receiver off: no token</source>
        <translation>Receiver off: no token</translation>
    </message>
    <message>
        <source>Receiver off (read-only store)</source>
        <translation>Receiver off (read-only store)</translation>
    </message>
    <message>
        <source>Receiver stopped</source>
        <translation>Receiver stopped</translation>
    </message>
    <message>
        <source>⚠ Receiver not listening</source>
        <translation>⚠ Receiver not listening</translation>
    </message>
    <message>
        <source>OTLP :%1 / gRPC :%2</source>
        <translation>OTLP :%1 / gRPC :%2</translation>
    </message>
    <message>
        <source>OTLP :%1</source>
        <translation>OTLP :%1</translation>
    </message>
    <message>
        <source>● %1 — %2 rows/s</source>
        <translation>● %1 — %2 rows/s</translation>
    </message>
</context>
<context>
    <name>hearth::app::ResultChart</name>
    <message>
        <source>Chart:</source>
        <translation>Chart:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Nothing to chart: the result needs a time or text column and a numeric column.</source>
        <translation>Nothing to chart: the result needs a time or text column and a numeric column.</translation>
    </message>
</context>
<context>
    <name>hearth::app::SettingsPage</name>
    <message>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Settings&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Local store</source>
        <translation>Local store</translation>
    </message>
    <message>
        <source>Open Another Store…</source>
        <translation>Open Another Store…</translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation>Open Store</translation>
    </message>
    <message>
        <source>Hearth stores (*.hearth *.db *.sqlite);;All files (*)</source>
        <translation>Hearth stores (*.hearth *.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot open store</source>
        <translation>Cannot open store</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Disk usage:</source>
        <translation>Disk usage:</translation>
    </message>
    <message>
        <source>Keep forever</source>
        <translation>Keep forever</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Keep records for</source>
        <translation>Keep records for</translation>
    </message>
    <message>
        <source>Keep records for:</source>
        <translation>Keep records for:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Maximum store size</source>
        <translation>Maximum store size</translation>
    </message>
    <message>
        <source>Maximum size:</source>
        <translation>Maximum size:</translation>
    </message>
    <message>
        <source>Apply Retention Now</source>
        <translation>Apply Retention Now</translation>
    </message>
    <message>
        <source>Vacuum</source>
        <translation>Vacuum</translation>
    </message>
    <message>
        <source>Rebuild the file to give free space back to the disk.</source>
        <translation>Rebuild the file to give free space back to the disk.</translation>
    </message>
    <message>
        <source>Local OTLP receiver</source>
        <translation>Local OTLP receiver</translation>
    </message>
    <message>
        <source>Receive telemetry while Hearth runs</source>
        <translation>Receive telemetry while Hearth runs</translation>
    </message>
    <message>
        <source>OTLP HTTP port</source>
        <translation>OTLP HTTP port</translation>
    </message>
    <message>
        <source>HTTP port (127.0.0.1):</source>
        <translation>HTTP port (127.0.0.1):</translation>
    </message>
    <message>
        <source>OTLP gRPC port</source>
        <translation>OTLP gRPC port</translation>
    </message>
    <message>
        <source>gRPC port (127.0.0.1):</source>
        <translation>gRPC port (127.0.0.1):</translation>
    </message>
    <message>
        <source>Require an Authorization token</source>
        <translation>Require an Authorization token</translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation>stored in the system keychain</translation>
    </message>
    <message>
        <source>Receiver token</source>
        <translation>Receiver token</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Point SDKs at &lt;code&gt;OTEL_EXPORTER_OTLP_ENDPOINT=http://localhost:%1&lt;/code&gt;</source>
        <translation>Point SDKs at &lt;code&gt;OTEL_EXPORTER_OTLP_ENDPOINT=http://localhost:%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Token kept for this session</source>
        <translation>Token kept for this session</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>Add Logfire Connection…</source>
        <translation>Add Logfire Connection…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Use for Views</source>
        <translation>Use for Views</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Theme:</translation>
    </message>
    <message>
        <source>The language changes when Hearth restarts.</source>
        <translation>The language changes when Hearth restarts.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>No store open</translation>
    </message>
    <message>
        <source>%1 (%2 in the write-ahead log, %3 free inside the file)</source>
        <translation>%1 (%2 in the write-ahead log, %3 free inside the file)</translation>
    </message>
    <message>
        <source>Vacuuming…</source>
        <translation>Vacuuming…</translation>
    </message>
    <message>
        <source>Applying retention…</source>
        <translation>Applying retention…</translation>
    </message>
    <message>
        <source>Removed %1 records and %2 metric points.</source>
        <translation>Removed %1 records and %2 metric points.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>  (in use)</source>
        <translation>  (in use)</translation>
    </message>
    <message>
        <source>No keychain service is available: the token is kept for this session only and asked again next time.</source>
        <translation>No keychain service is available: the token is kept for this session only and asked again next time.</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Remove Connection</translation>
    </message>
    <message>
        <source>Remove the connection “%1” and its stored token?</source>
        <translation>Remove the connection “%1” and its stored token?</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Views query the local store, or a Logfire project through its query API. Read tokens are kept in the system keychain, never in settings files; without a keychain, as chosen below.</source>
        <translation>Views query the local store, or a Logfire project through its query API. Read tokens are kept in the system keychain, never in settings files; without a keychain, as chosen below.</translation>
    </message>
    <message>
        <source>No keychain service is available: the token is stored in the passphrase-protected token file.</source>
        <translation>No keychain service is available: the token is stored in the passphrase-protected token file.</translation>
    </message>
</context>
<context>
    <name>hearth::app::ShortcutsDialog</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>SQL Editor</source>
        <translation>SQL Editor</translation>
    </message>
</context>
<context>
    <name>hearth::app::SqlEditor</name>
    <message>
        <source>SQL editor. Tab indents and Shift+Tab unindents the selected lines; Ctrl+Tab and Ctrl+Shift+Tab move the focus out of the editor. Ctrl+Enter runs the query, Ctrl+Space completes.</source>
        <translation>SQL editor. Tab indents and Shift+Tab unindents the selected lines; Ctrl+Tab and Ctrl+Shift+Tab move the focus out of the editor. Ctrl+Enter runs the query, Ctrl+Space completes.</translation>
    </message>
    <message>
        <source>Indent the line or the selected lines</source>
        <translation>Indent the line or the selected lines</translation>
    </message>
    <message>
        <source>Unindent the line or the selected lines</source>
        <translation>Unindent the line or the selected lines</translation>
    </message>
    <message>
        <source>Move the focus out of the editor</source>
        <translation>Move the focus out of the editor</translation>
    </message>
    <message>
        <source>Move the focus out of the editor, backwards</source>
        <translation>Move the focus out of the editor, backwards</translation>
    </message>
    <message>
        <source>Complete the word</source>
        <translation>Complete the word</translation>
    </message>
</context>
<context>
    <name>hearth::app::TokenStorageWidget</name>
    <message>
        <source>Tokens are kept in:</source>
        <translation>Tokens are kept in:</translation>
    </message>
    <message>
        <source>Without a keychain</source>
        <translation>Without a keychain</translation>
    </message>
    <message>
        <source>Ask when a token is needed</source>
        <translation>Ask when a token is needed</translation>
    </message>
    <message>
        <source>Encrypt tokens in a file protected by a passphrase</source>
        <translation>Encrypt tokens in a file protected by a passphrase</translation>
    </message>
    <message>
        <source>Type the token each session</source>
        <translation>Type the token each session</translation>
    </message>
    <message>
        <source>Without a keychain:</source>
        <translation>Without a keychain:</translation>
    </message>
    <message>
        <source>Change Passphrase…</source>
        <translation>Change Passphrase…</translation>
    </message>
    <message>
        <source>Forget Token File…</source>
        <translation>Forget Token File…</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>the system keychain</translation>
    </message>
    <message>
        <source>an encrypted file, unlocked for this session</source>
        <translation>an encrypted file, unlocked for this session</translation>
    </message>
    <message>
        <source>an encrypted file, locked (the passphrase is asked when a token is needed)</source>
        <translation>an encrypted file, locked (the passphrase is asked when a token is needed)</translation>
    </message>
    <message>
        <source>an encrypted file, created when the first token is saved</source>
        <translation>an encrypted file, created when the first token is saved</translation>
    </message>
    <message>
        <source>memory only: no keychain is available, tokens are typed each session</source>
        <translation>memory only: no keychain is available, tokens are typed each session</translation>
    </message>
    <message>
        <source>memory only for now: no keychain is available</source>
        <translation>memory only for now: no keychain is available</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Keychain: %1</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <source>Forget Token File</source>
        <translation>Forget Token File</translation>
    </message>
    <message>
        <source>Delete the encrypted token file? Every token stored in it is lost and must be entered again.</source>
        <translation>Delete the encrypted token file? Every token stored in it is lost and must be entered again.</translation>
    </message>
</context>
<context>
    <name>hearth::app::TracePage</name>
    <message>
        <source>Paste a trace id…</source>
        <translation>Paste a trace id…</translation>
    </message>
    <message>
        <source>Search in trace (Ctrl+F)</source>
        <translation>Search in trace (Ctrl+F)</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Next match (F3)</translation>
    </message>
    <message>
        <source>Show only spans of this service (and their ancestors)</source>
        <translation>Show only spans of this service (and their ancestors)</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info and above</translation>
    </message>
    <message>
        <source>Warnings and above</source>
        <translation>Warnings and above</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>Filter messages</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Critical path</translation>
    </message>
    <message>
        <source>Highlight what the trace&apos;s latency waited on</source>
        <translation>Highlight what the trace&apos;s latency waited on</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Zoom to the whole trace (F, Esc)</source>
        <translation>Zoom to the whole trace (F, Esc)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom to the selected span (Enter)</source>
        <translation>Zoom to the selected span (Enter)</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Expand all</translation>
    </message>
    <message>
        <source>Unfold every span</source>
        <translation>Unfold every span</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Collapse all</translation>
    </message>
    <message>
        <source>Fold every span</source>
        <translation>Fold every span</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>No store is open.</translation>
    </message>
    <message>
        <source>Enter a trace id (32 hexadecimal digits).</source>
        <translation>Enter a trace id (32 hexadecimal digits).</translation>
    </message>
    <message>
        <source>Loading trace %1…</source>
        <translation>Loading trace %1…</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>All services</translation>
    </message>
    <message>
        <source> · opened in %L1 ms</source>
        <translation> · opened in %L1 ms</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>no match</translation>
    </message>
    <message>
        <source>1/%L1</source>
        <translation>1/%L1</translation>
    </message>
    <message>
        <source>Open a trace from the Live view or Explore, or paste a trace id.</source>
        <translation>Open a trace from the Live view or Explore, or paste a trace id.</translation>
    </message>
    <message>
        <source>%L1/%L2</source>
        <translation>%L1/%L2</translation>
    </message>
    <message>
        <source>Trace %1 · %L2 spans · %3 · %L4 rows shown</source>
        <translation>Trace %1 · %L2 spans · %3 · %L4 rows shown</translation>
    </message>
    <message>
        <source> · LLM ∑ ↗%L1 ↙%L2 tokens, $%3 over %L4 requests</source>
        <translation> · LLM ∑ ↗%L1 ↙%L2 tokens, $%3 over %L4 requests</translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation>Trace id</translation>
    </message>
    <message>
        <source>Search in the trace</source>
        <translation>Search in the trace</translation>
    </message>
</context>
<context>
    <name>hearth::app::TraceView</name>
    <message>
        <source>%L1 hidden descendants</source>
        <translation>%L1 hidden descendants</translation>
    </message>
    <message numerus="yes">
        <source>LLM tokens ↗%L1 ↙%L2 · $%3 (%n request(s))</source>
        <translation>
            <numerusform>LLM tokens ↗%L1 ↙%L2 · $%3 (%n request(s))</numerusform>
            <numerusform>LLM tokens ↗%L1 ↙%L2 · $%3 (%n request(s))</numerusform>
        </translation>
    </message>
    <message>
        <source>Trace waterfall</source>
        <translation>Trace waterfall</translation>
    </message>
    <message>
        <source>Up and Down move between spans, Right and Left expand and collapse, Enter opens the details, + and - zoom, F fits.</source>
        <translation>Up and Down move between spans, Right and Left expand and collapse, Enter opens the details, + and - zoom, F fits.</translation>
    </message>
</context>
<context>
    <name>hearth::app::TrayNotifier</name>
    <message>
        <source>Hearth alerts</source>
        <translation>Hearth alerts</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>This desktop has no system tray.</translation>
    </message>
    <message>
        <source>Hearth alert: %1</source>
        <translation>Hearth alert: %1</translation>
    </message>
</context>
<context>
    <name>hearth::app::ValuesWidget</name>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
</context>
<context>
    <name>hearth::app::VaultPassphraseDialog</name>
    <message>
        <source>Unlock Tokens</source>
        <translation>Unlock Tokens</translation>
    </message>
    <message>
        <source>Enter the passphrase of your token file</source>
        <translation>Enter the passphrase of your token file</translation>
    </message>
    <message>
        <source>Logfire tokens are kept in an encrypted file. Hearth needs the passphrase once per session and keeps it only in memory.</source>
        <translation>Logfire tokens are kept in an encrypted file. Hearth needs the passphrase once per session and keeps it only in memory.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Protect Tokens with a Passphrase</source>
        <translation>Protect Tokens with a Passphrase</translation>
    </message>
    <message>
        <source>Choose a passphrase for your token file</source>
        <translation>Choose a passphrase for your token file</translation>
    </message>
    <message>
        <source>Tokens are encrypted with this passphrase. Hearth asks for it once per session and cannot recover it: if it is lost, the tokens must be entered again.</source>
        <translation>Tokens are encrypted with this passphrase. Hearth asks for it once per session and cannot recover it: if it is lost, the tokens must be entered again.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Change Token Passphrase</source>
        <translation>Change Token Passphrase</translation>
    </message>
    <message>
        <source>Change the passphrase of your token file</source>
        <translation>Change the passphrase of your token file</translation>
    </message>
    <message>
        <source>Every stored token is encrypted again under the new passphrase.</source>
        <translation>Every stored token is encrypted again under the new passphrase.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>C&amp;urrent passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>Use at least %1 characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Use at least %1 characters; a few unrelated words are easy to remember and hard to guess.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Checking the passphrase…</translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation>Encrypting…</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Enter the passphrase.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>The passphrase needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Settings → Connections → Forget Token File… deletes it; the tokens are then entered again.</source>
        <translation>Settings → Connections → Forget Token File… deletes it; the tokens are then entered again.</translation>
    </message>
</context>
<context>
    <name>hearth::cli::Alerts</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>imported %1 alert(s): %2 new, %3 updated</source>
        <translation>imported %1 alert(s): %2 new, %3 updated</translation>
    </message>
    <message>
        <source>exported %1 alert(s) to %2</source>
        <translation>exported %1 alert(s) to %2</translation>
    </message>
    <message>
        <source>no alert named &quot;%1&quot;</source>
        <translation>no alert named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Manage alert rules.
  list                 rules with their last state
  import FILE          add or update rules (by name) from JSON (Logfire&apos;s alert fields)
  export [FILE]        write every rule as JSON (stdout without FILE)
  run-once [--name N]  evaluate active rules (or the named one) now, record and notify</source>
        <translation>Manage alert rules.
  list                 rules with their last state
  import FILE          add or update rules (by name) from JSON (Logfire&apos;s alert fields)
  export [FILE]        write every rule as JSON (stdout without FILE)
  run-once [--name N]  evaluate active rules (or the named one) now, record and notify</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>The store file.</translation>
    </message>
    <message>
        <source>run-once: only this rule.</source>
        <translation>run-once: only this rule.</translation>
    </message>
    <message>
        <source>list, import, export or run-once</source>
        <translation>list, import, export or run-once</translation>
    </message>
    <message>
        <source>expected one of list, import, export, run-once</source>
        <translation>expected one of list, import, export, run-once</translation>
    </message>
    <message>
        <source> (got &quot;%1&quot;)</source>
        <translation> (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>which file? (hearth-cli alerts import FILE)</source>
        <translation>which file? (hearth-cli alerts import FILE)</translation>
    </message>
    <message>
        <source>A Logfire connection alert rules may name (repeatable). URL is the query API base URL, or us / eu; the read token comes from $HEARTH_READ_TOKEN_&lt;NAME&gt;, else $LOGFIRE_READ_TOKEN.</source>
        <translation>A Logfire connection alert rules may name (repeatable). URL is the query API base URL, or us / eu; the read token comes from $HEARTH_READ_TOKEN_&lt;NAME&gt;, else $LOGFIRE_READ_TOKEN.</translation>
    </message>
    <message>
        <source>set %1 in the environment of this process</source>
        <translation>set %1 in the environment of this process</translation>
    </message>
    <message>
        <source>--alerts-connection needs NAME=URL, got &apos;%1&apos;</source>
        <translation>--alerts-connection needs NAME=URL, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--alerts-connection: &apos;local&apos; names the store itself</source>
        <translation>--alerts-connection: &apos;local&apos; names the store itself</translation>
    </message>
    <message>
        <source>set %1 (or LOGFIRE_READ_TOKEN) in the environment of this process</source>
        <translation>set %1 (or LOGFIRE_READ_TOKEN) in the environment of this process</translation>
    </message>
    <message>
        <source> (only the Hearth app reads the keychain)</source>
        <translation> (only the Hearth app reads the keychain)</translation>
    </message>
</context>
<context>
    <name>hearth::cli::Commands</name>
    <message>
        <source>Alert rules: list, import, export, run-once</source>
        <translation>Alert rules: list, import, export, run-once</translation>
    </message>
    <message>
        <source>Write deterministic demo data (agents, LLM calls, logs, metrics)</source>
        <translation>Write deterministic demo data (agents, LLM calls, logs, metrics)</translation>
    </message>
    <message>
        <source>Export a query, a trace or a time window (CSV, JSON, NDJSON, case file)</source>
        <translation>Export a query, a trace or a time window (CSV, JSON, NDJSON, case file)</translation>
    </message>
    <message>
        <source>Import Logfire exports (JSON, NDJSON, CSV) and OTLP files into a store</source>
        <translation>Import Logfire exports (JSON, NDJSON, CSV) and OTLP files into a store</translation>
    </message>
    <message>
        <source>Print what a store holds (records, metrics, schema version)</source>
        <translation>Print what a store holds (records, metrics, schema version)</translation>
    </message>
    <message>
        <source>Pin traces and spans and attach notes (list, pin, note, unpin, rm)</source>
        <translation>Pin traces and spans and attach notes (list, pin, note, unpin, rm)</translation>
    </message>
    <message>
        <source>Run Logfire SQL on a store or a query API (json, csv or table)</source>
        <translation>Run Logfire SQL on a store or a query API (json, csv or table)</translation>
    </message>
    <message>
        <source>Render a dashboard to PNG (--db, --dashboard, --out, --since/--from/--to, --var)</source>
        <translation>Render a dashboard to PNG (--db, --dashboard, --out, --since/--from/--to, --var)</translation>
    </message>
    <message>
        <source>Draw a trace&apos;s waterfall to a PNG (headless)</source>
        <translation>Draw a trace&apos;s waterfall to a PNG (headless)</translation>
    </message>
    <message>
        <source>Run the OTLP receiver (and optional query API) headless</source>
        <translation>Run the OTLP receiver (and optional query API) headless</translation>
    </message>
</context>
<context>
    <name>hearth::cli::Demo</name>
    <message>
        <source>The store file (created if missing).</source>
        <translation>The store file (created if missing).</translation>
    </message>
    <message>
        <source>Number of traces (default 300).</source>
        <translation>Number of traces (default 300).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Random seed (default 1).</translation>
    </message>
    <message>
        <source>Days of history ending at the end time (default 7).</source>
        <translation>Days of history ending at the end time (default 7).</translation>
    </message>
    <message>
        <source>End time, RFC 3339 or microseconds since the epoch (default now). Same seed and end, same rows.</source>
        <translation>End time, RFC 3339 or microseconds since the epoch (default now). Same seed and end, same rows.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unexpected argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--traces must be a whole number from 0 to 50000000, not &apos;%1&apos;</source>
        <translation>--traces must be a whole number from 0 to 50000000, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number, not &apos;%1&apos;</source>
        <translation>--seed must be a non-negative whole number, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--days must be a whole number from 1 to 366, not &apos;%1&apos;</source>
        <translation>--days must be a whole number from 1 to 366, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--end must be an RFC 3339 time (2026-11-28T04:00:00Z) or microseconds since the epoch, not &apos;%1&apos;</source>
        <translation>--end must be an RFC 3339 time (2026-11-28T04:00:00Z) or microseconds since the epoch, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Demo data with seed %1, %2 traces and %3 days ending %4 is already in %5; nothing written.</source>
        <translation>Demo data with seed %1, %2 traces and %3 days ending %4 is already in %5; nothing written.</translation>
    </message>
    <message>
        <source>Wrote demo data to %1 (seed %2, %3 days from %4 to %5)</source>
        <translation>Wrote demo data to %1 (seed %2, %3 days from %4 to %5)</translation>
    </message>
</context>
<context>
    <name>hearth::cli::Export</name>
    <message>
        <source>Export a query result, one trace or a time window as CSV, Logfire v2 JSON or NDJSON, or as a case file (.hearth) that another Hearth opens read-only.</source>
        <translation>Export a query result, one trace or a time window as CSV, Logfire v2 JSON or NDJSON, or as a case file (.hearth) that another Hearth opens read-only.</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>The store file.</translation>
    </message>
    <message>
        <source>A query (Logfire SQL).</source>
        <translation>A query (Logfire SQL).</translation>
    </message>
    <message>
        <source>A trace id (repeatable).</source>
        <translation>A trace id (repeatable).</translation>
    </message>
    <message>
        <source>A time window ending now, e.g. 24h, 7d.</source>
        <translation>A time window ending now, e.g. 24h, 7d.</translation>
    </message>
    <message>
        <source>With --since: export metric points, not records.</source>
        <translation>With --since: export metric points, not records.</translation>
    </message>
    <message>
        <source>With --sql: at most this many rows (default 1000000).</source>
        <translation>With --sql: at most this many rows (default 1000000).</translation>
    </message>
    <message>
        <source>The output file.</source>
        <translation>The output file.</translation>
    </message>
    <message>
        <source>csv, json, ndjson or case (default: from the extension; .hearth = case).</source>
        <translation>csv, json, ndjson or case (default: from the extension; .hearth = case).</translation>
    </message>
    <message>
        <source>Case file title.</source>
        <translation>Case file title.</translation>
    </message>
    <message>
        <source>give --out PATH and exactly one of --sql, --trace, --since.</source>
        <translation>give --out PATH and exactly one of --sql, --trace, --since.</translation>
    </message>
    <message>
        <source>cannot tell the format of &apos;%1&apos;; use .csv, .json, .ndjson or .hearth, or --format.</source>
        <translation>cannot tell the format of &apos;%1&apos;; use .csv, .json, .ndjson or .hearth, or --format.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration (e.g. 30m, 24h, 7d).</source>
        <translation>&apos;%1&apos; is not a duration (e.g. 30m, 24h, 7d).</translation>
    </message>
    <message>
        <source>a case file from --sql needs a trace_id column in the result (the case holds whole traces).</source>
        <translation>a case file from --sql needs a trace_id column in the result (the case holds whole traces).</translation>
    </message>
    <message>
        <source>the result was cut at --limit %1 rows.</source>
        <translation>the result was cut at --limit %1 rows.</translation>
    </message>
    <message>
        <source>one --trace per file (a case file takes several).</source>
        <translation>one --trace per file (a case file takes several).</translation>
    </message>
    <message>
        <source>no records of trace %1 in %2.</source>
        <translation>no records of trace %1 in %2.</translation>
    </message>
</context>
<context>
    <name>hearth::cli::Import</name>
    <message>
        <source>The store file.</source>
        <translation>The store file.</translation>
    </message>
    <message>
        <source>Skip malformed lines/rows (reported) instead of stopping.</source>
        <translation>Skip malformed lines/rows (reported) instead of stopping.</translation>
    </message>
    <message>
        <source>Force the format: json, ndjson, csv, otlp-json, otlp-pb.</source>
        <translation>Force the format: json, ndjson, csv, otlp-json, otlp-pb.</translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation>No progress on stderr.</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>Files to import.</translation>
    </message>
    <message>
        <source>name at least one file to import.</source>
        <translation>name at least one file to import.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (json, ndjson, csv, otlp-json, otlp-pb).</source>
        <translation>unknown format &apos;%1&apos; (json, ndjson, csv, otlp-json, otlp-pb).</translation>
    </message>
    <message>
        <source>importing: %1%</source>
        <translation>importing: %1%</translation>
    </message>
    <message>
        <source>Import Logfire query results (v2 JSON, NDJSON, CSV, v1 JSON) and OTLP files (.json, .pb, Collector JSON lines) into a store. A failed or stopped import leaves nothing behind; rows already in the store are not duplicated.</source>
        <translation>Import Logfire query results (v2 JSON, NDJSON, CSV, v1 JSON) and OTLP files (.json, .pb, Collector JSON lines) into a store. A failed or stopped import leaves nothing behind; rows already in the store are not duplicated.</translation>
    </message>
</context>
<context>
    <name>hearth::cli::Info</name>
    <message>
        <source>Print what a store holds.</source>
        <translation>Print what a store holds.</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>The store file.</translation>
    </message>
</context>
<context>
    <name>hearth::cli::Main</name>
    <message>
        <source>Usage: hearth-cli &lt;command&gt; [options]</source>
        <translation>Usage: hearth-cli &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Hearth&apos;s command line: the embedded OTLP receiver, queries, demo data, import and export.</source>
        <translation>Hearth&apos;s command line: the embedded OTLP receiver, queries, demo data, import and export.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Run &apos;hearth-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Run &apos;hearth-cli &lt;command&gt; --help&apos; for a command&apos;s options.</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>print the version</translation>
    </message>
    <message>
        <source>hearth-cli: unknown command &apos;%1&apos;</source>
        <translation>hearth-cli: unknown command &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>hearth::cli::Notes</name>
    <message>
        <source>Pins and notes on traces and spans.
  notes list                      pinned items and notes
  notes pin TRACE [SPAN] [--note TEXT]
  notes note ID TEXT              set the note of an item
  notes unpin ID | notes rm ID</source>
        <translation>Pins and notes on traces and spans.
  notes list                      pinned items and notes
  notes pin TRACE [SPAN] [--note TEXT]
  notes note ID TEXT              set the note of an item
  notes unpin ID | notes rm ID</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>The store file.</translation>
    </message>
    <message>
        <source>Note text for pin.</source>
        <translation>Note text for pin.</translation>
    </message>
    <message>
        <source>list, pin, note, unpin, rm</source>
        <translation>list, pin, note, unpin, rm</translation>
    </message>
    <message>
        <source>unknown or incomplete action; see --help.</source>
        <translation>unknown or incomplete action; see --help.</translation>
    </message>
</context>
<context>
    <name>hearth::cli::Query</name>
    <message>
        <source>Run Logfire SQL on a local store or on Logfire&apos;s query API (or a hearth-cli serve --query-api).</source>
        <translation>Run Logfire SQL on a local store or on Logfire&apos;s query API (or a hearth-cli serve --query-api).</translation>
    </message>
    <message>
        <source>A local store file.</source>
        <translation>A local store file.</translation>
    </message>
    <message>
        <source>A query API base URL (https://logfire-eu.pydantic.dev, or &apos;auto&apos; for the token&apos;s region).</source>
        <translation>A query API base URL (https://logfire-eu.pydantic.dev, or &apos;auto&apos; for the token&apos;s region).</translation>
    </message>
    <message>
        <source>Read token for --remote (default: $LOGFIRE_READ_TOKEN).</source>
        <translation>Read token for --remote (default: $LOGFIRE_READ_TOKEN).</translation>
    </message>
    <message>
        <source>The query.</source>
        <translation>The query.</translation>
    </message>
    <message>
        <source>Only the last DURATION (24h, 7d, 15m).</source>
        <translation>Only the last DURATION (24h, 7d, 15m).</translation>
    </message>
    <message>
        <source>Window start (RFC 3339).</source>
        <translation>Window start (RFC 3339).</translation>
    </message>
    <message>
        <source>Window end (RFC 3339).</source>
        <translation>Window end (RFC 3339).</translation>
    </message>
    <message>
        <source>A variable for $NAME (repeat a name for a multi-value list).</source>
        <translation>A variable for $NAME (repeat a name for a multi-value list).</translation>
    </message>
    <message>
        <source>Row limit (default 10000).</source>
        <translation>Row limit (default 10000).</translation>
    </message>
    <message>
        <source>json (Logfire v2 shape), csv or table.</source>
        <translation>json (Logfire v2 shape), csv or table.</translation>
    </message>
    <message>
        <source>Seconds before the query is stopped.</source>
        <translation>Seconds before the query is stopped.</translation>
    </message>
    <message>
        <source>give exactly one of --db FILE or --remote URL</source>
        <translation>give exactly one of --db FILE or --remote URL</translation>
    </message>
    <message>
        <source>--sql is required</source>
        <translation>--sql is required</translation>
    </message>
    <message>
        <source>--format must be json, csv or table</source>
        <translation>--format must be json, csv or table</translation>
    </message>
    <message>
        <source>--limit must be a positive integer</source>
        <translation>--limit must be a positive integer</translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds</source>
        <translation>--timeout must be a positive number of seconds</translation>
    </message>
    <message>
        <source>use --since or --from/--to, not both</source>
        <translation>use --since or --from/--to, not both</translation>
    </message>
    <message>
        <source>cannot read --since &apos;%1&apos; (e.g. 24h, 7d, 15m)</source>
        <translation>cannot read --since &apos;%1&apos; (e.g. 24h, 7d, 15m)</translation>
    </message>
    <message>
        <source>cannot read --%1 &apos;%2&apos; as a timestamp</source>
        <translation>cannot read --%1 &apos;%2&apos; as a timestamp</translation>
    </message>
    <message>
        <source>--var needs NAME=VALUE, got &apos;%1&apos;</source>
        <translation>--var needs NAME=VALUE, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--remote needs --token or $LOGFIRE_READ_TOKEN</source>
        <translation>--remote needs --token or $LOGFIRE_READ_TOKEN</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 ms</source>
        <translation>
            <numerusform>%n row(s) in %1 ms</numerusform>
            <numerusform>%n row(s) in %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source> (truncated by the row limit)</source>
        <translation> (truncated by the row limit)</translation>
    </message>
</context>
<context>
    <name>hearth::cli::Render</name>
    <message>
        <source>Render a dashboard to a PNG file.</source>
        <translation>Render a dashboard to a PNG file.</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>The store file.</translation>
    </message>
    <message>
        <source>A standard dashboard (slug or name), a saved one (name) or a JSON file.</source>
        <translation>A standard dashboard (slug or name), a saved one (name) or a JSON file.</translation>
    </message>
    <message>
        <source>The PNG to write.</source>
        <translation>The PNG to write.</translation>
    </message>
    <message>
        <source>Relative range, e.g. 24h, 7d (default: the dashboard&apos;s).</source>
        <translation>Relative range, e.g. 24h, 7d (default: the dashboard&apos;s).</translation>
    </message>
    <message>
        <source>Range start (ISO 8601).</source>
        <translation>Range start (ISO 8601).</translation>
    </message>
    <message>
        <source>Range end (ISO 8601).</source>
        <translation>Range end (ISO 8601).</translation>
    </message>
    <message>
        <source>A variable value (repeat; commas for several values).</source>
        <translation>A variable value (repeat; commas for several values).</translation>
    </message>
    <message>
        <source>Override $resolution, e.g. &quot;1 hour&quot;.</source>
        <translation>Override $resolution, e.g. &quot;1 hour&quot;.</translation>
    </message>
    <message>
        <source>Image width in pixels.</source>
        <translation>Image width in pixels.</translation>
    </message>
    <message>
        <source>Image height in pixels.</source>
        <translation>Image height in pixels.</translation>
    </message>
    <message>
        <source>Seconds to wait for the panels.</source>
        <translation>Seconds to wait for the panels.</translation>
    </message>
    <message>
        <source>--dashboard and --out are required</source>
        <translation>--dashboard and --out are required</translation>
    </message>
    <message>
        <source>--width/--height must be between 200x150 and 10000x10000</source>
        <translation>--width/--height must be between 200x150 and 10000x10000</translation>
    </message>
    <message>
        <source>no store at %1</source>
        <translation>no store at %1</translation>
    </message>
    <message>
        <source>--var expects NAME=VALUE, got &quot;%1&quot;</source>
        <translation>--var expects NAME=VALUE, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the dashboard has no variable &quot;%1&quot; (variables: %2)</source>
        <translation>the dashboard has no variable &quot;%1&quot; (variables: %2)</translation>
    </message>
    <message>
        <source>--from/--to must be ISO 8601 timestamps with from &lt; to</source>
        <translation>--from/--to must be ISO 8601 timestamps with from &lt; to</translation>
    </message>
    <message>
        <source>--since expects a duration like 24h or 7d</source>
        <translation>--since expects a duration like 24h or 7d</translation>
    </message>
    <message>
        <source>rendered %1 to %2 (%3x%4, %5 ms)</source>
        <translation>rendered %1 to %2 (%3x%4, %5 ms)</translation>
    </message>
    <message>
        <source>panels still running after the timeout</source>
        <translation>panels still running after the timeout</translation>
    </message>
    <message>
        <source>panel error: %1</source>
        <translation>panel error: %1</translation>
    </message>
    <message>
        <source>%1 panel(s) failed</source>
        <translation>%1 panel(s) failed</translation>
    </message>
</context>
<context>
    <name>hearth::cli::RenderTrace</name>
    <message>
        <source>Draw the waterfall of one trace to a PNG (headless), with the painter the app uses.</source>
        <translation>Draw the waterfall of one trace to a PNG (headless), with the painter the app uses.</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>The store file.</translation>
    </message>
    <message>
        <source>Trace id (32 hex); default: the latest trace.</source>
        <translation>Trace id (32 hex); default: the latest trace.</translation>
    </message>
    <message>
        <source>PNG file to write.</source>
        <translation>PNG file to write.</translation>
    </message>
    <message>
        <source>Image width in pixels (default 1600).</source>
        <translation>Image width in pixels (default 1600).</translation>
    </message>
    <message>
        <source>Image height in pixels (default 900).</source>
        <translation>Image height in pixels (default 900).</translation>
    </message>
    <message>
        <source>Visible time range in ms from the trace start, e.g. 120:180.</source>
        <translation>Visible time range in ms from the trace start, e.g. 120:180.</translation>
    </message>
    <message>
        <source>Expand every span (default: huge traces open collapsed).</source>
        <translation>Expand every span (default: huge traces open collapsed).</translation>
    </message>
    <message>
        <source>Collapse every span.</source>
        <translation>Collapse every span.</translation>
    </message>
    <message>
        <source>Highlight the critical path.</source>
        <translation>Highlight the critical path.</translation>
    </message>
    <message>
        <source>Highlight spans matching TEXT.</source>
        <translation>Highlight spans matching TEXT.</translation>
    </message>
    <message>
        <source>Select (and reveal) this span id.</source>
        <translation>Select (and reveal) this span id.</translation>
    </message>
    <message>
        <source>Scroll down this many rows.</source>
        <translation>Scroll down this many rows.</translation>
    </message>
    <message>
        <source>--out FILE.png is required</source>
        <translation>--out FILE.png is required</translation>
    </message>
    <message>
        <source>--width must be 200..16384 and --height 100..16384</source>
        <translation>--width must be 200..16384 and --height 100..16384</translation>
    </message>
    <message>
        <source>the store holds no trace</source>
        <translation>the store holds no trace</translation>
    </message>
    <message>
        <source>--view wants FROM:TO in milliseconds, FROM &lt; TO</source>
        <translation>--view wants FROM:TO in milliseconds, FROM &lt; TO</translation>
    </message>
    <message>
        <source>no span %1 in this trace</source>
        <translation>no span %1 in this trace</translation>
    </message>
    <message>
        <source>wrote %1 (%2x%3): %4 spans, %5 rows, loaded in %6 ms, painted in %7 ms</source>
        <translation>wrote %1 (%2x%3): %4 spans, %5 rows, loaded in %6 ms, painted in %7 ms</translation>
    </message>
</context>
<context>
    <name>hearth::cli::Serve</name>
    <message>
        <source>The store file (created if missing).</source>
        <translation>The store file (created if missing).</translation>
    </message>
    <message>
        <source>nothing to serve (no receiver or API enabled)</source>
        <translation>nothing to serve (no receiver or API enabled)</translation>
    </message>
    <message>
        <source>cannot set up signal handling</source>
        <translation>cannot set up signal handling</translation>
    </message>
    <message>
        <source>shutting down</source>
        <translation>shutting down</translation>
    </message>
</context>
<context>
    <name>hearth::cli::ServeAlerts</name>
    <message>
        <source>Evaluate alert rules even if the store has none yet (rules added later are picked up). On by default when the store has an active rule.</source>
        <translation>Evaluate alert rules even if the store has none yet (rules added later are picked up). On by default when the store has an active rule.</translation>
    </message>
    <message>
        <source>Do not evaluate alert rules.</source>
        <translation>Do not evaluate alert rules.</translation>
    </message>
    <message>
        <source>Alert rules evaluated at the same time (default 2).</source>
        <translation>Alert rules evaluated at the same time (default 2).</translation>
    </message>
    <message>
        <source>How often to look for due rules (default 1000).</source>
        <translation>How often to look for due rules (default 1000).</translation>
    </message>
    <message>
        <source>--alerts-concurrency must be 1 to 64</source>
        <translation>--alerts-concurrency must be 1 to 64</translation>
    </message>
    <message>
        <source>--alerts-poll-ms must be at least 10</source>
        <translation>--alerts-poll-ms must be at least 10</translation>
    </message>
    <message>
        <source>evaluating rules in %1</source>
        <translation>evaluating rules in %1</translation>
    </message>
    <message>
        <source>rules are evaluated by %1</source>
        <translation>rules are evaluated by %1</translation>
    </message>
</context>
<context>
    <name>hearth::cli::ServeOtlp</name>
    <message>
        <source>--%1 expects HOST:PORT, got &apos;%2&apos;</source>
        <translation>--%1 expects HOST:PORT, got &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Listen for OTLP/HTTP on HOST:PORT (port 0 picks a free one).</source>
        <translation>Listen for OTLP/HTTP on HOST:PORT (port 0 picks a free one).</translation>
    </message>
    <message>
        <source>Listen for OTLP/gRPC on HOST:PORT.</source>
        <translation>Listen for OTLP/gRPC on HOST:PORT.</translation>
    </message>
    <message>
        <source>Do not start the OTLP/gRPC listener.</source>
        <translation>Do not start the OTLP/gRPC listener.</translation>
    </message>
    <message>
        <source>Require &apos;Authorization: Bearer T&apos; (or &apos;Authorization: T&apos;) on OTLP requests.</source>
        <translation>Require &apos;Authorization: Bearer T&apos; (or &apos;Authorization: T&apos;) on OTLP requests.</translation>
    </message>
    <message>
        <source>Also send accepted OTLP payloads to this OTLP/HTTP base URL.</source>
        <translation>Also send accepted OTLP payloads to this OTLP/HTTP base URL.</translation>
    </message>
    <message>
        <source>A header for --forward (repeatable), e.g. Authorization=TOKEN.</source>
        <translation>A header for --forward (repeatable), e.g. Authorization=TOKEN.</translation>
    </message>
    <message>
        <source>Largest accepted OTLP request body in bytes, after decompression.</source>
        <translation>Largest accepted OTLP request body in bytes, after decompression.</translation>
    </message>
    <message>
        <source>Rows waiting for the store before requests get 503 + Retry-After.</source>
        <translation>Rows waiting for the store before requests get 503 + Retry-After.</translation>
    </message>
    <message>
        <source>Do not start the OTLP receiver.</source>
        <translation>Do not start the OTLP receiver.</translation>
    </message>
    <message>
        <source>--forward-header expects K=V, got &apos;%1&apos;</source>
        <translation>--forward-header expects K=V, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--otlp-max-body expects a byte count of at least 1024</source>
        <translation>--otlp-max-body expects a byte count of at least 1024</translation>
    </message>
    <message>
        <source>--otlp-max-queued-rows expects a positive row count</source>
        <translation>--otlp-max-queued-rows expects a positive row count</translation>
    </message>
</context>
<context>
    <name>hearth::cli::ServeQueryApi</name>
    <message>
        <source>Serve Logfire&apos;s query API (/v2/query) on HOST:PORT, e.g. 127.0.0.1:8787.</source>
        <translation>Serve Logfire&apos;s query API (/v2/query) on HOST:PORT, e.g. 127.0.0.1:8787.</translation>
    </message>
    <message>
        <source>Token clients must send (Authorization: Bearer TOKEN); default $HEARTH_QUERY_TOKEN.</source>
        <translation>Token clients must send (Authorization: Bearer TOKEN); default $HEARTH_QUERY_TOKEN.</translation>
    </message>
    <message>
        <source>--query-api needs HOST:PORT, got &apos;%1&apos;</source>
        <translation>--query-api needs HOST:PORT, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--query-api needs --query-token TOKEN (or $HEARTH_QUERY_TOKEN): the API is never open.</source>
        <translation>--query-api needs --query-token TOKEN (or $HEARTH_QUERY_TOKEN): the API is never open.</translation>
    </message>
    <message>
        <source>query-api: %1 served, %2 failed, %3 unauthorized</source>
        <translation>query-api: %1 served, %2 failed, %3 unauthorized</translation>
    </message>
</context>
<context>
    <name>hearth::core::AlertScheduler</name>
    <message>
        <source>no desktop in this process</source>
        <translation>no desktop in this process</translation>
    </message>
    <message>
        <source>No query engine named &quot;%1&quot; is available.</source>
        <translation>No query engine named &quot;%1&quot; is available.</translation>
    </message>
    <message>
        <source>alerts: %1 rules, %2 runs, %3 firing, %4 failed deliveries</source>
        <translation>alerts: %1 rules, %2 runs, %3 firing, %4 failed deliveries</translation>
    </message>
</context>
<context>
    <name>hearth::core::Alerts</name>
    <message>
        <source>Alert rule %1 in the store is damaged: %2</source>
        <translation>Alert rule %1 in the store is damaged: %2</translation>
    </message>
    <message>
        <source>%1 has no alert tables (open it with Hearth first): %2</source>
        <translation>%1 has no alert tables (open it with Hearth first): %2</translation>
    </message>
    <message>
        <source>No alert rule with id %1.</source>
        <translation>No alert rule with id %1.</translation>
    </message>
    <message>
        <source>channels[%1]</source>
        <translation>channels[%1]</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: expected an object</translation>
    </message>
    <message>
        <source>%1: unsupported channel type &quot;%2&quot; (webhook or desktop)</source>
        <translation>%1: unsupported channel type &quot;%2&quot; (webhook or desktop)</translation>
    </message>
    <message>
        <source>%1: a webhook needs a &quot;url&quot;</source>
        <translation>%1: a webhook needs a &quot;url&quot;</translation>
    </message>
    <message>
        <source>%1: unknown format &quot;%2&quot; (raw-data, slack or template)</source>
        <translation>%1: unknown format &quot;%2&quot; (raw-data, slack or template)</translation>
    </message>
    <message>
        <source>%1: &quot;headers&quot; must be an object</source>
        <translation>%1: &quot;headers&quot; must be an object</translation>
    </message>
    <message>
        <source>%1: header &quot;%2&quot; must be text</source>
        <translation>%1: header &quot;%2&quot; must be text</translation>
    </message>
    <message>
        <source>%1: the template format needs a &quot;template&quot; body</source>
        <translation>%1: the template format needs a &quot;template&quot; body</translation>
    </message>
    <message>
        <source>any results</source>
        <translation>any results</translation>
    </message>
    <message>
        <source>starts having results</source>
        <translation>starts having results</translation>
    </message>
    <message>
        <source>starts or stops having results</source>
        <translation>starts or stops having results</translation>
    </message>
    <message>
        <source>the result data changes</source>
        <translation>the result data changes</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Webhook %1</source>
        <translation>Webhook %1</translation>
    </message>
    <message>
        <source>The alert needs a name.</source>
        <translation>The alert needs a name.</translation>
    </message>
    <message>
        <source>The alert &quot;%1&quot; needs a SQL query.</source>
        <translation>The alert &quot;%1&quot; needs a SQL query.</translation>
    </message>
    <message>
        <source>The alert &quot;%1&quot;: the lookback window must be between 1 minute and 30 days (got %2).</source>
        <translation>The alert &quot;%1&quot;: the lookback window must be between 1 minute and 30 days (got %2).</translation>
    </message>
    <message>
        <source>The alert &quot;%1&quot;: the check interval must be between 1 minute and 24 hours (got %2).</source>
        <translation>The alert &quot;%1&quot;: the check interval must be between 1 minute and 24 hours (got %2).</translation>
    </message>
    <message>
        <source>The alert &quot;%1&quot;: webhook URL &quot;%2&quot; is not an http(s) URL.</source>
        <translation>The alert &quot;%1&quot;: webhook URL &quot;%2&quot; is not an http(s) URL.</translation>
    </message>
    <message>
        <source>An alert must be a JSON object.</source>
        <translation>An alert must be a JSON object.</translation>
    </message>
    <message>
        <source>&quot;active&quot; must be true or false.</source>
        <translation>&quot;active&quot; must be true or false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a duration (ISO-8601 like PT5M, or 5m).</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; is not a duration (ISO-8601 like PT5M, or 5m).</translation>
    </message>
    <message>
        <source>&quot;environments&quot; must be a list of names.</source>
        <translation>&quot;environments&quot; must be a list of names.</translation>
    </message>
    <message>
        <source>&quot;notify_when&quot;: unknown mode &quot;%1&quot; (has_matches, starts_having_matches, has_matches_changed, matches_changed).</source>
        <translation>&quot;notify_when&quot;: unknown mode &quot;%1&quot; (has_matches, starts_having_matches, has_matches_changed, matches_changed).</translation>
    </message>
    <message>
        <source>&quot;hearth.variables&quot; must be an object of name: value.</source>
        <translation>&quot;hearth.variables&quot; must be an object of name: value.</translation>
    </message>
    <message>
        <source>Variable &quot;%1&quot; must be text, a number, a boolean or a list of text.</source>
        <translation>Variable &quot;%1&quot; must be text, a number, a boolean or a list of text.</translation>
    </message>
    <message>
        <source>&quot;hearth.channels&quot; must be a list.</source>
        <translation>&quot;hearth.channels&quot; must be a list.</translation>
    </message>
    <message>
        <source>&quot;hearth.snoozed_until&quot; is not an ISO-8601 time.</source>
        <translation>&quot;hearth.snoozed_until&quot; is not an ISO-8601 time.</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>The file is not valid JSON.</translation>
    </message>
    <message>
        <source>Expected an alert object, a list of alerts or {&quot;alerts&quot;: [...]}.</source>
        <translation>Expected an alert object, a list of alerts or {&quot;alerts&quot;: [...]}.</translation>
    </message>
    <message>
        <source>Alert %1: %2</source>
        <translation>Alert %1: %2</translation>
    </message>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>hour</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>second</source>
        <translation>second</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 seconds</translation>
    </message>
    <message>
        <source>Notifies on every check that returns rows</source>
        <translation>Notifies on every check that returns rows</translation>
    </message>
    <message>
        <source>Notifies when the query starts returning rows</source>
        <translation>Notifies when the query starts returning rows</translation>
    </message>
    <message>
        <source>Notifies when the query starts or stops returning rows</source>
        <translation>Notifies when the query starts or stops returning rows</translation>
    </message>
    <message>
        <source>Notifies whenever the returned rows change</source>
        <translation>Notifies whenever the returned rows change</translation>
    </message>
    <message>
        <source>%1, looking at the last %2 of data every %3</source>
        <translation>%1, looking at the last %2 of data every %3</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> in %1</translation>
    </message>
    <message>
        <source> with %1</source>
        <translation> with %1</translation>
    </message>
    <message>
        <source> No channels: runs are only recorded.</source>
        <translation> No channels: runs are only recorded.</translation>
    </message>
    <message>
        <source> Sends to %1.</source>
        <translation> Sends to %1.</translation>
    </message>
    <message>
        <source> Inactive.</source>
        <translation> Inactive.</translation>
    </message>
    <message>
        <source>Panel alert</source>
        <translation>Panel alert</translation>
    </message>
    <message>
        <source>Created from the dashboard panel &quot;%1&quot;.</source>
        <translation>Created from the dashboard panel &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>Firing</translation>
    </message>
    <message>
        <source>Flapping</source>
        <translation>Flapping</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Snoozed</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source> Define it in the alert&apos;s variables (built-ins: $__from, $__to, $__from_iso_string, $__to_iso_string, $__range, $__range_s, $__range_ms, $__envs).</source>
        <translation> Define it in the alert&apos;s variables (built-ins: $__from, $__to, $__from_iso_string, $__to_iso_string, $__range, $__range_s, $__range_ms, $__envs).</translation>
    </message>
    <message>
        <source>Cannot initialise libcurl.</source>
        <translation>Cannot initialise libcurl.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n row(s))</source>
        <translation>
            <numerusform>%1: %2 (%n row(s))</numerusform>
            <numerusform>%1: %2 (%n row(s))</numerusform>
        </translation>
    </message>
    <message>
        <source>connection &apos;%1&apos; is not configured</source>
        <translation>connection &apos;%1&apos; is not configured</translation>
    </message>
    <message>
        <source>no read token for &apos;%1&apos;</source>
        <translation>no read token for &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Local store</source>
        <translation>Local store</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> on %1</translation>
    </message>
</context>
<context>
    <name>hearth::core::Connections</name>
    <message>
        <source>The token vault is locked.</source>
        <translation>The token vault is locked.</translation>
    </message>
    <message>
        <source>The token vault stays locked: no token was read from it.</source>
        <translation>The token vault stays locked: no token was read from it.</translation>
    </message>
    <message>
        <source>The token vault %1 is damaged: it ends inside the %2 (byte %3). It may have been cut short.</source>
        <translation>The token vault %1 is damaged: it ends inside the %2 (byte %3). It may have been cut short.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>The cryptography library could not start.</translation>
    </message>
    <message>
        <source>Not enough memory to hold the vault key.</source>
        <translation>Not enough memory to hold the vault key.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the vault key from the passphrase (%1 MiB needed).</source>
        <translation>Not enough memory to derive the vault key from the passphrase (%1 MiB needed).</translation>
    </message>
    <message>
        <source>A token vault already exists at %1.</source>
        <translation>A token vault already exists at %1.</translation>
    </message>
    <message>
        <source>The vault passphrase must not be empty.</source>
        <translation>The vault passphrase must not be empty.</translation>
    </message>
    <message>
        <source>There is no token vault at %1.</source>
        <translation>There is no token vault at %1.</translation>
    </message>
    <message>
        <source>Cannot read the token vault %1: %2.</source>
        <translation>Cannot read the token vault %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a token vault: it is far too large (%2 bytes).</source>
        <translation>%1 is not a token vault: it is far too large (%2 bytes).</translation>
    </message>
    <message>
        <source>%1 is not a Hearth token vault (unknown file signature).</source>
        <translation>%1 is not a Hearth token vault (unknown file signature).</translation>
    </message>
    <message>
        <source>format version</source>
        <translation>format version</translation>
    </message>
    <message>
        <source>The token vault %1 has format version %2, but this version of Hearth reads only version %3.</source>
        <translation>The token vault %1 has format version %2, but this version of Hearth reads only version %3.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <source>The token vault %1 is damaged: its header (key settings, salt or passphrase check) does not match its checksum.</source>
        <translation>The token vault %1 is damaged: its header (key settings, salt or passphrase check) does not match its checksum.</translation>
    </message>
    <message>
        <source>The token vault %1 asks for key derivation settings Hearth does not accept (algorithm %2, %3 passes, %4 KiB).</source>
        <translation>The token vault %1 asks for key derivation settings Hearth does not accept (algorithm %2, %3 passes, %4 KiB).</translation>
    </message>
    <message>
        <source>Wrong passphrase for the token vault.</source>
        <translation>Wrong passphrase for the token vault.</translation>
    </message>
    <message>
        <source>entry count</source>
        <translation>entry count</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entry %1</translation>
    </message>
    <message>
        <source>name of %1</source>
        <translation>name of %1</translation>
    </message>
    <message>
        <source>sealed token of %1</source>
        <translation>sealed token of %1</translation>
    </message>
    <message>
        <source>The token vault %1 was tampered with: the entry “%2” appears twice.</source>
        <translation>The token vault %1 was tampered with: the entry “%2” appears twice.</translation>
    </message>
    <message>
        <source>integrity code</source>
        <translation>integrity code</translation>
    </message>
    <message>
        <source>The token vault %1 is damaged: %2 unexpected bytes follow its end.</source>
        <translation>The token vault %1 is damaged: %2 unexpected bytes follow its end.</translation>
    </message>
    <message>
        <source>The token vault %1 was tampered with: the entry “%2” does not authenticate (it was changed, or moved from another entry).</source>
        <translation>The token vault %1 was tampered with: the entry “%2” does not authenticate (it was changed, or moved from another entry).</translation>
    </message>
    <message>
        <source>The token vault %1 was tampered with: its list of entries was changed (an entry was added, removed or replaced).</source>
        <translation>The token vault %1 was tampered with: its list of entries was changed (an entry was added, removed or replaced).</translation>
    </message>
    <message>
        <source>Cannot delete the token vault %1: %2.</source>
        <translation>Cannot delete the token vault %1: %2.</translation>
    </message>
    <message>
        <source>No token is stored for this connection.</source>
        <translation>No token is stored for this connection.</translation>
    </message>
    <message>
        <source>The vault entry “%1” does not authenticate.</source>
        <translation>The vault entry “%1” does not authenticate.</translation>
    </message>
    <message>
        <source>A vault entry name must have 1 to %1 bytes.</source>
        <translation>A vault entry name must have 1 to %1 bytes.</translation>
    </message>
    <message>
        <source>The token is too long to store.</source>
        <translation>The token is too long to store.</translation>
    </message>
    <message>
        <source>Cannot write the token vault %1: %2. The previous vault file, if any, is unchanged.</source>
        <translation>Cannot write the token vault %1: %2. The previous vault file, if any, is unchanged.</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
</context>
<context>
    <name>hearth::core::Dashboard</name>
    <message>
        <source>no time column for the x-axis: name one &quot;x&quot; (e.g. time_bucket($resolution, start_timestamp) AS x)</source>
        <translation>no time column for the x-axis: name one &quot;x&quot; (e.g. time_bucket($resolution, start_timestamp) AS x)</translation>
    </message>
    <message>
        <source>the dimension column &quot;%1&quot; is not in the result</source>
        <translation>the dimension column &quot;%1&quot; is not in the result</translation>
    </message>
    <message>
        <source>the metric column &quot;%1&quot; is not in the result</source>
        <translation>the metric column &quot;%1&quot; is not in the result</translation>
    </message>
    <message>
        <source>no numeric column to plot</source>
        <translation>no numeric column to plot</translation>
    </message>
    <message>
        <source>no numeric column to chart</source>
        <translation>no numeric column to chart</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>expected %1, found %2</translation>
    </message>
    <message>
        <source>expected &quot;TextVariable&quot; or &quot;ListVariable&quot;, found %1</source>
        <translation>expected &quot;TextVariable&quot; or &quot;ListVariable&quot;, found %1</translation>
    </message>
    <message>
        <source>missing &quot;spec&quot;</source>
        <translation>missing &quot;spec&quot;</translation>
    </message>
    <message>
        <source>a variable needs a name made of letters, digits and _</source>
        <translation>a variable needs a name made of letters, digits and _</translation>
    </message>
    <message>
        <source>duplicate variable &quot;%1&quot;</source>
        <translation>duplicate variable &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a list variable needs a plugin with a kind</source>
        <translation>a list variable needs a plugin with a kind</translation>
    </message>
    <message>
        <source>needs at least one capture group</source>
        <translation>needs at least one capture group</translation>
    </message>
    <message>
        <source>missing or not an object</source>
        <translation>missing or not an object</translation>
    </message>
    <message>
        <source>missing panel kind</source>
        <translation>missing panel kind</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>expected a string, found %1</translation>
    </message>
    <message>
        <source>expected an array of column names</source>
        <translation>expected an array of column names</translation>
    </message>
    <message>
        <source>expected a non-negative integer</source>
        <translation>expected a non-negative integer</translation>
    </message>
    <message>
        <source>width and height must be at least 1</source>
        <translation>width and height must be at least 1</translation>
    </message>
    <message>
        <source>x + width = %1 exceeds the %2-column grid</source>
        <translation>x + width = %1 exceeds the %2-column grid</translation>
    </message>
    <message>
        <source>missing panel reference</source>
        <translation>missing panel reference</translation>
    </message>
    <message>
        <source>expected &quot;#/spec/panels/&lt;name&gt;&quot;, found &quot;%1&quot;</source>
        <translation>expected &quot;#/spec/panels/&lt;name&gt;&quot;, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no panel named &quot;%1&quot; in spec.panels</source>
        <translation>no panel named &quot;%1&quot; in spec.panels</translation>
    </message>
    <message>
        <source>New dashboard</source>
        <translation>New dashboard</translation>
    </message>
    <message>
        <source>expected a JSON object, found %1</source>
        <translation>expected a JSON object, found %1</translation>
    </message>
    <message>
        <source>expected &quot;Dashboard&quot;, found %1</source>
        <translation>expected &quot;Dashboard&quot;, found %1</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>expected a string</translation>
    </message>
    <message>
        <source>expected a duration like &quot;24h&quot;</source>
        <translation>expected a duration like &quot;24h&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration like &quot;24h&quot;</source>
        <translation>&quot;%1&quot; is not a duration like &quot;24h&quot;</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>invalid JSON: %1</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>invalid JSON</translation>
    </message>
    <message>
        <source>the store is open read-only</source>
        <translation>the store is open read-only</translation>
    </message>
    <message>
        <source>a dashboard named &quot;%1&quot; already exists</source>
        <translation>a dashboard named &quot;%1&quot; already exists</translation>
    </message>
    <message>
        <source> (copy %1)</source>
        <translation> (copy %1)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>no dashboard named &quot;%1&quot; (known: %2)</source>
        <translation>no dashboard named &quot;%1&quot; (known: %2)</translation>
    </message>
    <message>
        <source>no query engine</source>
        <translation>no query engine</translation>
    </message>
    <message>
        <source>unterminated ${%1: missing }</source>
        <translation>unterminated ${%1: missing }</translation>
    </message>
    <message>
        <source>unknown variable $%1</source>
        <translation>unknown variable $%1</translation>
    </message>
</context>
<context>
    <name>hearth::core::Demo</name>
    <message>
        <source>Demo data needs a non-negative trace count and at least one day.</source>
        <translation>Demo data needs a non-negative trace count and at least one day.</translation>
    </message>
    <message>
        <source>Demo data cancelled.</source>
        <translation>Demo data cancelled.</translation>
    </message>
    <message>
        <source>Could not record the demo run in &apos;%1&apos;.</source>
        <translation>Could not record the demo run in &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>hearth::core::Files</name>
    <message>
        <source>Cannot write %1: %2. The previous file, if any, is unchanged.</source>
        <translation>Cannot write %1: %2. The previous file, if any, is unchanged.</translation>
    </message>
    <message>
        <source>cannot set its permissions</source>
        <translation>cannot set its permissions</translation>
    </message>
    <message>
        <source>only part of it could be written (disk full or file size limit)</source>
        <translation>only part of it could be written (disk full or file size limit)</translation>
    </message>
</context>
<context>
    <name>hearth::core::Io</name>
    <message>
        <source>The case file cannot be the store itself.</source>
        <translation>The case file cannot be the store itself.</translation>
    </message>
    <message>
        <source>A case file needs traces or a time window to hold.</source>
        <translation>A case file needs traces or a time window to hold.</translation>
    </message>
    <message>
        <source>Open &apos;%1&apos; in Hearth once to upgrade it before exporting a case.</source>
        <translation>Open &apos;%1&apos; in Hearth once to upgrade it before exporting a case.</translation>
    </message>
    <message>
        <source>Cannot attach &apos;%1&apos;: %2</source>
        <translation>Cannot attach &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist.</source>
        <translation>&apos;%1&apos; does not exist.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder.</source>
        <translation>&apos;%1&apos; is a folder.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>Cannot read &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>a quoted field that starts on line %1 is never closed</source>
        <translation>a quoted field that starts on line %1 is never closed</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; after a closing quote on line %2</source>
        <translation>unexpected character &apos;%1&apos; after a closing quote on line %2</translation>
    </message>
    <message>
        <source>A case file is written from a store, not a result.</source>
        <translation>A case file is written from a store, not a result.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>Cannot write &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Writing &apos;%1&apos; failed.</source>
        <translation>Writing &apos;%1&apos; failed.</translation>
    </message>
    <message>
        <source>%1 rows read: %2 records imported (%3 already present), %4 metric points imported (%5 already present)</source>
        <translation>%1 rows read: %2 records imported (%3 already present), %4 metric points imported (%5 already present)</translation>
    </message>
    <message>
        <source>; %1 malformed rows skipped</source>
        <translation>; %1 malformed rows skipped</translation>
    </message>
    <message>
        <source>; %1 rows had no timestamp column and were dated from the file</source>
        <translation>; %1 rows had no timestamp column and were dated from the file</translation>
    </message>
    <message>
        <source>; %1 rows had no trace_id/span_id and got ids from their content</source>
        <translation>; %1 rows had no trace_id/span_id and got ids from their content</translation>
    </message>
    <message>
        <source>The store &apos;%1&apos; is open read-only; import into a writable store.</source>
        <translation>The store &apos;%1&apos; is open read-only; import into a writable store.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>The import was cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source> (import stopped; nothing was imported)</source>
        <translation> (import stopped; nothing was imported)</translation>
    </message>
    <message>
        <source>a row must be an object of column values, found %1</source>
        <translation>a row must be an object of column values, found %1</translation>
    </message>
    <message>
        <source>a data line without a rows array</source>
        <translation>a data line without a rows array</translation>
    </message>
    <message>
        <source>the export ends with an error from Logfire: %1</source>
        <translation>the export ends with an error from Logfire: %1</translation>
    </message>
    <message>
        <source>expected a JSON object, found %1</source>
        <translation>expected a JSON object, found %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>not valid JSON: %1</translation>
    </message>
    <message>
        <source>%1: the CSV header is malformed: %2</source>
        <translation>%1: the CSV header is malformed: %2</translation>
    </message>
    <message>
        <source>expected %1 fields (as in the header), found %2</source>
        <translation>expected %1 fields (as in the header), found %2</translation>
    </message>
    <message>
        <source>not valid JSON, the rest of the file is unreadable: %1</source>
        <translation>not valid JSON, the rest of the file is unreadable: %1</translation>
    </message>
    <message>
        <source>%1 is too large for one OTLP request (%2 bytes).</source>
        <translation>%1 is too large for one OTLP request (%2 bytes).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is read-only: notes cannot be changed.</source>
        <translation>&apos;%1&apos; is read-only: notes cannot be changed.</translation>
    </message>
    <message>
        <source>There is no note %1.</source>
        <translation>There is no note %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is open read-only: notes cannot be changed.</source>
        <translation>&apos;%1&apos; is open read-only: notes cannot be changed.</translation>
    </message>
    <message>
        <source>A pin needs a trace id.</source>
        <translation>A pin needs a trace id.</translation>
    </message>
    <message>
        <source>no usable item in the OTLP request (%1 rejected: %2)</source>
        <translation>no usable item in the OTLP request (%1 rejected: %2)</translation>
    </message>
    <message>
        <source>OTLP files cannot be imported by this build yet (the OTLP decoder is not linked in).</source>
        <translation>OTLP files cannot be imported by this build yet (the OTLP decoder is not linked in).</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: %2</source>
        <translation>column &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a timestamp</source>
        <translation>&apos;%1&apos; is not a timestamp</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an integer</source>
        <translation>&apos;%1&apos; is not an integer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; is not a number</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a boolean</source>
        <translation>&apos;%1&apos; is not a boolean</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not JSON</source>
        <translation>&apos;%1&apos; is not JSON</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list</source>
        <translation>&apos;%1&apos; is not a list</translation>
    </message>
    <message>
        <source>missing (a metrics row needs its metric_name)</source>
        <translation>missing (a metrics row needs its metric_name)</translation>
    </message>
    <message>
        <source>%1: row %2: %3</source>
        <translation>%1: row %2: %3</translation>
    </message>
    <message>
        <source>; first removed %1 rows left by an interrupted import</source>
        <translation>; first removed %1 rows left by an interrupted import</translation>
    </message>
    <message>
        <source>The import was stopped.</source>
        <translation>The import was stopped.</translation>
    </message>
    <message>
        <source>Reading the files failed: %1</source>
        <translation>Reading the files failed: %1</translation>
    </message>
    <message>
        <source> Undoing the rows imported so far failed: %1 (the next import into this store retries).</source>
        <translation> Undoing the rows imported so far failed: %1 (the next import into this store retries).</translation>
    </message>
    <message>
        <source>Cannot create the import lock file &apos;%1&apos; next to the store (error %2).</source>
        <translation>Cannot create the import lock file &apos;%1&apos; next to the store (error %2).</translation>
    </message>
</context>
<context>
    <name>hearth::core::Live</name>
    <message>
        <source>Unmatched &apos;%1&apos;.</source>
        <translation>Unmatched &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The search is one WHERE clause: remove the &apos;;&apos;.</source>
        <translation>The search is one WHERE clause: remove the &apos;;&apos;.</translation>
    </message>
    <message>
        <source>Unterminated %1 quote.</source>
        <translation>Unterminated %1 quote.</translation>
    </message>
    <message>
        <source>Unclosed &apos;%1&apos;.</source>
        <translation>Unclosed &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A saved search needs a name.</source>
        <translation>A saved search needs a name.</translation>
    </message>
</context>
<context>
    <name>hearth::core::Otlp</name>
    <message>
        <source>cannot listen for OTLP/HTTP on %1:%2 (is the port in use by another program?)</source>
        <translation>cannot listen for OTLP/HTTP on %1:%2 (is the port in use by another program?)</translation>
    </message>
    <message>
        <source>cannot listen for OTLP/gRPC on %1:%2 (is the port in use by another program?)</source>
        <translation>cannot listen for OTLP/gRPC on %1:%2 (is the port in use by another program?)</translation>
    </message>
    <message>
        <source>the OTLP receiver is running</source>
        <translation>the OTLP receiver is running</translation>
    </message>
    <message>
        <source>the OTLP receiver needs a store open for writing</source>
        <translation>the OTLP receiver needs a store open for writing</translation>
    </message>
    <message>
        <source>otlp: %1 spans, %2 logs, %3 points accepted; %4 items and %5 requests rejected, %6 throttled</source>
        <translation>otlp: %1 spans, %2 logs, %3 points accepted; %4 items and %5 requests rejected, %6 throttled</translation>
    </message>
    <message>
        <source>; forward: %1 sent, %2 failed, %3 dropped (queue full)</source>
        <translation>; forward: %1 sent, %2 failed, %3 dropped (queue full)</translation>
    </message>
</context>
<context>
    <name>hearth::core::Query</name>
    <message>
        <source>Unknown variable $%1.</source>
        <translation>Unknown variable $%1.</translation>
    </message>
    <message>
        <source>Unterminated /* comment.</source>
        <translation>Unterminated /* comment.</translation>
    </message>
    <message>
        <source>Unterminated string literal.</source>
        <translation>Unterminated string literal.</translation>
    </message>
    <message>
        <source>Unterminated quoted identifier.</source>
        <translation>Unterminated quoted identifier.</translation>
    </message>
    <message>
        <source>Unsubstituted variable at position %1: give it a value.</source>
        <translation>Unsubstituted variable at position %1: give it a value.</translation>
    </message>
    <message>
        <source>Unexpected character &apos;%1&apos; at position %2.</source>
        <translation>Unexpected character &apos;%1&apos; at position %2.</translation>
    </message>
    <message>
        <source>Unbalanced &apos;%1&apos; at position %2.</source>
        <translation>Unbalanced &apos;%1&apos; at position %2.</translation>
    </message>
    <message>
        <source>The &apos;%1&apos; at position %2 is never closed.</source>
        <translation>The &apos;%1&apos; at position %2 is never closed.</translation>
    </message>
    <message>
        <source> (at position %1)</source>
        <translation> (at position %1)</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos; as a timestamp</source>
        <translation>Cannot read &apos;%1&apos; as a timestamp</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos; as a fixed-length interval</source>
        <translation>Cannot read &apos;%1&apos; as a fixed-length interval</translation>
    </message>
    <message>
        <source>Cannot translate a cast to type &apos;%1&apos;</source>
        <translation>Cannot translate a cast to type &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Expected a type after &apos;::&apos;</source>
        <translation>Expected a type after &apos;::&apos;</translation>
    </message>
    <message>
        <source>Expected a key after &apos;%1&apos;</source>
        <translation>Expected a key after &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is not supported by the local engine yet</source>
        <translation>%1 is not supported by the local engine yet</translation>
    </message>
    <message>
        <source>%1() takes %2 argument(s), got %3</source>
        <translation>%1() takes %2 argument(s), got %3</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Expected WITHIN GROUP (ORDER BY ...)</source>
        <translation>Expected WITHIN GROUP (ORDER BY ...)</translation>
    </message>
    <message>
        <source>WITHIN GROUP needs (ORDER BY expression)</source>
        <translation>WITHIN GROUP needs (ORDER BY expression)</translation>
    </message>
    <message>
        <source>Cannot translate the interval &apos;%1&apos; (months and years have no fixed length)</source>
        <translation>Cannot translate the interval &apos;%1&apos; (months and years have no fixed length)</translation>
    </message>
    <message>
        <source>CAST needs (expr AS type)</source>
        <translation>CAST needs (expr AS type)</translation>
    </message>
    <message>
        <source>EXTRACT needs (field FROM expression)</source>
        <translation>EXTRACT needs (field FROM expression)</translation>
    </message>
    <message>
        <source>CASE without END</source>
        <translation>CASE without END</translation>
    </message>
    <message>
        <source>Cannot compare a timestamp with &apos;%1&apos;: not a timestamp</source>
        <translation>Cannot compare a timestamp with &apos;%1&apos;: not a timestamp</translation>
    </message>
    <message>
        <source>Unknown level name &apos;%1&apos; (trace, debug, info, notice, warn, error, fatal)</source>
        <translation>Unknown level name &apos;%1&apos; (trace, debug, info, notice, warn, error, fatal)</translation>
    </message>
    <message>
        <source>DISTINCT ON is not supported by the local engine yet (use ROW_NUMBER() OVER (PARTITION BY ...))</source>
        <translation>DISTINCT ON is not supported by the local engine yet (use ROW_NUMBER() OVER (PARTITION BY ...))</translation>
    </message>
    <message>
        <source>Only &apos;= ANY(...)&apos; and &apos;&lt;&gt; ALL(...)&apos; can be translated</source>
        <translation>Only &apos;= ANY(...)&apos; and &apos;&lt;&gt; ALL(...)&apos; can be translated</translation>
    </message>
    <message>
        <source>Only one statement per query</source>
        <translation>Only one statement per query</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs an expression on its left</source>
        <translation>&apos;%1&apos; needs an expression on its left</translation>
    </message>
    <message>
        <source>Only SHOW COLUMNS FROM &lt;table&gt; is supported</source>
        <translation>Only SHOW COLUMNS FROM &lt;table&gt; is supported</translation>
    </message>
    <message>
        <source>Unknown table &apos;%1&apos; (records, records_all, metrics)</source>
        <translation>Unknown table &apos;%1&apos; (records, records_all, metrics)</translation>
    </message>
    <message>
        <source>The query is empty.</source>
        <translation>The query is empty.</translation>
    </message>
    <message>
        <source>Queries are read-only: only SELECT, WITH and SHOW COLUMNS are allowed, not %1.</source>
        <translation>Queries are read-only: only SELECT, WITH and SHOW COLUMNS are allowed, not %1.</translation>
    </message>
    <message>
        <source>Cannot register query functions: %1</source>
        <translation>Cannot register query functions: %1</translation>
    </message>
    <message>
        <source>The query took longer than %1 s and was stopped.</source>
        <translation>The query took longer than %1 s and was stopped.</translation>
    </message>
    <message>
        <source>Query cancelled.</source>
        <translation>Query cancelled.</translation>
    </message>
    <message>
        <source>Offline, and this query has no cached result yet.</source>
        <translation>Offline, and this query has no cached result yet.</translation>
    </message>
    <message>
        <source>The response has no schema.fields array.</source>
        <translation>The response has no schema.fields array.</translation>
    </message>
    <message>
        <source>A schema field has no name.</source>
        <translation>A schema field has no name.</translation>
    </message>
    <message>
        <source>The response is not a JSON object.</source>
        <translation>The response is not a JSON object.</translation>
    </message>
    <message>
        <source>The response has no data array.</source>
        <translation>The response has no data array.</translation>
    </message>
    <message>
        <source>The response has neither schema/data nor columns.</source>
        <translation>The response has neither schema/data nor columns.</translation>
    </message>
    <message>
        <source>Unterminated quoted CSV field.</source>
        <translation>Unterminated quoted CSV field.</translation>
    </message>
    <message>
        <source>A variable holds a number SQL cannot express (%1).</source>
        <translation>A variable holds a number SQL cannot express (%1).</translation>
    </message>
    <message>
        <source>A list variable cannot contain lists.</source>
        <translation>A list variable cannot contain lists.</translation>
    </message>
    <message>
        <source>A &apos;$&apos; must start a variable name, like $service or ${service}.</source>
        <translation>A &apos;$&apos; must start a variable name, like $service or ${service}.</translation>
    </message>
    <message>
        <source>Variable ${%1 is missing its closing &apos;}&apos;.</source>
        <translation>Variable ${%1 is missing its closing &apos;}&apos;.</translation>
    </message>
    <message>
        <source>Queries are read-only: statements that write (INSERT, UPDATE, DELETE, CREATE, DROP), ATTACH and PRAGMA are not allowed (%1).</source>
        <translation>Queries are read-only: statements that write (INSERT, UPDATE, DELETE, CREATE, DROP), ATTACH and PRAGMA are not allowed (%1).</translation>
    </message>
</context>
<context>
    <name>hearth::core::QueryApi</name>
    <message>
        <source>The query API needs a token (--query-token).</source>
        <translation>The query API needs a token (--query-token).</translation>
    </message>
    <message>
        <source>Cannot listen on %1 (any port).</source>
        <translation>Cannot listen on %1 (any port).</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2 (in use, or not an address of this machine).</source>
        <translation>Cannot listen on %1:%2 (in use, or not an address of this machine).</translation>
    </message>
</context>
<context>
    <name>hearth::core::Remote</name>
    <message>
        <source>The NDJSON stream holds a line that is not JSON.</source>
        <translation>The NDJSON stream holds a line that is not JSON.</translation>
    </message>
    <message>
        <source>Cannot create an HTTP client.</source>
        <translation>Cannot create an HTTP client.</translation>
    </message>
    <message>
        <source>Query cancelled.</source>
        <translation>Query cancelled.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 did not answer within %2 s.</translation>
    </message>
    <message>
        <source>TLS verification with %1 failed: %2</source>
        <translation>TLS verification with %1 failed: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Cannot reach %1: %2</translation>
    </message>
    <message>
        <source>Query execution error.</source>
        <translation>Query execution error.</translation>
    </message>
    <message>
        <source>%1 rejected the read token (HTTP %2): check the token and its region.%3</source>
        <translation>%1 rejected the read token (HTTP %2): check the token and its region.%3</translation>
    </message>
    <message>
        <source>%1 has no such endpoint (HTTP 404): check the base URL.</source>
        <translation>%1 has no such endpoint (HTTP 404): check the base URL.</translation>
    </message>
    <message>
        <source>The query API rejected the request (HTTP 422): %1</source>
        <translation>The query API rejected the request (HTTP 422): %1</translation>
    </message>
    <message>
        <source>%1 is rate limiting queries (HTTP 429); gave up after %2 retries.</source>
        <translation>%1 is rate limiting queries (HTTP 429); gave up after %2 retries.</translation>
    </message>
    <message>
        <source>%1 failed with HTTP %2 after %3 retries: %4</source>
        <translation>%1 failed with HTTP %2 after %3 retries: %4</translation>
    </message>
    <message>
        <source>Unexpected response from %1 (HTTP %2): %3</source>
        <translation>Unexpected response from %1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>The NDJSON stream from %1 had no schema line.</source>
        <translation>The NDJSON stream from %1 had no schema line.</translation>
    </message>
    <message>
        <source>The NDJSON stream from %1 ended early.</source>
        <translation>The NDJSON stream from %1 ended early.</translation>
    </message>
    <message>
        <source>%1 answered with something that is not JSON.</source>
        <translation>%1 answered with something that is not JSON.</translation>
    </message>
    <message>
        <source>%1 only offers Logfire&apos;s v1 query API, which cannot filter by environment (%2). Clear the environment filter, or use a server with the v2 query API.</source>
        <translation>%1 only offers Logfire&apos;s v1 query API, which cannot filter by environment (%2). Clear the environment filter, or use a server with the v2 query API.</translation>
    </message>
</context>
<context>
    <name>hearth::core::SecretStore</name>
    <message>
        <source>No keychain service is running (%1). The token can be kept for this session only.</source>
        <translation>No keychain service is running (%1). The token can be kept for this session only.</translation>
    </message>
    <message>
        <source>No token is stored for this connection.</source>
        <translation>No token is stored for this connection.</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>The keychain refused access: %1</translation>
    </message>
    <message>
        <source>Keychain error: %1</source>
        <translation>Keychain error: %1</translation>
    </message>
</context>
<context>
    <name>hearth::core::Store</name>
    <message>
        <source>The store &apos;%1&apos; is open read-only.</source>
        <translation>The store &apos;%1&apos; is open read-only.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Hearth store: the file is not an SQLite database (%2).</source>
        <translation>&apos;%1&apos; is not a Hearth store: the file is not an SQLite database (%2).</translation>
    </message>
    <message>
        <source>The store &apos;%1&apos; is damaged (%2). Restore it from a backup or open another file.</source>
        <translation>The store &apos;%1&apos; is damaged (%2). Restore it from a backup or open another file.</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos;: %2. Check that the folder exists and is writable.</source>
        <translation>Cannot open &apos;%1&apos;: %2. Check that the folder exists and is writable.</translation>
    </message>
    <message>
        <source>Cannot write to &apos;%1&apos;: %2.</source>
        <translation>Cannot write to &apos;%1&apos;: %2.</translation>
    </message>
    <message>
        <source>The disk holding &apos;%1&apos; is full.</source>
        <translation>The disk holding &apos;%1&apos; is full.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is locked by another process: %2.</source>
        <translation>&apos;%1&apos; is locked by another process: %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer Hearth (schema version %2; this build reads up to %3). Update Hearth to open it.</source>
        <translation>&apos;%1&apos; was written by a newer Hearth (schema version %2; this build reads up to %3). Update Hearth to open it.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a store file.</source>
        <translation>&apos;%1&apos; is a folder, not a store file.</translation>
    </message>
    <message>
        <source>The store &apos;%1&apos; does not exist.</source>
        <translation>The store &apos;%1&apos; does not exist.</translation>
    </message>
    <message>
        <source>Cannot create the folder &apos;%1&apos; for the store.</source>
        <translation>Cannot create the folder &apos;%1&apos; for the store.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an SQLite database, but not a Hearth store.</source>
        <translation>&apos;%1&apos; is an SQLite database, but not a Hearth store.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses an older schema (version %2) and is open read-only, so it cannot be upgraded. Open it writable once to upgrade it.</source>
        <translation>&apos;%1&apos; uses an older schema (version %2) and is open read-only, so it cannot be upgraded. Open it writable once to upgrade it.</translation>
    </message>
    <message>
        <source>Upgrading &apos;%1&apos; to schema version %2 failed: %3</source>
        <translation>Upgrading &apos;%1&apos; to schema version %2 failed: %3</translation>
    </message>
    <message>
        <source>Preparing the writer for &apos;%1&apos; failed: %2</source>
        <translation>Preparing the writer for &apos;%1&apos; failed: %2</translation>
    </message>
</context>
<context>
    <name>hearth::core::Trace</name>
    <message>
        <source>Span %1 is not in this store.</source>
        <translation>Span %1 is not in this store.</translation>
    </message>
    <message>
        <source>Cannot read the trace: %1</source>
        <translation>Cannot read the trace: %1</translation>
    </message>
    <message>
        <source>No trace with id %1 in this store.</source>
        <translation>No trace with id %1 in this store.</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Loading was cancelled.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Hearth: observability for agentic AI systems.</source>
        <translation>Hearth: observability for agentic AI systems.</translation>
    </message>
    <message>
        <source>Open this store file.</source>
        <translation>Open this store file.</translation>
    </message>
    <message>
        <source>Do not fill an empty store with demo data.</source>
        <translation>Do not fill an empty store with demo data.</translation>
    </message>
    <message>
        <source>Start on this page.</source>
        <translation>Start on this page.</translation>
    </message>
    <message>
        <source>Save a PNG of the window once loaded, then quit.</source>
        <translation>Save a PNG of the window once loaded, then quit.</translation>
    </message>
    <message>
        <source>Cannot open store</source>
        <translation>Cannot open store</translation>
    </message>
    <message>
        <source>Open this trace (and select a span) at start-up.</source>
        <translation>Open this trace (and select a span) at start-up.</translation>
    </message>
    <message>
        <source>Use this theme for this run: light, dark or system.</source>
        <translation>Use this theme for this run: light, dark or system.</translation>
    </message>
    <message>
        <source>With --screenshot: open this dialog first (%1).</source>
        <translation>With --screenshot: open this dialog first (%1).</translation>
    </message>
    <message>
        <source>Run the best command-palette match for TEXT at start-up.</source>
        <translation>Run the best command-palette match for TEXT at start-up.</translation>
    </message>
    <message>
        <source>With --dialog palette: the text typed into the palette.</source>
        <translation>With --dialog palette: the text typed into the palette.</translation>
    </message>
    <message>
        <source>With --screenshot: the window size (default 1280x800).</source>
        <translation>With --screenshot: the window size (default 1280x800).</translation>
    </message>
    <message>
        <source>Query through this connection: local, env or a saved id.</source>
        <translation>Query through this connection: local, env or a saved id.</translation>
    </message>
    <message>
        <source>--theme must be light, dark or system, got &apos;%1&apos;
</source>
        <translation>--theme must be light, dark or system, got &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>--dialog must be one of: %1
</source>
        <translation>--dialog must be one of: %1
</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT, at least 400x300, got &apos;%1&apos;
</source>
        <translation>--size must be WIDTHxHEIGHT, at least 400x300, got &apos;%1&apos;
</translation>
    </message>
</context>
</TS>
