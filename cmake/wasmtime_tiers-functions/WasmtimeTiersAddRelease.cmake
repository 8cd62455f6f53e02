# wasmtime_tiers_add_release(): the tables of a Wasmtime release newer than this library, made from
# that release's own documents when the project builds, for one target.
#
#   wasmtime_tiers_add_release(TARGET <target> RELEASE <N> TIERS <docs/stability-tiers.md>
#                              [PROPOSALS <docs/stability-wasm-proposals.md>])
#
# At build time (again whenever a text changes) runs `wasmtime-tiers gen --add-release N --tiers
# ... --out <dir>`, which writes every release the library knows plus release N, and puts <dir>
# first on <target>'s include path, so that release<N> exists and WASMTIME_VERSION_MAJOR == N
# selects it without the "newer than known" warning. A malformed text fails the build with the
# generator's FILE:LINE message. Every Wasmtime source tree and release tarball has both texts
# under docs/. The wasmtime-tiers program is found as for wasmtime_tiers_check(); a project that
# builds it (add_subdirectory, FetchContent) uses the one it builds.
include_guard(GLOBAL)
include("${CMAKE_CURRENT_LIST_DIR}/WasmtimeTiersCheck.cmake")

function(wasmtime_tiers_add_release)
  cmake_parse_arguments(PARSE_ARGV 0 _wtr "" "TARGET;RELEASE;TIERS;PROPOSALS" "")
  if(_wtr_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "wasmtime_tiers_add_release: unexpected arguments '${_wtr_UNPARSED_ARGUMENTS}'; "
                        "expected TARGET <target> RELEASE <N> TIERS <file> [PROPOSALS <file>]")
  endif()
  foreach(_required TARGET RELEASE TIERS)
    if(NOT _wtr_${_required})
      message(FATAL_ERROR "wasmtime_tiers_add_release: ${_required} is required "
                          "(TARGET <target> RELEASE <N> TIERS <docs/stability-tiers.md>)")
    endif()
  endforeach()
  if(NOT TARGET "${_wtr_TARGET}")
    message(FATAL_ERROR "wasmtime_tiers_add_release: '${_wtr_TARGET}' is not a target; call it "
                        "after add_executable()/add_library()")
  endif()
  if(NOT _wtr_RELEASE MATCHES "^[0-9]+$")
    message(FATAL_ERROR "wasmtime_tiers_add_release: RELEASE must be a Wasmtime major version such "
                        "as 49, not '${_wtr_RELEASE}'")
  endif()
  set(_inputs)
  foreach(_text TIERS PROPOSALS)
    if(_wtr_${_text})
      cmake_path(ABSOLUTE_PATH _wtr_${_text} BASE_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}" NORMALIZE)
      if(NOT EXISTS "${_wtr_${_text}}")
        message(FATAL_ERROR "wasmtime_tiers_add_release: ${_text} file '${_wtr_${_text}}' does not exist")
      endif()
      list(APPEND _inputs "${_wtr_${_text}}")
    endif()
  endforeach()

  # The tool: the one this project builds, else an installed one.
  set(_depends)
  set(_tool)
  if(TARGET wasmtime-tiers)
    get_target_property(_imported wasmtime-tiers IMPORTED)
    if(NOT _imported)
      set(_tool "$<TARGET_FILE:wasmtime-tiers>")
      set(_depends wasmtime-tiers)
    endif()
  endif()
  if(NOT _tool)
    _wasmtime_tiers_find_executable(_tool)
  endif()

  set(_dir "${CMAKE_CURRENT_BINARY_DIR}/wasmtime_tiers_release_${_wtr_RELEASE}")
  set(_stamp "${_dir}/generated.stamp")
  set(_command "${_tool}" gen --add-release "${_wtr_RELEASE}" --tiers "${_wtr_TIERS}")
  if(_wtr_PROPOSALS)
    list(APPEND _command --proposals "${_wtr_PROPOSALS}")
  endif()
  list(APPEND _command --out "${_dir}")
  if(NOT TARGET wasmtime_tiers_release_${_wtr_RELEASE})
    add_custom_command(OUTPUT "${_stamp}"
      COMMAND ${_command}
      COMMAND "${CMAKE_COMMAND}" -E touch "${_stamp}"
      DEPENDS ${_inputs} ${_depends}
      COMMENT "wasmtime-tiers: the tier tables of Wasmtime ${_wtr_RELEASE}"
      VERBATIM)
    add_custom_target(wasmtime_tiers_release_${_wtr_RELEASE} DEPENDS "${_stamp}")
  endif()
  add_dependencies("${_wtr_TARGET}" wasmtime_tiers_release_${_wtr_RELEASE})
  target_include_directories("${_wtr_TARGET}" BEFORE PRIVATE "${_dir}")
endfunction()
