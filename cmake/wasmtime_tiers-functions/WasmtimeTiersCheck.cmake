# wasmtime_tiers_check(): a tier policy for a build's Wasmtime target, features and backend, checked
# when the project is configured, without any C++ include.
#
#   wasmtime_tiers_check(POLICY <production-ready|almost-production-ready|not-production-ready|min-tier=K>
#                        [TARGET <triple>|host] [FEATURES <name>...] [BACKEND <cranelift|winch|pulley>]
#                        [RELEASE <N> | RELEASES <first>..<last>]
#                        [WAIVE <entity>=<reason>[@<until>]...] [RESULT_VARIABLE <var>] [QUIET])
#
# Runs `wasmtime-tiers check` with these arguments (see `wasmtime-tiers check --help`). When the
# build does not satisfy the policy, configuring stops with the tool's message: one violation a
# line, in the words of the library's compile-time diagnostics. With RESULT_VARIABLE, <var> is set
# to TRUE or FALSE instead and a violation is a warning. A usage error (an unknown policy, target
# or feature name) always stops configuring. QUIET: no status line when the check passes. RELEASE
# defaults to the newest release the tool knows; RELEASES 36..48 checks every release of the range
# (each violation names its release). WAIVE accepts an entity below the policy for a reason, up to
# release <until> (`--waive`, as the library's waivers): a waiver the policy does not need, an
# expired one or one without a reason fails the check, so that none goes stale silently.
#
# The wasmtime-tiers executable: the variable WASMTIME_TIERS_EXECUTABLE when the user sets it (a
# path); else the target wasmtime_tiers::wasmtime-tiers: the program the installed package exports
# (its bin/ folder, found from the package's own place, so a moved prefix keeps working), or the
# one a project that adds wasmtime-tiers as a subproject with WASMTIME_TIERS_BUILD_TOOL=ON builds;
# else a program found beside the package's files, in CMAKE_PREFIX_PATH or on the PATH (that
# search is remembered in an internal cache entry, redone when the package moves). A target of
# another project merely named `wasmtime-tiers` is never used. In a project that builds
# wasmtime-tiers itself the tool does not exist yet while configuring, so wasmtime_tiers_check()
# there needs an installed copy or WASMTIME_TIERS_EXECUTABLE; wasmtime_tiers_add_release() runs
# at build time and uses the one being built.
include_guard(GLOBAL)

set_property(GLOBAL PROPERTY _WASMTIME_TIERS_CHECK_DIR "${CMAKE_CURRENT_LIST_DIR}")

# _wasmtime_tiers_find_executable(<out> [ALLOW_BUILT]): the path of the wasmtime-tiers program.
# ALLOW_BUILT (for build-time steps): the program this project builds, when it builds one, comes
# first (it matches the headers of the same source tree); then <out> is a generator expression and
# <out>_DEPENDS names the target to depend on.
function(_wasmtime_tiers_find_executable out)
  set(${out}_DEPENDS "" PARENT_SCOPE)
  if("ALLOW_BUILT" IN_LIST ARGN AND TARGET wasmtime_tiers::wasmtime-tiers)
    get_target_property(_real wasmtime_tiers::wasmtime-tiers ALIASED_TARGET)
    if(_real)
      set(${out} "$<TARGET_FILE:${_real}>" PARENT_SCOPE)
      set(${out}_DEPENDS "${_real}" PARENT_SCOPE)
      return()
    endif()
  endif()
  if(WASMTIME_TIERS_EXECUTABLE)
    if(NOT EXISTS "${WASMTIME_TIERS_EXECUTABLE}" OR IS_DIRECTORY "${WASMTIME_TIERS_EXECUTABLE}")
      message(FATAL_ERROR "wasmtime-tiers: WASMTIME_TIERS_EXECUTABLE is "
                          "'${WASMTIME_TIERS_EXECUTABLE}', which is not a file; set it to the path "
                          "of the wasmtime-tiers program, or unset it (cmake -U "
                          "WASMTIME_TIERS_EXECUTABLE) to use the package's own")
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
  # A program in the installed package's bin/ folder (the package config names it), else in
  # CMAKE_PREFIX_PATH or on the PATH. The result is kept per package location: a moved or another
  # package searches again.
  get_property(_dir GLOBAL PROPERTY _WASMTIME_TIERS_CHECK_DIR)
  if(DEFINED CACHE{_WASMTIME_TIERS_FOUND_EXECUTABLE})
    if(_WASMTIME_TIERS_FOUND_EXECUTABLE_FOR STREQUAL _dir AND EXISTS "${_WASMTIME_TIERS_FOUND_EXECUTABLE}")
      set(${out} "${_WASMTIME_TIERS_FOUND_EXECUTABLE}" PARENT_SCOPE)
      return()
    endif()
    unset(_WASMTIME_TIERS_FOUND_EXECUTABLE CACHE)
    unset(_WASMTIME_TIERS_FOUND_EXECUTABLE_FOR CACHE)
  endif()
  get_property(_hints GLOBAL PROPERTY _WASMTIME_TIERS_BIN_DIR)
  find_program(_program NAMES wasmtime-tiers HINTS ${_hints} NO_CACHE)
  if(NOT _program)
    set(_why "")
    if(TARGET wasmtime_tiers::wasmtime-tiers)
      set(_why " This project builds wasmtime-tiers itself, but only after configuring; build or "
               "install it first and pass its path.")
    endif()
    set(_looked "CMAKE_PREFIX_PATH and PATH")
    if(_hints)
      set(_looked "${_hints}, ${_looked}")
    endif()
    message(FATAL_ERROR "wasmtime-tiers: the wasmtime-tiers program was not found (looked in "
                        "${_looked}).${_why} Install wasmtime-tiers "
                        "(cmake --install of its build) and add its prefix to CMAKE_PREFIX_PATH, or "
                        "configure with -DWASMTIME_TIERS_EXECUTABLE=/path/to/wasmtime-tiers.")
  endif()
  set(_WASMTIME_TIERS_FOUND_EXECUTABLE "${_program}" CACHE INTERNAL
      "The wasmtime-tiers program found for the package in _WASMTIME_TIERS_FOUND_EXECUTABLE_FOR")
  set(_WASMTIME_TIERS_FOUND_EXECUTABLE_FOR "${_dir}" CACHE INTERNAL "")
  set(${out} "${_program}" PARENT_SCOPE)
endfunction()

function(wasmtime_tiers_check)
  cmake_parse_arguments(PARSE_ARGV 0 _wtc "QUIET" "POLICY;TARGET;BACKEND;RELEASE;RELEASES;RESULT_VARIABLE"
                        "FEATURES;WAIVE")
  if(_wtc_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "wasmtime_tiers_check: unexpected arguments '${_wtc_UNPARSED_ARGUMENTS}'; "
                        "expected POLICY <policy> [TARGET <triple>|host] [FEATURES <name>...] "
                        "[BACKEND <backend>] [RELEASE <N> | RELEASES <first>..<last>] "
                        "[WAIVE <entity>=<reason>[@<until>]...] "
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
  if(DEFINED _wtc_RELEASES)
    list(APPEND _args --releases "${_wtc_RELEASES}")
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
