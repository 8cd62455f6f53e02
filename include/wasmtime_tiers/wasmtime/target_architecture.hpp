// wasmtime-tiers: the architecture Wasmtime compiles for on a target, and the operating systems
// of its Cranelift rules, read from the target's Wasmtime name (a triple) by architecture_of. Part of
// <wasmtime_tiers/wasmtime.hpp>.
#ifndef WASMTIME_TIERS_WASMTIME_TARGET_ARCHITECTURE_HPP
#define WASMTIME_TIERS_WASMTIME_TARGET_ARCHITECTURE_HPP

#include <wasmtime_tiers/version.hpp>         // first: the C++20 check
#include <wasmtime_tiers/detail/encoding.hpp> // std::size_t

#include <wasmtime_tiers/detail/defer.hpp>
#include <wasmtime_tiers/compiler_support.hpp>

namespace wasmtime_tiers::detail {

// native_architecture_of(triple): the architecture Wasmtime compiles for natively on a target;
// targets without a Cranelift backend run Pulley, as Wasmtime does by default there.
WASMTIME_TIERS_DETAIL_DEFER
constexpr architecture native_architecture_of(literal target_name) noexcept {
  const architecture_match a = architecture_of(target_name); // compiler_support.hpp
  return a ? *a : architecture::pulley;
}

// linux_or_macos_target(triple): the operating systems on which Wasmtime's Cranelift accepts
// stack switching (with x86_64).
WASMTIME_TIERS_DETAIL_DEFER
constexpr bool linux_or_macos_target(literal target_name) noexcept {
  return target_name.find("-linux") != packed::npos ||
         target_name.find("apple-darwin") != packed::npos;
}

} // namespace wasmtime_tiers::detail

#endif
