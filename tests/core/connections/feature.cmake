# The real-keychain test needs a Secret Service: it runs on a private D-Bus session with its own
# unlocked gnome-keyring, so it works on headless CI machines too.
find_program(DBUS_RUN_SESSION dbus-run-session REQUIRED)
add_executable(core_keychain_real ${CMAKE_CURRENT_LIST_DIR}/keychain_real.cpp)
target_link_libraries(core_keychain_real PRIVATE hearth_core Qt6::Test hearth_warnings)
add_test(NAME core_keychain_real
         COMMAND ${DBUS_RUN_SESSION} -- ${CMAKE_CURRENT_LIST_DIR}/with-keyring.sh
                 $<TARGET_FILE:core_keychain_real>)
set_tests_properties(core_keychain_real PROPERTIES TIMEOUT 120 LABELS core)
