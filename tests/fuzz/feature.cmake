# libFuzzer targets for the OTLP decoders live in tests/fuzz as a standalone clang project
# (scripts/fuzz.sh builds and runs them). With HEARTH_FUZZ=ON and clang as the compiler they are
# also part of this build. When clang++ exists, a short fuzz run is part of the test suite; it
# builds with clang in its own folder so the default g++ build is not affected.
if(HEARTH_FUZZ)
  add_subdirectory(${CMAKE_CURRENT_LIST_DIR} ${PROJECT_BINARY_DIR}/fuzz-targets)
endif()
find_program(HEARTH_CLANGXX clang++)
if(HEARTH_CLANGXX)
  add_test(NAME fuzz_otlp_short COMMAND ${PROJECT_SOURCE_DIR}/scripts/fuzz.sh --seconds 5
                                        --build-dir ${PROJECT_BINARY_DIR}/fuzz-clang)
  set_tests_properties(fuzz_otlp_short PROPERTIES LABELS fuzz TIMEOUT 900)
endif()
