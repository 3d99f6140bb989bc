# Desktop integration files are validated with the freedesktop tools.
find_program(DESKTOP_FILE_VALIDATE desktop-file-validate REQUIRED)
find_program(APPSTREAMCLI appstreamcli REQUIRED)
add_test(NAME packaging_desktop_file_valid
         COMMAND ${DESKTOP_FILE_VALIDATE} ${PROJECT_SOURCE_DIR}/packaging/linux/dev.hearth.Hearth.desktop)
add_test(NAME packaging_metainfo_valid
         COMMAND ${APPSTREAMCLI} validate --no-net ${PROJECT_SOURCE_DIR}/packaging/linux/dev.hearth.Hearth.metainfo.xml)
# desktop-file-validate exits 0 on hints; fail on any error or warning line it prints.
set_tests_properties(packaging_desktop_file_valid PROPERTIES FAIL_REGULAR_EXPRESSION "error:|warning:"
                                                             LABELS packaging)
set_tests_properties(packaging_metainfo_valid PROPERTIES FAIL_REGULAR_EXPRESSION "^E:|^W:"
                                                         LABELS packaging)
# `hearth --help` works without a display (packaging checks, SSH) and lists the GUI's own options.
add_test(NAME packaging_gui_help_without_display
         COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY
                 $<TARGET_FILE:hearth> --help)
set_tests_properties(packaging_gui_help_without_display
                     PROPERTIES PASS_REGULAR_EXPRESSION "--screenshot <FILE>" ENVIRONMENT
                                "HEARTH_LANGUAGE=en" LABELS packaging)
