# Translations: translations/hearth_<lang>.ts, compiled to .qm and embedded under :/i18n in
# hearth_core, so the GUI, hearth-cli and every test binary carry them (core::installTranslations).
# `cmake --build <dir> --target update_translations` refreshes the .ts files from the sources of
# all three layers (lupdate); tests/i18n checks that they are complete and current.
set(HEARTH_TS_FILES ${PROJECT_SOURCE_DIR}/translations/hearth_en.ts
                    ${PROJECT_SOURCE_DIR}/translations/hearth_de.ts
                    ${PROJECT_SOURCE_DIR}/translations/hearth_es.ts)
file(GLOB_RECURSE HEARTH_TR_SOURCES CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/src/core/*.cpp ${PROJECT_SOURCE_DIR}/src/core/*.h
     ${PROJECT_SOURCE_DIR}/src/app/*.cpp ${PROJECT_SOURCE_DIR}/src/app/*.h
     ${PROJECT_SOURCE_DIR}/src/cli/*.cpp ${PROJECT_SOURCE_DIR}/src/cli/*.h
     ${PROJECT_SOURCE_DIR}/ui/*.ui)
# lupdate resolves Q_OBJECT classes and their bases through these (the poison headers stay out).
set(HEARTH_TR_INCLUDES ${PROJECT_SOURCE_DIR}/src ${PROJECT_BINARY_DIR}/generated)
foreach(_qt Core Gui Widgets)
  get_target_property(_dirs Qt6::${_qt} INTERFACE_INCLUDE_DIRECTORIES)
  list(APPEND HEARTH_TR_INCLUDES ${_dirs})
endforeach()
list(REMOVE_DUPLICATES HEARTH_TR_INCLUDES)
qt_add_translations(hearth_core TS_FILES ${HEARTH_TS_FILES} RESOURCE_PREFIX "/i18n"
                    SOURCES ${HEARTH_TR_SOURCES} INCLUDE_DIRECTORIES ${HEARTH_TR_INCLUDES}
                    LUPDATE_OPTIONS -no-obsolete -locations none)
