#Tokens live in the OS keychain through QtKeychain(Secret Service over D - Bus on Linux).
find_package(Qt6Keychain REQUIRED)
    target_link_libraries(hearth_core PUBLIC Qt6Keychain::Qt6Keychain)
