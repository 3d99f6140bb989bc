# Compiler settings shared by every Hearth target.
add_library(hearth_warnings INTERFACE)
target_compile_options(hearth_warnings INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers
                                                  -Werror=return-type -Werror=undef)
if(HEARTH_WERROR)
  target_compile_options(hearth_warnings INTERFACE -Werror)
endif()
target_compile_definitions(hearth_warnings INTERFACE QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
                                                      QT_NO_FOREACH QT_USE_QSTRINGBUILDER)

if(HEARTH_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
