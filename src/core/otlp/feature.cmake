# OTLP intake (issue 3): generates the OTLP protobuf/gRPC code from the .proto files written from
# otlp.md, builds it as its own library (generated code is not held to Hearth's warning flags) and
# links protobuf, gRPC and zlib into hearth_core.
find_package(Protobuf REQUIRED)
find_package(gRPC CONFIG REQUIRED)
find_program(HEARTH_GRPC_CPP_PLUGIN grpc_cpp_plugin REQUIRED)

set(_otlp_proto_root ${CMAKE_CURRENT_LIST_DIR}/proto)
set(_otlp_out ${PROJECT_BINARY_DIR}/otlp_gen)
file(MAKE_DIRECTORY ${_otlp_out})
file(GLOB_RECURSE _otlp_protos CONFIGURE_DEPENDS ${_otlp_proto_root}/*.proto)

set(_otlp_sources)
foreach(_proto IN LISTS _otlp_protos)
  file(RELATIVE_PATH _rel ${_otlp_proto_root} ${_proto})
  string(REGEX REPLACE "\\.proto$" "" _stem ${_rel})
  set(_outs ${_otlp_out}/${_stem}.pb.cc ${_otlp_out}/${_stem}.pb.h)
  set(_plugin_args)
  if(_rel MATCHES "_service\\.proto$")
    list(APPEND _outs ${_otlp_out}/${_stem}.grpc.pb.cc ${_otlp_out}/${_stem}.grpc.pb.h)
    set(_plugin_args --grpc_out=${_otlp_out} --plugin=protoc-gen-grpc=${HEARTH_GRPC_CPP_PLUGIN})
  endif()
  add_custom_command(
    OUTPUT ${_outs}
    COMMAND protobuf::protoc -I${_otlp_proto_root} -I${Protobuf_INCLUDE_DIRS} --cpp_out=${_otlp_out}
            ${_plugin_args} ${_rel}
    WORKING_DIRECTORY ${_otlp_proto_root}
    DEPENDS ${_proto} protobuf::protoc
    COMMENT "protoc ${_rel}"
    VERBATIM)
  list(APPEND _otlp_sources ${_outs})
endforeach()

add_library(hearth_otlp_proto STATIC ${_otlp_sources})
set_target_properties(hearth_otlp_proto PROPERTIES POSITION_INDEPENDENT_CODE ON AUTOMOC OFF)
# SYSTEM: the generated headers are included by Hearth code compiled with -Wpedantic.
target_include_directories(hearth_otlp_proto SYSTEM PUBLIC ${_otlp_out})
# cpp-httplib is public too: the OTLP tests and bench/bench_ingest talk to the receiver with its
# client (hearth_core itself links it privately for the server).
target_link_libraries(hearth_otlp_proto PUBLIC protobuf::libprotobuf gRPC::grpc++ PkgConfig::HTTPLIB)

target_link_libraries(hearth_core PUBLIC hearth_otlp_proto PRIVATE ZLIB::ZLIB)
