# wasmtime_tiers_check(): a tier policy for a build's Wasmtime target, features and backend, checked
# when the project is configured, without any C++ include.
#
#   wasmtime_tiers_check(POLICY <production-ready|almost-production-ready|not-production-ready|min-tier=K>
#                        [TARGET <triple>|host] [FEATURES <name>...] [BACKEND <cranelift|winch|pulley>]
#                        [RELEASE <N>] [WAIVE <entity>=<reason>[@<until>]...]
#                        [RESULT_VARIABLE <var>] [QUIET])
#
# Runs `wasmtime-tiers check` with these arguments (see `wasmtime-tiers check --help`). When the
# build does not satisfy the policy, configuring stops with the tool's message: one violation a
# line, in the words of the library's compile-time diagnostics. With RESULT_VARIABLE, <var> is set
# to TRUE or FALSE instead and a violation is a warning. A usage error (an unknown policy, target
# or feature name) always stops configuring. QUIET: no status line when the check passes. RELEASE
# defaults to the newest release the tool knows. WAIVE accepts an entity below the policy for a
# reason, up to release <until> (`--waive`, as the library's waivers): a waiver the policy does not
# need, an expired one or one without a reason fails the check, so that none goes stale silently.
#
# The wasmtime-tiers executable: the variable WASMTIME_TIERS_EXECUTABLE when set (a path); else the
# imported target wasmtime_tiers::wasmtime-tiers when the project defines one; else the program
# found beside the installed package (its bin/ folder), in CMAKE_PREFIX_PATH or on the PATH. In a
# project that builds wasmtime-tiers itself (add_subdirectory, FetchContent) the tool does not exist
# yet while configuring: install it, or point WASMTIME_TIERS_EXECUTABLE at a built copy.
include_guard(GLOBAL)

set_property(GLOBAL PROPERTY _WASMTIME_TIERS_CHECK_DIR "${CMAKE_CURRENT_LIST_DIR}")

function(_wasmtime_tiers_find_executable out)
  if(WASMTIME_TIERS_EXECUTABLE)
    if(NOT EXISTS "${WASMTIME_TIERS_EXECUTABLE}" OR IS_DIRECTORY "${WASMTIME_TIERS_EXECUTABLE}")
      message(FATAL_ERROR "wasmtime_tiers_check: WASMTIME_TIERS_EXECUTABLE is "
                          "'${WASMTIME_TIERS_EXECUTABLE}', which is not a file; set it to the path "
                          "of the wasmtime-tiers program (or unset it to search for one)")
    endif()
    set(${out} "${WASMTIME_TIERS_EXECUTABLE}" PARENT_SCOPE)
    return()
  endif()
  if(TARGET wasmtime_tiers::wasmtime-tiers)
    get_target_property(_imported wasmtime_tiers::wasmtime-tiers IMPORTED)
    if(_imported)
      get_target_property(_location wasmtime_tiers::wasmtime-tiers LOCATION)
      if(_location AND EXISTS "${_location}")
        set(${out} "${_location}" PARENT_SCOPE)
        return()
      endif()
    endif()
  endif()
  # Installed: <prefix>/<package dir>/wasmtime_tiers-functions/ beside <prefix>/bin.
  get_property(_dir GLOBAL PROPERTY _WASMTIME_TIERS_CHECK_DIR)
  set(_hints "")
  foreach(_up IN ITEMS "../../../.." "../../.." "../../../../.." "..")
    cmake_path(SET _hint NORMALIZE "${_dir}/${_up}/bin")
    list(APPEND _hints "${_hint}")
  endforeach()
  find_program(WASMTIME_TIERS_EXECUTABLE NAMES wasmtime-tiers HINTS ${_hints}
               DOC "The wasmtime-tiers program that wasmtime_tiers_check() runs")
  if(NOT WASMTIME_TIERS_EXECUTABLE)
    set(_why "")
    if(TARGET wasmtime-tiers)
      set(_why " This project builds wasmtime-tiers itself, but only after configuring; build or "
               "install it first and pass its path.")
    endif()
    message(FATAL_ERROR "wasmtime_tiers_check: the wasmtime-tiers program was not found (looked "
                        "in ${_hints}, CMAKE_PREFIX_PATH and PATH).${_why} Install wasmtime-tiers "
                        "(cmake --install of its build) and add its prefix to CMAKE_PREFIX_PATH, or "
                        "configure with -DWASMTIME_TIERS_EXECUTABLE=/path/to/wasmtime-tiers.")
  endif()
  set(${out} "${WASMTIME_TIERS_EXECUTABLE}" PARENT_SCOPE)
endfunction()

function(wasmtime_tiers_check)
  cmake_parse_arguments(PARSE_ARGV 0 _wtc "QUIET" "POLICY;TARGET;BACKEND;RELEASE;RESULT_VARIABLE"
                        "FEATURES;WAIVE")
  if(_wtc_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "wasmtime_tiers_check: unexpected arguments '${_wtc_UNPARSED_ARGUMENTS}'; "
                        "expected POLICY <policy> [TARGET <triple>|host] [FEATURES <name>...] "
                        "[BACKEND <backend>] [RELEASE <N>] [WAIVE <entity>=<reason>[@<until>]...] "
                        "[RESULT_VARIABLE <var>] [QUIET]")
  endif()
  if(NOT _wtc_POLICY)
    message(FATAL_ERROR "wasmtime_tiers_check: POLICY is required: production-ready, "
                        "almost-production-ready, not-production-ready or min-tier=K")
  endif()
  foreach(_keyword IN LISTS _wtc_KEYWORDS_MISSING_VALUES)
    message(FATAL_ERROR "wasmtime_tiers_check: ${_keyword} is given without a value")
  endforeach()
  _wasmtime_tiers_find_executable(_tool)

  set(_args check --policy "${_wtc_POLICY}")
  if(DEFINED _wtc_RELEASE)
    list(APPEND _args --release "${_wtc_RELEASE}")
  endif()
  if(DEFINED _wtc_TARGET)
    list(APPEND _args --target "${_wtc_TARGET}")
  endif()
  if(_wtc_FEATURES)
    string(REPLACE ";" "," _features "${_wtc_FEATURES}")
    list(APPEND _args --features "${_features}")
  endif()
  if(DEFINED _wtc_BACKEND)
    list(APPEND _args --backend "${_wtc_BACKEND}")
  endif()
  foreach(_waiver IN LISTS _wtc_WAIVE)
    list(APPEND _args --waive "${_waiver}")
  endforeach()

  execute_process(COMMAND "${_tool}" ${_args}
                  RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err
                  OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_STRIP_TRAILING_WHITESPACE)
  string(REPLACE ";" " " _shown "${_args}")
  if(_rc STREQUAL "0")
    if(NOT _wtc_QUIET)
      message(STATUS "wasmtime_tiers_check: ${_out}")
    endif()
    if(_wtc_RESULT_VARIABLE)
      set(${_wtc_RESULT_VARIABLE} TRUE PARENT_SCOPE)
    endif()
  elseif(_rc STREQUAL "1" AND _out)
    # The violations indented, so that CMake prints each on a line of its own, unwrapped.
    string(REPLACE "\n" "\n  " _out "  ${_out}")
    string(CONCAT _message "wasmtime_tiers_check: this build does not satisfy the policy "
                           "${_wtc_POLICY} (wasmtime-tiers ${_shown}):\n${_out}\n${_err}")
    if(_wtc_RESULT_VARIABLE)
      message(WARNING "${_message}")
      set(${_wtc_RESULT_VARIABLE} FALSE PARENT_SCOPE)
    else()
      message(FATAL_ERROR "${_message}")
    endif()
  else()
    message(FATAL_ERROR "wasmtime_tiers_check: `${_tool} ${_shown}` failed (exit ${_rc}):\n${_err}${_out}")
  endif()
endfunction()
