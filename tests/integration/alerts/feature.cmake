# End to end (issue 10): a real OpenTelemetry JS client sends spans to a real `hearth-cli serve`,
# whose alerts component evaluates an imported rule and posts to a webhook served by the test.
find_program(HEARTH_NODE node)
if(HEARTH_NODE)
  hearth_add_test(integration_tst_alerts_e2e
                  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_alerts_e2e.cpp
                  LIBS hearth_core LABELS integration)
  target_link_libraries(integration_tst_alerts_e2e PRIVATE PkgConfig::HTTPLIB)
  target_compile_definitions(integration_tst_alerts_e2e PRIVATE HEARTH_NODE_PATH="${HEARTH_NODE}"
                             HEARTH_INTEGRATION_DIR="${PROJECT_SOURCE_DIR}/tests/integration")
  set_tests_properties(integration_tst_alerts_e2e PROPERTIES FIXTURES_REQUIRED hearth_npm)
endif()
