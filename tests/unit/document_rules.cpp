// The tiers document's rules about itself, checked on every shipped text.
#include <wasmtime_tiers.hpp>
#include <wasmtime_tiers/document_rules.hpp>

#include <doctest/doctest.h>

#include <cstdio>

namespace wt = wasmtime_tiers;

// Known findings: texts that break their own rules. None of the shipped texts does today
// (Cranelift supports every Tier 1 and Tier 2 proposal on x86_64, aarch64 and s390x in each of
// them); a new text that does, or a change to the rules, makes this list change and the test
// fail until the finding is recorded here with its release and rows.
static_assert(wt::check_document_rules(wt::release<34>::text()).count == 0);
static_assert(wt::check_document_rules(wt::release<48>::text()).count == 0);
static_assert(wt::check_document_rules(wt::release<22>::text()).count == 0); // no support tables

namespace {
// A hand-made table in which Tier 1 `simd` has no compiler on x86_64, while x86_64 targets are
// Tier 1: the rule checker must find it.
constexpr std::size_t simd = wt::id_of<wt::wasm::simd>;
constexpr std::size_t linux_gnu = wt::id_of<wt::target::x86_64_unknown_linux_gnu>;
constexpr std::size_t darwin_arm = wt::id_of<wt::target::aarch64_apple_darwin>;
static_assert(simd < 16 && linux_gnu < 16 && darwin_arm < 16);
constexpr char tiers_of(std::size_t id) {
  return id == simd ? '1' : id == linux_gnu ? '1' : id == darwin_arm ? '2' : '-';
}
// NUL-terminated character arrays, like the string literals of generated tables.
template <std::size_t N>
struct chars {
  char s[N + 1]{};
};
constexpr chars<16> make_tiers() {
  chars<16> a;
  for (std::size_t i = 0; i < 16; ++i) a.s[i] = tiers_of(i);
  return a;
}
constexpr auto tiers = make_tiers();
// simd: x86_64 Cranelift 'n', Winch 'n'; aarch64 Cranelift 'y'.
constexpr chars<32> cells(char status) {
  chars<32> a;
  for (std::size_t i = 0; i < 32; ++i) a.s[i] = '.';
  a.s[2 * simd] = status;
  return a;
}
constexpr auto x86_no = cells('n');
constexpr auto arm_yes = cells('y');
constexpr wt::detail::text_table synthetic{
    {"synthetic.md", 12},
    {},
    99,
    99,
    {tiers.s, 16},
    {},
    {},
    {},
    {{{x86_no.s, 32}, {x86_no.s, 32}}, {{arm_yes.s, 32}, {x86_no.s, 32}}, {}, {}, {}},
    {{"00", 2}, {"00", 2}, {}, {}, {}},
    false};
constexpr auto found = wt::check_document_rules(synthetic);
static_assert(found.count == 1);
static_assert(found.items[0].rule == wt::document_rule::tier1_feature_on_tier1_target);
static_assert(found.items[0].feature == simd && found.items[0].target == linux_gnu);
} // namespace

TEST_CASE("every shipped text keeps the rules it states") {
  for (const auto* t : wt::detail::gen::texts) {
    const auto f = wt::check_document_rules(*t);
    for (std::size_t i = 0; i < f.count && i < f.items.size(); ++i)
      std::printf("%.*s: %.*s: %.*s on %.*s\n", static_cast<int>(t->file.size()), t->file.data(),
                  static_cast<int>(wt::to_string(f.items[i].rule).size()),
                  wt::to_string(f.items[i].rule).data(),
                  static_cast<int>(wt::detail::name_at(f.items[i].feature).size()),
                  wt::detail::name_at(f.items[i].feature).data(),
                  static_cast<int>(wt::detail::name_at(f.items[i].target).size()),
                  wt::detail::name_at(f.items[i].target).data());
    CAPTURE(t->file);
    CHECK(f.count == 0);
  }
}
