# OTLP integration tests (issue 3): real OpenTelemetry JS and @pydantic/logfire-node clients from
# npm against a real `hearth-cli serve`. setup.sh installs the pinned clients (package-lock.json)
# and runs first as a CTest fixture; scripts/test.sh also runs it before ctest.
find_program(HEARTH_NODE node)
if(HEARTH_NODE)
  hearth_add_test(integration_tst_otlp_sdk SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_otlp_sdk.cpp
                  LIBS hearth_core LABELS integration)
  target_compile_definitions(integration_tst_otlp_sdk PRIVATE HEARTH_NODE_PATH="${HEARTH_NODE}"
                             HEARTH_INTEGRATION_DIR="${CMAKE_CURRENT_LIST_DIR}")
  add_test(NAME integration_npm_setup COMMAND ${CMAKE_CURRENT_LIST_DIR}/setup.sh)
  set_tests_properties(integration_npm_setup PROPERTIES FIXTURES_SETUP hearth_npm LABELS integration
                                                        TIMEOUT 900)
  set_tests_properties(integration_tst_otlp_sdk PROPERTIES FIXTURES_REQUIRED hearth_npm)
else()
  message(WARNING "node not found: the OTLP integration tests are not built (scripts/install-deps.sh)")
endif()
