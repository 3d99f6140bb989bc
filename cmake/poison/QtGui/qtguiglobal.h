// Poison header: hearth_core is the Qt-Core-only layer (see cmake/HearthLayering.cmake).
#error "hearth_core must not include QtGui: move this code to src/app"
