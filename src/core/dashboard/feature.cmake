# Standard dashboards ship as resources of hearth_core, so the app and `hearth-cli render` share them.
file(GLOB HEARTH_STANDARD_DASHBOARDS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/resources/dashboards/*.json)
qt_add_resources(hearth_core "hearth_dashboards" PREFIX "/" BASE ${PROJECT_SOURCE_DIR}/resources
                 FILES ${HEARTH_STANDARD_DASHBOARDS})
