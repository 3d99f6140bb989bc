<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
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
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Delete dashboard</source>
        <translation>Dashboard löschen</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation>„%1“ löschen?</translation>
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
        <source>Views query the local store, or a Logfire project through its query API. Read tokens are kept in the system keychain.</source>
        <translation>Ansichten fragen den lokalen Speicher oder ein Logfire-Projekt über dessen Abfrage-API ab. Lese-Token liegen im System-Schlüsselbund.</translation>
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
</context>
</TS>
