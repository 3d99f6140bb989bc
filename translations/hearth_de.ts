<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Logfire Connection</source>
        <translation>Logfire-Verbindung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Production (EU)</source>
        <translation>z. B. Produktion (EU)</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>https://logfire.example.com</source>
        <translation>https://logfire.example.com</translation>
    </message>
    <message>
        <source>Read &amp;token:</source>
        <translation>Lese-&amp;Token:</translation>
    </message>
    <message>
        <source>pylf_v1_…</source>
        <translation>pylf_v1_…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last 30 minutes</source>
        <translation>Letzte 30 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <source>Last 12 hours</source>
        <translation>Letzte 12 Stunden</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 2 days</source>
        <translation>Letzte 2 Tage</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Letzte 14 Tage</translation>
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
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Demo project (local query API)</source>
        <translation>Demoprojekt (lokale Abfrage-API)</translation>
    </message>
</context>
<context>
    <name>TraceRenderer</name>
    <message>
        <source>No trace open</source>
        <translation>Kein Trace geöffnet</translation>
    </message>
    <message>
        <source>1 span</source>
        <translation>1 Span</translation>
    </message>
    <message>
        <source>%L1 spans</source>
        <translation>%L1 Spans</translation>
    </message>
    <message>
        <source>1 service</source>
        <translation>1 Dienst</translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation>%1 Dienste</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%L1 errors</source>
        <translation>%L1 Fehler</translation>
    </message>
    <message>
        <source>%L1 running</source>
        <translation>%L1 laufend</translation>
    </message>
    <message>
        <source>%L1 rows shown</source>
        <translation>%L1 Zeilen angezeigt</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
</context>
<context>
    <name>hearth::app::AlertEditorDialog</name>
    <message>
        <source>Add webhook</source>
        <translation>Webhook hinzufügen</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Rohes JSON</translation>
    </message>
    <message>
        <source>Slack-compatible</source>
        <translation>Slack-kompatibel</translation>
    </message>
    <message>
        <source>Template (Teams, Google Chat, …)</source>
        <translation>Vorlage (Teams, Google Chat, …)</translation>
    </message>
    <message>
        <source>Authorization: Bearer …  (one per line)</source>
        <translation>Authorization: Bearer …  (einer pro Zeile)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
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
        <translation>Header</translation>
    </message>
    <message>
        <source>Body template</source>
        <translation>Body-Vorlage</translation>
    </message>
    <message>
        <source>Header &quot;%1&quot; needs the form Name: value.</source>
        <translation>Header „%1“ muss die Form Name: Wert haben.</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://.</source>
        <translation>Die URL muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>The template format needs a body.</source>
        <translation>Das Vorlagenformat benötigt einen Body.</translation>
    </message>
    <message>
        <source>Edit alert</source>
        <translation>Alarm bearbeiten</translation>
    </message>
    <message>
        <source>New alert</source>
        <translation>Neuer Alarm</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>SELECT trace_id, message FROM records WHERE is_exception  -- rows mean a problem</source>
        <translation>SELECT trace_id, message FROM records WHERE is_exception  -- Zeilen bedeuten ein Problem</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Notify when</source>
        <translation>Benachrichtigen, wenn</translation>
    </message>
    <message>
        <source>looking at rows from the last</source>
        <translation>betrachtet Zeilen der letzten</translation>
    </message>
    <message>
        <source>checking every</source>
        <translation>prüft alle</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>all environments (or: prod, staging)</source>
        <translation>alle Umgebungen (oder: prod, staging)</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Variables ($name in the SQL)</source>
        <translation>Variablen ($name im SQL)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Text, a whole number, or a JSON list like [&quot;a&quot;, &quot;b&quot;] for multi-value (use x = ANY($name)).</source>
        <translation>Text, eine Ganzzahl oder eine JSON-Liste wie [&quot;a&quot;, &quot;b&quot;] für mehrere Werte (x = ANY($name) verwenden).</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Send notifications to</source>
        <translation>Benachrichtigungen senden an</translation>
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
        <translation>Zeilen jetzt anzeigen</translation>
    </message>
    <message>
        <source>Preview runs the SQL over the lookback window, read-only.</source>
        <translation>Die Vorschau führt das SQL schreibgeschützt über das Rückblickfenster aus.</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Kein Speicher geöffnet.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>No rows, and no telemetry at all in the window: the alert would show No data.</source>
        <translation>Keine Zeilen und keinerlei Telemetrie im Fenster: Der Alarm würde „Keine Daten“ zeigen.</translation>
    </message>
    <message>
        <source>No rows now: the alert would be OK.</source>
        <translation>Derzeit keine Zeilen: Der Alarm wäre OK.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) now: the alert would fire.</source>
        <translation>
            <numerusform>Derzeit %n Zeile: Der Alarm würde auslösen.</numerusform>
            <numerusform>Derzeit %n Zeilen: Der Alarm würde auslösen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the SQL runs: this store or a Logfire connection</source>
        <translation>Wo das SQL läuft: dieser Speicher oder eine Logfire-Verbindung</translation>
    </message>
    <message>
        <source>Evaluate on</source>
        <translation>Auswerten auf</translation>
    </message>
    <message>
        <source>Local store</source>
        <translation>Lokaler Speicher</translation>
    </message>
    <message>
        <source>Logfire: %1</source>
        <translation>Logfire: %1</translation>
    </message>
    <message>
        <source>%1 (not configured)</source>
        <translation>%1 (nicht konfiguriert)</translation>
    </message>
</context>
<context>
    <name>hearth::app::AlertRulesModel</name>
    <message>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Letzte Läufe</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächster Lauf</translation>
    </message>
</context>
<context>
    <name>hearth::app::AlertRunsModel</name>
    <message>
        <source>notification dropped (snoozed)</source>
        <translation>Benachrichtigung verworfen (pausiert)</translation>
    </message>
    <message>
        <source>%1 skipped (%2)</source>
        <translation>%1 übersprungen (%2)</translation>
    </message>
    <message>
        <source>sent to %1</source>
        <translation>gesendet an %1</translation>
    </message>
    <message>
        <source>%1 failed after %2 attempt(s): %3</source>
        <translation>%1 fehlgeschlagen nach %2 Versuch(en): %3</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>started firing</source>
        <translation>ausgelöst</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Notifications / error</source>
        <translation>Benachrichtigungen / Fehler</translation>
    </message>
</context>
<context>
    <name>hearth::app::AlertsPage</name>
    <message>
        <source>&lt;h2&gt;Alerts&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Alarme&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>New alert…</source>
        <translation>Neuer Alarm…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Jetzt ausführen</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 Stunden</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 Tage</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>Unsnooze</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Activate / deactivate</source>
        <translation>Aktivieren / deaktivieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Search alerts</source>
        <translation>Alarme durchsuchen</translation>
    </message>
    <message>
        <source>Matched rows</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Runs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Läufe&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Snoozed until %1: runs are recorded, notifications dropped.</source>
        <translation>Pausiert bis %1: Läufe werden erfasst, Benachrichtigungen verworfen.</translation>
    </message>
    <message>
        <source>Matched rows — the run failed</source>
        <translation>Treffer — der Lauf ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Matched rows&lt;/b&gt; (%1%2) — double-click a trace_id to open the trace</source>
        <translation>&lt;b&gt;Treffer&lt;/b&gt; (%1%2) — Doppelklick auf eine trace_id öffnet den Trace</translation>
    </message>
    <message>
        <source>, first ones</source>
        <translation>, die ersten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Matched rows&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Treffer&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>Delete alert</source>
        <translation>Alarm löschen</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and its run history?</source>
        <translation>„%1“ und seinen Laufverlauf löschen?</translation>
    </message>
    <message>
        <source>Import alerts</source>
        <translation>Alarme importieren</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export alerts</source>
        <translation>Alarme exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Alarmregeln</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>the keychain has not answered yet</source>
        <translation>der Schlüsselbund hat noch nicht geantwortet</translation>
    </message>
    <message>
        <source>the stored token is empty</source>
        <translation>das gespeicherte Token ist leer</translation>
    </message>
    <message>
        <source>Rules are evaluated by %1.</source>
        <translation>Regeln werden von %1 ausgewertet.</translation>
    </message>
    <message>
        <source>Runs on the Logfire connection “%1”.</source>
        <translation>Läuft über die Logfire-Verbindung „%1“.</translation>
    </message>
</context>
<context>
    <name>hearth::app::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Go to a page, run an action, open a dashboard…</source>
        <translation>Seite aufrufen, Aktion ausführen, Dashboard öffnen…</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation>Passende Befehle</translation>
    </message>
</context>
<context>
    <name>hearth::app::ConnectionDialog</name>
    <message>
        <source>United States (logfire-us)</source>
        <translation>Vereinigte Staaten (logfire-us)</translation>
    </message>
    <message>
        <source>Europe (logfire-eu)</source>
        <translation>Europa (logfire-eu)</translation>
    </message>
    <message>
        <source>Self-hosted / custom URL</source>
        <translation>Selbst gehostet / eigene URL</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>The base URL is not a valid URL.</source>
        <translation>Die Basis-URL ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
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
        <translation>Lokaler Speicher</translation>
    </message>
    <message>
        <source>Active connection</source>
        <translation>Aktive Verbindung</translation>
    </message>
    <message>
        <source>Where views run their queries</source>
        <translation>Wo Ansichten ihre Abfragen ausführen</translation>
    </message>
    <message>
        <source>Logfire: %1</source>
        <translation>Logfire: %1</translation>
    </message>
    <message>
        <source>The connection no longer exists.</source>
        <translation>Die Verbindung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Read token for %1</source>
        <translation>Lese-Token für %1</translation>
    </message>
    <message>
        <source>%1

Paste the read token to use for this session:</source>
        <translation>%1

Lese-Token für diese Sitzung einfügen:</translation>
    </message>
    <message>
        <source>organisation %1, project %2</source>
        <translation>Organisation %1, Projekt %2</translation>
    </message>
</context>
<context>
    <name>hearth::app::DashboardCanvas</name>
    <message>
        <source>Panel Group</source>
        <translation>Panelgruppe</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename this group</source>
        <translation>Diese Gruppe umbenennen</translation>
    </message>
    <message>
        <source>Move this group up</source>
        <translation>Diese Gruppe nach oben verschieben</translation>
    </message>
    <message>
        <source>Move this group down</source>
        <translation>Diese Gruppe nach unten verschieben</translation>
    </message>
    <message>
        <source>Remove this group (its panels move to the previous one)</source>
        <translation>Diese Gruppe entfernen (ihre Panels wandern in die vorherige)</translation>
    </message>
</context>
<context>
    <name>hearth::app::DashboardListModel</name>
    <message>
        <source>%1
Standard dashboard: read-only, clone it to edit.</source>
        <translation>%1
Standard-Dashboard: schreibgeschützt, zum Bearbeiten klonen.</translation>
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
        <translation>$resolution: das Zeitintervall der Diagramme</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>Custom time range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Live refresh: re-run the queries and slide the window with the clock</source>
        <translation>Live-Aktualisierung: Abfragen erneut ausführen und Zeitfenster mitlaufen lassen</translation>
    </message>
    <message>
        <source>Live: off</source>
        <translation>Live: aus</translation>
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
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Run every panel query again</source>
        <translation>Alle Panel-Abfragen erneut ausführen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Klonen</translation>
    </message>
    <message>
        <source>Make an editable copy of this standard dashboard</source>
        <translation>Bearbeitbare Kopie dieses Standard-Dashboards erstellen</translation>
    </message>
    <message>
        <source>Add panel</source>
        <translation>Panel hinzufügen</translation>
    </message>
    <message>
        <source>Add a panel to the first group</source>
        <translation>Panel zur ersten Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Add a panel group</source>
        <translation>Panelgruppe hinzufügen</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Gruppenname</translation>
    </message>
    <message>
        <source>Panel Group</source>
        <translation>Panelgruppe</translation>
    </message>
    <message>
        <source>Variables…</source>
        <translation>Variablen…</translation>
    </message>
    <message>
        <source>Edit the dashboard variables as JSON</source>
        <translation>Dashboard-Variablen als JSON bearbeiten</translation>
    </message>
    <message>
        <source>Edit JSON…</source>
        <translation>JSON bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the whole dashboard document</source>
        <translation>Das gesamte Dashboard-Dokument bearbeiten</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Drag a panel by its title to move it, by its bottom-right corner to resize it.</source>
        <translation>Panel am Titel ziehen zum Verschieben, an der Ecke unten rechts zum Ändern der Größe.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Move panel</source>
        <translation>Panel verschieben</translation>
    </message>
    <message>
        <source>Expand group</source>
        <translation>Gruppe ausklappen</translation>
    </message>
    <message>
        <source>Collapse group</source>
        <translation>Gruppe einklappen</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Gruppe umbenennen</translation>
    </message>
    <message>
        <source>Move group</source>
        <translation>Gruppe verschieben</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Gruppe entfernen</translation>
    </message>
    <message>
        <source>Duplicate panel</source>
        <translation>Panel duplizieren</translation>
    </message>
    <message>
        <source>Remove panel</source>
        <translation>Panel entfernen</translation>
    </message>
    <message>
        <source>This panel has no query</source>
        <translation>Dieses Panel hat keine Abfrage</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Auto (%1)</source>
        <translation>Auto (%1)</translation>
    </message>
    <message>
        <source>Edit panel</source>
        <translation>Panel bearbeiten</translation>
    </message>
    <message>
        <source>New panel</source>
        <translation>Neues Panel</translation>
    </message>
    <message>
        <source>Edit dashboard JSON</source>
        <translation>Dashboard-JSON bearbeiten</translation>
    </message>
    <message>
        <source>Edit JSON</source>
        <translation>JSON bearbeiten</translation>
    </message>
    <message>
        <source>Edit variables</source>
        <translation>Variablen bearbeiten</translation>
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
        <translation>Neu</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Import dashboard</source>
        <translation>Dashboard importieren</translation>
    </message>
    <message>
        <source>Dashboard JSON (*.json)</source>
        <translation>Dashboard-JSON (*.json)</translation>
    </message>
    <message>
        <source>Save dashboard</source>
        <translation>Dashboard speichern</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid dashboard: %2</source>
        <translation>%1 ist kein gültiges Dashboard: %2</translation>
    </message>
    <message>
        <source>The store is read-only: open a writable store to import dashboards.</source>
        <translation>Der Speicher ist schreibgeschützt: Öffnen Sie einen beschreibbaren Speicher, um Dashboards zu importieren.</translation>
    </message>
    <message>
        <source>Clone dashboard</source>
        <translation>Dashboard klonen</translation>
    </message>
    <message>
        <source>The store is read-only.</source>
        <translation>Der Speicher ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>New dashboard</source>
        <translation>Neues Dashboard</translation>
    </message>
    <message>
        <source>Export dashboard</source>
        <translation>Dashboard exportieren</translation>
    </message>
    <message>
        <source>Delete dashboard</source>
        <translation>Dashboard löschen</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation>„%1“ löschen?</translation>
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
        <translation>… %L1 weitere</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Close details</source>
        <translation>Details schließen</translation>
    </message>
    <message>
        <source>Copy trace id</source>
        <translation>Trace-ID kopieren</translation>
    </message>
    <message>
        <source>Copy span id</source>
        <translation>Span-ID kopieren</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>LLM tokens and cost</source>
        <translation>LLM-Token und Kosten</translation>
    </message>
    <message>
        <source>This span</source>
        <translation>Dieser Span</translation>
    </message>
    <message>
        <source>Subtree ∑</source>
        <translation>Teilbaum ∑</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Kosten (USD)</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <source>Select a span to see its details.</source>
        <translation>Wählen Sie einen Span, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Kein Speicher geöffnet.</translation>
    </message>
    <message>
        <source>Loading span %1…</source>
        <translation>Lade Span %1…</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Span (running)</source>
        <translation>Span (läuft)</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>Span</translation>
    </message>
    <message>
        <source>trace %1
span  %2</source>
        <translation>Trace %1
Span  %2</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <source>exception  %1: %2</source>
        <translation>Exception  %1: %2</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Arguments (%1)</source>
        <translation>Argumente (%1)</translation>
    </message>
    <message>
        <source>No attributes</source>
        <translation>Keine Attribute</translation>
    </message>
    <message>
        <source>Attributes (%1)</source>
        <translation>Attribute (%1)</translation>
    </message>
    <message>
        <source>This span (run totals)</source>
        <translation>Dieser Span (Laufsummen)</translation>
    </message>
    <message numerus="yes">
        <source>Subtree ∑ (%n model request(s))</source>
        <translation>
            <numerusform>Teilbaum ∑ (%n Modellanfrage)</numerusform>
            <numerusform>Teilbaum ∑ (%n Modellanfragen)</numerusform>
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
        <translation>&lt;b&gt;Modell&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source> &amp;nbsp; &lt;b&gt;Tokens&lt;/b&gt; ↗%L1 ↙%L2</source>
        <translation> &amp;nbsp; &lt;b&gt;Token&lt;/b&gt; ↗%L1 ↙%L2</translation>
    </message>
    <message>
        <source> &amp;nbsp; &lt;b&gt;Cost&lt;/b&gt; $%1</source>
        <translation> &amp;nbsp; &lt;b&gt;Kosten&lt;/b&gt; $%1</translation>
    </message>
    <message>
        <source> &amp;nbsp; &lt;span style=&apos;color:#6b7280&apos;&gt;from %1&lt;/span&gt;</source>
        <translation> &amp;nbsp; &lt;span style=&apos;color:#6b7280&apos;&gt;von %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#6b7280&apos;&gt;No messages recorded on this span.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#6b7280&apos;&gt;Für diesen Span wurden keine Nachrichten aufgezeichnet.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hearth::app::ExplorePage</name>
    <message>
        <source>Copy as TSV</source>
        <translation>Als TSV kopieren</translation>
    </message>
    <message>
        <source>Open trace</source>
        <translation>Trace öffnen</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Ctrl+Enter runs the query against the active store or connection.</source>
        <translation>Strg+Eingabe führt die Abfrage im aktiven Speicher bzw. der aktiven Verbindung aus.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Run the query (Ctrl+Enter)</source>
        <translation>Abfrage ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last 30 minutes</source>
        <translation>Letzte 30 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <source>Last 12 hours</source>
        <translation>Letzte 12 Stunden</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 2 days</source>
        <translation>Letzte 2 Tage</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Letzte 14 Tage</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Passed to the engine as min/max timestamp (start_timestamp, recorded_timestamp)</source>
        <translation>Wird der Engine als Min./Max.-Zeitstempel übergeben (start_timestamp, recorded_timestamp)</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
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
        <translation>Kein Speicher geöffnet.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <source>Query failed.</source>
        <translation>Abfrage fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source> (limit reached)</source>
        <translation> (Limit erreicht)</translation>
    </message>
    <message>
        <source> · %1 ms</source>
        <translation> · %1 ms</translation>
    </message>
    <message>
        <source> · source: %1</source>
        <translation> · Quelle: %1</translation>
    </message>
    <message>
        <source> · cached %1 ago</source>
        <translation> · zwischengespeichert vor %1</translation>
    </message>
    <message>
        <source>No queries run yet</source>
        <translation>Noch keine Abfragen ausgeführt</translation>
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
        <translation>Ergebnis exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>SQL query</source>
        <translation>SQL-Abfrage</translation>
    </message>
    <message>
        <source>Query results</source>
        <translation>Abfrageergebnisse</translation>
    </message>
    <message>
        <source>Run the query</source>
        <translation>Abfrage ausführen</translation>
    </message>
</context>
<context>
    <name>hearth::app::FallbackChoiceDialog</name>
    <message>
        <source>No Keychain Available</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>Hearth cannot reach a keychain service</source>
        <translation>Hearth erreicht keinen Schlüsselbunddienst</translation>
    </message>
    <message>
        <source>Hearth never writes tokens to its settings. Choose how to keep Logfire read tokens and the receiver token on this computer:</source>
        <translation>Hearth schreibt Tokens nie in seine Einstellungen. Wählen Sie, wie Logfire-Lese-Tokens und das Empfänger-Token auf diesem Computer aufbewahrt werden:</translation>
    </message>
    <message>
        <source>Encrypt tokens in a file protected by a passphrase</source>
        <translation>Tokens in einer passphrasengeschützten Datei verschlüsseln</translation>
    </message>
    <message>
        <source>Type the token each session</source>
        <translation>Token in jeder Sitzung eingeben</translation>
    </message>
    <message>
        <source>You enter the passphrase once per session. Only your user account can read the file, and without the passphrase it reveals nothing.</source>
        <translation>Sie geben die Passphrase einmal pro Sitzung ein. Nur Ihr Benutzerkonto kann die Datei lesen, und ohne die Passphrase verrät sie nichts.</translation>
    </message>
    <message>
        <source>Nothing is stored: after every restart Hearth asks for the token again when it needs it.</source>
        <translation>Nichts wird gespeichert: Nach jedem Neustart fragt Hearth erneut nach dem Token, wenn es gebraucht wird.</translation>
    </message>
    <message>
        <source>The system said: %1</source>
        <translation>Das System meldet: %1</translation>
    </message>
    <message>
        <source>You can change this later in Settings, under Connections.</source>
        <translation>Sie können dies später in den Einstellungen unter „Verbindungen“ ändern.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>hearth::app::HistogramWidget</name>
    <message>
        <source>Records over time</source>
        <translation>Einträge im Zeitverlauf</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Lädt…</translation>
    </message>
    <message>
        <source>No records in this time range</source>
        <translation>Keine Einträge in diesem Zeitraum</translation>
    </message>
    <message>
        <source>%1
%2 records, %3 errors</source>
        <translation>%1
%2 Einträge, %3 Fehler</translation>
    </message>
</context>
<context>
    <name>hearth::app::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Logfire query results (JSON, NDJSON, CSV; v1 and v2) of &lt;i&gt;records&lt;/i&gt; or &lt;i&gt;metrics&lt;/i&gt;, and OTLP files (.json, .pb, Collector JSON lines). Rows already in the store are not imported twice.</source>
        <translation>Logfire-Abfrageergebnisse (JSON, NDJSON, CSV; v1 und v2) von &lt;i&gt;records&lt;/i&gt; oder &lt;i&gt;metrics&lt;/i&gt; sowie OTLP-Dateien (.json, .pb, Collector-JSON-Zeilen). Bereits gespeicherte Zeilen werden nicht doppelt importiert.</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>When a line or row is malformed</source>
        <translation>Bei fehlerhafter Zeile</translation>
    </message>
    <message>
        <source>Stop, and import nothing</source>
        <translation>Abbrechen und nichts importieren</translation>
    </message>
    <message>
        <source>Skip it, import the rest, and list what was skipped</source>
        <translation>Überspringen, den Rest importieren und Übersprungenes auflisten</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Add files, or drop them on the main window.</source>
        <translation>Dateien hinzufügen oder auf das Hauptfenster ziehen.</translation>
    </message>
    <message>
        <source>Skipped lines are listed here with their line numbers.</source>
        <translation>Übersprungene Zeilen werden hier mit Zeilennummer aufgelistet.</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>%1   (%2)</source>
        <translation>%1   (%2)</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>Logfire exports and OTLP files (*.json *.ndjson *.jsonl *.csv *.pb *.binpb);;All files (*)</source>
        <translation>Logfire-Exporte und OTLP-Dateien (*.json *.ndjson *.jsonl *.csv *.pb *.binpb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The open store is read-only (a case file?): open a writable store to import into.</source>
        <translation>Der geöffnete Speicher ist schreibgeschützt (eine Falldatei?): Öffnen Sie zum Importieren einen beschreibbaren Speicher.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importiere %n Datei…</numerusform>
            <numerusform>Importiere %n Dateien…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message>
        <source>Importing… %1 of %2</source>
        <translation>Importiere… %1 von %2</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation>Abgebrochen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Import failed, nothing was imported: %1</source>
        <translation>Import fehlgeschlagen, es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Imported %1 records and %2 metric points (%3 already present). Read as %4.</source>
        <translation>%1 Einträge und %2 Metrikpunkte importiert (%3 bereits vorhanden). Gelesen als %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n malformed row(s) skipped.</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile übersprungen.</numerusform>
            <numerusform>%n fehlerhafte Zeilen übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had no timestamp and are dated from the file.</source>
        <translation>
            <numerusform>%n Zeile hatte keinen Zeitstempel und wurde nach der Datei datiert.</numerusform>
            <numerusform>%n Zeilen hatten keinen Zeitstempel und wurden nach der Datei datiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
</context>
<context>
    <name>hearth::app::IoController</name>
    <message>
        <source>Logfire JSON (*.json);;NDJSON (*.ndjson);;CSV (*.csv)</source>
        <translation>Logfire-JSON (*.json);;NDJSON (*.ndjson);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Pinned &amp; Notes</source>
        <translation>Angeheftet &amp; Notizen</translation>
    </message>
    <message>
        <source>Open Case File (read-only)…</source>
        <translation>Falldatei öffnen (schreibgeschützt)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Export &amp;Trace…</source>
        <translation>&amp;Trace exportieren…</translation>
    </message>
    <message>
        <source>Export Time &amp;Window…</source>
        <translation>&amp;Zeitfenster exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Case File…</source>
        <translation>&amp;Falldatei exportieren…</translation>
    </message>
    <message>
        <source>&amp;Pinned &amp;&amp; Notes</source>
        <translation>&amp;Angeheftet &amp;&amp; Notizen</translation>
    </message>
    <message>
        <source>Cannot open case file</source>
        <translation>Falldatei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened %1 read-only.</source>
        <translation>%1 schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Open Case File</source>
        <translation>Falldatei öffnen</translation>
    </message>
    <message>
        <source>Hearth case files (*.hearth);;All files (*)</source>
        <translation>Hearth-Falldateien (*.hearth);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1: %n row(s) to %2</source>
        <translation>
            <numerusform>%1 exportiert: %n Zeile nach %2</numerusform>
            <numerusform>%1 exportiert: %n Zeilen nach %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Result</source>
        <translation>Ergebnis exportieren</translation>
    </message>
    <message>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Export Trace</source>
        <translation>Trace exportieren</translation>
    </message>
    <message>
        <source>Trace id:</source>
        <translation>Trace-ID:</translation>
    </message>
    <message>
        <source>trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>Export Time Window</source>
        <translation>Zeitfenster exportieren</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Time range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabelle:</translation>
    </message>
    <message>
        <source>time window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Export Case File</source>
        <translation>Falldatei exportieren</translation>
    </message>
    <message>
        <source>trace ids, separated by spaces</source>
        <translation>Trace-IDs, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Traces:</source>
        <translation>Traces:</translation>
    </message>
    <message>
        <source>The case holds these traces, the metrics over their time span, the dashboards, saved searches and their notes. Secrets (authorization headers, API keys, tokens) are left out.</source>
        <translation>Der Fall enthält diese Traces, die Metriken ihres Zeitraums, die Dashboards, gespeicherte Suchen und ihre Notizen. Geheimnisse (Authorization-Header, API-Schlüssel, Token) werden ausgelassen.</translation>
    </message>
    <message>
        <source>Hearth case files (*.hearth)</source>
        <translation>Hearth-Falldateien (*.hearth)</translation>
    </message>
    <message>
        <source>Case file %1: %2 records, %3 metric points, %4 notes.</source>
        <translation>Falldatei %1: %2 Einträge, %3 Metrikpunkte, %4 Notizen.</translation>
    </message>
</context>
<context>
    <name>hearth::app::JsonEditorDialog</name>
    <message>
        <source>Invalid JSON at line %1, column %2</source>
        <translation>Ungültiges JSON in Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
</context>
<context>
    <name>hearth::app::LiveDetailsPanel</name>
    <message>
        <source>Open Trace</source>
        <translation>Trace öffnen</translation>
    </message>
    <message>
        <source>Show the whole trace as a waterfall (double-click a row does the same)</source>
        <translation>Gesamten Trace als Wasserfall anzeigen (ebenso per Doppelklick auf eine Zeile)</translation>
    </message>
</context>
<context>
    <name>hearth::app::LivePage</name>
    <message>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last 30 minutes</source>
        <translation>Letzte 30 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <source>Last 12 hours</source>
        <translation>Letzte 12 Stunden</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 2 days</source>
        <translation>Letzte 2 Tage</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Letzte 14 Tage</translation>
    </message>
    <message>
        <source>Live tail (paused)</source>
        <translation>Live-Verfolgung (pausiert)</translation>
    </message>
    <message>
        <source>Live tail</source>
        <translation>Live-Verfolgung</translation>
    </message>
    <message numerus="yes">
        <source>↓ %n new record(s)</source>
        <translation>
            <numerusform>↓ %n neuer Eintrag</numerusform>
            <numerusform>↓ %n neue Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Live records</source>
        <translation>Live-Einträge</translation>
    </message>
    <message>
        <source>Search your spans: a WHERE clause, e.g. level &gt;= 17 AND service_name = &apos;api&apos;</source>
        <translation>Spans durchsuchen: eine WHERE-Klausel, z. B. level &gt;= 17 AND service_name = &apos;api&apos;</translation>
    </message>
    <message>
        <source>The WHERE clause of SELECT * FROM records WHERE …
Enter or Ctrl+Enter runs it; Ctrl+Space completes.</source>
        <translation>Die WHERE-Klausel von SELECT * FROM records WHERE …
Eingabe oder Strg+Eingabe führt sie aus; Strg+Leertaste vervollständigt.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Run the search (Ctrl+Enter)</source>
        <translation>Suche ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Recent and saved searches</source>
        <translation>Letzte und gespeicherte Suchen</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
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
        <translation>Dienst</translation>
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
        <translation>Geladene Einträge filtern</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Einklappen</translation>
    </message>
    <message>
        <source>Collapse all traces</source>
        <translation>Alle Traces einklappen</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Ausklappen</translation>
    </message>
    <message>
        <source>Expand all traces</source>
        <translation>Alle Traces ausklappen</translation>
    </message>
    <message>
        <source>Follow new records at the bottom of the list</source>
        <translation>Neuen Einträgen am Listenende folgen</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Custom time range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>%1 (at character %2)</source>
        <translation>%1 (bei Zeichen %2)</translation>
    </message>
    <message>
        <source>All envs</source>
        <translation>Alle Umgebungen</translation>
    </message>
    <message>
        <source>Env not specified</source>
        <translation>Umgebung nicht angegeben</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>Kein Speicher geöffnet</translation>
    </message>
    <message>
        <source>Loading records from the %1…</source>
        <translation>Lade Einträge (%1)…</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 records from the %3</source>
        <translation>Die neuesten %1 von %2 Einträgen (%3)</translation>
    </message>
    <message>
        <source>Showing %1 records from the %2</source>
        <translation>%1 Einträge (%2)</translation>
    </message>
    <message>
        <source> · loading older…</source>
        <translation> · lade ältere…</translation>
    </message>
    <message>
        <source> · no older records in this window</source>
        <translation> · keine älteren Einträge in diesem Fenster</translation>
    </message>
    <message numerus="yes">
        <source> · %n shown by the quick filters</source>
        <translation>
            <numerusform> · %n durch Schnellfilter angezeigt</numerusform>
            <numerusform> · %n durch Schnellfilter angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source> · last poll failed: %1</source>
        <translation> · letzte Abfrage fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Following new records</source>
        <translation>Folge neuen Einträgen</translation>
    </message>
    <message>
        <source>Not following</source>
        <translation>Folgen aus</translation>
    </message>
    <message>
        <source>Nothing loaded yet</source>
        <translation>Noch nichts geladen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Jedes Level</translation>
    </message>
    <message>
        <source>debug and above</source>
        <translation>debug und höher</translation>
    </message>
    <message>
        <source>info and above</source>
        <translation>info und höher</translation>
    </message>
    <message>
        <source>warn and above</source>
        <translation>warn und höher</translation>
    </message>
    <message>
        <source>error and above</source>
        <translation>error und höher</translation>
    </message>
    <message>
        <source>Level ≥ %1</source>
        <translation>Level ≥ %1</translation>
    </message>
    <message>
        <source>Save current search…</source>
        <translation>Aktuelle Suche speichern…</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Suche speichern</translation>
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
        <translation>Gespeicherte Suche löschen</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>Hier beginnen</translation>
    </message>
    <message>
        <source>Saved search</source>
        <translation>Gespeicherte Suche</translation>
    </message>
    <message>
        <source>Search (SQL WHERE clause)</source>
        <translation>Suche (SQL-WHERE-Klausel)</translation>
    </message>
    <message>
        <source>Search the live view</source>
        <translation>Live-Ansicht durchsuchen</translation>
    </message>
</context>
<context>
    <name>hearth::app::LiveRowDelegate</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 Version %2</translation>
    </message>
    <message>
        <source>Scope: %1 %2</source>
        <translation>Scope: %1 %2</translation>
    </message>
    <message>
        <source>LLM tokens: %1%2</source>
        <translation>LLM-Token: %1%2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1
span: %2 · level: %3</source>
        <translation>%1
Span: %2 · Level: %3</translation>
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
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>  Query: </source>
        <translation>  Abfrage: </translation>
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
        <translation>Erkunden</translation>
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
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation>Speicher ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <source>&amp;Explore</source>
        <translation>&amp;Erkunden</translation>
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
        <translation>E&amp;instellungen</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>D&amp;unkel</translation>
    </message>
    <message>
        <source>Command Palette…</source>
        <translation>Befehlspalette…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Hearth</source>
        <translation>Ü&amp;ber Hearth</translation>
    </message>
    <message>
        <source>About Hearth</source>
        <translation>Über Hearth</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hearth %1&lt;/b&gt;&lt;p&gt;A desktop observability console for agentic AI systems: OpenTelemetry and Logfire data on your own machine.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Hearth %1&lt;/b&gt;&lt;p&gt;Eine Desktop-Observability-Konsole für agentische KI-Systeme: OpenTelemetry- und Logfire-Daten auf Ihrem eigenen Rechner.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Cannot open store</source>
        <translation>Speicher kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation>Speicher öffnen</translation>
    </message>
    <message>
        <source>Hearth stores (*.hearth *.db *.sqlite);;All files (*)</source>
        <translation>Hearth-Speicher (*.hearth *.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>Kein Speicher geöffnet</translation>
    </message>
    <message>
        <source>Store: %1%2</source>
        <translation>Speicher: %1%2</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1 — Hearth</source>
        <translation>%1 — Hearth</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>A&amp;larme</translation>
    </message>
</context>
<context>
    <name>hearth::app::MatchedRowsModel</name>
    <message>
        <source>Double-click to open the trace</source>
        <translation>Doppelklick öffnet den Trace</translation>
    </message>
</context>
<context>
    <name>hearth::app::NotesModel</name>
    <message>
        <source>trace %1%2</source>
        <translation>Trace %1%2</translation>
    </message>
    <message>
        <source>, span %1</source>
        <translation>, Span %1</translation>
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
        <translation>(nicht in diesem Speicher)</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>hearth::app::NotesPanel</name>
    <message>
        <source>Pin Trace…</source>
        <translation>Trace anheften…</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Note on the selected item…</source>
        <translation>Notiz zum ausgewählten Element…</translation>
    </message>
    <message>
        <source>Save Note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <source>No store open.</source>
        <translation>Kein Speicher geöffnet.</translation>
    </message>
    <message>
        <source>Nothing pinned yet. Pin a trace or span to keep it here with a note.</source>
        <translation>Noch nichts angeheftet. Heften Sie einen Trace oder Span an, um ihn hier mit einer Notiz zu behalten.</translation>
    </message>
    <message>
        <source>Case file: read-only.</source>
        <translation>Falldatei: schreibgeschützt.</translation>
    </message>
    <message>
        <source>Pin Trace</source>
        <translation>Trace anheften</translation>
    </message>
    <message>
        <source>Trace id, optionally followed by a span id:</source>
        <translation>Trace-ID, optional gefolgt von einer Span-ID:</translation>
    </message>
</context>
<context>
    <name>hearth::app::PanelEditorDialog</name>
    <message>
        <source>Edit panel</source>
        <translation>Panel bearbeiten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Show rendered query</source>
        <translation>Gerenderte Abfrage anzeigen</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation>Gestapelt</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Y axis</source>
        <translation>Y-Achse</translation>
    </message>
    <message>
        <source>Run (Ctrl+Enter)</source>
        <translation>Ausführen (Strg+Eingabe)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 ms</source>
        <translation>
            <numerusform>%n Zeile in %1 ms</numerusform>
            <numerusform>%n Zeilen in %1 ms</numerusform>
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
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit this panel</source>
        <translation>Dieses Panel bearbeiten</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate this panel</source>
        <translation>Dieses Panel duplizieren</translation>
    </message>
    <message>
        <source>Remove this panel</source>
        <translation>Dieses Panel entfernen</translation>
    </message>
    <message>
        <source>Unsupported panel kind &quot;%1&quot;</source>
        <translation>Nicht unterstützte Panel-Art „%1“</translation>
    </message>
    <message>
        <source>This panel has no query</source>
        <translation>Dieses Panel hat keine Abfrage</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Lädt…</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>gekürzt</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Alert…</source>
        <translation>Alarm…</translation>
    </message>
    <message>
        <source>Create an alert rule from this panel&apos;s query and variables</source>
        <translation>Eine Alarmregel aus der Abfrage und den Variablen dieses Panels erstellen</translation>
    </message>
</context>
<context>
    <name>hearth::app::PngFile</name>
    <message>
        <source>Cannot encode the image for %1 as PNG.</source>
        <translation>Das Bild für %1 lässt sich nicht als PNG kodieren.</translation>
    </message>
</context>
<context>
    <name>hearth::app::ReceiverController</name>
    <message>
        <source>Receiver status</source>
        <translation>Empfängerstatus</translation>
    </message>
    <message>
        <source>Receiver off</source>
        <translation>Empfänger aus</translation>
    </message>
    <message>
        <source>Turn it on in Settings → Local OTLP receiver.</source>
        <translation>Einschalten unter Einstellungen → Lokaler OTLP-Empfänger.</translation>
    </message>
    <message>
        <source>Receiver off: no token</source>
        <translation>Empfänger aus: kein Token</translation>
    </message>
    <message>
        <source>Receiver off (read-only store)</source>
        <translation>Empfänger aus (schreibgeschützter Speicher)</translation>
    </message>
    <message>
        <source>Receiver stopped</source>
        <translation>Empfänger gestoppt</translation>
    </message>
    <message>
        <source>⚠ Receiver not listening</source>
        <translation>⚠ Empfänger lauscht nicht</translation>
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
        <translation>● %1 — %2 Zeilen/s</translation>
    </message>
</context>
<context>
    <name>hearth::app::ResultChart</name>
    <message>
        <source>Chart:</source>
        <translation>Diagramm:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Balken</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Fläche</translation>
    </message>
    <message>
        <source>Nothing to chart: the result needs a time or text column and a numeric column.</source>
        <translation>Nichts darzustellen: Das Ergebnis braucht eine Zeit- oder Textspalte und eine numerische Spalte.</translation>
    </message>
</context>
<context>
    <name>hearth::app::SettingsPage</name>
    <message>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Einstellungen&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Local store</source>
        <translation>Lokaler Speicher</translation>
    </message>
    <message>
        <source>Open Another Store…</source>
        <translation>Anderen Speicher öffnen…</translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation>Speicher öffnen</translation>
    </message>
    <message>
        <source>Hearth stores (*.hearth *.db *.sqlite);;All files (*)</source>
        <translation>Hearth-Speicher (*.hearth *.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open store</source>
        <translation>Speicher kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Disk usage:</source>
        <translation>Speicherplatz:</translation>
    </message>
    <message>
        <source>Keep forever</source>
        <translation>Unbegrenzt behalten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Keep records for</source>
        <translation>Einträge behalten für</translation>
    </message>
    <message>
        <source>Keep records for:</source>
        <translation>Einträge behalten für:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Maximum store size</source>
        <translation>Maximale Speichergröße</translation>
    </message>
    <message>
        <source>Maximum size:</source>
        <translation>Maximale Größe:</translation>
    </message>
    <message>
        <source>Apply Retention Now</source>
        <translation>Aufbewahrung jetzt anwenden</translation>
    </message>
    <message>
        <source>Vacuum</source>
        <translation>Vacuum</translation>
    </message>
    <message>
        <source>Rebuild the file to give free space back to the disk.</source>
        <translation>Datei neu aufbauen, um freien Platz an die Festplatte zurückzugeben.</translation>
    </message>
    <message>
        <source>Local OTLP receiver</source>
        <translation>Lokaler OTLP-Empfänger</translation>
    </message>
    <message>
        <source>Receive telemetry while Hearth runs</source>
        <translation>Telemetrie empfangen, solange Hearth läuft</translation>
    </message>
    <message>
        <source>OTLP HTTP port</source>
        <translation>OTLP-HTTP-Port</translation>
    </message>
    <message>
        <source>HTTP port (127.0.0.1):</source>
        <translation>HTTP-Port (127.0.0.1):</translation>
    </message>
    <message>
        <source>OTLP gRPC port</source>
        <translation>OTLP-gRPC-Port</translation>
    </message>
    <message>
        <source>gRPC port (127.0.0.1):</source>
        <translation>gRPC-Port (127.0.0.1):</translation>
    </message>
    <message>
        <source>Require an Authorization token</source>
        <translation>Authorization-Token verlangen</translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation>im System-Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Receiver token</source>
        <translation>Empfänger-Token</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Point SDKs at &lt;code&gt;OTEL_EXPORTER_OTLP_ENDPOINT=http://localhost:%1&lt;/code&gt;</source>
        <translation>SDKs auf &lt;code&gt;OTEL_EXPORTER_OTLP_ENDPOINT=http://localhost:%1&lt;/code&gt; richten</translation>
    </message>
    <message>
        <source>Token kept for this session</source>
        <translation>Token für diese Sitzung gespeichert</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Add Logfire Connection…</source>
        <translation>Logfire-Verbindung hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Use for Views</source>
        <translation>Für Ansichten verwenden</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Design:</translation>
    </message>
    <message>
        <source>The language changes when Hearth restarts.</source>
        <translation>Die Sprache ändert sich nach einem Neustart von Hearth.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>Kein Speicher geöffnet</translation>
    </message>
    <message>
        <source>%1 (%2 in the write-ahead log, %3 free inside the file)</source>
        <translation>%1 (%2 im Write-Ahead-Log, %3 frei in der Datei)</translation>
    </message>
    <message>
        <source>Vacuuming…</source>
        <translation>Vacuum läuft…</translation>
    </message>
    <message>
        <source>Applying retention…</source>
        <translation>Wende Aufbewahrung an…</translation>
    </message>
    <message>
        <source>Removed %1 records and %2 metric points.</source>
        <translation>%1 Einträge und %2 Metrikpunkte entfernt.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>  (in use)</source>
        <translation>  (in Verwendung)</translation>
    </message>
    <message>
        <source>No keychain service is available: the token is kept for this session only and asked again next time.</source>
        <translation>Kein Schlüsselbund-Dienst verfügbar: Das Token gilt nur für diese Sitzung und wird beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove the connection “%1” and its stored token?</source>
        <translation>Die Verbindung „%1“ und ihr gespeichertes Token entfernen?</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Views query the local store, or a Logfire project through its query API. Read tokens are kept in the system keychain, never in settings files; without a keychain, as chosen below.</source>
        <translation>Ansichten fragen den lokalen Speicher oder ein Logfire-Projekt über dessen Abfrage-API ab. Lese-Tokens liegen im System-Schlüsselbund, nie in Einstellungsdateien; ohne Schlüsselbund wie unten gewählt.</translation>
    </message>
    <message>
        <source>No keychain service is available: the token is stored in the passphrase-protected token file.</source>
        <translation>Kein Schlüsselbunddienst verfügbar: Das Token liegt in der passphrasengeschützten Token-Datei.</translation>
    </message>
</context>
<context>
    <name>hearth::app::ShortcutsDialog</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>SQL Editor</source>
        <translation>SQL-Editor</translation>
    </message>
</context>
<context>
    <name>hearth::app::SqlEditor</name>
    <message>
        <source>SQL editor. Tab indents and Shift+Tab unindents the selected lines; Ctrl+Tab and Ctrl+Shift+Tab move the focus out of the editor. Ctrl+Enter runs the query, Ctrl+Space completes.</source>
        <translation>SQL-Editor. Tab rückt die ausgewählten Zeilen ein, Umschalt+Tab rückt sie aus; Strg+Tab und Strg+Umschalt+Tab verlassen den Editor. Strg+Eingabe führt die Abfrage aus, Strg+Leertaste vervollständigt.</translation>
    </message>
    <message>
        <source>Indent the line or the selected lines</source>
        <translation>Zeile oder ausgewählte Zeilen einrücken</translation>
    </message>
    <message>
        <source>Unindent the line or the selected lines</source>
        <translation>Zeile oder ausgewählte Zeilen ausrücken</translation>
    </message>
    <message>
        <source>Move the focus out of the editor</source>
        <translation>Fokus aus dem Editor bewegen</translation>
    </message>
    <message>
        <source>Move the focus out of the editor, backwards</source>
        <translation>Fokus rückwärts aus dem Editor bewegen</translation>
    </message>
    <message>
        <source>Complete the word</source>
        <translation>Wort vervollständigen</translation>
    </message>
</context>
<context>
    <name>hearth::app::TokenStorageWidget</name>
    <message>
        <source>Tokens are kept in:</source>
        <translation>Tokens liegen in:</translation>
    </message>
    <message>
        <source>Without a keychain</source>
        <translation>Ohne Schlüsselbund</translation>
    </message>
    <message>
        <source>Ask when a token is needed</source>
        <translation>Fragen, wenn ein Token gebraucht wird</translation>
    </message>
    <message>
        <source>Encrypt tokens in a file protected by a passphrase</source>
        <translation>Tokens in einer passphrasengeschützten Datei verschlüsseln</translation>
    </message>
    <message>
        <source>Type the token each session</source>
        <translation>Token in jeder Sitzung eingeben</translation>
    </message>
    <message>
        <source>Without a keychain:</source>
        <translation>Ohne Schlüsselbund:</translation>
    </message>
    <message>
        <source>Change Passphrase…</source>
        <translation>Passphrase ändern…</translation>
    </message>
    <message>
        <source>Forget Token File…</source>
        <translation>Token-Datei vergessen…</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>dem System-Schlüsselbund</translation>
    </message>
    <message>
        <source>an encrypted file, unlocked for this session</source>
        <translation>einer verschlüsselten Datei, für diese Sitzung entsperrt</translation>
    </message>
    <message>
        <source>an encrypted file, locked (the passphrase is asked when a token is needed)</source>
        <translation>einer verschlüsselten Datei, gesperrt (die Passphrase wird abgefragt, wenn ein Token gebraucht wird)</translation>
    </message>
    <message>
        <source>an encrypted file, created when the first token is saved</source>
        <translation>einer verschlüsselten Datei, die beim Speichern des ersten Tokens angelegt wird</translation>
    </message>
    <message>
        <source>memory only: no keychain is available, tokens are typed each session</source>
        <translation>nur im Speicher: kein Schlüsselbund verfügbar, Tokens werden in jeder Sitzung eingegeben</translation>
    </message>
    <message>
        <source>memory only for now: no keychain is available</source>
        <translation>vorerst nur im Speicher: kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Entsperren…</translation>
    </message>
    <message>
        <source>Forget Token File</source>
        <translation>Token-Datei vergessen</translation>
    </message>
    <message>
        <source>Delete the encrypted token file? Every token stored in it is lost and must be entered again.</source>
        <translation>Die verschlüsselte Token-Datei löschen? Alle darin gespeicherten Tokens gehen verloren und müssen erneut eingegeben werden.</translation>
    </message>
</context>
<context>
    <name>hearth::app::TracePage</name>
    <message>
        <source>Paste a trace id…</source>
        <translation>Trace-ID einfügen…</translation>
    </message>
    <message>
        <source>Search in trace (Ctrl+F)</source>
        <translation>Im Trace suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Show only spans of this service (and their ancestors)</source>
        <translation>Nur Spans dieses Dienstes (und ihre Vorfahren) anzeigen</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Level</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <source>Warnings and above</source>
        <translation>Warnungen und höher</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>Nachrichten filtern</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Kritischer Pfad</translation>
    </message>
    <message>
        <source>Highlight what the trace&apos;s latency waited on</source>
        <translation>Hervorheben, worauf die Latenz des Traces gewartet hat</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Zoom to the whole trace (F, Esc)</source>
        <translation>Auf den ganzen Trace zoomen (F, Esc)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoomen</translation>
    </message>
    <message>
        <source>Zoom to the selected span (Enter)</source>
        <translation>Auf den ausgewählten Span zoomen (Eingabe)</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Alle ausklappen</translation>
    </message>
    <message>
        <source>Unfold every span</source>
        <translation>Alle Spans aufklappen</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Alle einklappen</translation>
    </message>
    <message>
        <source>Fold every span</source>
        <translation>Alle Spans zuklappen</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Kein Speicher geöffnet.</translation>
    </message>
    <message>
        <source>Enter a trace id (32 hexadecimal digits).</source>
        <translation>Geben Sie eine Trace-ID ein (32 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>Loading trace %1…</source>
        <translation>Lade Trace %1…</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <source> · opened in %L1 ms</source>
        <translation> · geöffnet in %L1 ms</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <source>1/%L1</source>
        <translation>1/%L1</translation>
    </message>
    <message>
        <source>Open a trace from the Live view or Explore, or paste a trace id.</source>
        <translation>Öffnen Sie einen Trace aus Live oder Erkunden, oder fügen Sie eine Trace-ID ein.</translation>
    </message>
    <message>
        <source>%L1/%L2</source>
        <translation>%L1/%L2</translation>
    </message>
    <message>
        <source>Trace %1 · %L2 spans · %3 · %L4 rows shown</source>
        <translation>Trace %1 · %L2 Spans · %3 · %L4 Zeilen angezeigt</translation>
    </message>
    <message>
        <source> · LLM ∑ ↗%L1 ↙%L2 tokens, $%3 over %L4 requests</source>
        <translation> · LLM ∑ ↗%L1 ↙%L2 Token, $%3 über %L4 Anfragen</translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation>Trace-ID</translation>
    </message>
    <message>
        <source>Search in the trace</source>
        <translation>Im Trace suchen</translation>
    </message>
</context>
<context>
    <name>hearth::app::TraceView</name>
    <message>
        <source>%L1 hidden descendants</source>
        <translation>%L1 ausgeblendete Nachfahren</translation>
    </message>
    <message numerus="yes">
        <source>LLM tokens ↗%L1 ↙%L2 · $%3 (%n request(s))</source>
        <translation>
            <numerusform>LLM-Token ↗%L1 ↙%L2 · $%3 (%n Anfrage)</numerusform>
            <numerusform>LLM-Token ↗%L1 ↙%L2 · $%3 (%n Anfragen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Trace waterfall</source>
        <translation>Trace-Wasserfall</translation>
    </message>
    <message>
        <source>Up and Down move between spans, Right and Left expand and collapse, Enter opens the details, + and - zoom, F fits.</source>
        <translation>Auf und Ab wechseln zwischen Spans, Rechts und Links klappen auf und zu, Eingabe öffnet die Details, + und - zoomen, F passt ein.</translation>
    </message>
</context>
<context>
    <name>hearth::app::TrayNotifier</name>
    <message>
        <source>Hearth alerts</source>
        <translation>Hearth-Alarme</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Diese Arbeitsumgebung hat keinen Systemabschnitt.</translation>
    </message>
    <message>
        <source>Hearth alert: %1</source>
        <translation>Hearth-Alarm: %1</translation>
    </message>
</context>
<context>
    <name>hearth::app::ValuesWidget</name>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
</context>
<context>
    <name>hearth::app::VaultPassphraseDialog</name>
    <message>
        <source>Unlock Tokens</source>
        <translation>Tokens entsperren</translation>
    </message>
    <message>
        <source>Enter the passphrase of your token file</source>
        <translation>Geben Sie die Passphrase Ihrer Token-Datei ein</translation>
    </message>
    <message>
        <source>Logfire tokens are kept in an encrypted file. Hearth needs the passphrase once per session and keeps it only in memory.</source>
        <translation>Logfire-Tokens liegen in einer verschlüsselten Datei. Hearth braucht die Passphrase einmal pro Sitzung und hält sie nur im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Protect Tokens with a Passphrase</source>
        <translation>Tokens mit einer Passphrase schützen</translation>
    </message>
    <message>
        <source>Choose a passphrase for your token file</source>
        <translation>Wählen Sie eine Passphrase für Ihre Token-Datei</translation>
    </message>
    <message>
        <source>Tokens are encrypted with this passphrase. Hearth asks for it once per session and cannot recover it: if it is lost, the tokens must be entered again.</source>
        <translation>Tokens werden mit dieser Passphrase verschlüsselt. Hearth fragt einmal pro Sitzung danach und kann sie nicht wiederherstellen: Geht sie verloren, müssen die Tokens erneut eingegeben werden.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Change Token Passphrase</source>
        <translation>Token-Passphrase ändern</translation>
    </message>
    <message>
        <source>Change the passphrase of your token file</source>
        <translation>Ändern Sie die Passphrase Ihrer Token-Datei</translation>
    </message>
    <message>
        <source>Every stored token is encrypted again under the new passphrase.</source>
        <translation>Alle gespeicherten Tokens werden mit der neuen Passphrase neu verschlüsselt.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Akt&amp;uelle Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Use at least %1 characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Mindestens %1 Zeichen; einige unzusammenhängende Wörter sind leicht zu merken und schwer zu erraten.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Passphrase wird geprüft…</translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation>Wird verschlüsselt…</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Die Passphrase braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
    <message>
        <source>Settings → Connections → Forget Token File… deletes it; the tokens are then entered again.</source>
        <translation>Einstellungen → Verbindungen → Token-Datei vergessen… löscht sie; die Tokens werden dann erneut eingegeben.</translation>
    </message>
</context>
<context>
    <name>hearth::cli::Alerts</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>imported %1 alert(s): %2 new, %3 updated</source>
        <translation>%1 Alarm(e) importiert: %2 neu, %3 aktualisiert</translation>
    </message>
    <message>
        <source>exported %1 alert(s) to %2</source>
        <translation>%1 Alarm(e) nach %2 exportiert</translation>
    </message>
    <message>
        <source>no alert named &quot;%1&quot;</source>
        <translation>kein Alarm namens „%1“</translation>
    </message>
    <message>
        <source>Manage alert rules.
  list                 rules with their last state
  import FILE          add or update rules (by name) from JSON (Logfire&apos;s alert fields)
  export [FILE]        write every rule as JSON (stdout without FILE)
  run-once [--name N]  evaluate active rules (or the named one) now, record and notify</source>
        <translation>Alarmregeln verwalten.
  list                 Regeln mit ihrem letzten Zustand
  import FILE          Regeln (nach Name) aus JSON hinzufügen oder aktualisieren (Logfires Alarmfelder)
  export [FILE]        alle Regeln als JSON schreiben (ohne FILE auf stdout)
  run-once [--name N]  aktive Regeln (oder die genannte) jetzt auswerten, erfassen und benachrichtigen</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>Die Speicherdatei.</translation>
    </message>
    <message>
        <source>run-once: only this rule.</source>
        <translation>run-once: nur diese Regel.</translation>
    </message>
    <message>
        <source>list, import, export or run-once</source>
        <translation>list, import, export oder run-once</translation>
    </message>
    <message>
        <source>expected one of list, import, export, run-once</source>
        <translation>erwartet wird eines von list, import, export, run-once</translation>
    </message>
    <message>
        <source> (got &quot;%1&quot;)</source>
        <translation> (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>which file? (hearth-cli alerts import FILE)</source>
        <translation>welche Datei? (hearth-cli alerts import FILE)</translation>
    </message>
    <message>
        <source>A Logfire connection alert rules may name (repeatable). URL is the query API base URL, or us / eu; the read token comes from $HEARTH_READ_TOKEN_&lt;NAME&gt;, else $LOGFIRE_READ_TOKEN.</source>
        <translation>Eine Logfire-Verbindung, die Alarmregeln nennen dürfen (wiederholbar). URL ist die Basis-URL der Abfrage-API oder us / eu; das Lese-Token kommt aus $HEARTH_READ_TOKEN_&lt;NAME&gt;, sonst aus $LOGFIRE_READ_TOKEN.</translation>
    </message>
    <message>
        <source>set %1 in the environment of this process</source>
        <translation>setzen Sie %1 in der Umgebung dieses Prozesses</translation>
    </message>
    <message>
        <source>--alerts-connection needs NAME=URL, got &apos;%1&apos;</source>
        <translation>--alerts-connection braucht NAME=URL, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--alerts-connection: &apos;local&apos; names the store itself</source>
        <translation>--alerts-connection: „local“ bezeichnet den Speicher selbst</translation>
    </message>
    <message>
        <source>set %1 (or LOGFIRE_READ_TOKEN) in the environment of this process</source>
        <translation>setzen Sie %1 (oder LOGFIRE_READ_TOKEN) in der Umgebung dieses Prozesses</translation>
    </message>
    <message>
        <source> (only the Hearth app reads the keychain)</source>
        <translation> (nur die Hearth-App liest den Schlüsselbund)</translation>
    </message>
</context>
<context>
    <name>hearth::cli::Commands</name>
    <message>
        <source>Alert rules: list, import, export, run-once</source>
        <translation>Alarmregeln: list, import, export, run-once</translation>
    </message>
    <message>
        <source>Write deterministic demo data (agents, LLM calls, logs, metrics)</source>
        <translation>Deterministische Demodaten schreiben (Agenten, LLM-Aufrufe, Logs, Metriken)</translation>
    </message>
    <message>
        <source>Export a query, a trace or a time window (CSV, JSON, NDJSON, case file)</source>
        <translation>Eine Abfrage, einen Trace oder ein Zeitfenster exportieren (CSV, JSON, NDJSON, Falldatei)</translation>
    </message>
    <message>
        <source>Import Logfire exports (JSON, NDJSON, CSV) and OTLP files into a store</source>
        <translation>Logfire-Exporte (JSON, NDJSON, CSV) und OTLP-Dateien in einen Speicher importieren</translation>
    </message>
    <message>
        <source>Print what a store holds (records, metrics, schema version)</source>
        <translation>Inhalt eines Speichers ausgeben (Einträge, Metriken, Schemaversion)</translation>
    </message>
    <message>
        <source>Pin traces and spans and attach notes (list, pin, note, unpin, rm)</source>
        <translation>Traces und Spans anheften und Notizen anhängen (list, pin, note, unpin, rm)</translation>
    </message>
    <message>
        <source>Run Logfire SQL on a store or a query API (json, csv or table)</source>
        <translation>Logfire-SQL auf einem Speicher oder einer Abfrage-API ausführen (json, csv oder table)</translation>
    </message>
    <message>
        <source>Render a dashboard to PNG (--db, --dashboard, --out, --since/--from/--to, --var)</source>
        <translation>Ein Dashboard als PNG rendern (--db, --dashboard, --out, --since/--from/--to, --var)</translation>
    </message>
    <message>
        <source>Draw a trace&apos;s waterfall to a PNG (headless)</source>
        <translation>Den Wasserfall eines Traces als PNG zeichnen (ohne Oberfläche)</translation>
    </message>
    <message>
        <source>Run the OTLP receiver (and optional query API) headless</source>
        <translation>Den OTLP-Empfänger (und optional die Abfrage-API) ohne Oberfläche betreiben</translation>
    </message>
</context>
<context>
    <name>hearth::cli::Demo</name>
    <message>
        <source>The store file (created if missing).</source>
        <translation>Die Speicherdatei (wird angelegt, falls sie fehlt).</translation>
    </message>
    <message>
        <source>Number of traces (default 300).</source>
        <translation>Anzahl der Traces (Standard 300).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Zufalls-Seed (Standard 1).</translation>
    </message>
    <message>
        <source>Days of history ending at the end time (default 7).</source>
        <translation>Tage Verlauf bis zum Endzeitpunkt (Standard 7).</translation>
    </message>
    <message>
        <source>End time, RFC 3339 or microseconds since the epoch (default now). Same seed and end, same rows.</source>
        <translation>Endzeitpunkt, RFC 3339 oder Mikrosekunden seit der Epoche (Standard: jetzt). Gleicher Seed und gleiches Ende ergeben dieselben Zeilen.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--traces must be a whole number from 0 to 50000000, not &apos;%1&apos;</source>
        <translation>--traces muss eine ganze Zahl von 0 bis 50000000 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number, not &apos;%1&apos;</source>
        <translation>--seed muss eine nicht negative ganze Zahl sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--days must be a whole number from 1 to 366, not &apos;%1&apos;</source>
        <translation>--days muss eine ganze Zahl von 1 bis 366 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--end must be an RFC 3339 time (2026-11-28T04:00:00Z) or microseconds since the epoch, not &apos;%1&apos;</source>
        <translation>--end muss eine RFC-3339-Zeit (2026-11-28T04:00:00Z) oder Mikrosekunden seit der Epoche sein, nicht „%1“</translation>
    </message>
    <message>
        <source>Demo data with seed %1, %2 traces and %3 days ending %4 is already in %5; nothing written.</source>
        <translation>Demodaten mit Seed %1, %2 Traces und %3 Tagen bis %4 sind bereits in %5; nichts geschrieben.</translation>
    </message>
    <message>
        <source>Wrote demo data to %1 (seed %2, %3 days from %4 to %5)</source>
        <translation>Demodaten nach %1 geschrieben (Seed %2, %3 Tage von %4 bis %5)</translation>
    </message>
</context>
<context>
    <name>hearth::cli::Export</name>
    <message>
        <source>Export a query result, one trace or a time window as CSV, Logfire v2 JSON or NDJSON, or as a case file (.hearth) that another Hearth opens read-only.</source>
        <translation>Ein Abfrageergebnis, einen Trace oder ein Zeitfenster als CSV, Logfire-v2-JSON oder NDJSON exportieren, oder als Falldatei (.hearth), die ein anderes Hearth schreibgeschützt öffnet.</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>Die Speicherdatei.</translation>
    </message>
    <message>
        <source>A query (Logfire SQL).</source>
        <translation>Eine Abfrage (Logfire-SQL).</translation>
    </message>
    <message>
        <source>A trace id (repeatable).</source>
        <translation>Eine Trace-ID (wiederholbar).</translation>
    </message>
    <message>
        <source>A time window ending now, e.g. 24h, 7d.</source>
        <translation>Ein Zeitfenster bis jetzt, z. B. 24h, 7d.</translation>
    </message>
    <message>
        <source>With --since: export metric points, not records.</source>
        <translation>Mit --since: Metrikpunkte statt Einträgen exportieren.</translation>
    </message>
    <message>
        <source>With --sql: at most this many rows (default 1000000).</source>
        <translation>Mit --sql: höchstens so viele Zeilen (Standard 1000000).</translation>
    </message>
    <message>
        <source>The output file.</source>
        <translation>Die Ausgabedatei.</translation>
    </message>
    <message>
        <source>csv, json, ndjson or case (default: from the extension; .hearth = case).</source>
        <translation>csv, json, ndjson oder case (Standard: nach der Endung; .hearth = case).</translation>
    </message>
    <message>
        <source>Case file title.</source>
        <translation>Titel der Falldatei.</translation>
    </message>
    <message>
        <source>give --out PATH and exactly one of --sql, --trace, --since.</source>
        <translation>geben Sie --out PATH und genau eines von --sql, --trace, --since an.</translation>
    </message>
    <message>
        <source>cannot tell the format of &apos;%1&apos;; use .csv, .json, .ndjson or .hearth, or --format.</source>
        <translation>das Format von „%1“ ist nicht erkennbar; verwenden Sie .csv, .json, .ndjson oder .hearth, oder --format.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration (e.g. 30m, 24h, 7d).</source>
        <translation>„%1“ ist keine Dauer (z. B. 30m, 24h, 7d).</translation>
    </message>
    <message>
        <source>a case file from --sql needs a trace_id column in the result (the case holds whole traces).</source>
        <translation>eine Falldatei aus --sql braucht eine Spalte trace_id im Ergebnis (der Fall enthält ganze Traces).</translation>
    </message>
    <message>
        <source>the result was cut at --limit %1 rows.</source>
        <translation>das Ergebnis wurde bei --limit %1 Zeilen abgeschnitten.</translation>
    </message>
    <message>
        <source>one --trace per file (a case file takes several).</source>
        <translation>ein --trace pro Datei (eine Falldatei nimmt mehrere).</translation>
    </message>
    <message>
        <source>no records of trace %1 in %2.</source>
        <translation>keine Einträge von Trace %1 in %2.</translation>
    </message>
</context>
<context>
    <name>hearth::cli::Import</name>
    <message>
        <source>The store file.</source>
        <translation>Die Speicherdatei.</translation>
    </message>
    <message>
        <source>Skip malformed lines/rows (reported) instead of stopping.</source>
        <translation>Fehlerhafte Zeilen überspringen (und melden), statt abzubrechen.</translation>
    </message>
    <message>
        <source>Force the format: json, ndjson, csv, otlp-json, otlp-pb.</source>
        <translation>Format erzwingen: json, ndjson, csv, otlp-json, otlp-pb.</translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation>Kein Fortschritt auf stderr.</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>Zu importierende Dateien.</translation>
    </message>
    <message>
        <source>name at least one file to import.</source>
        <translation>nennen Sie mindestens eine Datei zum Importieren.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (json, ndjson, csv, otlp-json, otlp-pb).</source>
        <translation>unbekanntes Format „%1“ (json, ndjson, csv, otlp-json, otlp-pb).</translation>
    </message>
    <message>
        <source>importing: %1%</source>
        <translation>importiere: %1 %</translation>
    </message>
    <message>
        <source>Import Logfire query results (v2 JSON, NDJSON, CSV, v1 JSON) and OTLP files (.json, .pb, Collector JSON lines) into a store. A failed or stopped import leaves nothing behind; rows already in the store are not duplicated.</source>
        <translation>Logfire-Abfrageergebnisse (v2 JSON, NDJSON, CSV, v1 JSON) und OTLP-Dateien (.json, .pb, Collector-JSON-Zeilen) in einen Speicher importieren. Ein fehlgeschlagener oder abgebrochener Import hinterlässt nichts; Zeilen, die schon im Speicher sind, werden nicht dupliziert.</translation>
    </message>
</context>
<context>
    <name>hearth::cli::Info</name>
    <message>
        <source>Print what a store holds.</source>
        <translation>Inhalt eines Speichers ausgeben.</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>Die Speicherdatei.</translation>
    </message>
</context>
<context>
    <name>hearth::cli::Main</name>
    <message>
        <source>Usage: hearth-cli &lt;command&gt; [options]</source>
        <translation>Aufruf: hearth-cli &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Hearth&apos;s command line: the embedded OTLP receiver, queries, demo data, import and export.</source>
        <translation>Die Kommandozeile von Hearth: eingebetteter OTLP-Empfänger, Abfragen, Demodaten, Import und Export.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;hearth-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>„hearth-cli &lt;Befehl&gt; --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>Version ausgeben</translation>
    </message>
    <message>
        <source>hearth-cli: unknown command &apos;%1&apos;</source>
        <translation>hearth-cli: unbekannter Befehl „%1“</translation>
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
        <translation>Angeheftete Elemente und Notizen zu Traces und Spans.
  notes list                      angeheftete Elemente und Notizen
  notes pin TRACE [SPAN] [--note TEXT]
  notes note ID TEXT              die Notiz eines Elements setzen
  notes unpin ID | notes rm ID</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>Die Speicherdatei.</translation>
    </message>
    <message>
        <source>Note text for pin.</source>
        <translation>Notiztext für pin.</translation>
    </message>
    <message>
        <source>list, pin, note, unpin, rm</source>
        <translation>list, pin, note, unpin, rm</translation>
    </message>
    <message>
        <source>unknown or incomplete action; see --help.</source>
        <translation>unbekannte oder unvollständige Aktion; siehe --help.</translation>
    </message>
</context>
<context>
    <name>hearth::cli::Query</name>
    <message>
        <source>Run Logfire SQL on a local store or on Logfire&apos;s query API (or a hearth-cli serve --query-api).</source>
        <translation>Logfire-SQL auf einem lokalen Speicher oder auf Logfires Abfrage-API (oder einem hearth-cli serve --query-api) ausführen.</translation>
    </message>
    <message>
        <source>A local store file.</source>
        <translation>Eine lokale Speicherdatei.</translation>
    </message>
    <message>
        <source>A query API base URL (https://logfire-eu.pydantic.dev, or &apos;auto&apos; for the token&apos;s region).</source>
        <translation>Basis-URL einer Abfrage-API (https://logfire-eu.pydantic.dev, oder „auto“ für die Region des Tokens).</translation>
    </message>
    <message>
        <source>Read token for --remote (default: $LOGFIRE_READ_TOKEN).</source>
        <translation>Lese-Token für --remote (Standard: $LOGFIRE_READ_TOKEN).</translation>
    </message>
    <message>
        <source>The query.</source>
        <translation>Die Abfrage.</translation>
    </message>
    <message>
        <source>Only the last DURATION (24h, 7d, 15m).</source>
        <translation>Nur die letzte DURATION (24h, 7d, 15m).</translation>
    </message>
    <message>
        <source>Window start (RFC 3339).</source>
        <translation>Fensterbeginn (RFC 3339).</translation>
    </message>
    <message>
        <source>Window end (RFC 3339).</source>
        <translation>Fensterende (RFC 3339).</translation>
    </message>
    <message>
        <source>A variable for $NAME (repeat a name for a multi-value list).</source>
        <translation>Eine Variable für $NAME (Namen wiederholen für eine Liste mit mehreren Werten).</translation>
    </message>
    <message>
        <source>Row limit (default 10000).</source>
        <translation>Zeilenlimit (Standard 10000).</translation>
    </message>
    <message>
        <source>json (Logfire v2 shape), csv or table.</source>
        <translation>json (Logfire-v2-Form), csv oder table.</translation>
    </message>
    <message>
        <source>Seconds before the query is stopped.</source>
        <translation>Sekunden, bevor die Abfrage abgebrochen wird.</translation>
    </message>
    <message>
        <source>give exactly one of --db FILE or --remote URL</source>
        <translation>geben Sie genau eines von --db FILE oder --remote URL an</translation>
    </message>
    <message>
        <source>--sql is required</source>
        <translation>--sql ist erforderlich</translation>
    </message>
    <message>
        <source>--format must be json, csv or table</source>
        <translation>--format muss json, csv oder table sein</translation>
    </message>
    <message>
        <source>--limit must be a positive integer</source>
        <translation>--limit muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds</source>
        <translation>--timeout muss eine positive Anzahl Sekunden sein</translation>
    </message>
    <message>
        <source>use --since or --from/--to, not both</source>
        <translation>verwenden Sie --since oder --from/--to, nicht beides</translation>
    </message>
    <message>
        <source>cannot read --since &apos;%1&apos; (e.g. 24h, 7d, 15m)</source>
        <translation>--since „%1“ ist nicht lesbar (z. B. 24h, 7d, 15m)</translation>
    </message>
    <message>
        <source>cannot read --%1 &apos;%2&apos; as a timestamp</source>
        <translation>--%1 „%2“ ist als Zeitstempel nicht lesbar</translation>
    </message>
    <message>
        <source>--var needs NAME=VALUE, got &apos;%1&apos;</source>
        <translation>--var braucht NAME=VALUE, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--remote needs --token or $LOGFIRE_READ_TOKEN</source>
        <translation>--remote braucht --token oder $LOGFIRE_READ_TOKEN</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 ms</source>
        <translation>
            <numerusform>%n Zeile in %1 ms</numerusform>
            <numerusform>%n Zeilen in %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source> (truncated by the row limit)</source>
        <translation> (durch das Zeilenlimit abgeschnitten)</translation>
    </message>
</context>
<context>
    <name>hearth::cli::Render</name>
    <message>
        <source>Render a dashboard to a PNG file.</source>
        <translation>Ein Dashboard in eine PNG-Datei rendern.</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>Die Speicherdatei.</translation>
    </message>
    <message>
        <source>A standard dashboard (slug or name), a saved one (name) or a JSON file.</source>
        <translation>Ein Standard-Dashboard (Slug oder Name), ein gespeichertes (Name) oder eine JSON-Datei.</translation>
    </message>
    <message>
        <source>The PNG to write.</source>
        <translation>Die zu schreibende PNG-Datei.</translation>
    </message>
    <message>
        <source>Relative range, e.g. 24h, 7d (default: the dashboard&apos;s).</source>
        <translation>Relativer Zeitraum, z. B. 24h, 7d (Standard: der des Dashboards).</translation>
    </message>
    <message>
        <source>Range start (ISO 8601).</source>
        <translation>Beginn des Zeitraums (ISO 8601).</translation>
    </message>
    <message>
        <source>Range end (ISO 8601).</source>
        <translation>Ende des Zeitraums (ISO 8601).</translation>
    </message>
    <message>
        <source>A variable value (repeat; commas for several values).</source>
        <translation>Ein Variablenwert (wiederholbar; Kommas für mehrere Werte).</translation>
    </message>
    <message>
        <source>Override $resolution, e.g. &quot;1 hour&quot;.</source>
        <translation>$resolution überschreiben, z. B. „1 hour“.</translation>
    </message>
    <message>
        <source>Image width in pixels.</source>
        <translation>Bildbreite in Pixeln.</translation>
    </message>
    <message>
        <source>Image height in pixels.</source>
        <translation>Bildhöhe in Pixeln.</translation>
    </message>
    <message>
        <source>Seconds to wait for the panels.</source>
        <translation>Sekunden, die auf die Panels gewartet wird.</translation>
    </message>
    <message>
        <source>--dashboard and --out are required</source>
        <translation>--dashboard und --out sind erforderlich</translation>
    </message>
    <message>
        <source>--width/--height must be between 200x150 and 10000x10000</source>
        <translation>--width/--height müssen zwischen 200x150 und 10000x10000 liegen</translation>
    </message>
    <message>
        <source>no store at %1</source>
        <translation>kein Speicher unter %1</translation>
    </message>
    <message>
        <source>--var expects NAME=VALUE, got &quot;%1&quot;</source>
        <translation>--var erwartet NAME=VALUE, erhalten: „%1“</translation>
    </message>
    <message>
        <source>the dashboard has no variable &quot;%1&quot; (variables: %2)</source>
        <translation>das Dashboard hat keine Variable „%1“ (Variablen: %2)</translation>
    </message>
    <message>
        <source>--from/--to must be ISO 8601 timestamps with from &lt; to</source>
        <translation>--from/--to müssen ISO-8601-Zeitstempel mit from &lt; to sein</translation>
    </message>
    <message>
        <source>--since expects a duration like 24h or 7d</source>
        <translation>--since erwartet eine Dauer wie 24h oder 7d</translation>
    </message>
    <message>
        <source>rendered %1 to %2 (%3x%4, %5 ms)</source>
        <translation>%1 nach %2 gerendert (%3x%4, %5 ms)</translation>
    </message>
    <message>
        <source>panels still running after the timeout</source>
        <translation>Panels laufen nach Ablauf der Wartezeit noch</translation>
    </message>
    <message>
        <source>panel error: %1</source>
        <translation>Panel-Fehler: %1</translation>
    </message>
    <message>
        <source>%1 panel(s) failed</source>
        <translation>%1 Panel(s) fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>hearth::cli::RenderTrace</name>
    <message>
        <source>Draw the waterfall of one trace to a PNG (headless), with the painter the app uses.</source>
        <translation>Den Wasserfall eines Traces als PNG zeichnen (ohne Oberfläche), mit demselben Zeichner wie die App.</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>Die Speicherdatei.</translation>
    </message>
    <message>
        <source>Trace id (32 hex); default: the latest trace.</source>
        <translation>Trace-ID (32 Hex-Zeichen); Standard: der neueste Trace.</translation>
    </message>
    <message>
        <source>PNG file to write.</source>
        <translation>Zu schreibende PNG-Datei.</translation>
    </message>
    <message>
        <source>Image width in pixels (default 1600).</source>
        <translation>Bildbreite in Pixeln (Standard 1600).</translation>
    </message>
    <message>
        <source>Image height in pixels (default 900).</source>
        <translation>Bildhöhe in Pixeln (Standard 900).</translation>
    </message>
    <message>
        <source>Visible time range in ms from the trace start, e.g. 120:180.</source>
        <translation>Sichtbarer Zeitbereich in ms ab Trace-Beginn, z. B. 120:180.</translation>
    </message>
    <message>
        <source>Expand every span (default: huge traces open collapsed).</source>
        <translation>Alle Spans ausklappen (Standard: sehr große Traces öffnen eingeklappt).</translation>
    </message>
    <message>
        <source>Collapse every span.</source>
        <translation>Alle Spans einklappen.</translation>
    </message>
    <message>
        <source>Highlight the critical path.</source>
        <translation>Den kritischen Pfad hervorheben.</translation>
    </message>
    <message>
        <source>Highlight spans matching TEXT.</source>
        <translation>Spans hervorheben, die TEXT enthalten.</translation>
    </message>
    <message>
        <source>Select (and reveal) this span id.</source>
        <translation>Diese Span-ID auswählen (und sichtbar machen).</translation>
    </message>
    <message>
        <source>Scroll down this many rows.</source>
        <translation>So viele Zeilen nach unten scrollen.</translation>
    </message>
    <message>
        <source>--out FILE.png is required</source>
        <translation>--out FILE.png ist erforderlich</translation>
    </message>
    <message>
        <source>--width must be 200..16384 and --height 100..16384</source>
        <translation>--width muss 200..16384 und --height 100..16384 sein</translation>
    </message>
    <message>
        <source>the store holds no trace</source>
        <translation>der Speicher enthält keinen Trace</translation>
    </message>
    <message>
        <source>--view wants FROM:TO in milliseconds, FROM &lt; TO</source>
        <translation>--view erwartet FROM:TO in Millisekunden, FROM &lt; TO</translation>
    </message>
    <message>
        <source>no span %1 in this trace</source>
        <translation>kein Span %1 in diesem Trace</translation>
    </message>
    <message>
        <source>wrote %1 (%2x%3): %4 spans, %5 rows, loaded in %6 ms, painted in %7 ms</source>
        <translation>%1 geschrieben (%2x%3): %4 Spans, %5 Zeilen, geladen in %6 ms, gezeichnet in %7 ms</translation>
    </message>
</context>
<context>
    <name>hearth::cli::Serve</name>
    <message>
        <source>The store file (created if missing).</source>
        <translation>Die Speicherdatei (wird angelegt, falls sie fehlt).</translation>
    </message>
    <message>
        <source>nothing to serve (no receiver or API enabled)</source>
        <translation>nichts zu bedienen (weder Empfänger noch API aktiviert)</translation>
    </message>
    <message>
        <source>cannot set up signal handling</source>
        <translation>Signalbehandlung kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>shutting down</source>
        <translation>wird beendet</translation>
    </message>
</context>
<context>
    <name>hearth::cli::ServeAlerts</name>
    <message>
        <source>Evaluate alert rules even if the store has none yet (rules added later are picked up). On by default when the store has an active rule.</source>
        <translation>Alarmregeln auswerten, auch wenn der Speicher noch keine hat (später hinzugefügte Regeln werden übernommen). Standardmäßig an, wenn der Speicher eine aktive Regel hat.</translation>
    </message>
    <message>
        <source>Do not evaluate alert rules.</source>
        <translation>Keine Alarmregeln auswerten.</translation>
    </message>
    <message>
        <source>Alert rules evaluated at the same time (default 2).</source>
        <translation>Gleichzeitig ausgewertete Alarmregeln (Standard 2).</translation>
    </message>
    <message>
        <source>How often to look for due rules (default 1000).</source>
        <translation>Wie oft nach fälligen Regeln gesucht wird (Standard 1000).</translation>
    </message>
    <message>
        <source>--alerts-concurrency must be 1 to 64</source>
        <translation>--alerts-concurrency muss zwischen 1 und 64 liegen</translation>
    </message>
    <message>
        <source>--alerts-poll-ms must be at least 10</source>
        <translation>--alerts-poll-ms muss mindestens 10 sein</translation>
    </message>
    <message>
        <source>evaluating rules in %1</source>
        <translation>werte Regeln in %1 aus</translation>
    </message>
    <message>
        <source>rules are evaluated by %1</source>
        <translation>Regeln werden von %1 ausgewertet</translation>
    </message>
</context>
<context>
    <name>hearth::cli::ServeOtlp</name>
    <message>
        <source>--%1 expects HOST:PORT, got &apos;%2&apos;</source>
        <translation>--%1 erwartet HOST:PORT, erhalten: „%2“</translation>
    </message>
    <message>
        <source>Listen for OTLP/HTTP on HOST:PORT (port 0 picks a free one).</source>
        <translation>Auf HOST:PORT auf OTLP/HTTP lauschen (Port 0 wählt einen freien).</translation>
    </message>
    <message>
        <source>Listen for OTLP/gRPC on HOST:PORT.</source>
        <translation>Auf HOST:PORT auf OTLP/gRPC lauschen.</translation>
    </message>
    <message>
        <source>Do not start the OTLP/gRPC listener.</source>
        <translation>Den OTLP/gRPC-Listener nicht starten.</translation>
    </message>
    <message>
        <source>Require &apos;Authorization: Bearer T&apos; (or &apos;Authorization: T&apos;) on OTLP requests.</source>
        <translation>„Authorization: Bearer T“ (oder „Authorization: T“) bei OTLP-Anfragen verlangen.</translation>
    </message>
    <message>
        <source>Also send accepted OTLP payloads to this OTLP/HTTP base URL.</source>
        <translation>Angenommene OTLP-Nutzdaten zusätzlich an diese OTLP/HTTP-Basis-URL senden.</translation>
    </message>
    <message>
        <source>A header for --forward (repeatable), e.g. Authorization=TOKEN.</source>
        <translation>Ein Header für --forward (wiederholbar), z. B. Authorization=TOKEN.</translation>
    </message>
    <message>
        <source>Largest accepted OTLP request body in bytes, after decompression.</source>
        <translation>Größter angenommener OTLP-Anfragetext in Bytes, nach dem Entpacken.</translation>
    </message>
    <message>
        <source>Rows waiting for the store before requests get 503 + Retry-After.</source>
        <translation>Auf den Speicher wartende Zeilen, ab denen Anfragen 503 + Retry-After erhalten.</translation>
    </message>
    <message>
        <source>Do not start the OTLP receiver.</source>
        <translation>Den OTLP-Empfänger nicht starten.</translation>
    </message>
    <message>
        <source>--forward-header expects K=V, got &apos;%1&apos;</source>
        <translation>--forward-header erwartet K=V, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--otlp-max-body expects a byte count of at least 1024</source>
        <translation>--otlp-max-body erwartet eine Byteanzahl von mindestens 1024</translation>
    </message>
    <message>
        <source>--otlp-max-queued-rows expects a positive row count</source>
        <translation>--otlp-max-queued-rows erwartet eine positive Zeilenanzahl</translation>
    </message>
</context>
<context>
    <name>hearth::cli::ServeQueryApi</name>
    <message>
        <source>Serve Logfire&apos;s query API (/v2/query) on HOST:PORT, e.g. 127.0.0.1:8787.</source>
        <translation>Logfires Abfrage-API (/v2/query) auf HOST:PORT anbieten, z. B. 127.0.0.1:8787.</translation>
    </message>
    <message>
        <source>Token clients must send (Authorization: Bearer TOKEN); default $HEARTH_QUERY_TOKEN.</source>
        <translation>Token, das Clients senden müssen (Authorization: Bearer TOKEN); Standard $HEARTH_QUERY_TOKEN.</translation>
    </message>
    <message>
        <source>--query-api needs HOST:PORT, got &apos;%1&apos;</source>
        <translation>--query-api braucht HOST:PORT, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--query-api needs --query-token TOKEN (or $HEARTH_QUERY_TOKEN): the API is never open.</source>
        <translation>--query-api braucht --query-token TOKEN (oder $HEARTH_QUERY_TOKEN): Die API ist nie offen.</translation>
    </message>
    <message>
        <source>query-api: %1 served, %2 failed, %3 unauthorized</source>
        <translation>query-api: %1 beantwortet, %2 fehlgeschlagen, %3 nicht autorisiert</translation>
    </message>
</context>
<context>
    <name>hearth::core::AlertScheduler</name>
    <message>
        <source>no desktop in this process</source>
        <translation>kein Desktop in diesem Prozess</translation>
    </message>
    <message>
        <source>No query engine named &quot;%1&quot; is available.</source>
        <translation>Keine Abfrage-Engine namens „%1“ verfügbar.</translation>
    </message>
    <message>
        <source>alerts: %1 rules, %2 runs, %3 firing, %4 failed deliveries</source>
        <translation>alerts: %1 Regeln, %2 Läufe, %3 auslösend, %4 fehlgeschlagene Zustellungen</translation>
    </message>
</context>
<context>
    <name>hearth::core::Alerts</name>
    <message>
        <source>Alert rule %1 in the store is damaged: %2</source>
        <translation>Alarmregel %1 im Speicher ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 has no alert tables (open it with Hearth first): %2</source>
        <translation>%1 hat keine Alarmtabellen (zuerst mit Hearth öffnen): %2</translation>
    </message>
    <message>
        <source>No alert rule with id %1.</source>
        <translation>Keine Alarmregel mit ID %1.</translation>
    </message>
    <message>
        <source>channels[%1]</source>
        <translation>channels[%1]</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: Objekt erwartet</translation>
    </message>
    <message>
        <source>%1: unsupported channel type &quot;%2&quot; (webhook or desktop)</source>
        <translation>%1: nicht unterstützter Kanaltyp „%2“ (webhook oder desktop)</translation>
    </message>
    <message>
        <source>%1: a webhook needs a &quot;url&quot;</source>
        <translation>%1: ein Webhook braucht eine „url“</translation>
    </message>
    <message>
        <source>%1: unknown format &quot;%2&quot; (raw-data, slack or template)</source>
        <translation>%1: unbekanntes Format „%2“ (raw-data, slack oder template)</translation>
    </message>
    <message>
        <source>%1: &quot;headers&quot; must be an object</source>
        <translation>%1: „headers“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1: header &quot;%2&quot; must be text</source>
        <translation>%1: Header „%2“ muss Text sein</translation>
    </message>
    <message>
        <source>%1: the template format needs a &quot;template&quot; body</source>
        <translation>%1: das Format template braucht einen „template“-Text</translation>
    </message>
    <message>
        <source>any results</source>
        <translation>beliebige Ergebnisse</translation>
    </message>
    <message>
        <source>starts having results</source>
        <translation>beginnt, Ergebnisse zu liefern</translation>
    </message>
    <message>
        <source>starts or stops having results</source>
        <translation>beginnt oder hört auf, Ergebnisse zu liefern</translation>
    </message>
    <message>
        <source>the result data changes</source>
        <translation>die Ergebnisdaten ändern sich</translation>
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
        <translation>Der Alarm braucht einen Namen.</translation>
    </message>
    <message>
        <source>The alert &quot;%1&quot; needs a SQL query.</source>
        <translation>Der Alarm „%1“ braucht eine SQL-Abfrage.</translation>
    </message>
    <message>
        <source>The alert &quot;%1&quot;: the lookback window must be between 1 minute and 30 days (got %2).</source>
        <translation>Alarm „%1“: Das Rückblickfenster muss zwischen 1 Minute und 30 Tagen liegen (erhalten: %2).</translation>
    </message>
    <message>
        <source>The alert &quot;%1&quot;: the check interval must be between 1 minute and 24 hours (got %2).</source>
        <translation>Alarm „%1“: Das Prüfintervall muss zwischen 1 Minute und 24 Stunden liegen (erhalten: %2).</translation>
    </message>
    <message>
        <source>The alert &quot;%1&quot;: webhook URL &quot;%2&quot; is not an http(s) URL.</source>
        <translation>Alarm „%1“: Die Webhook-URL „%2“ ist keine http(s)-URL.</translation>
    </message>
    <message>
        <source>An alert must be a JSON object.</source>
        <translation>Ein Alarm muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;active&quot; must be true or false.</source>
        <translation>„active“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a duration (ISO-8601 like PT5M, or 5m).</source>
        <translation>„%1“: „%2“ ist keine Dauer (ISO-8601 wie PT5M, oder 5m).</translation>
    </message>
    <message>
        <source>&quot;environments&quot; must be a list of names.</source>
        <translation>„environments“ muss eine Liste von Namen sein.</translation>
    </message>
    <message>
        <source>&quot;notify_when&quot;: unknown mode &quot;%1&quot; (has_matches, starts_having_matches, has_matches_changed, matches_changed).</source>
        <translation>„notify_when“: unbekannter Modus „%1“ (has_matches, starts_having_matches, has_matches_changed, matches_changed).</translation>
    </message>
    <message>
        <source>&quot;hearth.variables&quot; must be an object of name: value.</source>
        <translation>„hearth.variables“ muss ein Objekt aus Name: Wert sein.</translation>
    </message>
    <message>
        <source>Variable &quot;%1&quot; must be text, a number, a boolean or a list of text.</source>
        <translation>Variable „%1“ muss Text, eine Zahl, ein Wahrheitswert oder eine Liste von Texten sein.</translation>
    </message>
    <message>
        <source>&quot;hearth.channels&quot; must be a list.</source>
        <translation>„hearth.channels“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>&quot;hearth.snoozed_until&quot; is not an ISO-8601 time.</source>
        <translation>„hearth.snoozed_until“ ist keine ISO-8601-Zeit.</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>Die Datei ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>Expected an alert object, a list of alerts or {&quot;alerts&quot;: [...]}.</source>
        <translation>Erwartet wird ein Alarmobjekt, eine Liste von Alarmen oder {&quot;alerts&quot;: [...]}.</translation>
    </message>
    <message>
        <source>Alert %1: %2</source>
        <translation>Alarm %1: %2</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>second</source>
        <translation>Sekunde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>Notifies on every check that returns rows</source>
        <translation>Benachrichtigt bei jeder Prüfung, die Zeilen liefert</translation>
    </message>
    <message>
        <source>Notifies when the query starts returning rows</source>
        <translation>Benachrichtigt, wenn die Abfrage beginnt, Zeilen zu liefern</translation>
    </message>
    <message>
        <source>Notifies when the query starts or stops returning rows</source>
        <translation>Benachrichtigt, wenn die Abfrage beginnt oder aufhört, Zeilen zu liefern</translation>
    </message>
    <message>
        <source>Notifies whenever the returned rows change</source>
        <translation>Benachrichtigt, sobald sich die gelieferten Zeilen ändern</translation>
    </message>
    <message>
        <source>%1, looking at the last %2 of data every %3</source>
        <translation>%1, betrachtet alle %3 die Daten der letzten %2</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> in %1</translation>
    </message>
    <message>
        <source> with %1</source>
        <translation> mit %1</translation>
    </message>
    <message>
        <source> No channels: runs are only recorded.</source>
        <translation> Keine Kanäle: Läufe werden nur erfasst.</translation>
    </message>
    <message>
        <source> Sends to %1.</source>
        <translation> Sendet an %1.</translation>
    </message>
    <message>
        <source> Inactive.</source>
        <translation> Inaktiv.</translation>
    </message>
    <message>
        <source>Panel alert</source>
        <translation>Panel-Alarm</translation>
    </message>
    <message>
        <source>Created from the dashboard panel &quot;%1&quot;.</source>
        <translation>Aus dem Dashboard-Panel „%1“ erstellt.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Flapping</source>
        <translation>Schwankend</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source> Define it in the alert&apos;s variables (built-ins: $__from, $__to, $__from_iso_string, $__to_iso_string, $__range, $__range_s, $__range_ms, $__envs).</source>
        <translation> Definieren Sie sie in den Variablen des Alarms (eingebaut: $__from, $__to, $__from_iso_string, $__to_iso_string, $__range, $__range_s, $__range_ms, $__envs).</translation>
    </message>
    <message>
        <source>Cannot initialise libcurl.</source>
        <translation>libcurl kann nicht initialisiert werden.</translation>
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
            <numerusform>%1: %2 (%n Zeile)</numerusform>
            <numerusform>%1: %2 (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>connection &apos;%1&apos; is not configured</source>
        <translation>Verbindung „%1“ ist nicht konfiguriert</translation>
    </message>
    <message>
        <source>no read token for &apos;%1&apos;</source>
        <translation>kein Lese-Token für „%1“</translation>
    </message>
    <message>
        <source>Local store</source>
        <translation>Lokaler Speicher</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> auf %1</translation>
    </message>
</context>
<context>
    <name>hearth::core::Connections</name>
    <message>
        <source>The token vault is locked.</source>
        <translation>Der Token-Tresor ist gesperrt.</translation>
    </message>
    <message>
        <source>The token vault stays locked: no token was read from it.</source>
        <translation>Der Token-Tresor bleibt gesperrt: Es wurde kein Token daraus gelesen.</translation>
    </message>
    <message>
        <source>The token vault %1 is damaged: it ends inside the %2 (byte %3). It may have been cut short.</source>
        <translation>Der Token-Tresor %1 ist beschädigt: Er endet innerhalb von „%2“ (Byte %3). Möglicherweise wurde er abgeschnitten.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Die Kryptografie-Bibliothek konnte nicht starten.</translation>
    </message>
    <message>
        <source>Not enough memory to hold the vault key.</source>
        <translation>Nicht genug Speicher für den Tresorschlüssel.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the vault key from the passphrase (%1 MiB needed).</source>
        <translation>Nicht genug Speicher, um den Tresorschlüssel aus der Passphrase abzuleiten (%1 MiB nötig).</translation>
    </message>
    <message>
        <source>A token vault already exists at %1.</source>
        <translation>Unter %1 gibt es bereits einen Token-Tresor.</translation>
    </message>
    <message>
        <source>The vault passphrase must not be empty.</source>
        <translation>Die Tresor-Passphrase darf nicht leer sein.</translation>
    </message>
    <message>
        <source>There is no token vault at %1.</source>
        <translation>Unter %1 gibt es keinen Token-Tresor.</translation>
    </message>
    <message>
        <source>Cannot read the token vault %1: %2.</source>
        <translation>Der Token-Tresor %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a token vault: it is far too large (%2 bytes).</source>
        <translation>%1 ist kein Token-Tresor: Die Datei ist viel zu groß (%2 Bytes).</translation>
    </message>
    <message>
        <source>%1 is not a Hearth token vault (unknown file signature).</source>
        <translation>%1 ist kein Hearth-Token-Tresor (unbekannte Dateisignatur).</translation>
    </message>
    <message>
        <source>format version</source>
        <translation>Formatversion</translation>
    </message>
    <message>
        <source>The token vault %1 has format version %2, but this version of Hearth reads only version %3.</source>
        <translation>Der Token-Tresor %1 hat Formatversion %2, diese Hearth-Version liest aber nur Version %3.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>The token vault %1 is damaged: its header (key settings, salt or passphrase check) does not match its checksum.</source>
        <translation>Der Token-Tresor %1 ist beschädigt: Sein Kopf (Schlüsseleinstellungen, Salt oder Passphrasenprüfung) passt nicht zu seiner Prüfsumme.</translation>
    </message>
    <message>
        <source>The token vault %1 asks for key derivation settings Hearth does not accept (algorithm %2, %3 passes, %4 KiB).</source>
        <translation>Der Token-Tresor %1 verlangt Schlüsselableitungs-Einstellungen, die Hearth nicht akzeptiert (Algorithmus %2, %3 Durchläufe, %4 KiB).</translation>
    </message>
    <message>
        <source>Wrong passphrase for the token vault.</source>
        <translation>Falsche Passphrase für den Token-Tresor.</translation>
    </message>
    <message>
        <source>entry count</source>
        <translation>Anzahl der Einträge</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>name of %1</source>
        <translation>Name von %1</translation>
    </message>
    <message>
        <source>sealed token of %1</source>
        <translation>versiegeltes Token von %1</translation>
    </message>
    <message>
        <source>The token vault %1 was tampered with: the entry “%2” appears twice.</source>
        <translation>Der Token-Tresor %1 wurde manipuliert: Der Eintrag „%2“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>integrity code</source>
        <translation>Integritätscode</translation>
    </message>
    <message>
        <source>The token vault %1 is damaged: %2 unexpected bytes follow its end.</source>
        <translation>Der Token-Tresor %1 ist beschädigt: Nach seinem Ende folgen %2 unerwartete Bytes.</translation>
    </message>
    <message>
        <source>The token vault %1 was tampered with: the entry “%2” does not authenticate (it was changed, or moved from another entry).</source>
        <translation>Der Token-Tresor %1 wurde manipuliert: Der Eintrag „%2“ lässt sich nicht authentifizieren (er wurde geändert oder aus einem anderen Eintrag verschoben).</translation>
    </message>
    <message>
        <source>The token vault %1 was tampered with: its list of entries was changed (an entry was added, removed or replaced).</source>
        <translation>Der Token-Tresor %1 wurde manipuliert: Seine Liste der Einträge wurde geändert (ein Eintrag wurde hinzugefügt, entfernt oder ersetzt).</translation>
    </message>
    <message>
        <source>Cannot delete the token vault %1: %2.</source>
        <translation>Der Token-Tresor %1 kann nicht gelöscht werden: %2.</translation>
    </message>
    <message>
        <source>No token is stored for this connection.</source>
        <translation>Für diese Verbindung ist kein Token gespeichert.</translation>
    </message>
    <message>
        <source>The vault entry “%1” does not authenticate.</source>
        <translation>Der Tresoreintrag „%1“ lässt sich nicht authentifizieren.</translation>
    </message>
    <message>
        <source>A vault entry name must have 1 to %1 bytes.</source>
        <translation>Der Name eines Tresoreintrags muss 1 bis %1 Bytes haben.</translation>
    </message>
    <message>
        <source>The token is too long to store.</source>
        <translation>Das Token ist zu lang zum Speichern.</translation>
    </message>
    <message>
        <source>Cannot write the token vault %1: %2. The previous vault file, if any, is unchanged.</source>
        <translation>Der Token-Tresor %1 kann nicht geschrieben werden: %2. Die bisherige Tresordatei, falls vorhanden, ist unverändert.</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>hearth::core::Dashboard</name>
    <message>
        <source>no time column for the x-axis: name one &quot;x&quot; (e.g. time_bucket($resolution, start_timestamp) AS x)</source>
        <translation>keine Zeitspalte für die x-Achse: nennen Sie eine „x“ (z. B. time_bucket($resolution, start_timestamp) AS x)</translation>
    </message>
    <message>
        <source>the dimension column &quot;%1&quot; is not in the result</source>
        <translation>die Dimensionsspalte „%1“ ist nicht im Ergebnis</translation>
    </message>
    <message>
        <source>the metric column &quot;%1&quot; is not in the result</source>
        <translation>die Metrikspalte „%1“ ist nicht im Ergebnis</translation>
    </message>
    <message>
        <source>no numeric column to plot</source>
        <translation>keine numerische Spalte zum Darstellen</translation>
    </message>
    <message>
        <source>no numeric column to chart</source>
        <translation>keine numerische Spalte für das Diagramm</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>expected &quot;TextVariable&quot; or &quot;ListVariable&quot;, found %1</source>
        <translation>„TextVariable“ oder „ListVariable“ erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>missing &quot;spec&quot;</source>
        <translation>„spec“ fehlt</translation>
    </message>
    <message>
        <source>a variable needs a name made of letters, digits and _</source>
        <translation>eine Variable braucht einen Namen aus Buchstaben, Ziffern und _</translation>
    </message>
    <message>
        <source>duplicate variable &quot;%1&quot;</source>
        <translation>doppelte Variable „%1“</translation>
    </message>
    <message>
        <source>a list variable needs a plugin with a kind</source>
        <translation>eine Listenvariable braucht ein Plugin mit einer Art (kind)</translation>
    </message>
    <message>
        <source>needs at least one capture group</source>
        <translation>braucht mindestens eine Erfassungsgruppe</translation>
    </message>
    <message>
        <source>missing or not an object</source>
        <translation>fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>missing panel kind</source>
        <translation>Panel-Art fehlt</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>Zeichenkette erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected an array of column names</source>
        <translation>Array von Spaltennamen erwartet</translation>
    </message>
    <message>
        <source>expected a non-negative integer</source>
        <translation>nicht negative ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>width and height must be at least 1</source>
        <translation>Breite und Höhe müssen mindestens 1 sein</translation>
    </message>
    <message>
        <source>x + width = %1 exceeds the %2-column grid</source>
        <translation>x + width = %1 überschreitet das Raster mit %2 Spalten</translation>
    </message>
    <message>
        <source>missing panel reference</source>
        <translation>Panel-Verweis fehlt</translation>
    </message>
    <message>
        <source>expected &quot;#/spec/panels/&lt;name&gt;&quot;, found &quot;%1&quot;</source>
        <translation>„#/spec/panels/&lt;name&gt;“ erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>no panel named &quot;%1&quot; in spec.panels</source>
        <translation>kein Panel namens „%1“ in spec.panels</translation>
    </message>
    <message>
        <source>New dashboard</source>
        <translation>Neues Dashboard</translation>
    </message>
    <message>
        <source>expected a JSON object, found %1</source>
        <translation>JSON-Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected &quot;Dashboard&quot;, found %1</source>
        <translation>„Dashboard“ erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>expected a duration like &quot;24h&quot;</source>
        <translation>Dauer wie „24h“ erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration like &quot;24h&quot;</source>
        <translation>„%1“ ist keine Dauer wie „24h“</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>ungültiges JSON</translation>
    </message>
    <message>
        <source>the store is open read-only</source>
        <translation>der Speicher ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>a dashboard named &quot;%1&quot; already exists</source>
        <translation>ein Dashboard namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <source> (copy %1)</source>
        <translation> (Kopie %1)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no dashboard named &quot;%1&quot; (known: %2)</source>
        <translation>kein Dashboard namens „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>no query engine</source>
        <translation>keine Abfrage-Engine</translation>
    </message>
    <message>
        <source>unterminated ${%1: missing }</source>
        <translation>${%1 nicht abgeschlossen: } fehlt</translation>
    </message>
    <message>
        <source>unknown variable $%1</source>
        <translation>unbekannte Variable $%1</translation>
    </message>
</context>
<context>
    <name>hearth::core::Demo</name>
    <message>
        <source>Demo data needs a non-negative trace count and at least one day.</source>
        <translation>Demodaten brauchen eine nicht negative Anzahl Traces und mindestens einen Tag.</translation>
    </message>
    <message>
        <source>Demo data cancelled.</source>
        <translation>Demodaten abgebrochen.</translation>
    </message>
    <message>
        <source>Could not record the demo run in &apos;%1&apos;.</source>
        <translation>Der Demolauf konnte in „%1“ nicht vermerkt werden.</translation>
    </message>
</context>
<context>
    <name>hearth::core::Files</name>
    <message>
        <source>Cannot write %1: %2. The previous file, if any, is unchanged.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Eine vorhandene frühere Datei ist unverändert.</translation>
    </message>
    <message>
        <source>cannot set its permissions</source>
        <translation>ihre Zugriffsrechte lassen sich nicht setzen</translation>
    </message>
    <message>
        <source>only part of it could be written (disk full or file size limit)</source>
        <translation>nur ein Teil konnte geschrieben werden (Datenträger voll oder Dateigrößenlimit)</translation>
    </message>
</context>
<context>
    <name>hearth::core::Io</name>
    <message>
        <source>The case file cannot be the store itself.</source>
        <translation>Die Falldatei kann nicht der Speicher selbst sein.</translation>
    </message>
    <message>
        <source>A case file needs traces or a time window to hold.</source>
        <translation>Eine Falldatei braucht Traces oder ein Zeitfenster als Inhalt.</translation>
    </message>
    <message>
        <source>Open &apos;%1&apos; in Hearth once to upgrade it before exporting a case.</source>
        <translation>Öffnen Sie „%1“ einmal in Hearth, um ihn zu aktualisieren, bevor Sie einen Fall exportieren.</translation>
    </message>
    <message>
        <source>Cannot attach &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht angehängt werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder.</source>
        <translation>„%1“ ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>a quoted field that starts on line %1 is never closed</source>
        <translation>ein in Zeile %1 beginnendes Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; after a closing quote on line %2</source>
        <translation>unerwartetes Zeichen „%1“ nach einem schließenden Anführungszeichen in Zeile %2</translation>
    </message>
    <message>
        <source>A case file is written from a store, not a result.</source>
        <translation>Eine Falldatei wird aus einem Speicher geschrieben, nicht aus einem Ergebnis.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Writing &apos;%1&apos; failed.</source>
        <translation>Schreiben von „%1“ fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 rows read: %2 records imported (%3 already present), %4 metric points imported (%5 already present)</source>
        <translation>%1 Zeilen gelesen: %2 Einträge importiert (%3 bereits vorhanden), %4 Metrikpunkte importiert (%5 bereits vorhanden)</translation>
    </message>
    <message>
        <source>; %1 malformed rows skipped</source>
        <translation>; %1 fehlerhafte Zeilen übersprungen</translation>
    </message>
    <message>
        <source>; %1 rows had no timestamp column and were dated from the file</source>
        <translation>; %1 Zeilen hatten keine Zeitstempelspalte und wurden nach der Datei datiert</translation>
    </message>
    <message>
        <source>; %1 rows had no trace_id/span_id and got ids from their content</source>
        <translation>; %1 Zeilen hatten keine trace_id/span_id und erhielten IDs aus ihrem Inhalt</translation>
    </message>
    <message>
        <source>The store &apos;%1&apos; is open read-only; import into a writable store.</source>
        <translation>Der Speicher „%1“ ist schreibgeschützt geöffnet; importieren Sie in einen beschreibbaren Speicher.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source> (import stopped; nothing was imported)</source>
        <translation> (Import gestoppt; es wurde nichts importiert)</translation>
    </message>
    <message>
        <source>a row must be an object of column values, found %1</source>
        <translation>eine Zeile muss ein Objekt aus Spaltenwerten sein, %1 gefunden</translation>
    </message>
    <message>
        <source>a data line without a rows array</source>
        <translation>eine Datenzeile ohne rows-Array</translation>
    </message>
    <message>
        <source>the export ends with an error from Logfire: %1</source>
        <translation>der Export endet mit einem Fehler von Logfire: %1</translation>
    </message>
    <message>
        <source>expected a JSON object, found %1</source>
        <translation>JSON-Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>%1: the CSV header is malformed: %2</source>
        <translation>%1: die CSV-Kopfzeile ist fehlerhaft: %2</translation>
    </message>
    <message>
        <source>expected %1 fields (as in the header), found %2</source>
        <translation>%1 Felder erwartet (wie in der Kopfzeile), %2 gefunden</translation>
    </message>
    <message>
        <source>not valid JSON, the rest of the file is unreadable: %1</source>
        <translation>kein gültiges JSON, der Rest der Datei ist unlesbar: %1</translation>
    </message>
    <message>
        <source>%1 is too large for one OTLP request (%2 bytes).</source>
        <translation>%1 ist zu groß für eine OTLP-Anfrage (%2 Bytes).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is read-only: notes cannot be changed.</source>
        <translation>„%1“ ist schreibgeschützt: Notizen können nicht geändert werden.</translation>
    </message>
    <message>
        <source>There is no note %1.</source>
        <translation>Es gibt keine Notiz %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is open read-only: notes cannot be changed.</source>
        <translation>„%1“ ist schreibgeschützt geöffnet: Notizen können nicht geändert werden.</translation>
    </message>
    <message>
        <source>A pin needs a trace id.</source>
        <translation>Zum Anheften wird eine Trace-ID benötigt.</translation>
    </message>
    <message>
        <source>no usable item in the OTLP request (%1 rejected: %2)</source>
        <translation>kein verwendbares Element in der OTLP-Anfrage (%1 abgelehnt: %2)</translation>
    </message>
    <message>
        <source>OTLP files cannot be imported by this build yet (the OTLP decoder is not linked in).</source>
        <translation>OTLP-Dateien können mit diesem Build noch nicht importiert werden (der OTLP-Decoder ist nicht eingebunden).</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: %2</source>
        <translation>Spalte „%1“: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a timestamp</source>
        <translation>„%1“ ist kein Zeitstempel</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an integer</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a boolean</source>
        <translation>„%1“ ist kein Wahrheitswert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not JSON</source>
        <translation>„%1“ ist kein JSON</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list</source>
        <translation>„%1“ ist keine Liste</translation>
    </message>
    <message>
        <source>missing (a metrics row needs its metric_name)</source>
        <translation>fehlt (eine Metrikzeile braucht ihren metric_name)</translation>
    </message>
    <message>
        <source>%1: row %2: %3</source>
        <translation>%1: Zeile %2: %3</translation>
    </message>
    <message>
        <source>; first removed %1 rows left by an interrupted import</source>
        <translation>; zuerst %1 Zeilen eines unterbrochenen Imports entfernt</translation>
    </message>
    <message>
        <source>The import was stopped.</source>
        <translation>Der Import wurde gestoppt.</translation>
    </message>
    <message>
        <source>Reading the files failed: %1</source>
        <translation>Lesen der Dateien fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source> Undoing the rows imported so far failed: %1 (the next import into this store retries).</source>
        <translation> Das Rückgängigmachen der bisher importierten Zeilen ist fehlgeschlagen: %1 (der nächste Import in diesen Speicher versucht es erneut).</translation>
    </message>
    <message>
        <source>Cannot create the import lock file &apos;%1&apos; next to the store (error %2).</source>
        <translation>Die Import-Sperrdatei „%1“ neben dem Speicher kann nicht angelegt werden (Fehler %2).</translation>
    </message>
</context>
<context>
    <name>hearth::core::Live</name>
    <message>
        <source>Unmatched &apos;%1&apos;.</source>
        <translation>„%1“ ohne Gegenstück.</translation>
    </message>
    <message>
        <source>The search is one WHERE clause: remove the &apos;;&apos;.</source>
        <translation>Die Suche ist eine einzelne WHERE-Klausel: Entfernen Sie das „;“.</translation>
    </message>
    <message>
        <source>Unterminated %1 quote.</source>
        <translation>Nicht abgeschlossenes Anführungszeichen (%1).</translation>
    </message>
    <message>
        <source>Unclosed &apos;%1&apos;.</source>
        <translation>Nicht geschlossenes „%1“.</translation>
    </message>
    <message>
        <source>A saved search needs a name.</source>
        <translation>Eine gespeicherte Suche braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>hearth::core::Otlp</name>
    <message>
        <source>cannot listen for OTLP/HTTP on %1:%2 (is the port in use by another program?)</source>
        <translation>kann nicht auf %1:%2 auf OTLP/HTTP lauschen (wird der Port von einem anderen Programm belegt?)</translation>
    </message>
    <message>
        <source>cannot listen for OTLP/gRPC on %1:%2 (is the port in use by another program?)</source>
        <translation>kann nicht auf %1:%2 auf OTLP/gRPC lauschen (wird der Port von einem anderen Programm belegt?)</translation>
    </message>
    <message>
        <source>the OTLP receiver is running</source>
        <translation>der OTLP-Empfänger läuft bereits</translation>
    </message>
    <message>
        <source>the OTLP receiver needs a store open for writing</source>
        <translation>der OTLP-Empfänger braucht einen beschreibbar geöffneten Speicher</translation>
    </message>
    <message>
        <source>otlp: %1 spans, %2 logs, %3 points accepted; %4 items and %5 requests rejected, %6 throttled</source>
        <translation>otlp: %1 Spans, %2 Logs, %3 Punkte angenommen; %4 Elemente und %5 Anfragen abgelehnt, %6 gedrosselt</translation>
    </message>
    <message>
        <source>; forward: %1 sent, %2 failed, %3 dropped (queue full)</source>
        <translation>; Weiterleitung: %1 gesendet, %2 fehlgeschlagen, %3 verworfen (Warteschlange voll)</translation>
    </message>
</context>
<context>
    <name>hearth::core::Query</name>
    <message>
        <source>Unknown variable $%1.</source>
        <translation>Unbekannte Variable $%1.</translation>
    </message>
    <message>
        <source>Unterminated /* comment.</source>
        <translation>Nicht abgeschlossener /*-Kommentar.</translation>
    </message>
    <message>
        <source>Unterminated string literal.</source>
        <translation>Nicht abgeschlossenes Zeichenkettenliteral.</translation>
    </message>
    <message>
        <source>Unterminated quoted identifier.</source>
        <translation>Nicht abgeschlossener Bezeichner in Anführungszeichen.</translation>
    </message>
    <message>
        <source>Unsubstituted variable at position %1: give it a value.</source>
        <translation>Nicht ersetzte Variable an Position %1: Geben Sie ihr einen Wert.</translation>
    </message>
    <message>
        <source>Unexpected character &apos;%1&apos; at position %2.</source>
        <translation>Unerwartetes Zeichen „%1“ an Position %2.</translation>
    </message>
    <message>
        <source>Unbalanced &apos;%1&apos; at position %2.</source>
        <translation>Unpaariges „%1“ an Position %2.</translation>
    </message>
    <message>
        <source>The &apos;%1&apos; at position %2 is never closed.</source>
        <translation>Das „%1“ an Position %2 wird nie geschlossen.</translation>
    </message>
    <message>
        <source> (at position %1)</source>
        <translation> (an Position %1)</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos; as a timestamp</source>
        <translation>„%1“ ist als Zeitstempel nicht lesbar</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos; as a fixed-length interval</source>
        <translation>„%1“ ist nicht als Intervall fester Länge lesbar</translation>
    </message>
    <message>
        <source>Cannot translate a cast to type &apos;%1&apos;</source>
        <translation>Eine Umwandlung in den Typ „%1“ kann nicht übersetzt werden</translation>
    </message>
    <message>
        <source>Expected a type after &apos;::&apos;</source>
        <translation>Nach „::“ wird ein Typ erwartet</translation>
    </message>
    <message>
        <source>Expected a key after &apos;%1&apos;</source>
        <translation>Nach „%1“ wird ein Schlüssel erwartet</translation>
    </message>
    <message>
        <source>%1 is not supported by the local engine yet</source>
        <translation>%1 wird von der lokalen Engine noch nicht unterstützt</translation>
    </message>
    <message>
        <source>%1() takes %2 argument(s), got %3</source>
        <translation>%1() nimmt %2 Argument(e), erhalten: %3</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Expected WITHIN GROUP (ORDER BY ...)</source>
        <translation>WITHIN GROUP (ORDER BY ...) erwartet</translation>
    </message>
    <message>
        <source>WITHIN GROUP needs (ORDER BY expression)</source>
        <translation>WITHIN GROUP braucht (ORDER BY Ausdruck)</translation>
    </message>
    <message>
        <source>Cannot translate the interval &apos;%1&apos; (months and years have no fixed length)</source>
        <translation>Das Intervall „%1“ kann nicht übersetzt werden (Monate und Jahre haben keine feste Länge)</translation>
    </message>
    <message>
        <source>CAST needs (expr AS type)</source>
        <translation>CAST braucht (Ausdruck AS Typ)</translation>
    </message>
    <message>
        <source>EXTRACT needs (field FROM expression)</source>
        <translation>EXTRACT braucht (Feld FROM Ausdruck)</translation>
    </message>
    <message>
        <source>CASE without END</source>
        <translation>CASE ohne END</translation>
    </message>
    <message>
        <source>Cannot compare a timestamp with &apos;%1&apos;: not a timestamp</source>
        <translation>Ein Zeitstempel kann nicht mit „%1“ verglichen werden: kein Zeitstempel</translation>
    </message>
    <message>
        <source>Unknown level name &apos;%1&apos; (trace, debug, info, notice, warn, error, fatal)</source>
        <translation>Unbekannter Level-Name „%1“ (trace, debug, info, notice, warn, error, fatal)</translation>
    </message>
    <message>
        <source>DISTINCT ON is not supported by the local engine yet (use ROW_NUMBER() OVER (PARTITION BY ...))</source>
        <translation>DISTINCT ON wird von der lokalen Engine noch nicht unterstützt (verwenden Sie ROW_NUMBER() OVER (PARTITION BY ...))</translation>
    </message>
    <message>
        <source>Only &apos;= ANY(...)&apos; and &apos;&lt;&gt; ALL(...)&apos; can be translated</source>
        <translation>Nur „= ANY(...)“ und „&lt;&gt; ALL(...)“ können übersetzt werden</translation>
    </message>
    <message>
        <source>Only one statement per query</source>
        <translation>Nur eine Anweisung pro Abfrage</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs an expression on its left</source>
        <translation>„%1“ braucht links einen Ausdruck</translation>
    </message>
    <message>
        <source>Only SHOW COLUMNS FROM &lt;table&gt; is supported</source>
        <translation>Nur SHOW COLUMNS FROM &lt;Tabelle&gt; wird unterstützt</translation>
    </message>
    <message>
        <source>Unknown table &apos;%1&apos; (records, records_all, metrics)</source>
        <translation>Unbekannte Tabelle „%1“ (records, records_all, metrics)</translation>
    </message>
    <message>
        <source>The query is empty.</source>
        <translation>Die Abfrage ist leer.</translation>
    </message>
    <message>
        <source>Queries are read-only: only SELECT, WITH and SHOW COLUMNS are allowed, not %1.</source>
        <translation>Abfragen sind schreibgeschützt: Nur SELECT, WITH und SHOW COLUMNS sind erlaubt, nicht %1.</translation>
    </message>
    <message>
        <source>Cannot register query functions: %1</source>
        <translation>Abfragefunktionen können nicht registriert werden: %1</translation>
    </message>
    <message>
        <source>The query took longer than %1 s and was stopped.</source>
        <translation>Die Abfrage dauerte länger als %1 s und wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Query cancelled.</source>
        <translation>Abfrage abgebrochen.</translation>
    </message>
    <message>
        <source>Offline, and this query has no cached result yet.</source>
        <translation>Offline, und für diese Abfrage gibt es noch kein zwischengespeichertes Ergebnis.</translation>
    </message>
    <message>
        <source>The response has no schema.fields array.</source>
        <translation>Die Antwort hat kein schema.fields-Array.</translation>
    </message>
    <message>
        <source>A schema field has no name.</source>
        <translation>Ein Schemafeld hat keinen Namen.</translation>
    </message>
    <message>
        <source>The response is not a JSON object.</source>
        <translation>Die Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The response has no data array.</source>
        <translation>Die Antwort hat kein data-Array.</translation>
    </message>
    <message>
        <source>The response has neither schema/data nor columns.</source>
        <translation>Die Antwort hat weder schema/data noch columns.</translation>
    </message>
    <message>
        <source>Unterminated quoted CSV field.</source>
        <translation>Nicht abgeschlossenes CSV-Feld in Anführungszeichen.</translation>
    </message>
    <message>
        <source>A variable holds a number SQL cannot express (%1).</source>
        <translation>Eine Variable enthält eine Zahl, die SQL nicht ausdrücken kann (%1).</translation>
    </message>
    <message>
        <source>A list variable cannot contain lists.</source>
        <translation>Eine Listenvariable kann keine Listen enthalten.</translation>
    </message>
    <message>
        <source>A &apos;$&apos; must start a variable name, like $service or ${service}.</source>
        <translation>Ein „$“ muss einen Variablennamen einleiten, etwa $service oder ${service}.</translation>
    </message>
    <message>
        <source>Variable ${%1 is missing its closing &apos;}&apos;.</source>
        <translation>Der Variable ${%1 fehlt die schließende „}“.</translation>
    </message>
    <message>
        <source>Queries are read-only: statements that write (INSERT, UPDATE, DELETE, CREATE, DROP), ATTACH and PRAGMA are not allowed (%1).</source>
        <translation>Abfragen sind schreibgeschützt: Schreibende Anweisungen (INSERT, UPDATE, DELETE, CREATE, DROP), ATTACH und PRAGMA sind nicht erlaubt (%1).</translation>
    </message>
</context>
<context>
    <name>hearth::core::QueryApi</name>
    <message>
        <source>The query API needs a token (--query-token).</source>
        <translation>Die Abfrage-API braucht ein Token (--query-token).</translation>
    </message>
    <message>
        <source>Cannot listen on %1 (any port).</source>
        <translation>Kann nicht auf %1 lauschen (beliebiger Port).</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2 (in use, or not an address of this machine).</source>
        <translation>Kann nicht auf %1:%2 lauschen (belegt oder keine Adresse dieses Rechners).</translation>
    </message>
</context>
<context>
    <name>hearth::core::Remote</name>
    <message>
        <source>The NDJSON stream holds a line that is not JSON.</source>
        <translation>Der NDJSON-Strom enthält eine Zeile, die kein JSON ist.</translation>
    </message>
    <message>
        <source>Cannot create an HTTP client.</source>
        <translation>Es kann kein HTTP-Client erstellt werden.</translation>
    </message>
    <message>
        <source>Query cancelled.</source>
        <translation>Abfrage abgebrochen.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>TLS verification with %1 failed: %2</source>
        <translation>TLS-Prüfung mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Query execution error.</source>
        <translation>Fehler bei der Ausführung der Abfrage.</translation>
    </message>
    <message>
        <source>%1 rejected the read token (HTTP %2): check the token and its region.%3</source>
        <translation>%1 hat das Lese-Token abgelehnt (HTTP %2): Prüfen Sie das Token und seine Region.%3</translation>
    </message>
    <message>
        <source>%1 has no such endpoint (HTTP 404): check the base URL.</source>
        <translation>%1 hat keinen solchen Endpunkt (HTTP 404): Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>The query API rejected the request (HTTP 422): %1</source>
        <translation>Die Abfrage-API hat die Anfrage abgelehnt (HTTP 422): %1</translation>
    </message>
    <message>
        <source>%1 is rate limiting queries (HTTP 429); gave up after %2 retries.</source>
        <translation>%1 drosselt Abfragen (HTTP 429); nach %2 Wiederholungen aufgegeben.</translation>
    </message>
    <message>
        <source>%1 failed with HTTP %2 after %3 retries: %4</source>
        <translation>%1 ist nach %3 Wiederholungen mit HTTP %2 fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>Unexpected response from %1 (HTTP %2): %3</source>
        <translation>Unerwartete Antwort von %1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>The NDJSON stream from %1 had no schema line.</source>
        <translation>Der NDJSON-Strom von %1 hatte keine Schemazeile.</translation>
    </message>
    <message>
        <source>The NDJSON stream from %1 ended early.</source>
        <translation>Der NDJSON-Strom von %1 endete vorzeitig.</translation>
    </message>
    <message>
        <source>%1 answered with something that is not JSON.</source>
        <translation>%1 hat mit etwas geantwortet, das kein JSON ist.</translation>
    </message>
    <message>
        <source>%1 only offers Logfire&apos;s v1 query API, which cannot filter by environment (%2). Clear the environment filter, or use a server with the v2 query API.</source>
        <translation>%1 bietet nur Logfires Abfrage-API v1, die nicht nach Umgebung filtern kann (%2). Entfernen Sie den Umgebungsfilter oder verwenden Sie einen Server mit der Abfrage-API v2.</translation>
    </message>
</context>
<context>
    <name>hearth::core::SecretStore</name>
    <message>
        <source>No keychain service is running (%1). The token can be kept for this session only.</source>
        <translation>Es läuft kein Schlüsselbunddienst (%1). Das Token kann nur für diese Sitzung aufbewahrt werden.</translation>
    </message>
    <message>
        <source>No token is stored for this connection.</source>
        <translation>Für diese Verbindung ist kein Token gespeichert.</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>Keychain error: %1</source>
        <translation>Schlüsselbundfehler: %1</translation>
    </message>
</context>
<context>
    <name>hearth::core::Store</name>
    <message>
        <source>The store &apos;%1&apos; is open read-only.</source>
        <translation>Der Speicher „%1“ ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Hearth store: the file is not an SQLite database (%2).</source>
        <translation>„%1“ ist kein Hearth-Speicher: Die Datei ist keine SQLite-Datenbank (%2).</translation>
    </message>
    <message>
        <source>The store &apos;%1&apos; is damaged (%2). Restore it from a backup or open another file.</source>
        <translation>Der Speicher „%1“ ist beschädigt (%2). Stellen Sie ihn aus einer Sicherung wieder her oder öffnen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos;: %2. Check that the folder exists and is writable.</source>
        <translation>„%1“ kann nicht geöffnet werden: %2. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>Cannot write to &apos;%1&apos;: %2.</source>
        <translation>In „%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The disk holding &apos;%1&apos; is full.</source>
        <translation>Der Datenträger mit „%1“ ist voll.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is locked by another process: %2.</source>
        <translation>„%1“ ist von einem anderen Prozess gesperrt: %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer Hearth (schema version %2; this build reads up to %3). Update Hearth to open it.</source>
        <translation>„%1“ wurde von einem neueren Hearth geschrieben (Schemaversion %2; dieser Build liest bis %3). Aktualisieren Sie Hearth, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a store file.</source>
        <translation>„%1“ ist ein Ordner, keine Speicherdatei.</translation>
    </message>
    <message>
        <source>The store &apos;%1&apos; does not exist.</source>
        <translation>Der Speicher „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create the folder &apos;%1&apos; for the store.</source>
        <translation>Der Ordner „%1“ für den Speicher kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an SQLite database, but not a Hearth store.</source>
        <translation>„%1“ ist eine SQLite-Datenbank, aber kein Hearth-Speicher.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses an older schema (version %2) and is open read-only, so it cannot be upgraded. Open it writable once to upgrade it.</source>
        <translation>„%1“ verwendet ein älteres Schema (Version %2) und ist schreibgeschützt geöffnet, kann also nicht aktualisiert werden. Öffnen Sie die Datei einmal beschreibbar, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <source>Upgrading &apos;%1&apos; to schema version %2 failed: %3</source>
        <translation>Aktualisierung von „%1“ auf Schemaversion %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Preparing the writer for &apos;%1&apos; failed: %2</source>
        <translation>Vorbereiten des Schreibzugriffs auf „%1“ fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>hearth::core::Trace</name>
    <message>
        <source>Span %1 is not in this store.</source>
        <translation>Span %1 ist nicht in diesem Speicher.</translation>
    </message>
    <message>
        <source>Cannot read the trace: %1</source>
        <translation>Der Trace kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No trace with id %1 in this store.</source>
        <translation>Kein Trace mit ID %1 in diesem Speicher.</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Das Laden wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Hearth: observability for agentic AI systems.</source>
        <translation>Hearth: Observability für agentische KI-Systeme.</translation>
    </message>
    <message>
        <source>Open this store file.</source>
        <translation>Diese Speicherdatei öffnen.</translation>
    </message>
    <message>
        <source>Do not fill an empty store with demo data.</source>
        <translation>Einen leeren Speicher nicht mit Demodaten füllen.</translation>
    </message>
    <message>
        <source>Start on this page.</source>
        <translation>Auf dieser Seite starten.</translation>
    </message>
    <message>
        <source>Save a PNG of the window once loaded, then quit.</source>
        <translation>Nach dem Laden ein PNG des Fensters speichern, dann beenden.</translation>
    </message>
    <message>
        <source>Cannot open store</source>
        <translation>Speicher kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Open this trace (and select a span) at start-up.</source>
        <translation>Diesen Trace beim Start öffnen (und einen Span auswählen).</translation>
    </message>
    <message>
        <source>Use this theme for this run: light, dark or system.</source>
        <translation>Dieses Theme für diesen Lauf verwenden: light, dark oder system.</translation>
    </message>
    <message>
        <source>With --screenshot: open this dialog first (%1).</source>
        <translation>Mit --screenshot: zuerst diesen Dialog öffnen (%1).</translation>
    </message>
    <message>
        <source>Run the best command-palette match for TEXT at start-up.</source>
        <translation>Beim Start den besten Treffer der Befehlspalette für TEXT ausführen.</translation>
    </message>
    <message>
        <source>With --dialog palette: the text typed into the palette.</source>
        <translation>Mit --dialog palette: der in die Palette getippte Text.</translation>
    </message>
    <message>
        <source>With --screenshot: the window size (default 1280x800).</source>
        <translation>Mit --screenshot: die Fenstergröße (Standard 1280x800).</translation>
    </message>
    <message>
        <source>Query through this connection: local, env or a saved id.</source>
        <translation>Über diese Verbindung abfragen: local, env oder eine gespeicherte ID.</translation>
    </message>
    <message>
        <source>--theme must be light, dark or system, got &apos;%1&apos;
</source>
        <translation>--theme muss light, dark oder system sein, erhalten: „%1“
</translation>
    </message>
    <message>
        <source>--dialog must be one of: %1
</source>
        <translation>--dialog muss eines von diesen sein: %1
</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT, at least 400x300, got &apos;%1&apos;
</source>
        <translation>--size muss BREITExHÖHE sein, mindestens 400x300, erhalten: „%1“
</translation>
    </message>
</context>
</TS>
