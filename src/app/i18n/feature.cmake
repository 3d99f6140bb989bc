# Translations: translations/hearth_<lang>.ts, compiled to .qm and embedded under :/i18n.
# `cmake --build <dir> --target update_translations` refreshes the .ts files from the sources
# (lupdate); tests/i18n checks that they are complete and current.
set(HEARTH_TS_FILES ${PROJECT_SOURCE_DIR}/translations/hearth_en.ts
                    ${PROJECT_SOURCE_DIR}/translations/hearth_de.ts
                    ${PROJECT_SOURCE_DIR}/translations/hearth_es.ts)
qt_add_translations(hearth_app TS_FILES ${HEARTH_TS_FILES} RESOURCE_PREFIX "/i18n"
                    LUPDATE_OPTIONS -no-obsolete -locations none)
