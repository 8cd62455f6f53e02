# Builds examples/embedder as a separate project against a Wasmtime C API folder (C_API_DIR/include:
# Wasmtime's released headers with the conf.h of its release build; C_API_DIR/lib/libwasmtime.a:
# the recording stub generated from those headers) and runs it. Run by CTest as
#   cmake -D SOURCE_DIR=... -D C_API_DIR=... -D WORK_DIR=... [-D CXX=... ...] -P run_embedder.cmake
cmake_minimum_required(VERSION 3.25)

foreach(_var SOURCE_DIR C_API_DIR WORK_DIR GENERATOR)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "run_embedder.cmake: -D ${_var}=... is required")
  endif()
endforeach()
if(NOT EXISTS "${C_API_DIR}/lib/libwasmtime.a")
  message(FATAL_ERROR "FAIL: ${C_API_DIR}/lib/libwasmtime.a is missing; build the wasmtime_recording_48 target")
endif()

function(run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
  message("${_out}")
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "FAIL: ${what} failed (${_rc}): ${ARGN}")
  endif()
endfunction()

set(_flags "${CXX_FLAGS} -Wall -Wextra -Wpedantic -Werror")
set(_args -G "${GENERATOR}" "-DWASMTIME_C_API_DIR=${C_API_DIR}" "-DWASMTIME_TIERS_SOURCE_DIR=${SOURCE_DIR}"
          "-DCMAKE_CXX_FLAGS=${_flags}")
if(MAKE_PROGRAM)
  list(APPEND _args "-DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM}")
endif()
if(CXX)
  list(APPEND _args "-DCMAKE_CXX_COMPILER=${CXX}")
endif()
if(CXX_STANDARD)
  list(APPEND _args "-DCMAKE_CXX_STANDARD=${CXX_STANDARD}")
endif()

file(REMOVE_RECURSE "${WORK_DIR}")
run("configuring examples/embedder" "${CMAKE_COMMAND}" -S "${SOURCE_DIR}/examples/embedder" -B "${WORK_DIR}" ${_args})
run("building examples/embedder" "${CMAKE_COMMAND}" --build "${WORK_DIR}")
run("running examples/embedder" "${WORK_DIR}/embedder")
