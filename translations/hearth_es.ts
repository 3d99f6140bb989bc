<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Logfire Connection</source>
        <translation>Conexión de Logfire</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>e.g. Production (EU)</source>
        <translation>p. ej. Producción (UE)</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <source>https://logfire.example.com</source>
        <translation>https://logfire.example.com</translation>
    </message>
    <message>
        <source>Read &amp;token:</source>
        <translation>&amp;Token de lectura:</translation>
    </message>
    <message>
        <source>pylf_v1_…</source>
        <translation>pylf_v1_…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Last 5 minutes</source>
        <translation>Últimos 5 minutos</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Últimos 15 minutos</translation>
    </message>
    <message>
        <source>Last 30 minutes</source>
        <translation>Últimos 30 minutos</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Últimas 6 horas</translation>
    </message>
    <message>
        <source>Last 12 hours</source>
        <translation>Últimas 12 horas</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 2 days</source>
        <translation>Últimos 2 días</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Últimos 14 días</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>STD</source>
        <translation>EST</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Demo project (local query API)</source>
        <translation>Proyecto de demostración (API de consultas local)</translation>
    </message>
</context>
<context>
    <name>TraceRenderer</name>
    <message>
        <source>No trace open</source>
        <translation>Ninguna traza abierta</translation>
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
        <translation>1 servicio</translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation>%1 servicios</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 error</translation>
    </message>
    <message>
        <source>%L1 errors</source>
        <translation>%L1 errores</translation>
    </message>
    <message>
        <source>%L1 running</source>
        <translation>%L1 en curso</translation>
    </message>
    <message>
        <source>%L1 rows shown</source>
        <translation>%L1 filas mostradas</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en curso…</translation>
    </message>
</context>
<context>
    <name>hearth::app::AlertEditorDialog</name>
    <message>
        <source>Add webhook</source>
        <translation>Añadir webhook</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON sin procesar</translation>
    </message>
    <message>
        <source>Slack-compatible</source>
        <translation>Compatible con Slack</translation>
    </message>
    <message>
        <source>Template (Teams, Google Chat, …)</source>
        <translation>Plantilla (Teams, Google Chat, …)</translation>
    </message>
    <message>
        <source>Authorization: Bearer …  (one per line)</source>
        <translation>Authorization: Bearer …  (uno por línea)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeceras</translation>
    </message>
    <message>
        <source>Body template</source>
        <translation>Plantilla del cuerpo</translation>
    </message>
    <message>
        <source>Header &quot;%1&quot; needs the form Name: value.</source>
        <translation>La cabecera &quot;%1&quot; debe tener la forma Nombre: valor.</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://.</source>
        <translation>La URL debe empezar por http:// o https://.</translation>
    </message>
    <message>
        <source>The template format needs a body.</source>
        <translation>El formato de plantilla necesita un cuerpo.</translation>
    </message>
    <message>
        <source>Edit alert</source>
        <translation>Editar alerta</translation>
    </message>
    <message>
        <source>New alert</source>
        <translation>Nueva alerta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>SELECT trace_id, message FROM records WHERE is_exception  -- rows mean a problem</source>
        <translation>SELECT trace_id, message FROM records WHERE is_exception  -- filas = problema</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Notify when</source>
        <translation>Notificar cuando</translation>
    </message>
    <message>
        <source>looking at rows from the last</source>
        <translation>con filas de un periodo de</translation>
    </message>
    <message>
        <source>checking every</source>
        <translation>comprobando cada</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>all environments (or: prod, staging)</source>
        <translation>todos los entornos (o: prod, staging)</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Entornos</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Variables ($name in the SQL)</source>
        <translation>Variables ($name en el SQL)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Text, a whole number, or a JSON list like [&quot;a&quot;, &quot;b&quot;] for multi-value (use x = ANY($name)).</source>
        <translation>Texto, un número entero o una lista JSON como [&quot;a&quot;, &quot;b&quot;] para varios valores (use x = ANY($name)).</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Send notifications to</source>
        <translation>Enviar notificaciones a</translation>
    </message>
    <message>
        <source>Webhook…</source>
        <translation>Webhook…</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <source>Preview rows now</source>
        <translation>Previsualizar filas</translation>
    </message>
    <message>
        <source>Preview runs the SQL over the lookback window, read-only.</source>
        <translation>La vista previa ejecuta el SQL sobre el periodo revisado, en solo lectura.</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>No hay ningún almacén abierto.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>No rows, and no telemetry at all in the window: the alert would show No data.</source>
        <translation>Sin filas ni telemetría en el periodo: la alerta mostraría Sin datos.</translation>
    </message>
    <message>
        <source>No rows now: the alert would be OK.</source>
        <translation>Sin filas ahora: la alerta estaría OK.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) now: the alert would fire.</source>
        <translation>
            <numerusform>%n fila ahora: la alerta se dispararía.</numerusform>
            <numerusform>%n filas ahora: la alerta se dispararía.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the SQL runs: this store or a Logfire connection</source>
        <translation>Dónde se ejecuta el SQL: este almacén o una conexión de Logfire</translation>
    </message>
    <message>
        <source>Evaluate on</source>
        <translation>Evaluar en</translation>
    </message>
    <message>
        <source>Local store</source>
        <translation>Almacén local</translation>
    </message>
    <message>
        <source>Logfire: %1</source>
        <translation>Logfire: %1</translation>
    </message>
    <message>
        <source>%1 (not configured)</source>
        <translation>%1 (sin configurar)</translation>
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
        <translation>hace %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactiva</translation>
    </message>
    <message>
        <source>due</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Ejecuciones recientes</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Próxima ejecución</translation>
    </message>
</context>
<context>
    <name>hearth::app::AlertRunsModel</name>
    <message>
        <source>notification dropped (snoozed)</source>
        <translation>notificación descartada (pospuesta)</translation>
    </message>
    <message>
        <source>%1 skipped (%2)</source>
        <translation>%1 omitido (%2)</translation>
    </message>
    <message>
        <source>sent to %1</source>
        <translation>enviado a %1</translation>
    </message>
    <message>
        <source>%1 failed after %2 attempt(s): %3</source>
        <translation>%1 falló tras %2 intento(s): %3</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>started firing</source>
        <translation>empezó a dispararse</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelta</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Notifications / error</source>
        <translation>Notificaciones / error</translation>
    </message>
</context>
<context>
    <name>hearth::app::AlertsPage</name>
    <message>
        <source>&lt;h2&gt;Alerts&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Alertas&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>New alert…</source>
        <translation>Nueva alerta…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Ejecutar ahora</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 minutos</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 horas</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 días</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 semana</translation>
    </message>
    <message>
        <source>Unsnooze</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Activate / deactivate</source>
        <translation>Activar / desactivar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Search alerts</source>
        <translation>Buscar alertas</translation>
    </message>
    <message>
        <source>Matched rows</source>
        <translation>Filas coincidentes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Runs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ejecuciones&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Snoozed until %1: runs are recorded, notifications dropped.</source>
        <translation>Pospuesta hasta %1: se registran ejecuciones, sin notificaciones.</translation>
    </message>
    <message>
        <source>Matched rows — the run failed</source>
        <translation>Filas coincidentes — la ejecución falló</translation>
    </message>
    <message>
        <source>&lt;b&gt;Matched rows&lt;/b&gt; (%1%2) — double-click a trace_id to open the trace</source>
        <translation>&lt;b&gt;Filas coincidentes&lt;/b&gt; (%1%2) — doble clic en un trace_id para abrir la traza</translation>
    </message>
    <message>
        <source>, first ones</source>
        <translation>, las primeras</translation>
    </message>
    <message>
        <source>&lt;b&gt;Matched rows&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Filas coincidentes&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>Delete alert</source>
        <translation>Eliminar alerta</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and its run history?</source>
        <translation>¿Eliminar &quot;%1&quot; y su historial de ejecuciones?</translation>
    </message>
    <message>
        <source>Import alerts</source>
        <translation>Importar alertas</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export alerts</source>
        <translation>Exportar alertas</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Reglas de alerta</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>the keychain has not answered yet</source>
        <translation>el llavero aún no ha respondido</translation>
    </message>
    <message>
        <source>the stored token is empty</source>
        <translation>el token guardado está vacío</translation>
    </message>
    <message>
        <source>Rules are evaluated by %1.</source>
        <translation>Las reglas las evalúa %1.</translation>
    </message>
    <message>
        <source>Runs on the Logfire connection “%1”.</source>
        <translation>Se ejecuta en la conexión de Logfire «%1».</translation>
    </message>
</context>
<context>
    <name>hearth::app::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Paleta de comandos</translation>
    </message>
    <message>
        <source>Go to a page, run an action, open a dashboard…</source>
        <translation>Ir a una página, ejecutar una acción, abrir un panel…</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation>Comandos coincidentes</translation>
    </message>
</context>
<context>
    <name>hearth::app::ConnectionDialog</name>
    <message>
        <source>United States (logfire-us)</source>
        <translation>Estados Unidos (logfire-us)</translation>
    </message>
    <message>
        <source>Europe (logfire-eu)</source>
        <translation>Europa (logfire-eu)</translation>
    </message>
    <message>
        <source>Self-hosted / custom URL</source>
        <translation>Autoalojado / URL personalizada</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Asigne un nombre a la conexión.</translation>
    </message>
    <message>
        <source>The base URL is not a valid URL.</source>
        <translation>La URL base no es válida.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
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
        <translation>Almacén local</translation>
    </message>
    <message>
        <source>Active connection</source>
        <translation>Conexión activa</translation>
    </message>
    <message>
        <source>Where views run their queries</source>
        <translation>Dónde ejecutan las vistas sus consultas</translation>
    </message>
    <message>
        <source>Logfire: %1</source>
        <translation>Logfire: %1</translation>
    </message>
    <message>
        <source>The connection no longer exists.</source>
        <translation>La conexión ya no existe.</translation>
    </message>
    <message>
        <source>Read token for %1</source>
        <translation>Token de lectura para %1</translation>
    </message>
    <message>
        <source>%1

Paste the read token to use for this session:</source>
        <translation>%1

Pegue el token de lectura para esta sesión:</translation>
    </message>
    <message>
        <source>organisation %1, project %2</source>
        <translation>organización %1, proyecto %2</translation>
    </message>
</context>
<context>
    <name>hearth::app::DashboardCanvas</name>
    <message>
        <source>Panel Group</source>
        <translation>Grupo de paneles</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Rename this group</source>
        <translation>Renombrar este grupo</translation>
    </message>
    <message>
        <source>Move this group up</source>
        <translation>Subir este grupo</translation>
    </message>
    <message>
        <source>Move this group down</source>
        <translation>Bajar este grupo</translation>
    </message>
    <message>
        <source>Remove this group (its panels move to the previous one)</source>
        <translation>Quitar este grupo (sus paneles pasan al anterior)</translation>
    </message>
</context>
<context>
    <name>hearth::app::DashboardListModel</name>
    <message>
        <source>%1
Standard dashboard: read-only, clone it to edit.</source>
        <translation>%1
Panel estándar: solo lectura, clónelo para editarlo.</translation>
    </message>
</context>
<context>
    <name>hearth::app::DashboardView</name>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>$resolution: the time bucket of charts</source>
        <translation>$resolution: el intervalo de agrupación de los gráficos</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <source>Custom time range</source>
        <translation>Intervalo de tiempo personalizado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Live refresh: re-run the queries and slide the window with the clock</source>
        <translation>Actualización en vivo: repetir las consultas y desplazar el intervalo con el reloj</translation>
    </message>
    <message>
        <source>Live: off</source>
        <translation>En vivo: no</translation>
    </message>
    <message>
        <source>Live: 15 s</source>
        <translation>En vivo: 15 s</translation>
    </message>
    <message>
        <source>Live: 30 s</source>
        <translation>En vivo: 30 s</translation>
    </message>
    <message>
        <source>Live: 1 min</source>
        <translation>En vivo: 1 min</translation>
    </message>
    <message>
        <source>Live: 5 min</source>
        <translation>En vivo: 5 min</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Run every panel query again</source>
        <translation>Volver a ejecutar todas las consultas</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Clonar</translation>
    </message>
    <message>
        <source>Make an editable copy of this standard dashboard</source>
        <translation>Crear una copia editable de este panel estándar</translation>
    </message>
    <message>
        <source>Add panel</source>
        <translation>Añadir panel</translation>
    </message>
    <message>
        <source>Add a panel to the first group</source>
        <translation>Añadir un panel al primer grupo</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Añadir grupo</translation>
    </message>
    <message>
        <source>Add a panel group</source>
        <translation>Añadir un grupo de paneles</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <source>Panel Group</source>
        <translation>Grupo de paneles</translation>
    </message>
    <message>
        <source>Variables…</source>
        <translation>Variables…</translation>
    </message>
    <message>
        <source>Edit the dashboard variables as JSON</source>
        <translation>Editar las variables del panel como JSON</translation>
    </message>
    <message>
        <source>Edit JSON…</source>
        <translation>Editar JSON…</translation>
    </message>
    <message>
        <source>Edit the whole dashboard document</source>
        <translation>Editar el documento completo del panel</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Drag a panel by its title to move it, by its bottom-right corner to resize it.</source>
        <translation>Arrastre un panel por su título para moverlo, por su esquina inferior derecha para redimensionarlo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Move panel</source>
        <translation>Mover panel</translation>
    </message>
    <message>
        <source>Expand group</source>
        <translation>Expandir grupo</translation>
    </message>
    <message>
        <source>Collapse group</source>
        <translation>Contraer grupo</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Renombrar grupo</translation>
    </message>
    <message>
        <source>Move group</source>
        <translation>Mover grupo</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Quitar grupo</translation>
    </message>
    <message>
        <source>Duplicate panel</source>
        <translation>Duplicar panel</translation>
    </message>
    <message>
        <source>Remove panel</source>
        <translation>Quitar panel</translation>
    </message>
    <message>
        <source>This panel has no query</source>
        <translation>Este panel no tiene consulta</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Auto (%1)</source>
        <translation>Auto (%1)</translation>
    </message>
    <message>
        <source>Edit panel</source>
        <translation>Editar panel</translation>
    </message>
    <message>
        <source>New panel</source>
        <translation>Nuevo panel</translation>
    </message>
    <message>
        <source>Edit dashboard JSON</source>
        <translation>Editar JSON del panel</translation>
    </message>
    <message>
        <source>Edit JSON</source>
        <translation>Editar JSON</translation>
    </message>
    <message>
        <source>Edit variables</source>
        <translation>Editar variables</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Paneles</translation>
    </message>
</context>
<context>
    <name>hearth::app::DashboardsPage</name>
    <message>
        <source>Dashboards</source>
        <translation>Paneles</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Import dashboard</source>
        <translation>Importar panel</translation>
    </message>
    <message>
        <source>Dashboard JSON (*.json)</source>
        <translation>JSON de panel (*.json)</translation>
    </message>
    <message>
        <source>Save dashboard</source>
        <translation>Guardar panel</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid dashboard: %2</source>
        <translation>%1 no es un panel válido: %2</translation>
    </message>
    <message>
        <source>The store is read-only: open a writable store to import dashboards.</source>
        <translation>El almacén es de solo lectura: abra uno con escritura para importar paneles.</translation>
    </message>
    <message>
        <source>Clone dashboard</source>
        <translation>Clonar panel</translation>
    </message>
    <message>
        <source>The store is read-only.</source>
        <translation>El almacén es de solo lectura.</translation>
    </message>
    <message>
        <source>New dashboard</source>
        <translation>Nuevo panel</translation>
    </message>
    <message>
        <source>Export dashboard</source>
        <translation>Exportar panel</translation>
    </message>
    <message>
        <source>Delete dashboard</source>
        <translation>Eliminar panel</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation>¿Eliminar &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
</context>
<context>
    <name>hearth::app::DetailsPanel</name>
    <message>
        <source>… %L1 more</source>
        <translation>… %L1 más</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Copiar valor</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>Copiar clave</translation>
    </message>
    <message>
        <source>Close details</source>
        <translation>Cerrar detalles</translation>
    </message>
    <message>
        <source>Copy trace id</source>
        <translation>Copiar id de traza</translation>
    </message>
    <message>
        <source>Copy span id</source>
        <translation>Copiar id de span</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Legible</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Sin procesar</translation>
    </message>
    <message>
        <source>LLM tokens and cost</source>
        <translation>Tokens y coste de LLM</translation>
    </message>
    <message>
        <source>This span</source>
        <translation>Este span</translation>
    </message>
    <message>
        <source>Subtree ∑</source>
        <translation>Subárbol ∑</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Coste (USD)</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Atributos</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copiar JSON</translation>
    </message>
    <message>
        <source>Select a span to see its details.</source>
        <translation>Seleccione un span para ver sus detalles.</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>No hay ningún almacén abierto.</translation>
    </message>
    <message>
        <source>Loading span %1…</source>
        <translation>Cargando span %1…</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Span (running)</source>
        <translation>Span (en curso)</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>Span</translation>
    </message>
    <message>
        <source>trace %1
span  %2</source>
        <translation>traza %1
span  %2</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>aún en curso</translation>
    </message>
    <message>
        <source>exception  %1: %2</source>
        <translation>excepción  %1: %2</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Código: %1</translation>
    </message>
    <message>
        <source>Arguments (%1)</source>
        <translation>Argumentos (%1)</translation>
    </message>
    <message>
        <source>No attributes</source>
        <translation>Sin atributos</translation>
    </message>
    <message>
        <source>Attributes (%1)</source>
        <translation>Atributos (%1)</translation>
    </message>
    <message>
        <source>This span (run totals)</source>
        <translation>Este span (totales de ejecución)</translation>
    </message>
    <message numerus="yes">
        <source>Subtree ∑ (%n model request(s))</source>
        <translation>
            <numerusform>Subárbol ∑ (%n solicitud al modelo)</numerusform>
            <numerusform>Subárbol ∑ (%n solicitudes al modelo)</numerusform>
        </translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Excepción</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Modelo&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source> &amp;nbsp; &lt;b&gt;Tokens&lt;/b&gt; ↗%L1 ↙%L2</source>
        <translation> &amp;nbsp; &lt;b&gt;Tokens&lt;/b&gt; ↗%L1 ↙%L2</translation>
    </message>
    <message>
        <source> &amp;nbsp; &lt;b&gt;Cost&lt;/b&gt; $%1</source>
        <translation> &amp;nbsp; &lt;b&gt;Coste&lt;/b&gt; $%1</translation>
    </message>
    <message>
        <source> &amp;nbsp; &lt;span style=&apos;color:#6b7280&apos;&gt;from %1&lt;/span&gt;</source>
        <translation> &amp;nbsp; &lt;span style=&apos;color:#6b7280&apos;&gt;de %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#6b7280&apos;&gt;No messages recorded on this span.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#6b7280&apos;&gt;No hay mensajes registrados en este span.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hearth::app::ExplorePage</name>
    <message>
        <source>Copy as TSV</source>
        <translation>Copiar como TSV</translation>
    </message>
    <message>
        <source>Open trace</source>
        <translation>Abrir traza</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Ctrl+Enter runs the query against the active store or connection.</source>
        <translation>Ctrl+Intro ejecuta la consulta en el almacén o la conexión activos.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Run the query (Ctrl+Enter)</source>
        <translation>Ejecutar la consulta (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Intervalo de tiempo</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Últimos 5 minutos</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Últimos 15 minutos</translation>
    </message>
    <message>
        <source>Last 30 minutes</source>
        <translation>Últimos 30 minutos</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Últimas 6 horas</translation>
    </message>
    <message>
        <source>Last 12 hours</source>
        <translation>Últimas 12 horas</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 2 days</source>
        <translation>Últimos 2 días</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Últimos 14 días</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
    <message>
        <source>Passed to the engine as min/max timestamp (start_timestamp, recorded_timestamp)</source>
        <translation>Se pasa al motor como marca de tiempo mín./máx. (start_timestamp, recorded_timestamp)</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
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
        <translation>No hay ningún almacén abierto.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelada.</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (línea %2)</translation>
    </message>
    <message>
        <source>Query failed.</source>
        <translation>La consulta falló.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <source> (limit reached)</source>
        <translation> (límite alcanzado)</translation>
    </message>
    <message>
        <source> · %1 ms</source>
        <translation> · %1 ms</translation>
    </message>
    <message>
        <source> · source: %1</source>
        <translation> · origen: %1</translation>
    </message>
    <message>
        <source> · cached %1 ago</source>
        <translation> · en caché hace %1</translation>
    </message>
    <message>
        <source>No queries run yet</source>
        <translation>Aún no se ha ejecutado ninguna consulta</translation>
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
        <translation>Exportar resultado</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exportada %n fila a %1</numerusform>
            <numerusform>Exportadas %n filas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>SQL query</source>
        <translation>Consulta SQL</translation>
    </message>
    <message>
        <source>Query results</source>
        <translation>Resultados de la consulta</translation>
    </message>
    <message>
        <source>Run the query</source>
        <translation>Ejecutar la consulta</translation>
    </message>
</context>
<context>
    <name>hearth::app::FallbackChoiceDialog</name>
    <message>
        <source>No Keychain Available</source>
        <translation>No hay llavero disponible</translation>
    </message>
    <message>
        <source>Hearth cannot reach a keychain service</source>
        <translation>Hearth no puede acceder a un servicio de llavero</translation>
    </message>
    <message>
        <source>Hearth never writes tokens to its settings. Choose how to keep Logfire read tokens and the receiver token on this computer:</source>
        <translation>Hearth nunca escribe tokens en su configuración. Elija cómo guardar los tokens de lectura de Logfire y el token del receptor en este equipo:</translation>
    </message>
    <message>
        <source>Encrypt tokens in a file protected by a passphrase</source>
        <translation>Cifrar los tokens en un archivo protegido con una frase de contraseña</translation>
    </message>
    <message>
        <source>Type the token each session</source>
        <translation>Escribir el token en cada sesión</translation>
    </message>
    <message>
        <source>You enter the passphrase once per session. Only your user account can read the file, and without the passphrase it reveals nothing.</source>
        <translation>Introducirá la frase de contraseña una vez por sesión. Solo su cuenta de usuario puede leer el archivo y, sin la frase, no revela nada.</translation>
    </message>
    <message>
        <source>Nothing is stored: after every restart Hearth asks for the token again when it needs it.</source>
        <translation>No se guarda nada: tras cada reinicio Hearth vuelve a pedir el token cuando lo necesita.</translation>
    </message>
    <message>
        <source>The system said: %1</source>
        <translation>El sistema indicó: %1</translation>
    </message>
    <message>
        <source>You can change this later in Settings, under Connections.</source>
        <translation>Puede cambiarlo más tarde en Configuración, en Conexiones.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>hearth::app::HistogramWidget</name>
    <message>
        <source>Records over time</source>
        <translation>Registros en el tiempo</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No records in this time range</source>
        <translation>No hay registros en este intervalo</translation>
    </message>
    <message>
        <source>%1
%2 records, %3 errors</source>
        <translation>%1
%2 registros, %3 errores</translation>
    </message>
</context>
<context>
    <name>hearth::app::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Logfire query results (JSON, NDJSON, CSV; v1 and v2) of &lt;i&gt;records&lt;/i&gt; or &lt;i&gt;metrics&lt;/i&gt;, and OTLP files (.json, .pb, Collector JSON lines). Rows already in the store are not imported twice.</source>
        <translation>Resultados de consultas de Logfire (JSON, NDJSON, CSV; v1 y v2) de &lt;i&gt;records&lt;/i&gt; o &lt;i&gt;metrics&lt;/i&gt;, y archivos OTLP (.json, .pb, líneas JSON del Collector). Las filas ya presentes en el almacén no se importan dos veces.</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>When a line or row is malformed</source>
        <translation>Si una línea o fila está mal formada</translation>
    </message>
    <message>
        <source>Stop, and import nothing</source>
        <translation>Detenerse y no importar nada</translation>
    </message>
    <message>
        <source>Skip it, import the rest, and list what was skipped</source>
        <translation>Omitirla, importar el resto y listar lo omitido</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Add files, or drop them on the main window.</source>
        <translation>Añada archivos o suéltelos en la ventana principal.</translation>
    </message>
    <message>
        <source>Skipped lines are listed here with their line numbers.</source>
        <translation>Las líneas omitidas se listan aquí con su número de línea.</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Cancelar importación</translation>
    </message>
    <message>
        <source>%1   (%2)</source>
        <translation>%1   (%2)</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Importar archivos</translation>
    </message>
    <message>
        <source>Logfire exports and OTLP files (*.json *.ndjson *.jsonl *.csv *.pb *.binpb);;All files (*)</source>
        <translation>Exportaciones de Logfire y archivos OTLP (*.json *.ndjson *.jsonl *.csv *.pb *.binpb);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The open store is read-only (a case file?): open a writable store to import into.</source>
        <translation>El almacén abierto es de solo lectura (¿un archivo de caso?): abra uno con escritura para importar.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importando %n archivo…</numerusform>
            <numerusform>Importando %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Importing… %1 of %2</source>
        <translation>Importando… %1 de %2</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation>Cancelado. No se importó nada.</translation>
    </message>
    <message>
        <source>Import failed, nothing was imported: %1</source>
        <translation>La importación falló, no se importó nada: %1</translation>
    </message>
    <message>
        <source>Imported %1 records and %2 metric points (%3 already present). Read as %4.</source>
        <translation>Importados %1 registros y %2 puntos de métricas (%3 ya presentes). Leído como %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n malformed row(s) skipped.</source>
        <translation>
            <numerusform>%n fila mal formada omitida.</numerusform>
            <numerusform>%n filas mal formadas omitidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had no timestamp and are dated from the file.</source>
        <translation>
            <numerusform>%n fila no tenía marca de tiempo y se fechó según el archivo.</numerusform>
            <numerusform>%n filas no tenían marca de tiempo y se fecharon según el archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
</context>
<context>
    <name>hearth::app::IoController</name>
    <message>
        <source>Logfire JSON (*.json);;NDJSON (*.ndjson);;CSV (*.csv)</source>
        <translation>JSON de Logfire (*.json);;NDJSON (*.ndjson);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Pinned &amp; Notes</source>
        <translation>Fijados &amp; notas</translation>
    </message>
    <message>
        <source>Open Case File (read-only)…</source>
        <translation>Abrir archivo de caso (solo lectura)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Export &amp;Trace…</source>
        <translation>Exportar &amp;traza…</translation>
    </message>
    <message>
        <source>Export Time &amp;Window…</source>
        <translation>Exportar inter&amp;valo de tiempo…</translation>
    </message>
    <message>
        <source>Export &amp;Case File…</source>
        <translation>Exportar archivo de &amp;caso…</translation>
    </message>
    <message>
        <source>&amp;Pinned &amp;&amp; Notes</source>
        <translation>&amp;Fijados &amp;&amp; notas</translation>
    </message>
    <message>
        <source>Cannot open case file</source>
        <translation>No se puede abrir el archivo de caso</translation>
    </message>
    <message>
        <source>Opened %1 read-only.</source>
        <translation>%1 abierto en solo lectura.</translation>
    </message>
    <message>
        <source>Open Case File</source>
        <translation>Abrir archivo de caso</translation>
    </message>
    <message>
        <source>Hearth case files (*.hearth);;All files (*)</source>
        <translation>Archivos de caso de Hearth (*.hearth);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1: %n row(s) to %2</source>
        <translation>
            <numerusform>Exportado %1: %n fila a %2</numerusform>
            <numerusform>Exportado %1: %n filas a %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Result</source>
        <translation>Exportar resultado</translation>
    </message>
    <message>
        <source>result</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>Export Trace</source>
        <translation>Exportar traza</translation>
    </message>
    <message>
        <source>Trace id:</source>
        <translation>Id de traza:</translation>
    </message>
    <message>
        <source>trace</source>
        <translation>traza</translation>
    </message>
    <message>
        <source>Export Time Window</source>
        <translation>Exportar intervalo de tiempo</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Time range:</source>
        <translation>Intervalo de tiempo:</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabla:</translation>
    </message>
    <message>
        <source>time window</source>
        <translation>intervalo de tiempo</translation>
    </message>
    <message>
        <source>Export Case File</source>
        <translation>Exportar archivo de caso</translation>
    </message>
    <message>
        <source>trace ids, separated by spaces</source>
        <translation>ids de traza, separados por espacios</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Traces:</source>
        <translation>Trazas:</translation>
    </message>
    <message>
        <source>The case holds these traces, the metrics over their time span, the dashboards, saved searches and their notes. Secrets (authorization headers, API keys, tokens) are left out.</source>
        <translation>El caso contiene estas trazas, las métricas de su intervalo de tiempo, los paneles, las búsquedas guardadas y sus notas. Los secretos (cabeceras de autorización, claves de API, tokens) se excluyen.</translation>
    </message>
    <message>
        <source>Hearth case files (*.hearth)</source>
        <translation>Archivos de caso de Hearth (*.hearth)</translation>
    </message>
    <message>
        <source>Case file %1: %2 records, %3 metric points, %4 notes.</source>
        <translation>Archivo de caso %1: %2 registros, %3 puntos de métricas, %4 notas.</translation>
    </message>
</context>
<context>
    <name>hearth::app::JsonEditorDialog</name>
    <message>
        <source>Invalid JSON at line %1, column %2</source>
        <translation>JSON no válido en la línea %1, columna %2</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
</context>
<context>
    <name>hearth::app::LiveDetailsPanel</name>
    <message>
        <source>Open Trace</source>
        <translation>Abrir traza</translation>
    </message>
    <message>
        <source>Show the whole trace as a waterfall (double-click a row does the same)</source>
        <translation>Mostrar la traza completa como cascada (igual que doble clic en una fila)</translation>
    </message>
</context>
<context>
    <name>hearth::app::LivePage</name>
    <message>
        <source>Last 5 minutes</source>
        <translation>Últimos 5 minutos</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Últimos 15 minutos</translation>
    </message>
    <message>
        <source>Last 30 minutes</source>
        <translation>Últimos 30 minutos</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Últimas 6 horas</translation>
    </message>
    <message>
        <source>Last 12 hours</source>
        <translation>Últimas 12 horas</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 2 days</source>
        <translation>Últimos 2 días</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Últimos 14 días</translation>
    </message>
    <message>
        <source>Live tail (paused)</source>
        <translation>Seguimiento en vivo (en pausa)</translation>
    </message>
    <message>
        <source>Live tail</source>
        <translation>Seguimiento en vivo</translation>
    </message>
    <message numerus="yes">
        <source>↓ %n new record(s)</source>
        <translation>
            <numerusform>↓ %n registro nuevo</numerusform>
            <numerusform>↓ %n registros nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>Live records</source>
        <translation>Registros en vivo</translation>
    </message>
    <message>
        <source>Search your spans: a WHERE clause, e.g. level &gt;= 17 AND service_name = &apos;api&apos;</source>
        <translation>Busque en sus spans: una cláusula WHERE, p. ej. level &gt;= 17 AND service_name = &apos;api&apos;</translation>
    </message>
    <message>
        <source>The WHERE clause of SELECT * FROM records WHERE …
Enter or Ctrl+Enter runs it; Ctrl+Space completes.</source>
        <translation>La cláusula WHERE de SELECT * FROM records WHERE …
Intro o Ctrl+Intro la ejecuta; Ctrl+Espacio completa.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Run the search (Ctrl+Enter)</source>
        <translation>Ejecutar la búsqueda (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Búsquedas</translation>
    </message>
    <message>
        <source>Recent and saved searches</source>
        <translation>Búsquedas recientes y guardadas</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <source>deployment.environment</source>
        <translation>deployment.environment</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Filter the loaded records</source>
        <translation>Filtrar los registros cargados</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Contraer</translation>
    </message>
    <message>
        <source>Collapse all traces</source>
        <translation>Contraer todas las trazas</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Expandir</translation>
    </message>
    <message>
        <source>Expand all traces</source>
        <translation>Expandir todas las trazas</translation>
    </message>
    <message>
        <source>Follow new records at the bottom of the list</source>
        <translation>Seguir los registros nuevos al final de la lista</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Custom time range</source>
        <translation>Intervalo de tiempo personalizado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>%1 (at character %2)</source>
        <translation>%1 (en el carácter %2)</translation>
    </message>
    <message>
        <source>All envs</source>
        <translation>Todos los entornos</translation>
    </message>
    <message>
        <source>Env not specified</source>
        <translation>Entorno no especificado</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>Ningún almacén abierto</translation>
    </message>
    <message>
        <source>Loading records from the %1…</source>
        <translation>Cargando registros (%1)…</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 records from the %3</source>
        <translation>Mostrando los %1 más recientes de %2 registros (%3)</translation>
    </message>
    <message>
        <source>Showing %1 records from the %2</source>
        <translation>Mostrando %1 registros (%2)</translation>
    </message>
    <message>
        <source> · loading older…</source>
        <translation> · cargando anteriores…</translation>
    </message>
    <message>
        <source> · no older records in this window</source>
        <translation> · no hay registros anteriores en este intervalo</translation>
    </message>
    <message numerus="yes">
        <source> · %n shown by the quick filters</source>
        <translation>
            <numerusform> · %n mostrado por los filtros rápidos</numerusform>
            <numerusform> · %n mostrados por los filtros rápidos</numerusform>
        </translation>
    </message>
    <message>
        <source> · last poll failed: %1</source>
        <translation> · la última consulta falló: %1</translation>
    </message>
    <message>
        <source>Following new records</source>
        <translation>Siguiendo registros nuevos</translation>
    </message>
    <message>
        <source>Not following</source>
        <translation>Sin seguimiento</translation>
    </message>
    <message>
        <source>Nothing loaded yet</source>
        <translation>Aún no se ha cargado nada</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Cualquier nivel</translation>
    </message>
    <message>
        <source>debug and above</source>
        <translation>debug y superiores</translation>
    </message>
    <message>
        <source>info and above</source>
        <translation>info y superiores</translation>
    </message>
    <message>
        <source>warn and above</source>
        <translation>warn y superiores</translation>
    </message>
    <message>
        <source>error and above</source>
        <translation>error y superiores</translation>
    </message>
    <message>
        <source>Level ≥ %1</source>
        <translation>Nivel ≥ %1</translation>
    </message>
    <message>
        <source>Save current search…</source>
        <translation>Guardar búsqueda actual…</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Guardar búsqueda</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Eliminar búsqueda guardada</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardadas</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recientes</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>Empezar aquí</translation>
    </message>
    <message>
        <source>Saved search</source>
        <translation>Búsqueda guardada</translation>
    </message>
    <message>
        <source>Search (SQL WHERE clause)</source>
        <translation>Búsqueda (cláusula WHERE de SQL)</translation>
    </message>
    <message>
        <source>Search the live view</source>
        <translation>Buscar en la vista en vivo</translation>
    </message>
</context>
<context>
    <name>hearth::app::LiveRowDelegate</name>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 versión %2</translation>
    </message>
    <message>
        <source>Scope: %1 %2</source>
        <translation>Ámbito: %1 %2</translation>
    </message>
    <message>
        <source>LLM tokens: %1%2</source>
        <translation>Tokens de LLM: %1%2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1
span: %2 · level: %3</source>
        <translation>%1
span: %2 · nivel: %3</translation>
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
        <translation>Conexión</translation>
    </message>
    <message>
        <source>  Query: </source>
        <translation>  Consulta: </translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En vivo</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Explorar</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Paneles</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Traza</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation>&amp;Abrir almacén…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>En &amp;vivo</translation>
    </message>
    <message>
        <source>&amp;Explore</source>
        <translation>&amp;Explorar</translation>
    </message>
    <message>
        <source>&amp;Dashboards</source>
        <translation>&amp;Paneles</translation>
    </message>
    <message>
        <source>&amp;Trace</source>
        <translation>&amp;Traza</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>Te&amp;ma</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>Seguir el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;laro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Command Palette…</source>
        <translation>Paleta de comandos…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Hearth</source>
        <translation>Acerca &amp;de Hearth</translation>
    </message>
    <message>
        <source>About Hearth</source>
        <translation>Acerca de Hearth</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hearth %1&lt;/b&gt;&lt;p&gt;A desktop observability console for agentic AI systems: OpenTelemetry and Logfire data on your own machine.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Hearth %1&lt;/b&gt;&lt;p&gt;Una consola de observabilidad de escritorio para sistemas de IA agéntica: datos de OpenTelemetry y Logfire en su propio equipo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Cannot open store</source>
        <translation>No se puede abrir el almacén</translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation>Abrir almacén</translation>
    </message>
    <message>
        <source>Hearth stores (*.hearth *.db *.sqlite);;All files (*)</source>
        <translation>Almacenes de Hearth (*.hearth *.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>Ningún almacén abierto</translation>
    </message>
    <message>
        <source>Store: %1%2</source>
        <translation>Almacén: %1%2</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <source>%1 — Hearth</source>
        <translation>%1 — Hearth</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 registros</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>A&amp;lertas</translation>
    </message>
</context>
<context>
    <name>hearth::app::MatchedRowsModel</name>
    <message>
        <source>Double-click to open the trace</source>
        <translation>Doble clic para abrir la traza</translation>
    </message>
</context>
<context>
    <name>hearth::app::NotesModel</name>
    <message>
        <source>trace %1%2</source>
        <translation>traza %1%2</translation>
    </message>
    <message>
        <source>, span %1</source>
        <translation>, span %1</translation>
    </message>
    <message>
        <source>Trace …%1</source>
        <translation>Traza …%1</translation>
    </message>
    <message>
        <source>Span …%1</source>
        <translation>Span …%1</translation>
    </message>
    <message>
        <source>(not in this store)</source>
        <translation>(no está en este almacén)</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fijado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>hearth::app::NotesPanel</name>
    <message>
        <source>Pin Trace…</source>
        <translation>Fijar traza…</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Desfijar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Note on the selected item…</source>
        <translation>Nota sobre el elemento seleccionado…</translation>
    </message>
    <message>
        <source>Save Note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <source>No store open.</source>
        <translation>Ningún almacén abierto.</translation>
    </message>
    <message>
        <source>Nothing pinned yet. Pin a trace or span to keep it here with a note.</source>
        <translation>Nada fijado aún. Fije una traza o un span para guardarlo aquí con una nota.</translation>
    </message>
    <message>
        <source>Case file: read-only.</source>
        <translation>Archivo de caso: solo lectura.</translation>
    </message>
    <message>
        <source>Pin Trace</source>
        <translation>Fijar traza</translation>
    </message>
    <message>
        <source>Trace id, optionally followed by a span id:</source>
        <translation>Id de traza, opcionalmente seguido de un id de span:</translation>
    </message>
</context>
<context>
    <name>hearth::app::PanelEditorDialog</name>
    <message>
        <source>Edit panel</source>
        <translation>Editar panel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Show rendered query</source>
        <translation>Mostrar consulta generada</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation>Apilado</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Visualización</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Y axis</source>
        <translation>Eje Y</translation>
    </message>
    <message>
        <source>Run (Ctrl+Enter)</source>
        <translation>Ejecutar (Ctrl+Intro)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 ms</source>
        <translation>
            <numerusform>%n fila en %1 ms</numerusform>
            <numerusform>%n filas en %1 ms</numerusform>
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
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit this panel</source>
        <translation>Editar este panel</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Duplicate this panel</source>
        <translation>Duplicar este panel</translation>
    </message>
    <message>
        <source>Remove this panel</source>
        <translation>Quitar este panel</translation>
    </message>
    <message>
        <source>Unsupported panel kind &quot;%1&quot;</source>
        <translation>Tipo de panel no compatible &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This panel has no query</source>
        <translation>Este panel no tiene consulta</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>truncado</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>Alert…</source>
        <translation>Alerta…</translation>
    </message>
    <message>
        <source>Create an alert rule from this panel&apos;s query and variables</source>
        <translation>Crear una regla de alerta con la consulta y las variables de este panel</translation>
    </message>
</context>
<context>
    <name>hearth::app::PngFile</name>
    <message>
        <source>Cannot encode the image for %1 as PNG.</source>
        <translation>No se puede codificar la imagen para %1 como PNG.</translation>
    </message>
</context>
<context>
    <name>hearth::app::ReceiverController</name>
    <message>
        <source>Receiver status</source>
        <translation>Estado del receptor</translation>
    </message>
    <message>
        <source>Receiver off</source>
        <translation>Receptor desactivado</translation>
    </message>
    <message>
        <source>Turn it on in Settings → Local OTLP receiver.</source>
        <translation>Actívelo en Configuración → Receptor OTLP local.</translation>
    </message>
    <message>
        <source>Receiver off: no token</source>
        <translation>Receptor desactivado: sin token</translation>
    </message>
    <message>
        <source>Receiver off (read-only store)</source>
        <translation>Receptor desactivado (almacén de solo lectura)</translation>
    </message>
    <message>
        <source>Receiver stopped</source>
        <translation>Receptor detenido</translation>
    </message>
    <message>
        <source>⚠ Receiver not listening</source>
        <translation>⚠ El receptor no escucha</translation>
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
        <translation>● %1 — %2 filas/s</translation>
    </message>
</context>
<context>
    <name>hearth::app::ResultChart</name>
    <message>
        <source>Chart:</source>
        <translation>Gráfico:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Barras</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Nothing to chart: the result needs a time or text column and a numeric column.</source>
        <translation>Nada que graficar: el resultado necesita una columna de tiempo o texto y una numérica.</translation>
    </message>
</context>
<context>
    <name>hearth::app::SettingsPage</name>
    <message>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Configuración&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Local store</source>
        <translation>Almacén local</translation>
    </message>
    <message>
        <source>Open Another Store…</source>
        <translation>Abrir otro almacén…</translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation>Abrir almacén</translation>
    </message>
    <message>
        <source>Hearth stores (*.hearth *.db *.sqlite);;All files (*)</source>
        <translation>Almacenes de Hearth (*.hearth *.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot open store</source>
        <translation>No se puede abrir el almacén</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Disk usage:</source>
        <translation>Uso de disco:</translation>
    </message>
    <message>
        <source>Keep forever</source>
        <translation>Conservar siempre</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Keep records for</source>
        <translation>Conservar registros durante</translation>
    </message>
    <message>
        <source>Keep records for:</source>
        <translation>Conservar registros durante:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Maximum store size</source>
        <translation>Tamaño máximo del almacén</translation>
    </message>
    <message>
        <source>Maximum size:</source>
        <translation>Tamaño máximo:</translation>
    </message>
    <message>
        <source>Apply Retention Now</source>
        <translation>Aplicar retención ahora</translation>
    </message>
    <message>
        <source>Vacuum</source>
        <translation>Compactar</translation>
    </message>
    <message>
        <source>Rebuild the file to give free space back to the disk.</source>
        <translation>Reconstruir el archivo para devolver el espacio libre al disco.</translation>
    </message>
    <message>
        <source>Local OTLP receiver</source>
        <translation>Receptor OTLP local</translation>
    </message>
    <message>
        <source>Receive telemetry while Hearth runs</source>
        <translation>Recibir telemetría mientras Hearth se ejecuta</translation>
    </message>
    <message>
        <source>OTLP HTTP port</source>
        <translation>Puerto HTTP de OTLP</translation>
    </message>
    <message>
        <source>HTTP port (127.0.0.1):</source>
        <translation>Puerto HTTP (127.0.0.1):</translation>
    </message>
    <message>
        <source>OTLP gRPC port</source>
        <translation>Puerto gRPC de OTLP</translation>
    </message>
    <message>
        <source>gRPC port (127.0.0.1):</source>
        <translation>Puerto gRPC (127.0.0.1):</translation>
    </message>
    <message>
        <source>Require an Authorization token</source>
        <translation>Exigir un token de Authorization</translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation>guardado en el llavero del sistema</translation>
    </message>
    <message>
        <source>Receiver token</source>
        <translation>Token del receptor</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Point SDKs at &lt;code&gt;OTEL_EXPORTER_OTLP_ENDPOINT=http://localhost:%1&lt;/code&gt;</source>
        <translation>Apunte los SDK a &lt;code&gt;OTEL_EXPORTER_OTLP_ENDPOINT=http://localhost:%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Token kept for this session</source>
        <translation>Token conservado para esta sesión</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Add Logfire Connection…</source>
        <translation>Añadir conexión de Logfire…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Use for Views</source>
        <translation>Usar para las vistas</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>The language changes when Hearth restarts.</source>
        <translation>El idioma cambia al reiniciar Hearth.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>Ningún almacén abierto</translation>
    </message>
    <message>
        <source>%1 (%2 in the write-ahead log, %3 free inside the file)</source>
        <translation>%1 (%2 en el registro de escritura anticipada, %3 libres en el archivo)</translation>
    </message>
    <message>
        <source>Vacuuming…</source>
        <translation>Compactando…</translation>
    </message>
    <message>
        <source>Applying retention…</source>
        <translation>Aplicando retención…</translation>
    </message>
    <message>
        <source>Removed %1 records and %2 metric points.</source>
        <translation>Eliminados %1 registros y %2 puntos de métricas.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>  (in use)</source>
        <translation>  (en uso)</translation>
    </message>
    <message>
        <source>No keychain service is available: the token is kept for this session only and asked again next time.</source>
        <translation>No hay servicio de llavero disponible: el token se conserva solo en esta sesión y se volverá a pedir.</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Quitar conexión</translation>
    </message>
    <message>
        <source>Remove the connection “%1” and its stored token?</source>
        <translation>¿Quitar la conexión “%1” y su token guardado?</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Views query the local store, or a Logfire project through its query API. Read tokens are kept in the system keychain, never in settings files; without a keychain, as chosen below.</source>
        <translation>Las vistas consultan el almacén local o un proyecto de Logfire mediante su API de consultas. Los tokens de lectura se guardan en el llavero del sistema, nunca en archivos de configuración; sin llavero, según lo elegido abajo.</translation>
    </message>
    <message>
        <source>No keychain service is available: the token is stored in the passphrase-protected token file.</source>
        <translation>No hay servicio de llavero disponible: el token se guarda en el archivo de tokens protegido con frase de contraseña.</translation>
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
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>SQL Editor</source>
        <translation>Editor SQL</translation>
    </message>
</context>
<context>
    <name>hearth::app::SqlEditor</name>
    <message>
        <source>SQL editor. Tab indents and Shift+Tab unindents the selected lines; Ctrl+Tab and Ctrl+Shift+Tab move the focus out of the editor. Ctrl+Enter runs the query, Ctrl+Space completes.</source>
        <translation>Editor SQL. Tab sangra y Mayús+Tab quita la sangría de las líneas seleccionadas; Ctrl+Tab y Ctrl+Mayús+Tab sacan el foco del editor. Ctrl+Intro ejecuta la consulta, Ctrl+Espacio completa.</translation>
    </message>
    <message>
        <source>Indent the line or the selected lines</source>
        <translation>Sangrar la línea o las líneas seleccionadas</translation>
    </message>
    <message>
        <source>Unindent the line or the selected lines</source>
        <translation>Quitar la sangría de la línea o las líneas seleccionadas</translation>
    </message>
    <message>
        <source>Move the focus out of the editor</source>
        <translation>Sacar el foco del editor</translation>
    </message>
    <message>
        <source>Move the focus out of the editor, backwards</source>
        <translation>Sacar el foco del editor hacia atrás</translation>
    </message>
    <message>
        <source>Complete the word</source>
        <translation>Completar la palabra</translation>
    </message>
</context>
<context>
    <name>hearth::app::TokenStorageWidget</name>
    <message>
        <source>Tokens are kept in:</source>
        <translation>Los tokens se guardan en:</translation>
    </message>
    <message>
        <source>Without a keychain</source>
        <translation>Sin llavero</translation>
    </message>
    <message>
        <source>Ask when a token is needed</source>
        <translation>Preguntar cuando se necesite un token</translation>
    </message>
    <message>
        <source>Encrypt tokens in a file protected by a passphrase</source>
        <translation>Cifrar los tokens en un archivo protegido con una frase de contraseña</translation>
    </message>
    <message>
        <source>Type the token each session</source>
        <translation>Escribir el token en cada sesión</translation>
    </message>
    <message>
        <source>Without a keychain:</source>
        <translation>Sin llavero:</translation>
    </message>
    <message>
        <source>Change Passphrase…</source>
        <translation>Cambiar frase de contraseña…</translation>
    </message>
    <message>
        <source>Forget Token File…</source>
        <translation>Olvidar archivo de tokens…</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <source>an encrypted file, unlocked for this session</source>
        <translation>un archivo cifrado, desbloqueado en esta sesión</translation>
    </message>
    <message>
        <source>an encrypted file, locked (the passphrase is asked when a token is needed)</source>
        <translation>un archivo cifrado, bloqueado (la frase de contraseña se pide cuando se necesita un token)</translation>
    </message>
    <message>
        <source>an encrypted file, created when the first token is saved</source>
        <translation>un archivo cifrado, que se crea al guardar el primer token</translation>
    </message>
    <message>
        <source>memory only: no keychain is available, tokens are typed each session</source>
        <translation>solo en memoria: no hay llavero disponible, los tokens se escriben en cada sesión</translation>
    </message>
    <message>
        <source>memory only for now: no keychain is available</source>
        <translation>por ahora solo en memoria: no hay llavero disponible</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Llavero: %1</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Desbloquear…</translation>
    </message>
    <message>
        <source>Forget Token File</source>
        <translation>Olvidar archivo de tokens</translation>
    </message>
    <message>
        <source>Delete the encrypted token file? Every token stored in it is lost and must be entered again.</source>
        <translation>¿Eliminar el archivo cifrado de tokens? Todos los tokens guardados en él se pierden y habrá que introducirlos de nuevo.</translation>
    </message>
</context>
<context>
    <name>hearth::app::TracePage</name>
    <message>
        <source>Paste a trace id…</source>
        <translation>Pegue un id de traza…</translation>
    </message>
    <message>
        <source>Search in trace (Ctrl+F)</source>
        <translation>Buscar en la traza (Ctrl+F)</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <source>Show only spans of this service (and their ancestors)</source>
        <translation>Mostrar solo los spans de este servicio (y sus ancestros)</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info y superiores</translation>
    </message>
    <message>
        <source>Warnings and above</source>
        <translation>Advertencias y superiores</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Solo errores</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>Filtrar mensajes</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Ruta crítica</translation>
    </message>
    <message>
        <source>Highlight what the trace&apos;s latency waited on</source>
        <translation>Resaltar lo que determinó la latencia de la traza</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Zoom to the whole trace (F, Esc)</source>
        <translation>Ajustar a la traza completa (F, Esc)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom to the selected span (Enter)</source>
        <translation>Acercar al span seleccionado (Intro)</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Expandir todo</translation>
    </message>
    <message>
        <source>Unfold every span</source>
        <translation>Desplegar todos los spans</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Contraer todo</translation>
    </message>
    <message>
        <source>Fold every span</source>
        <translation>Plegar todos los spans</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>No hay ningún almacén abierto.</translation>
    </message>
    <message>
        <source>Enter a trace id (32 hexadecimal digits).</source>
        <translation>Introduzca un id de traza (32 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>Loading trace %1…</source>
        <translation>Cargando traza %1…</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Todos los servicios</translation>
    </message>
    <message>
        <source> · opened in %L1 ms</source>
        <translation> · abierta en %L1 ms</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>sin coincidencias</translation>
    </message>
    <message>
        <source>1/%L1</source>
        <translation>1/%L1</translation>
    </message>
    <message>
        <source>Open a trace from the Live view or Explore, or paste a trace id.</source>
        <translation>Abra una traza desde En vivo o Explorar, o pegue un id de traza.</translation>
    </message>
    <message>
        <source>%L1/%L2</source>
        <translation>%L1/%L2</translation>
    </message>
    <message>
        <source>Trace %1 · %L2 spans · %3 · %L4 rows shown</source>
        <translation>Traza %1 · %L2 spans · %3 · %L4 filas mostradas</translation>
    </message>
    <message>
        <source> · LLM ∑ ↗%L1 ↙%L2 tokens, $%3 over %L4 requests</source>
        <translation> · LLM ∑ ↗%L1 ↙%L2 tokens, $%3 en %L4 solicitudes</translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation>Id de traza</translation>
    </message>
    <message>
        <source>Search in the trace</source>
        <translation>Buscar en la traza</translation>
    </message>
</context>
<context>
    <name>hearth::app::TraceView</name>
    <message>
        <source>%L1 hidden descendants</source>
        <translation>%L1 descendientes ocultos</translation>
    </message>
    <message numerus="yes">
        <source>LLM tokens ↗%L1 ↙%L2 · $%3 (%n request(s))</source>
        <translation>
            <numerusform>Tokens de LLM ↗%L1 ↙%L2 · $%3 (%n solicitud)</numerusform>
            <numerusform>Tokens de LLM ↗%L1 ↙%L2 · $%3 (%n solicitudes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Trace waterfall</source>
        <translation>Cascada de la traza</translation>
    </message>
    <message>
        <source>Up and Down move between spans, Right and Left expand and collapse, Enter opens the details, + and - zoom, F fits.</source>
        <translation>Arriba y Abajo pasan de un span a otro, Derecha e Izquierda expanden y contraen, Intro abre los detalles, + y - hacen zoom, F ajusta.</translation>
    </message>
</context>
<context>
    <name>hearth::app::TrayNotifier</name>
    <message>
        <source>Hearth alerts</source>
        <translation>Alertas de Hearth</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Este escritorio no tiene bandeja del sistema.</translation>
    </message>
    <message>
        <source>Hearth alert: %1</source>
        <translation>Alerta de Hearth: %1</translation>
    </message>
</context>
<context>
    <name>hearth::app::ValuesWidget</name>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
</context>
<context>
    <name>hearth::app::VaultPassphraseDialog</name>
    <message>
        <source>Unlock Tokens</source>
        <translation>Desbloquear tokens</translation>
    </message>
    <message>
        <source>Enter the passphrase of your token file</source>
        <translation>Introduzca la frase de contraseña de su archivo de tokens</translation>
    </message>
    <message>
        <source>Logfire tokens are kept in an encrypted file. Hearth needs the passphrase once per session and keeps it only in memory.</source>
        <translation>Los tokens de Logfire se guardan en un archivo cifrado. Hearth necesita la frase de contraseña una vez por sesión y solo la guarda en memoria.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Protect Tokens with a Passphrase</source>
        <translation>Proteger los tokens con una frase de contraseña</translation>
    </message>
    <message>
        <source>Choose a passphrase for your token file</source>
        <translation>Elija una frase de contraseña para su archivo de tokens</translation>
    </message>
    <message>
        <source>Tokens are encrypted with this passphrase. Hearth asks for it once per session and cannot recover it: if it is lost, the tokens must be entered again.</source>
        <translation>Los tokens se cifran con esta frase de contraseña. Hearth la pide una vez por sesión y no puede recuperarla: si se pierde, habrá que introducir los tokens de nuevo.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Change Token Passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Change the passphrase of your token file</source>
        <translation>Cambie la frase de contraseña de su archivo de tokens</translation>
    </message>
    <message>
        <source>Every stored token is encrypted again under the new passphrase.</source>
        <translation>Todos los tokens guardados se cifran de nuevo con la nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frase &amp;actual:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Use at least %1 characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Use al menos %1 caracteres; unas cuantas palabras sin relación son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Comprobando la frase de contraseña…</translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation>Cifrando…</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Introduzca la frase de contraseña.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>La frase de contraseña necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Settings → Connections → Forget Token File… deletes it; the tokens are then entered again.</source>
        <translation>Configuración → Conexiones → Olvidar archivo de tokens… lo elimina; después hay que introducir los tokens de nuevo.</translation>
    </message>
</context>
<context>
    <name>hearth::cli::Alerts</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>imported %1 alert(s): %2 new, %3 updated</source>
        <translation>%1 alerta(s) importada(s): %2 nuevas, %3 actualizadas</translation>
    </message>
    <message>
        <source>exported %1 alert(s) to %2</source>
        <translation>%1 alerta(s) exportada(s) a %2</translation>
    </message>
    <message>
        <source>no alert named &quot;%1&quot;</source>
        <translation>no hay ninguna alerta llamada «%1»</translation>
    </message>
    <message>
        <source>Manage alert rules.
  list                 rules with their last state
  import FILE          add or update rules (by name) from JSON (Logfire&apos;s alert fields)
  export [FILE]        write every rule as JSON (stdout without FILE)
  run-once [--name N]  evaluate active rules (or the named one) now, record and notify</source>
        <translation>Gestiona reglas de alerta.
  list                 reglas con su último estado
  import FILE          añade o actualiza reglas (por nombre) desde JSON (campos de alerta de Logfire)
  export [FILE]        escribe todas las reglas como JSON (stdout sin FILE)
  run-once [--name N]  evalúa ahora las reglas activas (o la indicada), registra y notifica</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>El archivo del almacén.</translation>
    </message>
    <message>
        <source>run-once: only this rule.</source>
        <translation>run-once: solo esta regla.</translation>
    </message>
    <message>
        <source>list, import, export or run-once</source>
        <translation>list, import, export o run-once</translation>
    </message>
    <message>
        <source>expected one of list, import, export, run-once</source>
        <translation>se esperaba list, import, export o run-once</translation>
    </message>
    <message>
        <source> (got &quot;%1&quot;)</source>
        <translation> (recibido: «%1»)</translation>
    </message>
    <message>
        <source>which file? (hearth-cli alerts import FILE)</source>
        <translation>¿qué archivo? (hearth-cli alerts import FILE)</translation>
    </message>
    <message>
        <source>A Logfire connection alert rules may name (repeatable). URL is the query API base URL, or us / eu; the read token comes from $HEARTH_READ_TOKEN_&lt;NAME&gt;, else $LOGFIRE_READ_TOKEN.</source>
        <translation>Una conexión de Logfire que las reglas de alerta pueden nombrar (repetible). URL es la URL base de la API de consultas, o us / eu; el token de lectura se toma de $HEARTH_READ_TOKEN_&lt;NAME&gt; o, si no, de $LOGFIRE_READ_TOKEN.</translation>
    </message>
    <message>
        <source>set %1 in the environment of this process</source>
        <translation>defina %1 en el entorno de este proceso</translation>
    </message>
    <message>
        <source>--alerts-connection needs NAME=URL, got &apos;%1&apos;</source>
        <translation>--alerts-connection necesita NAME=URL, se recibió «%1»</translation>
    </message>
    <message>
        <source>--alerts-connection: &apos;local&apos; names the store itself</source>
        <translation>--alerts-connection: «local» designa el propio almacén</translation>
    </message>
    <message>
        <source>set %1 (or LOGFIRE_READ_TOKEN) in the environment of this process</source>
        <translation>defina %1 (o LOGFIRE_READ_TOKEN) en el entorno de este proceso</translation>
    </message>
    <message>
        <source> (only the Hearth app reads the keychain)</source>
        <translation> (solo la aplicación Hearth lee el llavero)</translation>
    </message>
</context>
<context>
    <name>hearth::cli::Commands</name>
    <message>
        <source>Alert rules: list, import, export, run-once</source>
        <translation>Reglas de alerta: list, import, export, run-once</translation>
    </message>
    <message>
        <source>Write deterministic demo data (agents, LLM calls, logs, metrics)</source>
        <translation>Escribe datos de demostración deterministas (agentes, llamadas a LLM, logs, métricas)</translation>
    </message>
    <message>
        <source>Export a query, a trace or a time window (CSV, JSON, NDJSON, case file)</source>
        <translation>Exporta una consulta, una traza o un intervalo de tiempo (CSV, JSON, NDJSON, archivo de caso)</translation>
    </message>
    <message>
        <source>Import Logfire exports (JSON, NDJSON, CSV) and OTLP files into a store</source>
        <translation>Importa exportaciones de Logfire (JSON, NDJSON, CSV) y archivos OTLP a un almacén</translation>
    </message>
    <message>
        <source>Print what a store holds (records, metrics, schema version)</source>
        <translation>Muestra el contenido de un almacén (registros, métricas, versión del esquema)</translation>
    </message>
    <message>
        <source>Pin traces and spans and attach notes (list, pin, note, unpin, rm)</source>
        <translation>Fija trazas y spans y añade notas (list, pin, note, unpin, rm)</translation>
    </message>
    <message>
        <source>Run Logfire SQL on a store or a query API (json, csv or table)</source>
        <translation>Ejecuta SQL de Logfire en un almacén o una API de consultas (json, csv o table)</translation>
    </message>
    <message>
        <source>Render a dashboard to PNG (--db, --dashboard, --out, --since/--from/--to, --var)</source>
        <translation>Renderiza un panel a PNG (--db, --dashboard, --out, --since/--from/--to, --var)</translation>
    </message>
    <message>
        <source>Draw a trace&apos;s waterfall to a PNG (headless)</source>
        <translation>Dibuja la cascada de una traza en un PNG (sin interfaz)</translation>
    </message>
    <message>
        <source>Run the OTLP receiver (and optional query API) headless</source>
        <translation>Ejecuta el receptor OTLP (y opcionalmente la API de consultas) sin interfaz</translation>
    </message>
</context>
<context>
    <name>hearth::cli::Demo</name>
    <message>
        <source>The store file (created if missing).</source>
        <translation>El archivo del almacén (se crea si no existe).</translation>
    </message>
    <message>
        <source>Number of traces (default 300).</source>
        <translation>Número de trazas (por defecto 300).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Semilla aleatoria (por defecto 1).</translation>
    </message>
    <message>
        <source>Days of history ending at the end time (default 7).</source>
        <translation>Días de historial hasta la hora final (por defecto 7).</translation>
    </message>
    <message>
        <source>End time, RFC 3339 or microseconds since the epoch (default now). Same seed and end, same rows.</source>
        <translation>Hora final, RFC 3339 o microsegundos desde la época (por defecto ahora). Misma semilla y final, mismas filas.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>--traces must be a whole number from 0 to 50000000, not &apos;%1&apos;</source>
        <translation>--traces debe ser un número entero de 0 a 50000000, no «%1»</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number, not &apos;%1&apos;</source>
        <translation>--seed debe ser un número entero no negativo, no «%1»</translation>
    </message>
    <message>
        <source>--days must be a whole number from 1 to 366, not &apos;%1&apos;</source>
        <translation>--days debe ser un número entero de 1 a 366, no «%1»</translation>
    </message>
    <message>
        <source>--end must be an RFC 3339 time (2026-11-28T04:00:00Z) or microseconds since the epoch, not &apos;%1&apos;</source>
        <translation>--end debe ser una hora RFC 3339 (2026-11-28T04:00:00Z) o microsegundos desde la época, no «%1»</translation>
    </message>
    <message>
        <source>Demo data with seed %1, %2 traces and %3 days ending %4 is already in %5; nothing written.</source>
        <translation>Los datos de demostración con semilla %1, %2 trazas y %3 días hasta %4 ya están en %5; no se escribió nada.</translation>
    </message>
    <message>
        <source>Wrote demo data to %1 (seed %2, %3 days from %4 to %5)</source>
        <translation>Datos de demostración escritos en %1 (semilla %2, %3 días de %4 a %5)</translation>
    </message>
</context>
<context>
    <name>hearth::cli::Export</name>
    <message>
        <source>Export a query result, one trace or a time window as CSV, Logfire v2 JSON or NDJSON, or as a case file (.hearth) that another Hearth opens read-only.</source>
        <translation>Exporta el resultado de una consulta, una traza o un intervalo de tiempo como CSV, JSON v2 de Logfire o NDJSON, o como archivo de caso (.hearth) que otro Hearth abre en solo lectura.</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>El archivo del almacén.</translation>
    </message>
    <message>
        <source>A query (Logfire SQL).</source>
        <translation>Una consulta (SQL de Logfire).</translation>
    </message>
    <message>
        <source>A trace id (repeatable).</source>
        <translation>Un id de traza (repetible).</translation>
    </message>
    <message>
        <source>A time window ending now, e.g. 24h, 7d.</source>
        <translation>Un intervalo de tiempo hasta ahora, p. ej. 24h, 7d.</translation>
    </message>
    <message>
        <source>With --since: export metric points, not records.</source>
        <translation>Con --since: exporta puntos de métricas, no registros.</translation>
    </message>
    <message>
        <source>With --sql: at most this many rows (default 1000000).</source>
        <translation>Con --sql: como máximo estas filas (por defecto 1000000).</translation>
    </message>
    <message>
        <source>The output file.</source>
        <translation>El archivo de salida.</translation>
    </message>
    <message>
        <source>csv, json, ndjson or case (default: from the extension; .hearth = case).</source>
        <translation>csv, json, ndjson o case (por defecto: según la extensión; .hearth = case).</translation>
    </message>
    <message>
        <source>Case file title.</source>
        <translation>Título del archivo de caso.</translation>
    </message>
    <message>
        <source>give --out PATH and exactly one of --sql, --trace, --since.</source>
        <translation>indique --out PATH y exactamente uno de --sql, --trace, --since.</translation>
    </message>
    <message>
        <source>cannot tell the format of &apos;%1&apos;; use .csv, .json, .ndjson or .hearth, or --format.</source>
        <translation>no se reconoce el formato de «%1»; use .csv, .json, .ndjson o .hearth, o --format.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration (e.g. 30m, 24h, 7d).</source>
        <translation>«%1» no es una duración (p. ej. 30m, 24h, 7d).</translation>
    </message>
    <message>
        <source>a case file from --sql needs a trace_id column in the result (the case holds whole traces).</source>
        <translation>un archivo de caso desde --sql necesita una columna trace_id en el resultado (el caso contiene trazas completas).</translation>
    </message>
    <message>
        <source>the result was cut at --limit %1 rows.</source>
        <translation>el resultado se cortó en --limit %1 filas.</translation>
    </message>
    <message>
        <source>one --trace per file (a case file takes several).</source>
        <translation>un --trace por archivo (un archivo de caso admite varios).</translation>
    </message>
    <message>
        <source>no records of trace %1 in %2.</source>
        <translation>no hay registros de la traza %1 en %2.</translation>
    </message>
</context>
<context>
    <name>hearth::cli::Import</name>
    <message>
        <source>The store file.</source>
        <translation>El archivo del almacén.</translation>
    </message>
    <message>
        <source>Skip malformed lines/rows (reported) instead of stopping.</source>
        <translation>Omite líneas o filas mal formadas (se informan) en lugar de detenerse.</translation>
    </message>
    <message>
        <source>Force the format: json, ndjson, csv, otlp-json, otlp-pb.</source>
        <translation>Fuerza el formato: json, ndjson, csv, otlp-json, otlp-pb.</translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation>Sin progreso en stderr.</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>Archivos que importar.</translation>
    </message>
    <message>
        <source>name at least one file to import.</source>
        <translation>indique al menos un archivo que importar.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (json, ndjson, csv, otlp-json, otlp-pb).</source>
        <translation>formato desconocido «%1» (json, ndjson, csv, otlp-json, otlp-pb).</translation>
    </message>
    <message>
        <source>importing: %1%</source>
        <translation>importando: %1 %</translation>
    </message>
    <message>
        <source>Import Logfire query results (v2 JSON, NDJSON, CSV, v1 JSON) and OTLP files (.json, .pb, Collector JSON lines) into a store. A failed or stopped import leaves nothing behind; rows already in the store are not duplicated.</source>
        <translation>Importa resultados de consultas de Logfire (JSON v2, NDJSON, CSV, JSON v1) y archivos OTLP (.json, .pb, líneas JSON del Collector) a un almacén. Una importación fallida o detenida no deja nada; las filas que ya están en el almacén no se duplican.</translation>
    </message>
</context>
<context>
    <name>hearth::cli::Info</name>
    <message>
        <source>Print what a store holds.</source>
        <translation>Muestra el contenido de un almacén.</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>El archivo del almacén.</translation>
    </message>
</context>
<context>
    <name>hearth::cli::Main</name>
    <message>
        <source>Usage: hearth-cli &lt;command&gt; [options]</source>
        <translation>Uso: hearth-cli &lt;orden&gt; [opciones]</translation>
    </message>
    <message>
        <source>Hearth&apos;s command line: the embedded OTLP receiver, queries, demo data, import and export.</source>
        <translation>La línea de órdenes de Hearth: receptor OTLP integrado, consultas, datos de demostración, importación y exportación.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Run &apos;hearth-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Ejecute «hearth-cli &lt;orden&gt; --help» para ver las opciones de una orden.</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>muestra la versión</translation>
    </message>
    <message>
        <source>hearth-cli: unknown command &apos;%1&apos;</source>
        <translation>hearth-cli: orden desconocida «%1»</translation>
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
        <translation>Elementos fijados y notas sobre trazas y spans.
  notes list                      elementos fijados y notas
  notes pin TRACE [SPAN] [--note TEXT]
  notes note ID TEXT              establece la nota de un elemento
  notes unpin ID | notes rm ID</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>El archivo del almacén.</translation>
    </message>
    <message>
        <source>Note text for pin.</source>
        <translation>Texto de la nota para pin.</translation>
    </message>
    <message>
        <source>list, pin, note, unpin, rm</source>
        <translation>list, pin, note, unpin, rm</translation>
    </message>
    <message>
        <source>unknown or incomplete action; see --help.</source>
        <translation>acción desconocida o incompleta; consulte --help.</translation>
    </message>
</context>
<context>
    <name>hearth::cli::Query</name>
    <message>
        <source>Run Logfire SQL on a local store or on Logfire&apos;s query API (or a hearth-cli serve --query-api).</source>
        <translation>Ejecuta SQL de Logfire en un almacén local o en la API de consultas de Logfire (o un hearth-cli serve --query-api).</translation>
    </message>
    <message>
        <source>A local store file.</source>
        <translation>Un archivo de almacén local.</translation>
    </message>
    <message>
        <source>A query API base URL (https://logfire-eu.pydantic.dev, or &apos;auto&apos; for the token&apos;s region).</source>
        <translation>URL base de una API de consultas (https://logfire-eu.pydantic.dev, o «auto» para la región del token).</translation>
    </message>
    <message>
        <source>Read token for --remote (default: $LOGFIRE_READ_TOKEN).</source>
        <translation>Token de lectura para --remote (por defecto: $LOGFIRE_READ_TOKEN).</translation>
    </message>
    <message>
        <source>The query.</source>
        <translation>La consulta.</translation>
    </message>
    <message>
        <source>Only the last DURATION (24h, 7d, 15m).</source>
        <translation>Solo la última DURATION (24h, 7d, 15m).</translation>
    </message>
    <message>
        <source>Window start (RFC 3339).</source>
        <translation>Inicio del intervalo (RFC 3339).</translation>
    </message>
    <message>
        <source>Window end (RFC 3339).</source>
        <translation>Fin del intervalo (RFC 3339).</translation>
    </message>
    <message>
        <source>A variable for $NAME (repeat a name for a multi-value list).</source>
        <translation>Una variable para $NAME (repita un nombre para una lista de varios valores).</translation>
    </message>
    <message>
        <source>Row limit (default 10000).</source>
        <translation>Límite de filas (por defecto 10000).</translation>
    </message>
    <message>
        <source>json (Logfire v2 shape), csv or table.</source>
        <translation>json (forma v2 de Logfire), csv o table.</translation>
    </message>
    <message>
        <source>Seconds before the query is stopped.</source>
        <translation>Segundos antes de detener la consulta.</translation>
    </message>
    <message>
        <source>give exactly one of --db FILE or --remote URL</source>
        <translation>indique exactamente uno de --db FILE o --remote URL</translation>
    </message>
    <message>
        <source>--sql is required</source>
        <translation>--sql es obligatorio</translation>
    </message>
    <message>
        <source>--format must be json, csv or table</source>
        <translation>--format debe ser json, csv o table</translation>
    </message>
    <message>
        <source>--limit must be a positive integer</source>
        <translation>--limit debe ser un entero positivo</translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds</source>
        <translation>--timeout debe ser un número positivo de segundos</translation>
    </message>
    <message>
        <source>use --since or --from/--to, not both</source>
        <translation>use --since o --from/--to, no ambos</translation>
    </message>
    <message>
        <source>cannot read --since &apos;%1&apos; (e.g. 24h, 7d, 15m)</source>
        <translation>no se puede leer --since «%1» (p. ej. 24h, 7d, 15m)</translation>
    </message>
    <message>
        <source>cannot read --%1 &apos;%2&apos; as a timestamp</source>
        <translation>no se puede leer --%1 «%2» como marca de tiempo</translation>
    </message>
    <message>
        <source>--var needs NAME=VALUE, got &apos;%1&apos;</source>
        <translation>--var necesita NAME=VALUE, recibido: «%1»</translation>
    </message>
    <message>
        <source>--remote needs --token or $LOGFIRE_READ_TOKEN</source>
        <translation>--remote necesita --token o $LOGFIRE_READ_TOKEN</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 ms</source>
        <translation>
            <numerusform>%n fila en %1 ms</numerusform>
            <numerusform>%n filas en %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source> (truncated by the row limit)</source>
        <translation> (truncado por el límite de filas)</translation>
    </message>
</context>
<context>
    <name>hearth::cli::Render</name>
    <message>
        <source>Render a dashboard to a PNG file.</source>
        <translation>Renderiza un panel en un archivo PNG.</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>El archivo del almacén.</translation>
    </message>
    <message>
        <source>A standard dashboard (slug or name), a saved one (name) or a JSON file.</source>
        <translation>Un panel estándar (slug o nombre), uno guardado (nombre) o un archivo JSON.</translation>
    </message>
    <message>
        <source>The PNG to write.</source>
        <translation>El PNG que escribir.</translation>
    </message>
    <message>
        <source>Relative range, e.g. 24h, 7d (default: the dashboard&apos;s).</source>
        <translation>Intervalo relativo, p. ej. 24h, 7d (por defecto: el del panel).</translation>
    </message>
    <message>
        <source>Range start (ISO 8601).</source>
        <translation>Inicio del intervalo (ISO 8601).</translation>
    </message>
    <message>
        <source>Range end (ISO 8601).</source>
        <translation>Fin del intervalo (ISO 8601).</translation>
    </message>
    <message>
        <source>A variable value (repeat; commas for several values).</source>
        <translation>Un valor de variable (repetible; comas para varios valores).</translation>
    </message>
    <message>
        <source>Override $resolution, e.g. &quot;1 hour&quot;.</source>
        <translation>Sustituye $resolution, p. ej. «1 hour».</translation>
    </message>
    <message>
        <source>Image width in pixels.</source>
        <translation>Ancho de la imagen en píxeles.</translation>
    </message>
    <message>
        <source>Image height in pixels.</source>
        <translation>Alto de la imagen en píxeles.</translation>
    </message>
    <message>
        <source>Seconds to wait for the panels.</source>
        <translation>Segundos de espera para los paneles.</translation>
    </message>
    <message>
        <source>--dashboard and --out are required</source>
        <translation>--dashboard y --out son obligatorios</translation>
    </message>
    <message>
        <source>--width/--height must be between 200x150 and 10000x10000</source>
        <translation>--width/--height deben estar entre 200x150 y 10000x10000</translation>
    </message>
    <message>
        <source>no store at %1</source>
        <translation>no hay ningún almacén en %1</translation>
    </message>
    <message>
        <source>--var expects NAME=VALUE, got &quot;%1&quot;</source>
        <translation>--var espera NAME=VALUE, recibido: «%1»</translation>
    </message>
    <message>
        <source>the dashboard has no variable &quot;%1&quot; (variables: %2)</source>
        <translation>el panel no tiene la variable «%1» (variables: %2)</translation>
    </message>
    <message>
        <source>--from/--to must be ISO 8601 timestamps with from &lt; to</source>
        <translation>--from/--to deben ser marcas de tiempo ISO 8601 con from &lt; to</translation>
    </message>
    <message>
        <source>--since expects a duration like 24h or 7d</source>
        <translation>--since espera una duración como 24h o 7d</translation>
    </message>
    <message>
        <source>rendered %1 to %2 (%3x%4, %5 ms)</source>
        <translation>%1 renderizado en %2 (%3x%4, %5 ms)</translation>
    </message>
    <message>
        <source>panels still running after the timeout</source>
        <translation>hay paneles en ejecución tras el tiempo de espera</translation>
    </message>
    <message>
        <source>panel error: %1</source>
        <translation>error de panel: %1</translation>
    </message>
    <message>
        <source>%1 panel(s) failed</source>
        <translation>%1 panel(es) fallaron</translation>
    </message>
</context>
<context>
    <name>hearth::cli::RenderTrace</name>
    <message>
        <source>Draw the waterfall of one trace to a PNG (headless), with the painter the app uses.</source>
        <translation>Dibuja la cascada de una traza en un PNG (sin interfaz), con el mismo dibujante que la aplicación.</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>El archivo del almacén.</translation>
    </message>
    <message>
        <source>Trace id (32 hex); default: the latest trace.</source>
        <translation>Id de traza (32 hex); por defecto: la traza más reciente.</translation>
    </message>
    <message>
        <source>PNG file to write.</source>
        <translation>Archivo PNG que escribir.</translation>
    </message>
    <message>
        <source>Image width in pixels (default 1600).</source>
        <translation>Ancho de la imagen en píxeles (por defecto 1600).</translation>
    </message>
    <message>
        <source>Image height in pixels (default 900).</source>
        <translation>Alto de la imagen en píxeles (por defecto 900).</translation>
    </message>
    <message>
        <source>Visible time range in ms from the trace start, e.g. 120:180.</source>
        <translation>Intervalo visible en ms desde el inicio de la traza, p. ej. 120:180.</translation>
    </message>
    <message>
        <source>Expand every span (default: huge traces open collapsed).</source>
        <translation>Expande todos los spans (por defecto: las trazas enormes se abren contraídas).</translation>
    </message>
    <message>
        <source>Collapse every span.</source>
        <translation>Contrae todos los spans.</translation>
    </message>
    <message>
        <source>Highlight the critical path.</source>
        <translation>Resalta la ruta crítica.</translation>
    </message>
    <message>
        <source>Highlight spans matching TEXT.</source>
        <translation>Resalta los spans que coinciden con TEXT.</translation>
    </message>
    <message>
        <source>Select (and reveal) this span id.</source>
        <translation>Selecciona (y muestra) este id de span.</translation>
    </message>
    <message>
        <source>Scroll down this many rows.</source>
        <translation>Desplaza hacia abajo este número de filas.</translation>
    </message>
    <message>
        <source>--out FILE.png is required</source>
        <translation>--out FILE.png es obligatorio</translation>
    </message>
    <message>
        <source>--width must be 200..16384 and --height 100..16384</source>
        <translation>--width debe ser 200..16384 y --height 100..16384</translation>
    </message>
    <message>
        <source>the store holds no trace</source>
        <translation>el almacén no contiene ninguna traza</translation>
    </message>
    <message>
        <source>--view wants FROM:TO in milliseconds, FROM &lt; TO</source>
        <translation>--view espera FROM:TO en milisegundos, FROM &lt; TO</translation>
    </message>
    <message>
        <source>no span %1 in this trace</source>
        <translation>no hay ningún span %1 en esta traza</translation>
    </message>
    <message>
        <source>wrote %1 (%2x%3): %4 spans, %5 rows, loaded in %6 ms, painted in %7 ms</source>
        <translation>%1 escrito (%2x%3): %4 spans, %5 filas, cargado en %6 ms, dibujado en %7 ms</translation>
    </message>
</context>
<context>
    <name>hearth::cli::Serve</name>
    <message>
        <source>The store file (created if missing).</source>
        <translation>El archivo del almacén (se crea si no existe).</translation>
    </message>
    <message>
        <source>nothing to serve (no receiver or API enabled)</source>
        <translation>nada que servir (ni receptor ni API activados)</translation>
    </message>
    <message>
        <source>cannot set up signal handling</source>
        <translation>no se puede configurar el manejo de señales</translation>
    </message>
    <message>
        <source>shutting down</source>
        <translation>apagando</translation>
    </message>
</context>
<context>
    <name>hearth::cli::ServeAlerts</name>
    <message>
        <source>Evaluate alert rules even if the store has none yet (rules added later are picked up). On by default when the store has an active rule.</source>
        <translation>Evalúa reglas de alerta aunque el almacén aún no tenga ninguna (se recogen las que se añadan después). Activado por defecto si el almacén tiene una regla activa.</translation>
    </message>
    <message>
        <source>Do not evaluate alert rules.</source>
        <translation>No evalúa reglas de alerta.</translation>
    </message>
    <message>
        <source>Alert rules evaluated at the same time (default 2).</source>
        <translation>Reglas de alerta evaluadas a la vez (por defecto 2).</translation>
    </message>
    <message>
        <source>How often to look for due rules (default 1000).</source>
        <translation>Cada cuánto buscar reglas pendientes (por defecto 1000).</translation>
    </message>
    <message>
        <source>--alerts-concurrency must be 1 to 64</source>
        <translation>--alerts-concurrency debe estar entre 1 y 64</translation>
    </message>
    <message>
        <source>--alerts-poll-ms must be at least 10</source>
        <translation>--alerts-poll-ms debe ser al menos 10</translation>
    </message>
    <message>
        <source>evaluating rules in %1</source>
        <translation>evaluando reglas en %1</translation>
    </message>
    <message>
        <source>rules are evaluated by %1</source>
        <translation>las reglas las evalúa %1</translation>
    </message>
</context>
<context>
    <name>hearth::cli::ServeOtlp</name>
    <message>
        <source>--%1 expects HOST:PORT, got &apos;%2&apos;</source>
        <translation>--%1 espera HOST:PORT, recibido: «%2»</translation>
    </message>
    <message>
        <source>Listen for OTLP/HTTP on HOST:PORT (port 0 picks a free one).</source>
        <translation>Escucha OTLP/HTTP en HOST:PORT (el puerto 0 elige uno libre).</translation>
    </message>
    <message>
        <source>Listen for OTLP/gRPC on HOST:PORT.</source>
        <translation>Escucha OTLP/gRPC en HOST:PORT.</translation>
    </message>
    <message>
        <source>Do not start the OTLP/gRPC listener.</source>
        <translation>No inicia el receptor OTLP/gRPC.</translation>
    </message>
    <message>
        <source>Require &apos;Authorization: Bearer T&apos; (or &apos;Authorization: T&apos;) on OTLP requests.</source>
        <translation>Exige «Authorization: Bearer T» (o «Authorization: T») en las peticiones OTLP.</translation>
    </message>
    <message>
        <source>Also send accepted OTLP payloads to this OTLP/HTTP base URL.</source>
        <translation>Envía también las cargas OTLP aceptadas a esta URL base OTLP/HTTP.</translation>
    </message>
    <message>
        <source>A header for --forward (repeatable), e.g. Authorization=TOKEN.</source>
        <translation>Una cabecera para --forward (repetible), p. ej. Authorization=TOKEN.</translation>
    </message>
    <message>
        <source>Largest accepted OTLP request body in bytes, after decompression.</source>
        <translation>Mayor cuerpo de petición OTLP aceptado en bytes, tras descomprimir.</translation>
    </message>
    <message>
        <source>Rows waiting for the store before requests get 503 + Retry-After.</source>
        <translation>Filas en espera del almacén antes de responder 503 + Retry-After.</translation>
    </message>
    <message>
        <source>Do not start the OTLP receiver.</source>
        <translation>No inicia el receptor OTLP.</translation>
    </message>
    <message>
        <source>--forward-header expects K=V, got &apos;%1&apos;</source>
        <translation>--forward-header espera K=V, recibido: «%1»</translation>
    </message>
    <message>
        <source>--otlp-max-body expects a byte count of at least 1024</source>
        <translation>--otlp-max-body espera un número de bytes de al menos 1024</translation>
    </message>
    <message>
        <source>--otlp-max-queued-rows expects a positive row count</source>
        <translation>--otlp-max-queued-rows espera un número positivo de filas</translation>
    </message>
</context>
<context>
    <name>hearth::cli::ServeQueryApi</name>
    <message>
        <source>Serve Logfire&apos;s query API (/v2/query) on HOST:PORT, e.g. 127.0.0.1:8787.</source>
        <translation>Sirve la API de consultas de Logfire (/v2/query) en HOST:PORT, p. ej. 127.0.0.1:8787.</translation>
    </message>
    <message>
        <source>Token clients must send (Authorization: Bearer TOKEN); default $HEARTH_QUERY_TOKEN.</source>
        <translation>Token que deben enviar los clientes (Authorization: Bearer TOKEN); por defecto $HEARTH_QUERY_TOKEN.</translation>
    </message>
    <message>
        <source>--query-api needs HOST:PORT, got &apos;%1&apos;</source>
        <translation>--query-api necesita HOST:PORT, recibido: «%1»</translation>
    </message>
    <message>
        <source>--query-api needs --query-token TOKEN (or $HEARTH_QUERY_TOKEN): the API is never open.</source>
        <translation>--query-api necesita --query-token TOKEN (o $HEARTH_QUERY_TOKEN): la API nunca está abierta.</translation>
    </message>
    <message>
        <source>query-api: %1 served, %2 failed, %3 unauthorized</source>
        <translation>query-api: %1 servidas, %2 fallidas, %3 no autorizadas</translation>
    </message>
</context>
<context>
    <name>hearth::core::AlertScheduler</name>
    <message>
        <source>no desktop in this process</source>
        <translation>no hay escritorio en este proceso</translation>
    </message>
    <message>
        <source>No query engine named &quot;%1&quot; is available.</source>
        <translation>No hay ningún motor de consultas llamado «%1».</translation>
    </message>
    <message>
        <source>alerts: %1 rules, %2 runs, %3 firing, %4 failed deliveries</source>
        <translation>alerts: %1 reglas, %2 ejecuciones, %3 disparadas, %4 envíos fallidos</translation>
    </message>
</context>
<context>
    <name>hearth::core::Alerts</name>
    <message>
        <source>Alert rule %1 in the store is damaged: %2</source>
        <translation>La regla de alerta %1 del almacén está dañada: %2</translation>
    </message>
    <message>
        <source>%1 has no alert tables (open it with Hearth first): %2</source>
        <translation>%1 no tiene tablas de alertas (ábralo antes con Hearth): %2</translation>
    </message>
    <message>
        <source>No alert rule with id %1.</source>
        <translation>No hay ninguna regla de alerta con id %1.</translation>
    </message>
    <message>
        <source>channels[%1]</source>
        <translation>channels[%1]</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: se esperaba un objeto</translation>
    </message>
    <message>
        <source>%1: unsupported channel type &quot;%2&quot; (webhook or desktop)</source>
        <translation>%1: tipo de canal no admitido «%2» (webhook o desktop)</translation>
    </message>
    <message>
        <source>%1: a webhook needs a &quot;url&quot;</source>
        <translation>%1: un webhook necesita una «url»</translation>
    </message>
    <message>
        <source>%1: unknown format &quot;%2&quot; (raw-data, slack or template)</source>
        <translation>%1: formato desconocido «%2» (raw-data, slack o template)</translation>
    </message>
    <message>
        <source>%1: &quot;headers&quot; must be an object</source>
        <translation>%1: «headers» debe ser un objeto</translation>
    </message>
    <message>
        <source>%1: header &quot;%2&quot; must be text</source>
        <translation>%1: la cabecera «%2» debe ser texto</translation>
    </message>
    <message>
        <source>%1: the template format needs a &quot;template&quot; body</source>
        <translation>%1: el formato template necesita un cuerpo «template»</translation>
    </message>
    <message>
        <source>any results</source>
        <translation>cualquier resultado</translation>
    </message>
    <message>
        <source>starts having results</source>
        <translation>empieza a tener resultados</translation>
    </message>
    <message>
        <source>starts or stops having results</source>
        <translation>empieza o deja de tener resultados</translation>
    </message>
    <message>
        <source>the result data changes</source>
        <translation>cambian los datos del resultado</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <source>Webhook %1</source>
        <translation>Webhook %1</translation>
    </message>
    <message>
        <source>The alert needs a name.</source>
        <translation>La alerta necesita un nombre.</translation>
    </message>
    <message>
        <source>The alert &quot;%1&quot; needs a SQL query.</source>
        <translation>La alerta «%1» necesita una consulta SQL.</translation>
    </message>
    <message>
        <source>The alert &quot;%1&quot;: the lookback window must be between 1 minute and 30 days (got %2).</source>
        <translation>Alerta «%1»: el periodo revisado debe estar entre 1 minuto y 30 días (recibido: %2).</translation>
    </message>
    <message>
        <source>The alert &quot;%1&quot;: the check interval must be between 1 minute and 24 hours (got %2).</source>
        <translation>Alerta «%1»: el intervalo de comprobación debe estar entre 1 minuto y 24 horas (recibido: %2).</translation>
    </message>
    <message>
        <source>The alert &quot;%1&quot;: webhook URL &quot;%2&quot; is not an http(s) URL.</source>
        <translation>Alerta «%1»: la URL de webhook «%2» no es una URL http(s).</translation>
    </message>
    <message>
        <source>An alert must be a JSON object.</source>
        <translation>Una alerta debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>&quot;active&quot; must be true or false.</source>
        <translation>«active» debe ser true o false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a duration (ISO-8601 like PT5M, or 5m).</source>
        <translation>«%1»: «%2» no es una duración (ISO-8601 como PT5M, o 5m).</translation>
    </message>
    <message>
        <source>&quot;environments&quot; must be a list of names.</source>
        <translation>«environments» debe ser una lista de nombres.</translation>
    </message>
    <message>
        <source>&quot;notify_when&quot;: unknown mode &quot;%1&quot; (has_matches, starts_having_matches, has_matches_changed, matches_changed).</source>
        <translation>«notify_when»: modo desconocido «%1» (has_matches, starts_having_matches, has_matches_changed, matches_changed).</translation>
    </message>
    <message>
        <source>&quot;hearth.variables&quot; must be an object of name: value.</source>
        <translation>«hearth.variables» debe ser un objeto de nombre: valor.</translation>
    </message>
    <message>
        <source>Variable &quot;%1&quot; must be text, a number, a boolean or a list of text.</source>
        <translation>La variable «%1» debe ser texto, un número, un booleano o una lista de textos.</translation>
    </message>
    <message>
        <source>&quot;hearth.channels&quot; must be a list.</source>
        <translation>«hearth.channels» debe ser una lista.</translation>
    </message>
    <message>
        <source>&quot;hearth.snoozed_until&quot; is not an ISO-8601 time.</source>
        <translation>«hearth.snoozed_until» no es una hora ISO-8601.</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>El archivo no es JSON válido.</translation>
    </message>
    <message>
        <source>Expected an alert object, a list of alerts or {&quot;alerts&quot;: [...]}.</source>
        <translation>Se esperaba un objeto de alerta, una lista de alertas o {&quot;alerts&quot;: [...]}.</translation>
    </message>
    <message>
        <source>Alert %1: %2</source>
        <translation>Alerta %1: %2</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>minuto</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>second</source>
        <translation>segundo</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 segundos</translation>
    </message>
    <message>
        <source>Notifies on every check that returns rows</source>
        <translation>Notifica en cada comprobación que devuelve filas</translation>
    </message>
    <message>
        <source>Notifies when the query starts returning rows</source>
        <translation>Notifica cuando la consulta empieza a devolver filas</translation>
    </message>
    <message>
        <source>Notifies when the query starts or stops returning rows</source>
        <translation>Notifica cuando la consulta empieza o deja de devolver filas</translation>
    </message>
    <message>
        <source>Notifies whenever the returned rows change</source>
        <translation>Notifica cada vez que cambian las filas devueltas</translation>
    </message>
    <message>
        <source>%1, looking at the last %2 of data every %3</source>
        <translation>%1, revisando los datos de los últimos %2 cada %3</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> en %1</translation>
    </message>
    <message>
        <source> with %1</source>
        <translation> con %1</translation>
    </message>
    <message>
        <source> No channels: runs are only recorded.</source>
        <translation> Sin canales: las ejecuciones solo se registran.</translation>
    </message>
    <message>
        <source> Sends to %1.</source>
        <translation> Envía a %1.</translation>
    </message>
    <message>
        <source> Inactive.</source>
        <translation> Inactiva.</translation>
    </message>
    <message>
        <source>Panel alert</source>
        <translation>Alerta de panel</translation>
    </message>
    <message>
        <source>Created from the dashboard panel &quot;%1&quot;.</source>
        <translation>Creada a partir del panel «%1».</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>Disparada</translation>
    </message>
    <message>
        <source>Flapping</source>
        <translation>Oscilante</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuesta</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source> Define it in the alert&apos;s variables (built-ins: $__from, $__to, $__from_iso_string, $__to_iso_string, $__range, $__range_s, $__range_ms, $__envs).</source>
        <translation> Defínala en las variables de la alerta (integradas: $__from, $__to, $__from_iso_string, $__to_iso_string, $__range, $__range_s, $__range_ms, $__envs).</translation>
    </message>
    <message>
        <source>Cannot initialise libcurl.</source>
        <translation>No se puede inicializar libcurl.</translation>
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
            <numerusform>%1: %2 (%n fila)</numerusform>
            <numerusform>%1: %2 (%n filas)</numerusform>
        </translation>
    </message>
    <message>
        <source>connection &apos;%1&apos; is not configured</source>
        <translation>la conexión «%1» no está configurada</translation>
    </message>
    <message>
        <source>no read token for &apos;%1&apos;</source>
        <translation>no hay token de lectura para «%1»</translation>
    </message>
    <message>
        <source>Local store</source>
        <translation>Almacén local</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> en %1</translation>
    </message>
</context>
<context>
    <name>hearth::core::Connections</name>
    <message>
        <source>The token vault is locked.</source>
        <translation>La bóveda de tokens está bloqueada.</translation>
    </message>
    <message>
        <source>The token vault stays locked: no token was read from it.</source>
        <translation>La bóveda de tokens sigue bloqueada: no se leyó ningún token de ella.</translation>
    </message>
    <message>
        <source>The token vault %1 is damaged: it ends inside the %2 (byte %3). It may have been cut short.</source>
        <translation>La bóveda de tokens %1 está dañada: termina dentro de «%2» (byte %3). Puede que se haya truncado.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>La biblioteca criptográfica no pudo iniciarse.</translation>
    </message>
    <message>
        <source>Not enough memory to hold the vault key.</source>
        <translation>No hay memoria suficiente para la clave de la bóveda.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the vault key from the passphrase (%1 MiB needed).</source>
        <translation>No hay memoria suficiente para derivar la clave de la bóveda de la frase de contraseña (se necesitan %1 MiB).</translation>
    </message>
    <message>
        <source>A token vault already exists at %1.</source>
        <translation>Ya existe una bóveda de tokens en %1.</translation>
    </message>
    <message>
        <source>The vault passphrase must not be empty.</source>
        <translation>La frase de contraseña de la bóveda no puede estar vacía.</translation>
    </message>
    <message>
        <source>There is no token vault at %1.</source>
        <translation>No hay ninguna bóveda de tokens en %1.</translation>
    </message>
    <message>
        <source>Cannot read the token vault %1: %2.</source>
        <translation>No se puede leer la bóveda de tokens %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a token vault: it is far too large (%2 bytes).</source>
        <translation>%1 no es una bóveda de tokens: es demasiado grande (%2 bytes).</translation>
    </message>
    <message>
        <source>%1 is not a Hearth token vault (unknown file signature).</source>
        <translation>%1 no es una bóveda de tokens de Hearth (firma de archivo desconocida).</translation>
    </message>
    <message>
        <source>format version</source>
        <translation>versión de formato</translation>
    </message>
    <message>
        <source>The token vault %1 has format version %2, but this version of Hearth reads only version %3.</source>
        <translation>La bóveda de tokens %1 tiene la versión de formato %2, pero esta versión de Hearth solo lee la versión %3.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>cabecera</translation>
    </message>
    <message>
        <source>The token vault %1 is damaged: its header (key settings, salt or passphrase check) does not match its checksum.</source>
        <translation>La bóveda de tokens %1 está dañada: su cabecera (parámetros de clave, sal o comprobación de la frase) no coincide con su suma de comprobación.</translation>
    </message>
    <message>
        <source>The token vault %1 asks for key derivation settings Hearth does not accept (algorithm %2, %3 passes, %4 KiB).</source>
        <translation>La bóveda de tokens %1 pide parámetros de derivación de clave que Hearth no acepta (algoritmo %2, %3 pasadas, %4 KiB).</translation>
    </message>
    <message>
        <source>Wrong passphrase for the token vault.</source>
        <translation>Frase de contraseña incorrecta para la bóveda de tokens.</translation>
    </message>
    <message>
        <source>entry count</source>
        <translation>número de entradas</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entrada %1</translation>
    </message>
    <message>
        <source>name of %1</source>
        <translation>nombre de la %1</translation>
    </message>
    <message>
        <source>sealed token of %1</source>
        <translation>token sellado de la %1</translation>
    </message>
    <message>
        <source>The token vault %1 was tampered with: the entry “%2” appears twice.</source>
        <translation>La bóveda de tokens %1 fue manipulada: la entrada «%2» aparece dos veces.</translation>
    </message>
    <message>
        <source>integrity code</source>
        <translation>código de integridad</translation>
    </message>
    <message>
        <source>The token vault %1 is damaged: %2 unexpected bytes follow its end.</source>
        <translation>La bóveda de tokens %1 está dañada: tras su final siguen %2 bytes inesperados.</translation>
    </message>
    <message>
        <source>The token vault %1 was tampered with: the entry “%2” does not authenticate (it was changed, or moved from another entry).</source>
        <translation>La bóveda de tokens %1 fue manipulada: la entrada «%2» no se autentica (se modificó o se movió desde otra entrada).</translation>
    </message>
    <message>
        <source>The token vault %1 was tampered with: its list of entries was changed (an entry was added, removed or replaced).</source>
        <translation>La bóveda de tokens %1 fue manipulada: su lista de entradas cambió (se añadió, quitó o sustituyó una entrada).</translation>
    </message>
    <message>
        <source>Cannot delete the token vault %1: %2.</source>
        <translation>No se puede eliminar la bóveda de tokens %1: %2.</translation>
    </message>
    <message>
        <source>No token is stored for this connection.</source>
        <translation>No hay ningún token guardado para esta conexión.</translation>
    </message>
    <message>
        <source>The vault entry “%1” does not authenticate.</source>
        <translation>La entrada de la bóveda «%1» no se autentica.</translation>
    </message>
    <message>
        <source>A vault entry name must have 1 to %1 bytes.</source>
        <translation>El nombre de una entrada de la bóveda debe tener entre 1 y %1 bytes.</translation>
    </message>
    <message>
        <source>The token is too long to store.</source>
        <translation>El token es demasiado largo para guardarlo.</translation>
    </message>
    <message>
        <source>Cannot write the token vault %1: %2. The previous vault file, if any, is unchanged.</source>
        <translation>No se puede escribir la bóveda de tokens %1: %2. El archivo de bóveda anterior, si existe, no ha cambiado.</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
</context>
<context>
    <name>hearth::core::Dashboard</name>
    <message>
        <source>no time column for the x-axis: name one &quot;x&quot; (e.g. time_bucket($resolution, start_timestamp) AS x)</source>
        <translation>no hay columna de tiempo para el eje x: llame «x» a una (p. ej. time_bucket($resolution, start_timestamp) AS x)</translation>
    </message>
    <message>
        <source>the dimension column &quot;%1&quot; is not in the result</source>
        <translation>la columna de dimensión «%1» no está en el resultado</translation>
    </message>
    <message>
        <source>the metric column &quot;%1&quot; is not in the result</source>
        <translation>la columna de métrica «%1» no está en el resultado</translation>
    </message>
    <message>
        <source>no numeric column to plot</source>
        <translation>no hay ninguna columna numérica que representar</translation>
    </message>
    <message>
        <source>no numeric column to chart</source>
        <translation>no hay ninguna columna numérica para el gráfico</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>se esperaba %1, se encontró %2</translation>
    </message>
    <message>
        <source>expected &quot;TextVariable&quot; or &quot;ListVariable&quot;, found %1</source>
        <translation>se esperaba «TextVariable» o «ListVariable», se encontró %1</translation>
    </message>
    <message>
        <source>missing &quot;spec&quot;</source>
        <translation>falta «spec»</translation>
    </message>
    <message>
        <source>a variable needs a name made of letters, digits and _</source>
        <translation>una variable necesita un nombre de letras, dígitos y _</translation>
    </message>
    <message>
        <source>duplicate variable &quot;%1&quot;</source>
        <translation>variable duplicada «%1»</translation>
    </message>
    <message>
        <source>a list variable needs a plugin with a kind</source>
        <translation>una variable de lista necesita un plugin con un tipo (kind)</translation>
    </message>
    <message>
        <source>needs at least one capture group</source>
        <translation>necesita al menos un grupo de captura</translation>
    </message>
    <message>
        <source>missing or not an object</source>
        <translation>falta o no es un objeto</translation>
    </message>
    <message>
        <source>missing panel kind</source>
        <translation>falta el tipo de panel</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>se esperaba una cadena, se encontró %1</translation>
    </message>
    <message>
        <source>expected an array of column names</source>
        <translation>se esperaba una lista de nombres de columna</translation>
    </message>
    <message>
        <source>expected a non-negative integer</source>
        <translation>se esperaba un entero no negativo</translation>
    </message>
    <message>
        <source>width and height must be at least 1</source>
        <translation>el ancho y el alto deben ser al menos 1</translation>
    </message>
    <message>
        <source>x + width = %1 exceeds the %2-column grid</source>
        <translation>x + width = %1 supera la cuadrícula de %2 columnas</translation>
    </message>
    <message>
        <source>missing panel reference</source>
        <translation>falta la referencia al panel</translation>
    </message>
    <message>
        <source>expected &quot;#/spec/panels/&lt;name&gt;&quot;, found &quot;%1&quot;</source>
        <translation>se esperaba «#/spec/panels/&lt;name&gt;», se encontró «%1»</translation>
    </message>
    <message>
        <source>no panel named &quot;%1&quot; in spec.panels</source>
        <translation>no hay ningún panel llamado «%1» en spec.panels</translation>
    </message>
    <message>
        <source>New dashboard</source>
        <translation>Nuevo panel</translation>
    </message>
    <message>
        <source>expected a JSON object, found %1</source>
        <translation>se esperaba un objeto JSON, se encontró %1</translation>
    </message>
    <message>
        <source>expected &quot;Dashboard&quot;, found %1</source>
        <translation>se esperaba «Dashboard», se encontró %1</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>se esperaba una cadena</translation>
    </message>
    <message>
        <source>expected a duration like &quot;24h&quot;</source>
        <translation>se esperaba una duración como «24h»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration like &quot;24h&quot;</source>
        <translation>«%1» no es una duración como «24h»</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>JSON no válido</translation>
    </message>
    <message>
        <source>the store is open read-only</source>
        <translation>el almacén está abierto en solo lectura</translation>
    </message>
    <message>
        <source>a dashboard named &quot;%1&quot; already exists</source>
        <translation>ya existe un panel llamado «%1»</translation>
    </message>
    <message>
        <source> (copy %1)</source>
        <translation> (copia %1)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>no dashboard named &quot;%1&quot; (known: %2)</source>
        <translation>no hay ningún panel llamado «%1» (conocidos: %2)</translation>
    </message>
    <message>
        <source>no query engine</source>
        <translation>no hay motor de consultas</translation>
    </message>
    <message>
        <source>unterminated ${%1: missing }</source>
        <translation>${%1 sin cerrar: falta }</translation>
    </message>
    <message>
        <source>unknown variable $%1</source>
        <translation>variable desconocida $%1</translation>
    </message>
</context>
<context>
    <name>hearth::core::Demo</name>
    <message>
        <source>Demo data needs a non-negative trace count and at least one day.</source>
        <translation>Los datos de demostración necesitan un número de trazas no negativo y al menos un día.</translation>
    </message>
    <message>
        <source>Demo data cancelled.</source>
        <translation>Datos de demostración cancelados.</translation>
    </message>
    <message>
        <source>Could not record the demo run in &apos;%1&apos;.</source>
        <translation>No se pudo registrar la ejecución de demostración en «%1».</translation>
    </message>
</context>
<context>
    <name>hearth::core::Files</name>
    <message>
        <source>Cannot write %1: %2. The previous file, if any, is unchanged.</source>
        <translation>No se puede escribir %1: %2. El archivo anterior, si lo había, no ha cambiado.</translation>
    </message>
    <message>
        <source>cannot set its permissions</source>
        <translation>no se pueden establecer sus permisos</translation>
    </message>
    <message>
        <source>only part of it could be written (disk full or file size limit)</source>
        <translation>solo se pudo escribir una parte (disco lleno o límite de tamaño de archivo)</translation>
    </message>
</context>
<context>
    <name>hearth::core::Io</name>
    <message>
        <source>The case file cannot be the store itself.</source>
        <translation>El archivo de caso no puede ser el propio almacén.</translation>
    </message>
    <message>
        <source>A case file needs traces or a time window to hold.</source>
        <translation>Un archivo de caso necesita trazas o un intervalo de tiempo que contener.</translation>
    </message>
    <message>
        <source>Open &apos;%1&apos; in Hearth once to upgrade it before exporting a case.</source>
        <translation>Abra «%1» una vez en Hearth para actualizarlo antes de exportar un caso.</translation>
    </message>
    <message>
        <source>Cannot attach &apos;%1&apos;: %2</source>
        <translation>No se puede adjuntar «%1»: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist.</source>
        <translation>«%1» no existe.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder.</source>
        <translation>«%1» es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>a quoted field that starts on line %1 is never closed</source>
        <translation>un campo entre comillas que empieza en la línea %1 nunca se cierra</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; after a closing quote on line %2</source>
        <translation>carácter inesperado «%1» tras unas comillas de cierre en la línea %2</translation>
    </message>
    <message>
        <source>A case file is written from a store, not a result.</source>
        <translation>Un archivo de caso se escribe desde un almacén, no desde un resultado.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Writing &apos;%1&apos; failed.</source>
        <translation>Falló la escritura de «%1».</translation>
    </message>
    <message>
        <source>%1 rows read: %2 records imported (%3 already present), %4 metric points imported (%5 already present)</source>
        <translation>%1 filas leídas: %2 registros importados (%3 ya presentes), %4 puntos de métricas importados (%5 ya presentes)</translation>
    </message>
    <message>
        <source>; %1 malformed rows skipped</source>
        <translation>; %1 filas mal formadas omitidas</translation>
    </message>
    <message>
        <source>; %1 rows had no timestamp column and were dated from the file</source>
        <translation>; %1 filas no tenían columna de marca de tiempo y se fecharon según el archivo</translation>
    </message>
    <message>
        <source>; %1 rows had no trace_id/span_id and got ids from their content</source>
        <translation>; %1 filas no tenían trace_id/span_id y recibieron ids a partir de su contenido</translation>
    </message>
    <message>
        <source>The store &apos;%1&apos; is open read-only; import into a writable store.</source>
        <translation>El almacén «%1» está abierto en solo lectura; importe en un almacén con escritura.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>La importación se canceló; no se importó nada.</translation>
    </message>
    <message>
        <source> (import stopped; nothing was imported)</source>
        <translation> (importación detenida; no se importó nada)</translation>
    </message>
    <message>
        <source>a row must be an object of column values, found %1</source>
        <translation>una fila debe ser un objeto de valores de columna, se encontró %1</translation>
    </message>
    <message>
        <source>a data line without a rows array</source>
        <translation>una línea de datos sin lista rows</translation>
    </message>
    <message>
        <source>the export ends with an error from Logfire: %1</source>
        <translation>la exportación termina con un error de Logfire: %1</translation>
    </message>
    <message>
        <source>expected a JSON object, found %1</source>
        <translation>se esperaba un objeto JSON, se encontró %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>%1: the CSV header is malformed: %2</source>
        <translation>%1: la cabecera CSV está mal formada: %2</translation>
    </message>
    <message>
        <source>expected %1 fields (as in the header), found %2</source>
        <translation>se esperaban %1 campos (como en la cabecera), se encontraron %2</translation>
    </message>
    <message>
        <source>not valid JSON, the rest of the file is unreadable: %1</source>
        <translation>JSON no válido, el resto del archivo es ilegible: %1</translation>
    </message>
    <message>
        <source>%1 is too large for one OTLP request (%2 bytes).</source>
        <translation>%1 es demasiado grande para una petición OTLP (%2 bytes).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is read-only: notes cannot be changed.</source>
        <translation>«%1» es de solo lectura: no se pueden cambiar las notas.</translation>
    </message>
    <message>
        <source>There is no note %1.</source>
        <translation>No existe la nota %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is open read-only: notes cannot be changed.</source>
        <translation>«%1» está abierto en solo lectura: no se pueden cambiar las notas.</translation>
    </message>
    <message>
        <source>A pin needs a trace id.</source>
        <translation>Para fijar se necesita un id de traza.</translation>
    </message>
    <message>
        <source>no usable item in the OTLP request (%1 rejected: %2)</source>
        <translation>ningún elemento utilizable en la petición OTLP (%1 rechazados: %2)</translation>
    </message>
    <message>
        <source>OTLP files cannot be imported by this build yet (the OTLP decoder is not linked in).</source>
        <translation>Esta compilación aún no puede importar archivos OTLP (el decodificador OTLP no está enlazado).</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: %2</source>
        <translation>columna «%1»: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a timestamp</source>
        <translation>«%1» no es una marca de tiempo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an integer</source>
        <translation>«%1» no es un entero</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a boolean</source>
        <translation>«%1» no es un booleano</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not JSON</source>
        <translation>«%1» no es JSON</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list</source>
        <translation>«%1» no es una lista</translation>
    </message>
    <message>
        <source>missing (a metrics row needs its metric_name)</source>
        <translation>falta (una fila de métricas necesita su metric_name)</translation>
    </message>
    <message>
        <source>%1: row %2: %3</source>
        <translation>%1: fila %2: %3</translation>
    </message>
    <message>
        <source>; first removed %1 rows left by an interrupted import</source>
        <translation>; primero se quitaron %1 filas de una importación interrumpida</translation>
    </message>
    <message>
        <source>The import was stopped.</source>
        <translation>La importación se detuvo.</translation>
    </message>
    <message>
        <source>Reading the files failed: %1</source>
        <translation>Falló la lectura de los archivos: %1</translation>
    </message>
    <message>
        <source> Undoing the rows imported so far failed: %1 (the next import into this store retries).</source>
        <translation> No se pudieron deshacer las filas importadas hasta ahora: %1 (la próxima importación en este almacén lo reintenta).</translation>
    </message>
    <message>
        <source>Cannot create the import lock file &apos;%1&apos; next to the store (error %2).</source>
        <translation>No se puede crear el archivo de bloqueo de importación «%1» junto al almacén (error %2).</translation>
    </message>
</context>
<context>
    <name>hearth::core::Live</name>
    <message>
        <source>Unmatched &apos;%1&apos;.</source>
        <translation>«%1» sin pareja.</translation>
    </message>
    <message>
        <source>The search is one WHERE clause: remove the &apos;;&apos;.</source>
        <translation>La búsqueda es una sola cláusula WHERE: quite el «;».</translation>
    </message>
    <message>
        <source>Unterminated %1 quote.</source>
        <translation>Comillas (%1) sin cerrar.</translation>
    </message>
    <message>
        <source>Unclosed &apos;%1&apos;.</source>
        <translation>«%1» sin cerrar.</translation>
    </message>
    <message>
        <source>A saved search needs a name.</source>
        <translation>Una búsqueda guardada necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>hearth::core::Otlp</name>
    <message>
        <source>cannot listen for OTLP/HTTP on %1:%2 (is the port in use by another program?)</source>
        <translation>no se puede escuchar OTLP/HTTP en %1:%2 (¿otro programa usa el puerto?)</translation>
    </message>
    <message>
        <source>cannot listen for OTLP/gRPC on %1:%2 (is the port in use by another program?)</source>
        <translation>no se puede escuchar OTLP/gRPC en %1:%2 (¿otro programa usa el puerto?)</translation>
    </message>
    <message>
        <source>the OTLP receiver is running</source>
        <translation>el receptor OTLP ya está en marcha</translation>
    </message>
    <message>
        <source>the OTLP receiver needs a store open for writing</source>
        <translation>el receptor OTLP necesita un almacén abierto con escritura</translation>
    </message>
    <message>
        <source>otlp: %1 spans, %2 logs, %3 points accepted; %4 items and %5 requests rejected, %6 throttled</source>
        <translation>otlp: %1 spans, %2 logs, %3 puntos aceptados; %4 elementos y %5 peticiones rechazados, %6 limitadas</translation>
    </message>
    <message>
        <source>; forward: %1 sent, %2 failed, %3 dropped (queue full)</source>
        <translation>; reenvío: %1 enviados, %2 fallidos, %3 descartados (cola llena)</translation>
    </message>
</context>
<context>
    <name>hearth::core::Query</name>
    <message>
        <source>Unknown variable $%1.</source>
        <translation>Variable desconocida $%1.</translation>
    </message>
    <message>
        <source>Unterminated /* comment.</source>
        <translation>Comentario /* sin cerrar.</translation>
    </message>
    <message>
        <source>Unterminated string literal.</source>
        <translation>Literal de cadena sin cerrar.</translation>
    </message>
    <message>
        <source>Unterminated quoted identifier.</source>
        <translation>Identificador entre comillas sin cerrar.</translation>
    </message>
    <message>
        <source>Unsubstituted variable at position %1: give it a value.</source>
        <translation>Variable sin sustituir en la posición %1: dele un valor.</translation>
    </message>
    <message>
        <source>Unexpected character &apos;%1&apos; at position %2.</source>
        <translation>Carácter inesperado «%1» en la posición %2.</translation>
    </message>
    <message>
        <source>Unbalanced &apos;%1&apos; at position %2.</source>
        <translation>«%1» desparejado en la posición %2.</translation>
    </message>
    <message>
        <source>The &apos;%1&apos; at position %2 is never closed.</source>
        <translation>El «%1» de la posición %2 nunca se cierra.</translation>
    </message>
    <message>
        <source> (at position %1)</source>
        <translation> (en la posición %1)</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos; as a timestamp</source>
        <translation>No se puede leer «%1» como marca de tiempo</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos; as a fixed-length interval</source>
        <translation>No se puede leer «%1» como intervalo de longitud fija</translation>
    </message>
    <message>
        <source>Cannot translate a cast to type &apos;%1&apos;</source>
        <translation>No se puede traducir una conversión al tipo «%1»</translation>
    </message>
    <message>
        <source>Expected a type after &apos;::&apos;</source>
        <translation>Se esperaba un tipo tras «::»</translation>
    </message>
    <message>
        <source>Expected a key after &apos;%1&apos;</source>
        <translation>Se esperaba una clave tras «%1»</translation>
    </message>
    <message>
        <source>%1 is not supported by the local engine yet</source>
        <translation>El motor local aún no admite %1</translation>
    </message>
    <message>
        <source>%1() takes %2 argument(s), got %3</source>
        <translation>%1() admite %2 argumento(s), recibió %3</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>Expected WITHIN GROUP (ORDER BY ...)</source>
        <translation>Se esperaba WITHIN GROUP (ORDER BY ...)</translation>
    </message>
    <message>
        <source>WITHIN GROUP needs (ORDER BY expression)</source>
        <translation>WITHIN GROUP necesita (ORDER BY expresión)</translation>
    </message>
    <message>
        <source>Cannot translate the interval &apos;%1&apos; (months and years have no fixed length)</source>
        <translation>No se puede traducir el intervalo «%1» (meses y años no tienen longitud fija)</translation>
    </message>
    <message>
        <source>CAST needs (expr AS type)</source>
        <translation>CAST necesita (expresión AS tipo)</translation>
    </message>
    <message>
        <source>EXTRACT needs (field FROM expression)</source>
        <translation>EXTRACT necesita (campo FROM expresión)</translation>
    </message>
    <message>
        <source>CASE without END</source>
        <translation>CASE sin END</translation>
    </message>
    <message>
        <source>Cannot compare a timestamp with &apos;%1&apos;: not a timestamp</source>
        <translation>No se puede comparar una marca de tiempo con «%1»: no es una marca de tiempo</translation>
    </message>
    <message>
        <source>Unknown level name &apos;%1&apos; (trace, debug, info, notice, warn, error, fatal)</source>
        <translation>Nombre de nivel desconocido «%1» (trace, debug, info, notice, warn, error, fatal)</translation>
    </message>
    <message>
        <source>DISTINCT ON is not supported by the local engine yet (use ROW_NUMBER() OVER (PARTITION BY ...))</source>
        <translation>El motor local aún no admite DISTINCT ON (use ROW_NUMBER() OVER (PARTITION BY ...))</translation>
    </message>
    <message>
        <source>Only &apos;= ANY(...)&apos; and &apos;&lt;&gt; ALL(...)&apos; can be translated</source>
        <translation>Solo se pueden traducir «= ANY(...)» y «&lt;&gt; ALL(...)»</translation>
    </message>
    <message>
        <source>Only one statement per query</source>
        <translation>Solo una sentencia por consulta</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs an expression on its left</source>
        <translation>«%1» necesita una expresión a su izquierda</translation>
    </message>
    <message>
        <source>Only SHOW COLUMNS FROM &lt;table&gt; is supported</source>
        <translation>Solo se admite SHOW COLUMNS FROM &lt;tabla&gt;</translation>
    </message>
    <message>
        <source>Unknown table &apos;%1&apos; (records, records_all, metrics)</source>
        <translation>Tabla desconocida «%1» (records, records_all, metrics)</translation>
    </message>
    <message>
        <source>The query is empty.</source>
        <translation>La consulta está vacía.</translation>
    </message>
    <message>
        <source>Queries are read-only: only SELECT, WITH and SHOW COLUMNS are allowed, not %1.</source>
        <translation>Las consultas son de solo lectura: solo se permiten SELECT, WITH y SHOW COLUMNS, no %1.</translation>
    </message>
    <message>
        <source>Cannot register query functions: %1</source>
        <translation>No se pueden registrar las funciones de consulta: %1</translation>
    </message>
    <message>
        <source>The query took longer than %1 s and was stopped.</source>
        <translation>La consulta tardó más de %1 s y se detuvo.</translation>
    </message>
    <message>
        <source>Query cancelled.</source>
        <translation>Consulta cancelada.</translation>
    </message>
    <message>
        <source>Offline, and this query has no cached result yet.</source>
        <translation>Sin conexión, y esta consulta aún no tiene resultado en caché.</translation>
    </message>
    <message>
        <source>The response has no schema.fields array.</source>
        <translation>La respuesta no tiene la lista schema.fields.</translation>
    </message>
    <message>
        <source>A schema field has no name.</source>
        <translation>Un campo del esquema no tiene nombre.</translation>
    </message>
    <message>
        <source>The response is not a JSON object.</source>
        <translation>La respuesta no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The response has no data array.</source>
        <translation>La respuesta no tiene la lista data.</translation>
    </message>
    <message>
        <source>The response has neither schema/data nor columns.</source>
        <translation>La respuesta no tiene ni schema/data ni columns.</translation>
    </message>
    <message>
        <source>Unterminated quoted CSV field.</source>
        <translation>Campo CSV entre comillas sin cerrar.</translation>
    </message>
    <message>
        <source>A variable holds a number SQL cannot express (%1).</source>
        <translation>Una variable contiene un número que SQL no puede expresar (%1).</translation>
    </message>
    <message>
        <source>A list variable cannot contain lists.</source>
        <translation>Una variable de lista no puede contener listas.</translation>
    </message>
    <message>
        <source>A &apos;$&apos; must start a variable name, like $service or ${service}.</source>
        <translation>Un «$» debe iniciar un nombre de variable, como $service o ${service}.</translation>
    </message>
    <message>
        <source>Variable ${%1 is missing its closing &apos;}&apos;.</source>
        <translation>A la variable ${%1 le falta la «}» de cierre.</translation>
    </message>
    <message>
        <source>Queries are read-only: statements that write (INSERT, UPDATE, DELETE, CREATE, DROP), ATTACH and PRAGMA are not allowed (%1).</source>
        <translation>Las consultas son de solo lectura: no se permiten sentencias que escriben (INSERT, UPDATE, DELETE, CREATE, DROP), ATTACH ni PRAGMA (%1).</translation>
    </message>
</context>
<context>
    <name>hearth::core::QueryApi</name>
    <message>
        <source>The query API needs a token (--query-token).</source>
        <translation>La API de consultas necesita un token (--query-token).</translation>
    </message>
    <message>
        <source>Cannot listen on %1 (any port).</source>
        <translation>No se puede escuchar en %1 (cualquier puerto).</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2 (in use, or not an address of this machine).</source>
        <translation>No se puede escuchar en %1:%2 (en uso, o no es una dirección de esta máquina).</translation>
    </message>
</context>
<context>
    <name>hearth::core::Remote</name>
    <message>
        <source>The NDJSON stream holds a line that is not JSON.</source>
        <translation>El flujo NDJSON contiene una línea que no es JSON.</translation>
    </message>
    <message>
        <source>Cannot create an HTTP client.</source>
        <translation>No se puede crear un cliente HTTP.</translation>
    </message>
    <message>
        <source>Query cancelled.</source>
        <translation>Consulta cancelada.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 no respondió en %2 s.</translation>
    </message>
    <message>
        <source>TLS verification with %1 failed: %2</source>
        <translation>Falló la verificación TLS con %1: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>No se puede contactar con %1: %2</translation>
    </message>
    <message>
        <source>Query execution error.</source>
        <translation>Error al ejecutar la consulta.</translation>
    </message>
    <message>
        <source>%1 rejected the read token (HTTP %2): check the token and its region.%3</source>
        <translation>%1 rechazó el token de lectura (HTTP %2): compruebe el token y su región.%3</translation>
    </message>
    <message>
        <source>%1 has no such endpoint (HTTP 404): check the base URL.</source>
        <translation>%1 no tiene ese endpoint (HTTP 404): compruebe la URL base.</translation>
    </message>
    <message>
        <source>The query API rejected the request (HTTP 422): %1</source>
        <translation>La API de consultas rechazó la petición (HTTP 422): %1</translation>
    </message>
    <message>
        <source>%1 is rate limiting queries (HTTP 429); gave up after %2 retries.</source>
        <translation>%1 está limitando las consultas (HTTP 429); se abandonó tras %2 reintentos.</translation>
    </message>
    <message>
        <source>%1 failed with HTTP %2 after %3 retries: %4</source>
        <translation>%1 falló con HTTP %2 tras %3 reintentos: %4</translation>
    </message>
    <message>
        <source>Unexpected response from %1 (HTTP %2): %3</source>
        <translation>Respuesta inesperada de %1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>The NDJSON stream from %1 had no schema line.</source>
        <translation>El flujo NDJSON de %1 no tenía línea de esquema.</translation>
    </message>
    <message>
        <source>The NDJSON stream from %1 ended early.</source>
        <translation>El flujo NDJSON de %1 terminó antes de tiempo.</translation>
    </message>
    <message>
        <source>%1 answered with something that is not JSON.</source>
        <translation>%1 respondió con algo que no es JSON.</translation>
    </message>
    <message>
        <source>%1 only offers Logfire&apos;s v1 query API, which cannot filter by environment (%2). Clear the environment filter, or use a server with the v2 query API.</source>
        <translation>%1 solo ofrece la API de consultas v1 de Logfire, que no puede filtrar por entorno (%2). Quite el filtro de entorno o use un servidor con la API de consultas v2.</translation>
    </message>
</context>
<context>
    <name>hearth::core::SecretStore</name>
    <message>
        <source>No keychain service is running (%1). The token can be kept for this session only.</source>
        <translation>No hay ningún servicio de llavero en marcha (%1). El token solo puede guardarse para esta sesión.</translation>
    </message>
    <message>
        <source>No token is stored for this connection.</source>
        <translation>No hay ningún token guardado para esta conexión.</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>El llavero denegó el acceso: %1</translation>
    </message>
    <message>
        <source>Keychain error: %1</source>
        <translation>Error del llavero: %1</translation>
    </message>
</context>
<context>
    <name>hearth::core::Store</name>
    <message>
        <source>The store &apos;%1&apos; is open read-only.</source>
        <translation>El almacén «%1» está abierto en solo lectura.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Hearth store: the file is not an SQLite database (%2).</source>
        <translation>«%1» no es un almacén de Hearth: el archivo no es una base de datos SQLite (%2).</translation>
    </message>
    <message>
        <source>The store &apos;%1&apos; is damaged (%2). Restore it from a backup or open another file.</source>
        <translation>El almacén «%1» está dañado (%2). Restáurelo desde una copia de seguridad o abra otro archivo.</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos;: %2. Check that the folder exists and is writable.</source>
        <translation>No se puede abrir «%1»: %2. Compruebe que la carpeta existe y admite escritura.</translation>
    </message>
    <message>
        <source>Cannot write to &apos;%1&apos;: %2.</source>
        <translation>No se puede escribir en «%1»: %2.</translation>
    </message>
    <message>
        <source>The disk holding &apos;%1&apos; is full.</source>
        <translation>El disco que contiene «%1» está lleno.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is locked by another process: %2.</source>
        <translation>«%1» está bloqueado por otro proceso: %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer Hearth (schema version %2; this build reads up to %3). Update Hearth to open it.</source>
        <translation>«%1» lo escribió un Hearth más reciente (versión de esquema %2; esta compilación lee hasta la %3). Actualice Hearth para abrirlo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a store file.</source>
        <translation>«%1» es una carpeta, no un archivo de almacén.</translation>
    </message>
    <message>
        <source>The store &apos;%1&apos; does not exist.</source>
        <translation>El almacén «%1» no existe.</translation>
    </message>
    <message>
        <source>Cannot create the folder &apos;%1&apos; for the store.</source>
        <translation>No se puede crear la carpeta «%1» para el almacén.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an SQLite database, but not a Hearth store.</source>
        <translation>«%1» es una base de datos SQLite, pero no un almacén de Hearth.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses an older schema (version %2) and is open read-only, so it cannot be upgraded. Open it writable once to upgrade it.</source>
        <translation>«%1» usa un esquema anterior (versión %2) y está abierto en solo lectura, así que no se puede actualizar. Ábralo una vez con escritura para actualizarlo.</translation>
    </message>
    <message>
        <source>Upgrading &apos;%1&apos; to schema version %2 failed: %3</source>
        <translation>Falló la actualización de «%1» a la versión de esquema %2: %3</translation>
    </message>
    <message>
        <source>Preparing the writer for &apos;%1&apos; failed: %2</source>
        <translation>Falló la preparación de la escritura en «%1»: %2</translation>
    </message>
</context>
<context>
    <name>hearth::core::Trace</name>
    <message>
        <source>Span %1 is not in this store.</source>
        <translation>El span %1 no está en este almacén.</translation>
    </message>
    <message>
        <source>Cannot read the trace: %1</source>
        <translation>No se puede leer la traza: %1</translation>
    </message>
    <message>
        <source>No trace with id %1 in this store.</source>
        <translation>No hay ninguna traza con id %1 en este almacén.</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Se canceló la carga.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Hearth: observability for agentic AI systems.</source>
        <translation>Hearth: observabilidad para sistemas de IA agéntica.</translation>
    </message>
    <message>
        <source>Open this store file.</source>
        <translation>Abrir este archivo de almacén.</translation>
    </message>
    <message>
        <source>Do not fill an empty store with demo data.</source>
        <translation>No llenar un almacén vacío con datos de demostración.</translation>
    </message>
    <message>
        <source>Start on this page.</source>
        <translation>Empezar en esta página.</translation>
    </message>
    <message>
        <source>Save a PNG of the window once loaded, then quit.</source>
        <translation>Guardar un PNG de la ventana al cargar y salir.</translation>
    </message>
    <message>
        <source>Cannot open store</source>
        <translation>No se puede abrir el almacén</translation>
    </message>
    <message>
        <source>Open this trace (and select a span) at start-up.</source>
        <translation>Abrir esta traza (y seleccionar un span) al inicio.</translation>
    </message>
    <message>
        <source>Use this theme for this run: light, dark or system.</source>
        <translation>Usar este tema en esta ejecución: light, dark o system.</translation>
    </message>
    <message>
        <source>With --screenshot: open this dialog first (%1).</source>
        <translation>Con --screenshot: abrir primero este diálogo (%1).</translation>
    </message>
    <message>
        <source>Run the best command-palette match for TEXT at start-up.</source>
        <translation>Ejecutar al inicio la mejor coincidencia de la paleta de comandos para TEXT.</translation>
    </message>
    <message>
        <source>With --dialog palette: the text typed into the palette.</source>
        <translation>Con --dialog palette: el texto escrito en la paleta.</translation>
    </message>
    <message>
        <source>With --screenshot: the window size (default 1280x800).</source>
        <translation>Con --screenshot: el tamaño de la ventana (por defecto 1280x800).</translation>
    </message>
    <message>
        <source>Query through this connection: local, env or a saved id.</source>
        <translation>Consultar mediante esta conexión: local, env o un id guardado.</translation>
    </message>
    <message>
        <source>--theme must be light, dark or system, got &apos;%1&apos;
</source>
        <translation>--theme debe ser light, dark o system, se recibió «%1»
</translation>
    </message>
    <message>
        <source>--dialog must be one of: %1
</source>
        <translation>--dialog debe ser uno de: %1
</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT, at least 400x300, got &apos;%1&apos;
</source>
        <translation>--size debe ser ANCHOxALTO, al menos 400x300, se recibió «%1»
</translation>
    </message>
</context>
</TS>
