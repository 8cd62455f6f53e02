// compiler_support.hpp: the architectures and compilers of the "Compiler Support" tables, their
// names, and architecture_of(triple) on every target of every shipped text.
#include <wasmtime_tiers/catalog.hpp>
#include <wasmtime_tiers/compiler_support.hpp>
#include <wasmtime_tiers/document_rules.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>

namespace wt = wasmtime_tiers;

namespace {

using arch = wt::architecture;
constexpr wt::architecture_match none{};
constexpr wt::architecture_match is(arch a) { return {a, true}; }

// The architecture of each target the shipped texts name, as Wasmtime's own tables file them:
// the test below fails for a target no row here covers (a new text's new target), so that its
// architecture is decided here, by reading the text, and not by the function under test.
struct expected_architecture {
  std::string_view target;
  wt::architecture_match architecture;
};
constexpr expected_architecture expected[] = {
    {"x86_64-apple-darwin", is(arch::x86_64)},
    {"x86_64-pc-windows-msvc", is(arch::x86_64)},
    {"x86_64-unknown-linux-gnu", is(arch::x86_64)},
    {"aarch64-unknown-linux-gnu", is(arch::aarch64)},
    {"s390x-unknown-linux-gnu", is(arch::s390x)},
    {"x86_64-pc-windows-gnu", is(arch::x86_64)},
    {"aarch64-apple-darwin", is(arch::aarch64)},
    {"aarch64-pc-windows-msvc", is(arch::aarch64)},
    {"riscv64gc-unknown-linux-gnu", is(arch::riscv64)},
    {"aarch64-linux-android", is(arch::aarch64)},
    {"x86_64-linux-android", is(arch::x86_64)},
    {"x86_64-unknown-linux-musl", is(arch::x86_64)},
    {"x86_64-unknown-illumos", is(arch::x86_64)},
    {"x86_64-unknown-freebsd", is(arch::x86_64)},
    {"aarch64-apple-ios", is(arch::aarch64)},
    {"aarch64-unknown-linux-musl", is(arch::aarch64)},
    {"x86_64-unknown-none", is(arch::x86_64)},
    // Triples of architectures without a compiler support table of their own.
    {"wasm32-wasi", none},
    {"wasm32-wasip1", none},
    {"armv7-unknown-linux-gnueabihf", none},
    {"i686-pc-windows-msvc", none},
    {"i686-unknown-linux-gnu", none},
    {"powerpc64le-unknown-linux-gnu", none},
    {"riscv32imac-unknown-none-elf", none},
    // Rows that name no triple.
    {"ARM 32-bit", none},
    {"WebAssembly (compiling Wasmtime to WebAssembly itself)", none},
    {"FreeBSD", none},
    {"NetBSD/OpenBSD", none},
    {"i686 (32-bit Intel targets)", none},
    {"Android", none},
    {"MIPS", none},
    {"SPARC", none},
    {"PowerPC", none},
    {"RISC-V 32-bit", none},
    {"Support for #![no_std]", none},
    {"AArch64 FreeBSD", none},
};

} // namespace

TEST_CASE("architecture_of: every target of every shipped text") {
  std::size_t targets = 0, with_architecture = 0;
  for (std::size_t id = 0; id < wt::entity_count; ++id) {
    if (wt::entity_category(id) != wt::category::target) continue;
    ++targets;
    const std::string_view name = wt::entity_name(id);
    CAPTURE(name);
    const expected_architecture* e = nullptr;
    for (const auto& x : expected)
      if (x.target == name) e = &x;
    REQUIRE_MESSAGE(e != nullptr,
                    "a target this test does not know: add its architecture to `expected`");
    CHECK(wt::architecture_of(name) == e->architecture);
    with_architecture += e->architecture.has_value();
    if (const auto a = wt::architecture_of(name)) CHECK(*a == *e->architecture);
  }
  // Every row of `expected` is a target of some text (no stale rows).
  for (const auto& x : expected) {
    CAPTURE(x.target);
    bool found = false;
    for (std::size_t id = 0; id < wt::entity_count; ++id)
      found = found ||
              (wt::entity_category(id) == wt::category::target && wt::entity_name(id) == x.target);
    CHECK(found);
  }
  CHECK(targets == std::size(expected));
  CHECK(with_architecture == 17);
}

TEST_CASE("architecture_of: inputs that are no triple of a table's architecture") {
  CHECK(wt::architecture_of("") == none);
  CHECK(wt::architecture_of("-") == none);
  CHECK(wt::architecture_of("-unknown-linux-gnu") == none);
  CHECK(wt::architecture_of("x86_64") == none);  // no triple
  CHECK(wt::architecture_of("riscv64") == none); // no triple
  CHECK(wt::architecture_of("x86_64-") == is(arch::x86_64));
  CHECK(wt::architecture_of("X86_64-unknown-linux-gnu") == none); // case matters, as in triples
  CHECK(wt::architecture_of("x86_64h-apple-darwin") == none);
  CHECK(wt::architecture_of("aarch64_be-unknown-linux-gnu") == none);
  CHECK(wt::architecture_of("riscv64imac-unknown-none-elf") == is(arch::riscv64));
  CHECK(wt::architecture_of("s390x-ibm-zos") == is(arch::s390x));
  CHECK(wt::architecture_of("pulley64-unknown-unknown") ==
        none); // Pulley runs everywhere: no triple
  CHECK(wt::architecture_of(std::string_view("aarch64-unknown-linux-gnu\0x", 27)) ==
        is(arch::aarch64));
}

// constexpr, and one definition: the document rules read the same function.
static_assert(*wt::architecture_of("x86_64-unknown-linux-gnu") == wt::architecture::x86_64);
static_assert(*wt::architecture_of(wt::name_of<wt::target::riscv64gc_unknown_linux_gnu>) ==
              wt::architecture::riscv64);
static_assert(!wt::architecture_of(wt::name_of<wt::target::support_for_no_std>));

TEST_CASE("architectures and compilers: one name each, in the tables' order") {
  const std::string_view arch_names[] = {"x86_64", "aarch64", "s390x", "riscv64", "Pulley"};
  for (std::size_t a = 0; a < wt::architecture_count; ++a) {
    CHECK(static_cast<std::size_t>(wt::all_architectures[a]) == a);
    CHECK(wt::to_string(wt::all_architectures[a]) == arch_names[a]);
  }
  CHECK(wt::to_string(static_cast<wt::architecture>(9)) == "?");
  for (std::size_t c = 0; c < wt::compiler_backend_count; ++c) {
    const wt::compiler_backend b = wt::all_compiler_backends[c];
    CHECK(static_cast<std::size_t>(b) == c);
    CHECK(wt::detail::compiler_column_of(wt::to_string(b)) == c);
  }
  // The compiler backends are the entities of the same names (backend::cranelift, backend::winch).
  CHECK(wt::to_string(wt::compiler_backend::cranelift) == wt::name_of<wt::backend::cranelift>);
  CHECK(wt::to_string(wt::compiler_backend::winch) == wt::name_of<wt::backend::winch>);
  CHECK(wt::detail::compiler_column_of("cranelift") == static_cast<std::size_t>(-1));
  CHECK(wt::detail::compiler_column_of("Pulley") == static_cast<std::size_t>(-1));
  CHECK(wt::to_string(wt::support::yes) == "fully supported");
  CHECK(wt::to_string(wt::support::unlisted) == "not listed");
}

static_assert(wt::compiler<wt::backend::cranelift> && wt::compiler<wt::backend::winch>);
static_assert(!wt::compiler<wt::backend::pulley> && !wt::compiler<wt::wasm::gc>);

TEST_CASE("support_of: the cells the compile-time query and the view read") {
  // Wasmtime 34's tables: Cranelift supports simd on x86_64; Winch does not support gc there.
  using v34 = wt::release<34>;
  CHECK(wt::support_of<wt::backend::cranelift, wt::wasm::simd, arch::x86_64, v34> ==
        wt::support::yes);
  CHECK(wt::release_table(34).support_of(wt::compiler_backend::cranelift, arch::x86_64,
                                         wt::id_of<wt::wasm::simd>) == wt::support::yes);
  CHECK(wt::support_of<wt::backend::winch, wt::wasm::gc, arch::x86_64, v34> ==
        wt::release_table(34).support_of(wt::compiler_backend::winch, arch::x86_64,
                                         wt::id_of<wt::wasm::gc>));
  // Before Wasmtime 34 there are no tables: every cell unlisted.
  CHECK(wt::support_of<wt::backend::cranelift, wt::wasm::simd, arch::x86_64, wt::release<33>> ==
        wt::support::unlisted);
  CHECK(wt::release_table(33).support_of(wt::compiler_backend::cranelift, arch::x86_64,
                                         wt::id_of<wt::wasm::simd>) == wt::support::unlisted);
  // An id past the end of every table reads unlisted, not out of bounds.
  CHECK(wt::release_table(wt::newest_release)
            .support_of(wt::compiler_backend::winch, arch::pulley, 100000) ==
        wt::support::unlisted);
}

TEST_CASE("check_document_rules takes the public view") {
  for (std::size_t i = 0; i < wt::tiers_text_count; ++i) {
    CAPTURE(wt::tiers_text(i).file());
    const auto by_view = wt::check_document_rules(wt::tiers_text(i));
    const auto by_release =
        wt::check_document_rules(wt::release_table(wt::tiers_text(i).first_release()));
    CHECK(by_view.count == by_release.count);
  }
  static_assert(wt::check_document_rules(wt::release_table(48)).count == 0);
  static_assert(wt::check_document_rules(wt::release_table_view()).count ==
                0); // no text: no tables
}
