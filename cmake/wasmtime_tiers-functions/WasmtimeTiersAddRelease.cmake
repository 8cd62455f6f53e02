# wasmtime_tiers_add_release(): the tables of a Wasmtime release newer than this library, made from
# that release's own documents when the project builds, for one target.
#
#   wasmtime_tiers_add_release(TARGET <target> RELEASE <N> TIERS <docs/stability-tiers.md>
#                              [PROPOSALS <docs/stability-wasm-proposals.md>])
#
# At build time (again whenever a text changes, or a generated header is missing) runs
# `wasmtime-tiers gen --add-release N --tiers ... --out <dir>`, which writes every release the
# library knows plus release N, and puts <dir> first on <target>'s include path, so that release<N>
# exists and WASMTIME_VERSION_MAJOR == N selects it without the "newer than known" warning. Every
# generated header is an output of that step, so every generator (Ninja included) recompiles the
# code that includes them in the same build. A malformed text fails the build with the generator's
# FILE:LINE message. Every Wasmtime source tree and release tarball has both texts under docs/.
#
# Checked when configuring: RELEASE is a whole number newer than the newest release the library
# knows; one RELEASE has one set of texts in the whole project (other targets that add the same
# release with the same texts share one generated folder, and a different text is an error naming
# both); a target takes one added release (a second, other release for it is an error).
#
# The wasmtime-tiers program is found as for wasmtime_tiers_check() (WasmtimeTiersCheck.cmake); a
# project that builds it (add_subdirectory, FetchContent with WASMTIME_TIERS_BUILD_TOOL=ON) uses
# the one it builds.

# Run as a script by the build step (cmake -P): checks that the program wrote exactly the headers
# declared as outputs (a program from another version of the library than the headers would not),
# then marks them all as new, so that every generator sees the outputs up to date.
if(CMAKE_SCRIPT_MODE_FILE STREQUAL CMAKE_CURRENT_LIST_FILE AND DEFINED WASMTIME_TIERS_GENERATED_DIR)
  string(REPLACE "," ";" _declared "${WASMTIME_TIERS_GENERATED_HEADERS}")
  file(GLOB _written RELATIVE "${WASMTIME_TIERS_GENERATED_DIR}" "${WASMTIME_TIERS_GENERATED_DIR}/*.hpp")
  set(_undeclared ${_written})
  list(REMOVE_ITEM _undeclared ${_declared})
  set(_missing ${_declared})
  if(_written)
    list(REMOVE_ITEM _missing ${_written})
  endif()
  if(_undeclared OR _missing)
    list(JOIN _undeclared ", " _undeclared)
    list(JOIN _missing ", " _missing)
    message(FATAL_ERROR "wasmtime_tiers_add_release: ${WASMTIME_TIERS_TOOL} wrote other headers into "
                        "${WASMTIME_TIERS_GENERATED_DIR} than the library's headers have (not expected: "
                        "'${_undeclared}'; not written: '${_missing}'): the program and the headers come "
                        "from different versions of wasmtime-tiers. Use the program installed with the "
                        "package (unset WASMTIME_TIERS_EXECUTABLE).")
  endif()
  foreach(_name IN LISTS _declared)
    file(TOUCH_NOCREATE "${WASMTIME_TIERS_GENERATED_DIR}/${_name}")
  endforeach()
  return()
endif()

include_guard(GLOBAL)
include("${CMAKE_CURRENT_LIST_DIR}/WasmtimeTiersCheck.cmake")

function(wasmtime_tiers_add_release)
  set(_usage "TARGET <target> RELEASE <N> TIERS <docs/stability-tiers.md> "
             "[PROPOSALS <docs/stability-wasm-proposals.md>]")
  string(CONCAT _usage ${_usage})
  cmake_parse_arguments(PARSE_ARGV 0 _wtr "" "TARGET;RELEASE;TIERS;PROPOSALS" "")
  if(_wtr_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "wasmtime_tiers_add_release: unexpected arguments '${_wtr_UNPARSED_ARGUMENTS}'; "
                        "expected ${_usage}")
  endif()
  foreach(_keyword IN LISTS _wtr_KEYWORDS_MISSING_VALUES)
    message(FATAL_ERROR "wasmtime_tiers_add_release: ${_keyword} is given without a value (${_usage})")
  endforeach()
  foreach(_required TARGET RELEASE TIERS)
    if(NOT DEFINED _wtr_${_required})
      message(FATAL_ERROR "wasmtime_tiers_add_release: ${_required} is required (${_usage})")
    endif()
  endforeach()
  if(NOT TARGET "${_wtr_TARGET}")
    message(FATAL_ERROR "wasmtime_tiers_add_release: '${_wtr_TARGET}' is not a target; call it "
                        "after add_executable()/add_library()")
  endif()

  # The library's own headers: the releases it knows and the headers a generation writes.
  get_property(_include GLOBAL PROPERTY _WASMTIME_TIERS_INCLUDE_DIR)
  set(_releases_hpp "${_include}/wasmtime_tiers/generated/releases.hpp")
  if(NOT _include OR NOT EXISTS "${_releases_hpp}")
    message(FATAL_ERROR "wasmtime_tiers_add_release: the library's headers are not where its package "
                        "says ('${_releases_hpp}' is missing); reinstall wasmtime-tiers")
  endif()
  file(STRINGS "${_releases_hpp}" _newest REGEX "^#define WASMTIME_TIERS_DETAIL_NEWEST_RELEASE [0-9]+$")
  string(REGEX REPLACE ".* " "" _newest "${_newest}")
  if(NOT _wtr_RELEASE MATCHES "^[1-9][0-9]*$")
    message(FATAL_ERROR "wasmtime_tiers_add_release: RELEASE must be a Wasmtime major version newer "
                        "than ${_newest} (a whole number such as ${_newest}+1 without leading zeros), not "
                        "'${_wtr_RELEASE}'")
  endif()
  if(_wtr_RELEASE LESS_EQUAL _newest)
    message(FATAL_ERROR "wasmtime_tiers_add_release: RELEASE ${_wtr_RELEASE}: this library already has "
                        "the tables of Wasmtime ${_wtr_RELEASE} (it knows releases up to ${_newest}); "
                        "add only releases newer than ${_newest}, or drop the call and use the "
                        "library's own tables")
  endif()

  set(_inputs)
  foreach(_text TIERS PROPOSALS)
    if(DEFINED _wtr_${_text})
      cmake_path(ABSOLUTE_PATH _wtr_${_text} BASE_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}" NORMALIZE)
      if(NOT EXISTS "${_wtr_${_text}}" OR IS_DIRECTORY "${_wtr_${_text}}")
        message(FATAL_ERROR "wasmtime_tiers_add_release: ${_text} file '${_wtr_${_text}}' does not exist")
      endif()
      list(APPEND _inputs "${_wtr_${_text}}")
    endif()
  endforeach()
  set(_texts "TIERS ${_wtr_TIERS}")
  if(DEFINED _wtr_PROPOSALS)
    string(APPEND _texts " and PROPOSALS ${_wtr_PROPOSALS}")
  else()
    string(APPEND _texts " (no PROPOSALS)")
  endif()
  set(_here "target ${_wtr_TARGET} (${CMAKE_CURRENT_LIST_FILE})")

  # A target takes one added release.
  get_property(_had TARGET "${_wtr_TARGET}" PROPERTY _WASMTIME_TIERS_ADDED_RELEASE)
  if(_had AND NOT _had STREQUAL _wtr_RELEASE)
    message(FATAL_ERROR "wasmtime_tiers_add_release: target ${_wtr_TARGET} already has the tables of "
                        "Wasmtime ${_had}; a target takes the tables of one added release (they "
                        "contain every older one), so add only the newest, ${_wtr_RELEASE} or ${_had}")
  endif()

  # One release, one set of texts, one folder and one build step in the whole project.
  set(_name "wasmtime_tiers_release_${_wtr_RELEASE}")
  get_property(_first GLOBAL PROPERTY _WASMTIME_TIERS_RELEASE_${_wtr_RELEASE}_TEXTS)
  if(_first)
    get_property(_first_where GLOBAL PROPERTY _WASMTIME_TIERS_RELEASE_${_wtr_RELEASE}_WHERE)
    if(NOT _first STREQUAL _texts)
      message(FATAL_ERROR "wasmtime_tiers_add_release: Wasmtime ${_wtr_RELEASE} is added with two "
                          "different texts:\n  ${_first}\n    for ${_first_where}\n  ${_texts}\n"
                          "    for ${_here}\nA release has one set of tables in a project: give "
                          "every call for RELEASE ${_wtr_RELEASE} the same TIERS and PROPOSALS files.")
    endif()
    get_property(_dir GLOBAL PROPERTY _WASMTIME_TIERS_RELEASE_${_wtr_RELEASE}_DIR)
  else()
    if(TARGET "${_name}")
      message(FATAL_ERROR "wasmtime_tiers_add_release: the project already has a target named "
                          "${_name}, which wasmtime_tiers_add_release() needs for its build step; "
                          "rename that target")
    endif()
    _wasmtime_tiers_find_executable(_tool ALLOW_BUILT)
    set(_depends ${_tool_DEPENDS})
    if(NOT _depends)
      set(_depends "${_tool}")
    endif()

    # The headers the step writes: the library's own generated headers, plus this release's.
    file(GLOB _headers RELATIVE "${_include}/wasmtime_tiers/generated"
         "${_include}/wasmtime_tiers/generated/*.hpp")
    list(APPEND _headers "v${_wtr_RELEASE}.hpp")
    list(REMOVE_DUPLICATES _headers)
    list(SORT _headers)
    set(_dir "${CMAKE_CURRENT_BINARY_DIR}/${_name}")
    set(_outputs)
    foreach(_header IN LISTS _headers)
      list(APPEND _outputs "${_dir}/wasmtime_tiers/generated/${_header}")
    endforeach()
    list(JOIN _headers "," _header_list)

    set(_command "${_tool}" gen --add-release "${_wtr_RELEASE}" --tiers "${_wtr_TIERS}")
    if(DEFINED _wtr_PROPOSALS)
      list(APPEND _command --proposals "${_wtr_PROPOSALS}")
    endif()
    list(APPEND _command --out "${_dir}")
    add_custom_command(OUTPUT ${_outputs}
      COMMAND ${_command}
      COMMAND "${CMAKE_COMMAND}" "-DWASMTIME_TIERS_GENERATED_DIR=${_dir}/wasmtime_tiers/generated"
              "-DWASMTIME_TIERS_GENERATED_HEADERS=${_header_list}" "-DWASMTIME_TIERS_TOOL=${_tool}"
              -P "${CMAKE_CURRENT_FUNCTION_LIST_FILE}"
      DEPENDS ${_inputs} ${_depends} "${CMAKE_CURRENT_FUNCTION_LIST_FILE}"
      COMMENT "wasmtime-tiers: the tier tables of Wasmtime ${_wtr_RELEASE}"
      VERBATIM)
    add_custom_target(${_name} DEPENDS ${_outputs})
    set_property(GLOBAL PROPERTY _WASMTIME_TIERS_RELEASE_${_wtr_RELEASE}_TEXTS "${_texts}")
    set_property(GLOBAL PROPERTY _WASMTIME_TIERS_RELEASE_${_wtr_RELEASE}_WHERE "${_here}")
    set_property(GLOBAL PROPERTY _WASMTIME_TIERS_RELEASE_${_wtr_RELEASE}_DIR "${_dir}")
  endif()
  if(_had)
    return()
  endif()
  set_property(TARGET "${_wtr_TARGET}" PROPERTY _WASMTIME_TIERS_ADDED_RELEASE "${_wtr_RELEASE}")
  add_dependencies("${_wtr_TARGET}" ${_name})
  target_include_directories("${_wtr_TARGET}" BEFORE PRIVATE "${_dir}")
endfunction()
