# The webhook test runs a real cpp-httplib server inside the test process.
target_link_libraries(core_tst_webhooksender PRIVATE PkgConfig::HTTPLIB)
