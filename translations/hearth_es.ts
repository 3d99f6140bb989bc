<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
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
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Delete dashboard</source>
        <translation>Eliminar panel</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation>¿Eliminar &quot;%1&quot;?</translation>
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
        <source>Views query the local store, or a Logfire project through its query API. Read tokens are kept in the system keychain.</source>
        <translation>Las vistas consultan el almacén local o un proyecto de Logfire mediante su API de consultas. Los tokens de lectura se guardan en el llavero del sistema.</translation>
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
</context>
</TS>
