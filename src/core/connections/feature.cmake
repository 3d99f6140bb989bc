# Tokens live in the OS keychain through QtKeychain (Secret Service over D-Bus on Linux).
find_package(Qt6Keychain REQUIRED)
target_link_libraries(hearth_core PUBLIC Qt6Keychain::Qt6Keychain)

# Without a keychain, tokens may go to a passphrase-encrypted file (tokenvault.cpp): libsodium
# (Argon2id, XChaCha20-Poly1305, BLAKE2b). Linked dynamically, so CPack's shlibdeps adds
# libsodium23 to the .deb's dependencies.
find_package(PkgConfig REQUIRED)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
target_link_libraries(hearth_core PRIVATE PkgConfig::SODIUM)
