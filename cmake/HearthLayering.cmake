# The architecture is enforced by the build, not by review:
# - hearth_core may link Qt Core/Sql/Concurrent/Network only, never Gui, Widgets, Qml or Quick;
# - the CLI's commands use hearth_core; only the PNG renderers reach into hearth_app;
# - a stray GUI include in core fails to compile (poison headers in cmake/poison, searched first).
function(hearth_check_links target)
  get_target_property(_libs ${target} LINK_LIBRARIES)
  foreach(_lib IN LISTS _libs)
    foreach(_forbidden IN LISTS ARGN)
      if(_lib MATCHES "${_forbidden}")
        message(FATAL_ERROR "${target} must not link ${_lib} (layering, see cmake/HearthLayering.cmake)")
      endif()
    endforeach()
  endforeach()
endfunction()

hearth_check_links(hearth_core "Qt6::Gui" "Qt6::Widgets" "Qt6::Qml" "Qt6::Quick" "Qt6::Charts" "hearth_app")
