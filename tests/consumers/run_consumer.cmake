# Drives one consumer test: builds a separate project that uses wasmtime-tiers the way a user's
# project does, runs it and checks what it printed. Run by CTest as
#   cmake -D MODE=... -D SOURCE_DIR=... -D BINARY_DIR=... -D WORK_DIR=... [-D CXX=... ...] -P run_consumer.cmake
# MODE: install | find_package | find_package_incompatible | pkg_config | add_subdirectory | fetchcontent
#       | check_only | components_unknown (these two need the installed tool) | subproject | headers_only
# Exits non-zero with the reason on any failure; prints "SKIPPED: <reason>" (CTest: skipped) where a
# tool the mode needs (pkg-config, git) or a git checkout of the sources is absent.
cmake_minimum_required(VERSION 3.25)

foreach(_var MODE SOURCE_DIR BINARY_DIR WORK_DIR VERSION)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "run_consumer.cmake: -D ${_var}=... is required")
  endif()
endforeach()
set(_consumers "${SOURCE_DIR}/tests/consumers")
cmake_path(SET _prefix NORMALIZE "${WORK_DIR}/../install-prefix")

# A script cannot choose its exit code before CMake 3.29: CTest reads "SKIPPED: " in the output
# (SKIP_REGULAR_EXPRESSION) instead of exit code 77.
function(skip reason)
  message(FATAL_ERROR "SKIPPED: ${reason}")
endfunction()

# run(<what> <command...>): runs a command, prints its output, stops with an error when it fails.
function(run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
  message("${_out}")
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "FAIL: ${what} failed (${_rc}): ${ARGN}")
  endif()
  set(run_output "${_out}" PARENT_SCOPE)
endfunction()

# The compiler, standard, flags and generator of the project's own build, passed on.
set(_config_args -G "${GENERATOR}")
if(MAKE_PROGRAM)
  list(APPEND _config_args "-DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM}")
endif()
foreach(_pair CXX:CMAKE_CXX_COMPILER CXX_STANDARD:CMAKE_CXX_STANDARD CXX_FLAGS:CMAKE_CXX_FLAGS
              BUILD_TYPE:CMAKE_BUILD_TYPE LINKER_FLAGS:CMAKE_EXE_LINKER_FLAGS)
  string(REPLACE ":" ";" _pair "${_pair}")
  list(GET _pair 0 _from)
  list(GET _pair 1 _to)
  if(NOT "${${_from}}" STREQUAL "")
    list(APPEND _config_args "-D${_to}=${${_from}}")
  endif()
endforeach()

# consumer(<dir> <cmake args...>): configures and builds tests/consumers/<dir>, runs the program and
# checks its answers.
function(consumer dir)
  file(REMOVE_RECURSE "${WORK_DIR}")
  run("configuring the ${dir} consumer" "${CMAKE_COMMAND}" -S "${_consumers}/${dir}" -B "${WORK_DIR}"
      ${_config_args} ${ARGN})
  run("building the ${dir} consumer" "${CMAKE_COMMAND}" --build "${WORK_DIR}")
  check_program("${WORK_DIR}/consumer")
  set(run_output "${run_output}" PARENT_SCOPE)
endfunction()

function(check_program exe)
  run("running ${exe}" "${exe}")
  if(NOT run_output MATCHES "gc: Tier 3 in Wasmtime 22, Tier 1 in Wasmtime 48")
    message(FATAL_ERROR "FAIL: ${exe} printed other tiers than the table's")
  endif()
  if(NOT run_output MATCHES "headers: version ${VERSION} ")
    message(FATAL_ERROR "FAIL: ${exe} was compiled with headers of another version than ${VERSION}")
  endif()
  set(run_output "${run_output}" PARENT_SCOPE)
endfunction()

# No file of the installed package may ask for the tool's or the tests' dependencies.
function(check_installed_package)
  set(_dir "${_prefix}/share/cmake/wasmtime_tiers")
  foreach(_file wasmtime_tiersConfig.cmake wasmtime_tiersConfigVersion.cmake wasmtime_tiersTargets.cmake)
    if(NOT EXISTS "${_dir}/${_file}")
      message(FATAL_ERROR "FAIL: the install has no ${_dir}/${_file}")
    endif()
  endforeach()
  foreach(_file include/wasmtime_tiers.hpp include/wasmtime_tiers/version.hpp
                include/wasmtime_tiers/generated/releases.hpp share/pkgconfig/wasmtime_tiers.pc)
    if(NOT EXISTS "${_prefix}/${_file}")
      message(FATAL_ERROR "FAIL: the install has no ${_prefix}/${_file}")
    endif()
  endforeach()
  # The licence is installed beside the headers, and it is the project's own LICENSE.
  set(_license "${_prefix}/share/doc/wasmtime_tiers/LICENSE")
  if(NOT EXISTS "${_license}")
    message(FATAL_ERROR "FAIL: the install has no ${_license}")
  endif()
  file(SHA256 "${_license}" _installed_license)
  file(SHA256 "${SOURCE_DIR}/LICENSE" _source_license)
  if(NOT _installed_license STREQUAL _source_license)
    message(FATAL_ERROR "FAIL: ${_license} differs from ${SOURCE_DIR}/LICENSE")
  endif()
  file(GLOB _config_files "${_dir}/*.cmake" "${_prefix}/share/pkgconfig/*.pc")
  foreach(_file IN LISTS _config_files)
    file(READ "${_file}" _text)
    if(_text MATCHES "(md4c|CLI11|nlohmann|doctest)")
      message(FATAL_ERROR "FAIL: ${_file} names ${CMAKE_MATCH_1}, which only the tool and the tests use")
    endif()
  endforeach()
  file(READ "${_dir}/wasmtime_tiersConfigVersion.cmake" _text)
  if(NOT _text MATCHES "set\\(PACKAGE_VERSION \"${VERSION}\"\\)")
    message(FATAL_ERROR "FAIL: wasmtime_tiersConfigVersion.cmake does not say version ${VERSION}")
  endif()
endfunction()

if(MODE STREQUAL "install")
  file(REMOVE_RECURSE "${_prefix}")
  run("installing" "${CMAKE_COMMAND}" --install "${BINARY_DIR}" --prefix "${_prefix}")
  check_installed_package()
  message("PASS: installed into ${_prefix}")

elseif(MODE STREQUAL "find_package")
  consumer(find_package "-DCMAKE_PREFIX_PATH=${_prefix}" "-DWASMTIME_TIERS_REQUESTED_VERSION=${VERSION}")
  if(NOT run_output MATCHES "checked against the package: yes")
    message(FATAL_ERROR "FAIL: the consumer did not compare find_package's version with the headers'")
  endif()
  message("PASS: find_package(wasmtime_tiers ${VERSION} EXACT CONFIG) from ${_prefix}")

elseif(MODE STREQUAL "find_package_incompatible")
  # Asking for the next minor version (at least; not EXACT) must fail, and name the installed one.
  string(REPLACE "." ";" _v "${VERSION}")
  list(GET _v 0 _major)
  list(GET _v 1 _minor)
  math(EXPR _minor "${_minor} + 1")
  set(_next "${_major}.${_minor}")
  file(REMOVE_RECURSE "${WORK_DIR}")
  execute_process(COMMAND "${CMAKE_COMMAND}" -S "${_consumers}/find_package" -B "${WORK_DIR}"
                          ${_config_args} "-DCMAKE_PREFIX_PATH=${_prefix}"
                          "-DWASMTIME_TIERS_REQUESTED_VERSION=${_next}.0" -DWASMTIME_TIERS_VERSION_EXACT=OFF
                  RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
  message("${_out}")
  if(_rc EQUAL 0)
    message(FATAL_ERROR "FAIL: find_package(wasmtime_tiers ${_next}.0) accepted version ${VERSION}")
  endif()
  string(REGEX REPLACE "[ \n]+" " " _flat "${_out}")
  if(NOT _flat MATCHES "compatible with requested version \"${_next}\\.0\""
     OR NOT _flat MATCHES "wasmtime_tiersConfig\\.cmake, version: ${VERSION}")
    message(FATAL_ERROR "FAIL: the error does not name the requested (${_next}.0) and installed (${VERSION}) versions")
  endif()
  message("PASS: find_package(wasmtime_tiers ${_next}.0) refused installed version ${VERSION}")

elseif(MODE STREQUAL "pkg_config")
  find_program(_pkg_config NAMES pkg-config pkgconf)
  if(NOT _pkg_config)
    skip("pkg-config is not installed (Debian package pkgconf; scripts/install-deps.sh installs it)")
  endif()
  set(ENV{PKG_CONFIG_PATH} "${_prefix}/share/pkgconfig")
  run("pkg-config --modversion" "${_pkg_config}" --modversion wasmtime_tiers)
  string(STRIP "${run_output}" _pc_version)
  if(NOT _pc_version STREQUAL VERSION)
    message(FATAL_ERROR "FAIL: wasmtime_tiers.pc says version ${_pc_version}, the headers ${VERSION}")
  endif()
  run("pkg-config --cflags" "${_pkg_config}" --cflags wasmtime_tiers)
  separate_arguments(_cflags UNIX_COMMAND "${run_output}")
  # Compile in another folder than the prefix's parent, so the .pc file's relative prefix is used.
  file(REMOVE_RECURSE "${WORK_DIR}")
  file(MAKE_DIRECTORY "${WORK_DIR}")
  if(NOT CXX_STANDARD)
    set(CXX_STANDARD 20)
  endif()
  separate_arguments(_user_flags UNIX_COMMAND "${CXX_FLAGS} ${LINKER_FLAGS}")
  string(REPLACE "." ";" _v "${VERSION}")
  list(GET _v 0 _vmaj)
  list(GET _v 1 _vmin)
  list(GET _v 2 _vpat)
  execute_process(COMMAND "${CXX}" -std=c++${CXX_STANDARD} -Wall -Wextra -Wpedantic -Werror ${_user_flags}
                          ${_cflags} -DEXPECTED_VERSION_MAJOR=${_vmaj} -DEXPECTED_VERSION_MINOR=${_vmin}
                          -DEXPECTED_VERSION_PATCH=${_vpat}
                          "${_consumers}/consumer.cpp" -o consumer
                  WORKING_DIRECTORY "${WORK_DIR}"
                  RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
  message("${_out}")
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "FAIL: compiling with `pkg-config --cflags wasmtime_tiers` (${_cflags}) failed")
  endif()
  check_program("${WORK_DIR}/consumer")
  message("PASS: ${CXX} $(pkg-config --cflags wasmtime_tiers), version ${_pc_version}")

elseif(MODE STREQUAL "add_subdirectory")
  consumer(add_subdirectory "-DWASMTIME_TIERS_SOURCE_DIR=${SOURCE_DIR}")
  message("PASS: add_subdirectory(${SOURCE_DIR})")

elseif(MODE STREQUAL "fetchcontent")
  find_package(Git QUIET)
  if(NOT GIT_EXECUTABLE)
    skip("git is not installed")
  endif()
  execute_process(COMMAND "${GIT_EXECUTABLE}" -C "${SOURCE_DIR}" rev-parse --show-toplevel --verify HEAD
                  RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
  string(REPLACE "\n" ";" _out "${_out}")
  set(_top "")
  set(_head "")
  if(_rc EQUAL 0)
    list(GET _out 0 _top)
    list(GET _out 1 _head)
    file(REAL_PATH "${_top}" _top)
  endif()
  file(REAL_PATH "${SOURCE_DIR}" _source)
  if(NOT _top STREQUAL _source)
    skip("${SOURCE_DIR} is not the top of a git checkout with a commit to fetch")
  endif()
  # The fetched copy is the committed tree (HEAD), as a user fetching a tag gets it.
  consumer(fetchcontent "-DWASMTIME_TIERS_GIT_REPOSITORY=file://${SOURCE_DIR}"
           "-DWASMTIME_TIERS_GIT_TAG=${_head}")
  message("PASS: FetchContent from file://${SOURCE_DIR} at ${_head}")

elseif(MODE STREQUAL "check_only")
  # LANGUAGES NONE: no compiler, so no multiarch search for Boost; the installed tool checks.
  file(REMOVE_RECURSE "${WORK_DIR}")
  run("configuring the check-only consumer" "${CMAKE_COMMAND}" -S "${_consumers}/check_only" -B "${WORK_DIR}"
      -G "${GENERATOR}" "-DCMAKE_PREFIX_PATH=${_prefix}")
  if(NOT run_output MATCHES "wasmtime_tiers_check: ok: x86_64-unknown-linux-gnu, simd meet the policy"
     OR NOT run_output MATCHES "tool: ${_prefix}/bin/wasmtime-tiers")
    message(FATAL_ERROR "FAIL: the check-only project did not run the installed tool's check")
  endif()
  message("PASS: a LANGUAGES NONE project found the package with COMPONENTS tool and checked")

elseif(MODE STREQUAL "components_unknown")
  file(REMOVE_RECURSE "${WORK_DIR}")
  execute_process(COMMAND "${CMAKE_COMMAND}" -S "${_consumers}/check_only" -B "${WORK_DIR}" -G "${GENERATOR}"
                          "-DCMAKE_PREFIX_PATH=${_prefix}" "-DWASMTIME_TIERS_COMPONENTS=tool;headers"
                  RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
  message("${_out}")
  string(REGEX REPLACE "[ \n]+" " " _flat "${_out}")
  if(_rc EQUAL 0 OR NOT _flat MATCHES "wasmtime_tiers has no component 'headers'\\. Its one component is `tool`")
    message(FATAL_ERROR "FAIL: COMPONENTS headers was not refused with the reason")
  endif()
  message("PASS: an unknown component is refused with the reason")

elseif(MODE STREQUAL "subproject")
  # Configured only: what the build would run and what `cmake --install` would install.
  file(REMOVE_RECURSE "${WORK_DIR}")
  file(WRITE "${WORK_DIR}-text/stability-tiers.md" "not read when configuring\n")
  run("configuring the subproject consumer" "${CMAKE_COMMAND}" -S "${_consumers}/subproject" -B "${WORK_DIR}"
      ${_config_args} "-DWASMTIME_TIERS_SOURCE_DIR=${SOURCE_DIR}" "-DTIERS_TEXT=${WORK_DIR}-text/stability-tiers.md"
      # Set for wasmtime_tiers_check(); the tables are made by the tool built with the headers.
      "-DWASMTIME_TIERS_EXECUTABLE=${CMAKE_COMMAND}")
  file(GLOB_RECURSE _install_scripts "${WORK_DIR}/cmake_install.cmake")
  set(_installs_consumer FALSE)
  foreach(_file IN LISTS _install_scripts)
    file(READ "${_file}" _text)
    if(_text MATCHES "(bin/wasmtime-tiers|wasmtime_tiersConfig|wasmtime_tiersToolTargets|include/wasmtime_tiers)")
      message(FATAL_ERROR "FAIL: with WASMTIME_TIERS_INSTALL OFF, ${_file} installs ${CMAKE_MATCH_1}")
    endif()
    if(_text MATCHES "/consumer\"")
      set(_installs_consumer TRUE)
    endif()
  endforeach()
  if(NOT _installs_consumer)
    message(FATAL_ERROR "FAIL: the parent's own install rule was not found in ${_install_scripts}")
  endif()
  file(GLOB_RECURSE _build_files "${WORK_DIR}/build.ninja" "${WORK_DIR}/build.make")
  set(_tool "${WORK_DIR}/wasmtime_tiers/tools/wasmtime-tiers/wasmtime-tiers")
  set(_runs_built_tool FALSE)
  foreach(_file IN LISTS _build_files)
    file(READ "${_file}" _text)
    string(FIND "${_text}" "${_tool} gen --add-release 49" _at)
    if(_at GREATER -1)
      set(_runs_built_tool TRUE)
    endif()
  endforeach()
  if(NOT _runs_built_tool)
    message(FATAL_ERROR "FAIL: wasmtime_tiers_add_release() does not run the tool this build makes (${_tool})")
  endif()
  message("PASS: add_subdirectory with the tool: its own tool runs, nothing of it installed, prefixed targets")

elseif(MODE STREQUAL "headers_only")
  # The README's headers-only recipe, read from the README, as the top-level project on a machine
  # without the tool's, the tests' and the benchmarks' dependencies: configures, installs headers
  # and package files, and no program.
  file(READ "${SOURCE_DIR}/README.md" _readme)
  string(REGEX REPLACE "[ \n]+" " " _readme "${_readme}")
  if(NOT _readme MATCHES "Headers only, without the tool: `([^`]+)`")
    message(FATAL_ERROR "FAIL: README.md has no \"Headers only, without the tool: `...`\" recipe")
  endif()
  separate_arguments(_recipe UNIX_COMMAND "${CMAKE_MATCH_1}")
  set(_missing)
  foreach(_pkg md4c CLI11 nlohmann_json doctest fmt Python3)
    list(APPEND _missing "-DCMAKE_DISABLE_FIND_PACKAGE_${_pkg}=ON")
  endforeach()
  file(REMOVE_RECURSE "${WORK_DIR}")
  run("configuring with the headers-only recipe (${_recipe})" "${CMAKE_COMMAND}" -S "${SOURCE_DIR}"
      -B "${WORK_DIR}/build" ${_config_args} ${_recipe} ${_missing})
  run("building with the headers-only recipe" "${CMAKE_COMMAND}" --build "${WORK_DIR}/build")
  run("installing with the headers-only recipe" "${CMAKE_COMMAND}" --install "${WORK_DIR}/build"
      --prefix "${WORK_DIR}/prefix")
  foreach(_file include/wasmtime_tiers.hpp share/cmake/wasmtime_tiers/wasmtime_tiersConfig.cmake
                share/doc/wasmtime_tiers/LICENSE)
    if(NOT EXISTS "${WORK_DIR}/prefix/${_file}")
      message(FATAL_ERROR "FAIL: the headers-only install has no ${_file}")
    endif()
  endforeach()
  if(EXISTS "${WORK_DIR}/prefix/bin" OR EXISTS "${WORK_DIR}/prefix/share/cmake/wasmtime_tiers/wasmtime_tiersToolTargets.cmake")
    message(FATAL_ERROR "FAIL: the headers-only install has a program")
  endif()
  message("PASS: the README's headers-only recipe: ${_recipe}")

else()
  message(FATAL_ERROR "run_consumer.cmake: unknown MODE ${MODE}")
endif()
