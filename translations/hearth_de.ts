<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
    <name>hearth::app::DashboardsPage</name>
    <message>
        <source>&lt;h2&gt;Dashboards&lt;/h2&gt;&lt;p&gt;SQL dashboards: LLM Tokens and Costs, Basic System Metrics and your own.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::app::ExplorePage</name>
    <message>
        <source>&lt;h2&gt;Explore&lt;/h2&gt;&lt;p&gt;Run Logfire SQL against the active store or connection.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::app::LivePage</name>
    <message>
        <source>&lt;h2&gt;Live&lt;/h2&gt;&lt;p&gt;Records arrive here as trace trees as soon as they are received.&lt;/p&gt;</source>
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
        <source>&lt;h2&gt;Trace&lt;/h2&gt;&lt;p&gt;Open a trace from the Live view or Explore.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Trace %1&lt;/h2&gt;&lt;p&gt;span %2&lt;/p&gt;</source>
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
</context>
</TS>
