# Desktop integration and the .deb (CPack DEB generator, dependencies from dpkg-shlibdeps).
set(HEARTH_APP_ID "dev.hearth.Hearth")
install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/${HEARTH_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/${HEARTH_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
foreach(_size 16 24 32 48 64 128 256 512)
  install(FILES ${PROJECT_SOURCE_DIR}/packaging/icons/hearth-${_size}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps
          RENAME ${HEARTH_APP_ID}.png)
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hearth.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${HEARTH_APP_ID}.svg)

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "hearth")
set(CPACK_PACKAGE_VENDOR "The Hearth developers")
set(CPACK_PACKAGE_CONTACT "The Hearth developers <hearth@hearth.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop observability console for agentic AI systems")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_FILE_NAME "hearth_${PROJECT_VERSION}_amd64")
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE "amd64")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Runtime pieces dpkg-shlibdeps cannot see: Qt plugins and QML modules loaded at run time.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-layouts, qml6-module-qtqml-workerscript, qml6-module-qtquick-templates, qml6-module-qtquick-window")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Desktop observability console for agentic AI systems.
 Hearth receives OpenTelemetry and Pydantic Logfire telemetry (OTLP over HTTP and gRPC) into a
 local SQLite store, runs Logfire's SQL on it, and shows live trace trees, trace waterfalls with
 LLM conversations, token and cost badges, and SQL dashboards.")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://hearth.invalid")
include(CPack)
