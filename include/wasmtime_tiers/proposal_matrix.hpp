// wasmtime-tiers: what each release's text of docs/stability-wasm-proposals.md (Wasmtime 27 on)
// says about a WebAssembly proposal: the status of each requirement check, the section that lists
// it, whether it is on by default.
#ifndef WASMTIME_TIERS_PROPOSAL_MATRIX_HPP
#define WASMTIME_TIERS_PROPOSAL_MATRIX_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <cstddef>
#include <string_view>

#include <wasmtime_tiers/category.hpp>
#include <wasmtime_tiers/detail/defer.hpp>
#include <wasmtime_tiers/detail/encoding.hpp>
#include <wasmtime_tiers/detail/proposals_table.hpp>
#include <wasmtime_tiers/entity.hpp>
#include <wasmtime_tiers/generated/proposals.hpp>
#include <wasmtime_tiers/proposal.hpp>
#include <wasmtime_tiers/vocabulary.hpp>
#include <wasmtime_tiers/release.hpp>
#include <wasmtime_tiers/selected_release.hpp>

namespace wasmtime_tiers {

// proposal_entity<E>: E is the tag type of a WebAssembly proposal (namespace wasm).
template <class E>
concept proposal_entity = entity<E> &&
    (detail::category_at(E::wasmtime_tiers_id) == category::wasm_proposal);

// oldest_proposals_release / newest_proposals_release: the Wasmtime majors the shipped texts of
// docs/stability-wasm-proposals.md cover (every major in between is covered).
inline constexpr unsigned oldest_proposals_release = WASMTIME_TIERS_DETAIL_OLDEST_PROPOSALS_RELEASE;
inline constexpr unsigned newest_proposals_release = WASMTIME_TIERS_DETAIL_NEWEST_PROPOSALS_RELEASE;

namespace detail {

constexpr bool proposals_release_known(unsigned major) noexcept {
  return proposals_text_code(major) != no_text;
}

// The text of docs/stability-wasm-proposals.md that Wasmtime `major` shipped; an empty table (all
// queries: not covered) where none did.
constexpr const proposals_table& proposals_of(unsigned major) noexcept {
  return proposals_release_known(major)
             ? *gen::proposals_texts[digit_value(proposals_text_code(major))]
             : no_proposals_text;
}

constexpr std::size_t proposal_row_width() noexcept { return gen::id_width + proposal_row_tail; }

// How many rows the text has (in document order).
WASMTIME_TIERS_DETAIL_DEFER
constexpr std::size_t proposal_row_count(const proposals_table& t) noexcept {
  return t.rows.size() / proposal_row_width();
}

// Row `row` of the text: the entity id, then proposal_row_tail characters.
WASMTIME_TIERS_DETAIL_DEFER
constexpr std::string_view proposal_row(const proposals_table& t, std::size_t row) noexcept {
  return t.rows.view().substr(row * proposal_row_width(), proposal_row_width());
}

constexpr std::size_t proposal_row_id(std::string_view row) noexcept {
  return decode(row, 0, gen::id_width);
}

// The characters of a row after its id.
constexpr std::string_view proposal_row_tail_of(std::string_view row) noexcept {
  return row.substr(gen::id_width);
}

// 1 + the row that lists entity `id`; 0 where the text does not list it.
constexpr std::size_t proposal_row_index_at(const proposals_table& t, std::size_t id) noexcept {
  return id < t.row_of.size() / gen::proposal_row_index_width
             ? decode(t.row_of, id, gen::proposal_row_index_width)
             : 0;
}

constexpr check_status status_from_code(char c) noexcept {
  switch (c) {
  case proposal_cell_codes[0]:
  case noted_code(proposal_cell_codes[0]): return check_status::yes;
  case proposal_cell_codes[1]:
  case noted_code(proposal_cell_codes[1]): return check_status::wip;
  case proposal_cell_codes[2]:
  case noted_code(proposal_cell_codes[2]): return check_status::no;
  case proposal_cell_codes[3]:
  case noted_code(proposal_cell_codes[3]): return check_status::partial;
  default: return check_status::unlisted;
  }
}

constexpr bool code_has_note(char c) noexcept { return c >= 'A' && c <= 'Z'; }

// The cell of check c in entity id's row ('.' where there is none).
constexpr char check_code_at(const proposals_table& t, std::size_t id, proposal_check c) noexcept {
  const std::size_t r = proposal_row_index_at(t, id);
  if (r == 0) return absent_code;
  return proposal_row_tail_of(
      proposal_row(t, r - 1))[proposal_row_checks + static_cast<std::size_t>(c)];
}

// check_at(t, id, c): the status of check c of entity id in text t. O(1).
constexpr check_status check_at(const proposals_table& t, std::size_t id,
                                proposal_check c) noexcept {
  return status_from_code(check_code_at(t, id, c));
}

// check_noted_at(t, id, c): the cell has a footnote marker (the document qualifies it in prose).
WASMTIME_TIERS_DETAIL_DEFER
constexpr bool check_noted_at(const proposals_table& t, std::size_t id, proposal_check c) noexcept {
  return code_has_note(check_code_at(t, id, c));
}

// checks_lacking_at(t, id): the checks whose status is not `yes`: every check for a proposal the
// text does not rate (unimplemented, unlisted, release not covered).
constexpr proposal_check_set checks_lacking_at(const proposals_table& t, std::size_t id) noexcept {
  proposal_check_set s = 0;
  for (proposal_check c : all_proposal_checks)
    if (check_at(t, id, c) != check_status::yes) s = static_cast<proposal_check_set>(s | bit(c));
  return s;
}

// The index into proposal_section_headings of entity id's row; only where the text lists it.
WASMTIME_TIERS_DETAIL_DEFER
constexpr std::size_t section_heading_at(const proposals_table& t, std::size_t id) noexcept {
  const std::size_t r = proposal_row_index_at(t, id);
  return digit_value(proposal_row_tail_of(proposal_row(t, r - 1))[proposal_row_section]);
}

// section_at(t, id): the section of the text that lists entity id.
WASMTIME_TIERS_DETAIL_DEFER
constexpr proposal_section section_at(const proposals_table& t, std::size_t id) noexcept {
  if (t.file.empty()) return proposal_section::not_covered;
  if (proposal_row_index_at(t, id) == 0) return proposal_section::unlisted;
  return proposal_section_headings[section_heading_at(t, id)].names;
}

// on_by_default_at(t, id): on or off where the text's section (or an "Enabled" cell) says so.
WASMTIME_TIERS_DETAIL_DEFER
constexpr default_state on_by_default_at(const proposals_table& t, std::size_t id) noexcept {
  const std::size_t r = proposal_row_index_at(t, id);
  if (r == 0) return default_state::unknown;
  switch (status_from_code(proposal_row_tail_of(proposal_row(t, r - 1))[proposal_row_enabled])) {
  case check_status::yes: return default_state::on;
  case check_status::no: return default_state::off;
  default: break;
  }
  switch (section_at(t, id)) {
  case proposal_section::on_by_default: return default_state::on;
  case proposal_section::off_by_default: return default_state::off;
  default: return default_state::unknown;
  }
}

} // namespace detail

// is_proposals_release(N): a shipped text of docs/stability-wasm-proposals.md covers Wasmtime N.
WASMTIME_TIERS_DETAIL_DEFER
constexpr bool is_proposals_release(unsigned major) noexcept {
  return detail::proposals_release_known(major);
}

// Every query below takes the release last, defaulted to selected_release (see
// selected_release.hpp), as the policies do: check_of<wasm::gc, proposal_check::fuzzed>.

// proposals_file_of<R>: the upstream file of the text release R shipped ("v28.md"); "" before 27.
template <release_type R = selected_release>
inline constexpr std::string_view proposals_file_of = detail::proposals_of(R::major).file;

// check_of<E, C, R>: the status release R's text gives check C of proposal E: yes (✅), wip (🚧),
// no (❌), partial (⚠️), or unlisted (no cell: release before 27, E unlisted or unimplemented).
template <proposal_entity E, proposal_check C, release_type R = selected_release>
inline constexpr check_status check_of = detail::check_at(detail::proposals_of(R::major),
                                                          E::wasmtime_tiers_id, C);

// check_noted_of<E, C, R>: that cell carries a footnote marker (a caveat the document explains).
template <proposal_entity E, proposal_check C, release_type R = selected_release>
inline constexpr bool check_noted_of = detail::check_noted_at(detail::proposals_of(R::major),
                                                              E::wasmtime_tiers_id, C);

// checks_lacking_of<E, R>: the checks E does not fully meet in release R (status other than yes),
// which the document requires of every Tier 1 proposal; all six where the text rates none
// (unimplemented, unlisted, release before 27). Iterate with checks_in, print with to_text.
template <proposal_entity E, release_type R = selected_release>
inline constexpr proposal_check_set checks_lacking_of =
    detail::checks_lacking_at(detail::proposals_of(R::major), E::wasmtime_tiers_id);

// checks_lacking_for_tier1<E, R>: the former name of checks_lacking_of<E, R>.
template <proposal_entity E, release_type R = selected_release>
[[deprecated("use wasmtime_tiers::checks_lacking_of")]] inline constexpr proposal_check_set
    checks_lacking_for_tier1 = checks_lacking_of<E, R>;

// proposal_section_of<E, R>: the section of release R's text that lists E: t1/t2/t3 (Wasmtime
// 40 on), on_by_default / off_by_default (27 to 39), unimplemented, unlisted, or not_covered.
template <proposal_entity E, release_type R = selected_release>
inline constexpr proposal_section proposal_section_of =
    detail::section_at(detail::proposals_of(R::major), E::wasmtime_tiers_id);

// section_heading_of<E, R>: that section's `##` heading verbatim; "" when unlisted or not covered.
template <proposal_entity E, release_type R = selected_release>
inline constexpr std::string_view section_heading_of =
    detail::proposal_row_index_at(detail::proposals_of(R::major), E::wasmtime_tiers_id) == 0
        ? std::string_view{}
        : std::string_view{
              proposal_section_headings[detail::section_heading_at(detail::proposals_of(R::major),
                                                                   E::wasmtime_tiers_id)]
                  .text};

// on_by_default_of<E, R>: on or off where release R's text says (its on/off-by-default sections,
// Wasmtime 27 to 39); unknown where it does not.
template <proposal_entity E, release_type R = selected_release>
inline constexpr default_state on_by_default_of =
    detail::on_by_default_at(detail::proposals_of(R::major), E::wasmtime_tiers_id);

} // namespace wasmtime_tiers

#endif
