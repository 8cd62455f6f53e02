// wasmtime-tiers: what each release's text of docs/stability-wasm-proposals.md (Wasmtime 27 on)
// says about a WebAssembly proposal: the status of each requirement check, the section that lists
// it, whether it is on by default.
#ifndef WASMTIME_TIERS_PROPOSAL_MATRIX_HPP
#define WASMTIME_TIERS_PROPOSAL_MATRIX_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <cstddef>
#include <string_view>

#include <wasmtime_tiers/detail/names.hpp>
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
constexpr packed proposal_row(const proposals_table& t, std::size_t row) noexcept {
  return t.rows.substr(row * proposal_row_width(), proposal_row_width());
}

constexpr std::size_t proposal_row_id(packed row) noexcept { return decode(row, 0, gen::id_width); }

// The characters of a row after its id.
constexpr packed proposal_row_tail_of(packed row) noexcept { return row.substr(gen::id_width); }

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

namespace detail {
// What the proposal queries of proposal.hpp read (see proposal_queries there).
template <>
struct proposal_queries<proposal_tables_tag> {
  static constexpr packed file(unsigned major) noexcept { return proposals_of(major).file; }
  static constexpr check_status check(unsigned major, std::size_t id, proposal_check c) noexcept {
    return check_at(proposals_of(major), id, c);
  }
  static constexpr bool noted(unsigned major, std::size_t id, proposal_check c) noexcept {
    return check_noted_at(proposals_of(major), id, c);
  }
  static constexpr proposal_check_set lacking(unsigned major, std::size_t id) noexcept {
    return checks_lacking_at(proposals_of(major), id);
  }
  static constexpr proposal_section section(unsigned major, std::size_t id) noexcept {
    return section_at(proposals_of(major), id);
  }
  static constexpr packed heading(unsigned major, std::size_t id) noexcept {
    const proposals_table& t = proposals_of(major);
    return proposal_row_index_at(t, id) == 0
               ? packed{}
               : packed{proposal_section_headings[section_heading_at(t, id)].text};
  }
  static constexpr default_state on_by_default(unsigned major, std::size_t id) noexcept {
    return on_by_default_at(proposals_of(major), id);
  }
};
} // namespace detail

} // namespace wasmtime_tiers

#endif
