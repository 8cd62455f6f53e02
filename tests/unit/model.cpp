// The tier model: compile-time facts checked with static_assert, and the same queries at run time.
#include <wasmtime_tiers/text_tables.hpp>
#include <wasmtime_tiers.hpp>
#include <wasmtime_tiers/vocabulary.hpp>

#include <doctest/doctest.h>

#include <string_view>

namespace wt = wasmtime_tiers;
using v22 = wt::release<22>;

// Tiers as the texts of Wasmtime 22, 30 and 40 state them.
static_assert(wt::tier_of<wt::wasm::gc, v22> == wt::tier::t3);
static_assert(wt::tier_of<wt::wasm::memory64, wt::release<30>> == wt::tier::t1);
static_assert(wt::tier_of<wt::wasm::threads, wt::release<40>> == wt::tier::t2);
static_assert(wt::tier_of<wt::target::aarch64_apple_darwin, v22> == wt::tier::t2);
static_assert(wt::tier_of<wt::wasm::exception_handling, v22> == wt::tier::unsupported);
static_assert(wt::tier_of<wt::wasm::wide_arithmetic, v22> == wt::tier::unlisted);
static_assert(wt::name_of<wt::wasm::relaxed_simd> == std::string_view{"relaxed-simd"});
static_assert(wt::category_of<wt::wasi::nn> == wt::category::wasi_proposal);
static_assert(wt::missing_text_of<wt::target::aarch64_pc_windows_msvc, v22> ==
              std::string_view{"CI testing, unwinding, full-time maintainer"});
static_assert(
    wt::is_missing<wt::target::aarch64_apple_darwin, wt::requirement::continuous_fuzzing, v22>);

// Releases share the text they shipped: 23 shipped 22's text, 1 shipped 0.40's.
static_assert(v22::text_index == wt::release<23>::text_index);
static_assert(wt::release<0>::text_index == wt::release<1>::text_index);
static_assert(wt::release<24>::text().file == std::string_view{"v24.md"});
static_assert(wt::release<48>::text().first_release == 48);
static_assert(wt::is_known_release(48) && !wt::is_known_release(49));
static_assert(wt::newest_release == 48 && wt::oldest_release == 0);

// Names, categories, spellings.
static_assert(wt::name_of<wt::target::x86_64_unknown_linux_musl> ==
              std::string_view{"x86_64-unknown-linux-musl"});
static_assert(wt::name_of<wt::target::support_for_no_std> ==
              std::string_view{"Support for #![no_std]"});
static_assert(wt::name_of<wt::backend::winch_on_x86_64> == std::string_view{"Winch on x86_64"});
static_assert(wt::name_of<wt::wasi::snapshot_preview1> ==
              std::string_view{"wasi_snapshot_preview1"});
static_assert(wt::name_of<wt::api::cpp> == std::string_view{"C++"});
static_assert(wt::category_of<wt::backend::pulley> == wt::category::backend);
static_assert(wt::category_of<wt::misc::dwarf_debugging> == wt::category::misc);
static_assert(wt::category_of<wt::target::arm_32_bit> == wt::category::target);
static_assert(wt::category_spelling_of<wt::backend::cranelift, v22> ==
              std::string_view{"Compiler Backend"});
static_assert(wt::category_spelling_of<wt::backend::cranelift, wt::release<48>> ==
              std::string_view{"Compiler"});
static_assert(wt::category_spelling_of<wt::backend::pulley, wt::release<48>> ==
              std::string_view{"Execution Backend"});
static_assert(wt::category_spelling_of<wt::target::arm_32_bit, wt::release<48>> ==
              std::string_view{"Cranelift Target"});

// Texts change: memory64 (the v14 to v17 texts spell it [`memory64`]] ) is one entity throughout.
static_assert(wt::tier_of<wt::wasm::memory64, wt::release<14>> == wt::tier::t2);
static_assert(wt::tier_of<wt::wasm::memory64, wt::release<0>> == wt::tier::t2);
static_assert(wt::tier_of<wt::wasm::threads, wt::release<39>> == wt::tier::t1);
static_assert(wt::tier_of<wt::wasm::gc, wt::release<48>> == wt::tier::t1);
static_assert(wt::tier_of<wt::wasi::crypto, wt::release<0>> == wt::tier::t3);
static_assert(wt::tier_of<wt::wasi::crypto, v22> == wt::tier::unsupported);
static_assert(wt::tier_of<wt::backend::winch, v22> == wt::tier::unlisted);
static_assert(wt::tier_of<wt::backend::winch, wt::release<48>> == wt::tier::t1);

// Requirements: the phrase vocabulary and the tier definitions.
static_assert(wt::missing_of<wt::target::aarch64_pc_windows_msvc, v22> ==
              (wt::bit(wt::requirement::ci_testing) | wt::bit(wt::requirement::unwinding) |
               wt::bit(wt::requirement::full_time_maintainer)));
static_assert(wt::missing_text_of<wt::backend::winch_on_x86_64, v22> ==
              std::string_view{"Consenus on moving to Tier 1"});
static_assert(
    wt::is_missing<wt::backend::winch_on_x86_64, wt::requirement::consensus_on_tier_1, v22>);
static_assert(wt::is_missing<wt::wasm::threads, wt::requirement::api_quality, wt::release<40>>);
static_assert(!wt::is_missing<wt::wasm::threads, wt::requirement::api_quality, wt::release<39>>);
static_assert(wt::missing_text_of<wt::wasm::simd, v22>.empty());
static_assert(wt::missing_for<wt::wasm::simd, wt::tier::t1, v22> == 0);
static_assert(wt::missing_for<wt::wasm::gc, wt::tier::t2, v22> ==
              wt::bit(wt::requirement::complete_implementation));
static_assert(wt::missing_for<wt::wasm::gc, wt::tier::t1, v22> ==
              (wt::bit(wt::requirement::complete_implementation) |
               wt::tier_definition(wt::tier::t1)));
static_assert(wt::missing_for<wt::wasm::memory64, wt::tier::t1, v22> ==
              wt::bit(wt::requirement::unstable_proposal));
static_assert(wt::missing_for<wt::wasm::exception_handling, wt::tier::t2, v22> ==
              wt::required_for(wt::tier::t2));
static_assert(wt::contains(wt::required_for(wt::tier::t1), wt::requirement::clear_owner));
static_assert(!wt::contains(wt::required_for(wt::tier::t3), wt::requirement::continuous_fuzzing));
// requirement::unnamed, last so that the other bits keep their places, is for the phrases of a
// release added with wasmtime_tiers_add_release(): no shipped cell and no tier definition has it.
static_assert(static_cast<std::size_t>(wt::requirement::unnamed) + 1 == wt::requirement_count);
static_assert(static_cast<std::size_t>(wt::requirement::rfc_for_major_changes) == 22);
static_assert([] {
  for (wt::requirement_set s : wt::detail::gen::missing_sets)
    if (wt::contains(s, wt::requirement::unnamed)) return false;
  return !wt::contains(wt::required_for(wt::tier::t1), wt::requirement::unnamed);
}());

// Compiler support (Wasmtime 34 on).
static_assert(
    wt::support_of<wt::backend::winch, wt::wasm::gc, wt::architecture::x86_64, wt::release<48>> ==
    wt::support::no);
static_assert(wt::support_of<wt::backend::cranelift, wt::wasm::gc, wt::architecture::x86_64,
                             wt::release<48>> == wt::support::yes);
static_assert(wt::support_of<wt::backend::cranelift, wt::wasm::stack_switching,
                             wt::architecture::x86_64, wt::release<48>> == wt::support::wip);
static_assert(wt::support_of<wt::backend::winch, wt::wasm::simd, wt::architecture::aarch64,
                             wt::release<47>> == wt::support::no);
static_assert(wt::support_of<wt::backend::winch, wt::wasm::simd, wt::architecture::aarch64,
                             wt::release<48>> == wt::support::yes);
static_assert(wt::support_of<wt::backend::cranelift, wt::wasm::threads, wt::architecture::pulley,
                             wt::release<48>> == wt::support::no);
static_assert(
    wt::support_of<wt::backend::cranelift, wt::wasm::simd, wt::architecture::x86_64, v22> ==
    wt::support::unlisted);

// The tier helpers.
static_assert(wt::meets(wt::tier::t1, wt::tier::t2) && !wt::meets(wt::tier::t3, wt::tier::t2));
static_assert(!wt::meets(wt::tier::unsupported, wt::tier::t3) &&
              !wt::meets(wt::tier::unlisted, wt::tier::t3));

// Entities are tag types; other types are not.
static_assert(wt::entity<wt::wasm::gc> && !wt::entity<int> && !wt::entity<v22>);
// A tag is a scoped enumeration whose enumerator wasmtime_tiers_id is a listed entity's id: a class
// with such a member, an enumeration without it, or one whose id names no entity, is none.
namespace not_entities {
struct a_class {
  static constexpr std::size_t wasmtime_tiers_id = 0;
};
enum class no_id : std::size_t { other = 0 };
enum class id_past_the_table : std::size_t { wasmtime_tiers_id = wt::entity_count };
} // namespace not_entities
static_assert(!wt::entity<not_entities::a_class> && !wt::entity<not_entities::no_id> &&
              !wt::entity<not_entities::id_past_the_table>);
static_assert(std::is_enum_v<wt::wasm::gc> && wt::id_of<wt::wasm::gc> < wt::entity_count);
static_assert(wt::release_type<v22> && !wt::release_type<wt::wasm::gc>);

TEST_CASE("queries give the same answers at run time") {
  constexpr auto t = wt::tier_of<wt::wasm::gc, v22>;
  CHECK(t == wt::tier::t3);
  CHECK(wt::to_string(t) == "Tier 3");
  CHECK(wt::description(t) == "Not Production Ready");
  CHECK(wt::name_of<wt::wasm::gc> == "gc");
  CHECK(wt::missing_text_of<wt::wasm::gc, v22> == "Complete implementation");
  CHECK(wt::to_string(wt::requirement::continuous_fuzzing) == "continuous fuzzing");
  CHECK(wt::to_string(wt::requirement::unnamed) == "a requirement this library does not name");
}

TEST_CASE_TEMPLATE("every Tier 1 target of Wasmtime 22 is listed in every later release", T,
                   wt::target::x86_64_apple_darwin, wt::target::x86_64_pc_windows_msvc,
                   wt::target::x86_64_unknown_linux_gnu) {
  CHECK(wt::tier_of<T, v22> == wt::tier::t1);
  CHECK(wt::tier_of<T, wt::release<48>> == wt::tier::t1);
  CHECK(wt::missing_of<T, v22> == 0);
}

TEST_CASE("every entity has a name and a category, and the table of each text is well formed") {
  namespace gen = wt::detail::gen;
  for (std::size_t id = 0; id < wt::entity_count; ++id) {
    CAPTURE(id);
    CHECK(!wt::detail::name_at(id).empty());
    CHECK(static_cast<std::size_t>(wt::detail::category_at(id)) < wt::category_count);
  }
  unsigned previous_last = 0;
  bool first = true;
  for (const auto* t : gen::texts) {
    CAPTURE(t->file);
    CHECK(t->tiers.size() <= wt::entity_count);
    CHECK(t->spellings.size() == t->tiers.size());
    CHECK(t->missing.size() == t->tiers.size() * gen::missing_width);
    if (!first) CHECK(t->first_release == previous_last + 1);
    previous_last = t->last_release;
    first = false;
    // Each row of the document order names an entity the text gives a tier, exactly once.
    std::size_t rows = wt::detail::count(t->order, gen::id_width), listed = 0;
    for (char c : t->tiers) listed += c != '-';
    CHECK(rows == listed);
  }
}

// Every string_view the library returns is backed by a NUL-terminated literal.
static_assert(wt::name_of<wt::wasm::gc>.data()[wt::name_of<wt::wasm::gc>.size()] == '\0');
static_assert(wt::name_of<wt::api::cpp>.data()[wt::name_of<wt::api::cpp>.size()] == '\0');
