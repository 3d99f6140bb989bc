# hearth_add_test(name SOURCES ... LIBS ...): one QTest executable, registered with CTest.
# GUI tests run on the offscreen platform so they need no display.
function(hearth_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS} Qt6::Test hearth_warnings)
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
  target_compile_definitions(${name} PRIVATE HEARTH_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
                                             HEARTH_CLI_PATH="$<TARGET_FILE:hearth-cli>")
  add_dependencies(${name} hearth-cli)
  add_test(NAME ${name} COMMAND ${name})
  # Tests match English output: pin the language (hearth, hearth-cli and the tests' own
  # translators all honour HEARTH_LANGUAGE before the system locale).
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HEARTH_LANGUAGE=en"
                                          TIMEOUT 600
                                          LABELS "${ARG_LABELS}")
endfunction()

# Registers tests/<layer>/tst_*.cpp (and tests/<layer>/<feature>/tst_*.cpp) against `lib`.
function(hearth_add_tests_in layer lib)
  file(GLOB_RECURSE _tests CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/${layer}/tst_*.cpp)
  foreach(_src IN LISTS _tests)
    get_filename_component(_name ${_src} NAME_WE)
    hearth_add_test(${layer}_${_name} SOURCES ${_src} LIBS ${lib} LABELS ${layer})
  endforeach()
endfunction()
