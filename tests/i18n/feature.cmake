# Translations must be complete and current: no unfinished/obsolete entries, and no string in the
# sources that lupdate would add. The lupdate project (include paths, sources) is the one
# qt_add_translations generates (src/core/i18n/feature.cmake), so the check sees what the build sees.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(_lupdate_in ${PROJECT_BINARY_DIR}/src/core/.lupdate/hearth_core_project.cmake)
set(_lupdate_json ${PROJECT_BINARY_DIR}/tests/i18n_lupdate_project.json)
add_test(NAME i18n_lupdate_project
         COMMAND ${CMAKE_COMMAND} -E env
                 ${CMAKE_COMMAND} -DIN_FILE=${_lupdate_in} -DOUT_FILE=${_lupdate_json}
                 -P ${Qt6LinguistTools_DIR}/GenerateLUpdateProject.cmake)
add_test(NAME i18n_translations_complete_and_current
         COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/scripts/check-translations.py
                 $<TARGET_FILE:Qt6::lupdate> ${_lupdate_json} --
                 ${PROJECT_SOURCE_DIR}/translations/hearth_en.ts
                 ${PROJECT_SOURCE_DIR}/translations/hearth_de.ts
                 ${PROJECT_SOURCE_DIR}/translations/hearth_es.ts)
set_tests_properties(i18n_lupdate_project PROPERTIES FIXTURES_SETUP hearth_lupdate_project
                                                           LABELS i18n)
set_tests_properties(i18n_translations_complete_and_current PROPERTIES FIXTURES_REQUIRED hearth_lupdate_project
                                                          LABELS i18n)
