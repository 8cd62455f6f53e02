// wasmtime-tiers: what a release's text says about an entity: its tier and what it misses for the
// next tier. (The compiler support queries are in compiler_support.hpp; category_spelling_of
// reads the full table: <wasmtime_tiers/text_tables.hpp>.)
#ifndef WASMTIME_TIERS_TABLE_HPP
#define WASMTIME_TIERS_TABLE_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <wasmtime_tiers/detail/defer.hpp>

#include <wasmtime_tiers/category.hpp>
#include <wasmtime_tiers/detail/encoding.hpp>
#include <wasmtime_tiers/detail/text_table.hpp>
#include <wasmtime_tiers/entity.hpp>
#include <wasmtime_tiers/release.hpp>
#include <wasmtime_tiers/selected_release.hpp>
#include <wasmtime_tiers/requirement.hpp>
#include <wasmtime_tiers/tier.hpp>

namespace wasmtime_tiers {

namespace detail {

// The readers of a text's tiers and missing requirements. By text index (release<N>::text_index):
// what every translation unit reads, from the character arrays of generated/releases.hpp. By full
// table (text_tables.hpp): what the run-time views and the tool read. Both read the same facts.
WASMTIME_TIERS_DETAIL_DEFER
constexpr tier tier_at(const text_table& t, std::size_t id) noexcept {
  return id < t.tiers.size() ? tier_from_code(t.tiers[id]) : tier::unlisted;
}

WASMTIME_TIERS_DETAIL_DEFER
constexpr std::size_t missing_index_at(const text_table& t, std::size_t id) noexcept {
  return id < t.missing.size() / gen::missing_width ? decode(t.missing, id, gen::missing_width) : 0;
}

// The index-th "Missing Tier N Requirements" cell of all texts.
WASMTIME_TIERS_DETAIL_DEFER
constexpr packed missing_text(std::size_t index) noexcept {
  const std::size_t b = decode(gen::missing_text_offsets_data, index, gen::missing_offset_width);
  const std::size_t e =
      decode(gen::missing_text_offsets_data, index + 1, gen::missing_offset_width);
  return {gen::missing_texts_data + b, e - b - 1}; // each cell is followed by a NUL
}

WASMTIME_TIERS_DETAIL_DEFER
constexpr packed missing_text_at(const text_table& t, std::size_t id) noexcept {
  return missing_text(missing_index_at(t, id));
}

WASMTIME_TIERS_DETAIL_DEFER
constexpr requirement_set missing_at(const text_table& t, std::size_t id) noexcept {
  return gen::missing_sets[missing_index_at(t, id)];
}

// What tier `actual` with the missing requirements `listed` lacks to reach tier `wanted`.
WASMTIME_TIERS_DETAIL_DEFER
constexpr requirement_set missing_for_tier(tier actual, requirement_set listed,
                                           tier wanted) noexcept {
  if (meets(actual, wanted)) return 0;
  if (!is_tiered(actual) || !is_tiered(wanted)) return required_for(wanted);
  requirement_set s = listed;
  for (auto k = static_cast<unsigned char>(static_cast<unsigned char>(actual) - 2);
       k >= static_cast<unsigned char>(wanted); --k)
    s |= tier_definition(static_cast<tier>(k));
  return s;
}

WASMTIME_TIERS_DETAIL_DEFER
constexpr requirement_set missing_for_at(const text_table& t, std::size_t id,
                                         tier wanted) noexcept {
  return missing_for_tier(tier_at(t, id), missing_at(t, id), wanted);
}

WASMTIME_TIERS_DETAIL_DEFER
constexpr std::size_t spelling_at(const text_table& t, std::size_t id) noexcept {
  return id < t.spellings.size() ? digit_value(t.spellings[id]) : 0;
}

} // namespace detail

// Every query below takes the release last, defaulted to selected_release (the included Wasmtime's
// release, or WASMTIME_TIERS_RELEASE; see selected_release.hpp), as the policies do:
// tier_of<wasm::gc> is tier_of<wasm::gc, selected_release>.

// tier_of<E, R>: the tier release R's text gives entity E: t1, t2, t3, unsupported (on the
// "Unsupported features and platforms" list) or unlisted (not mentioned).
template <entity E, release_type R = selected_release>
inline constexpr tier tier_of = detail::tier_in(R::text_index, id_of<E>);

// missing_text_of<E, R>: the "Missing Tier N Requirements" cell of E's row, verbatim with markup
// removed; "" for Tier 1, unsupported and unlisted entities.
template <entity E, release_type R = selected_release>
inline constexpr auto missing_text_of = detail::names_for<E>::name(
    detail::missing_text(detail::missing_index_in(R::text_index, id_of<E>)));

// missing_of<E, R>: the requirements that cell names; requirement::unnamed for a phrase the
// vocabulary lacks (in a release added with wasmtime_tiers_add_release), kept in missing_text_of.
template <entity E, release_type R = selected_release>
inline constexpr requirement_set missing_of =
    detail::gen::missing_sets[detail::missing_index_in(R::text_index, id_of<E>)];

// is_missing<E, Req, R>: E's row in release R lists Req as missing for the next tier.
template <entity E, requirement Req, release_type R = selected_release>
inline constexpr bool is_missing = contains(missing_of<E, R>, Req);

// missing_for<E, T, R>: what E lacks to reach tier T in release R: empty when it is there already;
// the listed requirements for the next tier up, plus the definitions of the tiers above that;
// everything tier T asks for when E is unsupported or unlisted.
template <entity E, tier T, release_type R = selected_release>
inline constexpr requirement_set missing_for = detail::missing_for_tier(tier_of<E, R>,
                                                                        missing_of<E, R>, T);

// category_spelling_of<E, R>: how release R's text writes E's category ("Compiler Backend").
template <entity E, release_type R = selected_release>
inline constexpr auto category_spelling_of =
    detail::names_for<E>::name(category_spellings[detail::spelling_at(R::text(), id_of<E>)].text);

} // namespace wasmtime_tiers

// The names this header declares are std::string_views (see detail/names.hpp).
#include <wasmtime_tiers/detail/names.hpp>

#endif
