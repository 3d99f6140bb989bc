# The remote-client tests run a scripted cpp-httplib server inside the test executable.
if(TARGET core_tst_remote)
  target_link_libraries(core_tst_remote PRIVATE PkgConfig::HTTPLIB)
endif()
