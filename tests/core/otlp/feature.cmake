# OTLP tests talk to the real server with cpp-httplib (HTTP client) and gRPC stubs.
foreach(_t core_tst_otlpserve core_tst_otlpcrash)
  if(TARGET ${_t})
    target_link_libraries(${_t} PRIVATE PkgConfig::HTTPLIB ZLIB::ZLIB)
  endif()
endforeach()
if(TARGET core_tst_otlpmapper)
  target_link_libraries(core_tst_otlpmapper PRIVATE ZLIB::ZLIB)
endif()
