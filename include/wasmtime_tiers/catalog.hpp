// wasmtime-tiers: the tables read at run time, for a release or an entity chosen at run time
// (a command-line option, a loop over every release): the run-time twins of the compile-time
// queries, taking entity ids (id_of<E>) and Wasmtime majors instead of types.
//
//   release_table(22).tier_of(id_of<wasm::gc>) == tier_of<wasm::gc, release<22>>
//   proposal_table(40).check_of(id, c)          == check_of<E, C, release<40>>
//
// Every function is constexpr and O(1) unless it says otherwise; nothing here is instantiated
// per entity or per release. Opt-in: the umbrella header <wasmtime_tiers.hpp> does not include it.
#ifndef WASMTIME_TIERS_CATALOG_HPP
#define WASMTIME_TIERS_CATALOG_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <cstddef>
#include <string_view>

#include <wasmtime_tiers/detail/names.hpp>
#include <wasmtime_tiers/category.hpp>
#include <wasmtime_tiers/compiler_support.hpp>
#include <wasmtime_tiers/detail/proposals_table.hpp>
#include <wasmtime_tiers/detail/text.hpp>
#include <wasmtime_tiers/detail/text_table.hpp>
#include <wasmtime_tiers/entity.hpp>
#include <wasmtime_tiers/identifier.hpp>
#include <wasmtime_tiers/proposal.hpp>
#include <wasmtime_tiers/proposal_matrix.hpp>
#include <wasmtime_tiers/release.hpp>
#include <wasmtime_tiers/requirement.hpp>
#include <wasmtime_tiers/table.hpp>
#include <wasmtime_tiers/vocabulary.hpp>
#include <wasmtime_tiers/text_tables.hpp>
#include <wasmtime_tiers/tier.hpp>

namespace wasmtime_tiers {

namespace detail {

// Readers of the packed tables that only the views below use (the compile-time queries do not
// need them), kept here so that the umbrella header does not parse them.

// The rows of the text in document order: how many, and the entity id of row `row`.
constexpr std::size_t row_count_at(const text_table& t) noexcept {
  return count(t.order, gen::id_width);
}
constexpr std::size_t row_id_at(const text_table& t, std::size_t row) noexcept {
  return decode(t.order, row, gen::id_width);
}

// The footnote label of a support cell ('a'), '\0' where it has none or there is no cell.
constexpr char support_note_at(const text_table& t, architecture a, std::size_t column,
                               std::size_t id) noexcept {
  const std::string_view cells = t.support[static_cast<std::size_t>(a)][column];
  if (support_cell_width * id + 1 >= cells.size() ||
      cells[support_cell_width * id + 1] == absent_code)
    return '\0';
  return cells[support_cell_width * id + 1];
}

// The feature rows of architecture a's support table in document order: how many, and the entity
// id of row `row`.
constexpr std::size_t support_row_count_at(const text_table& t, architecture a) noexcept {
  return count(t.support_order[static_cast<std::size_t>(a)], gen::id_width);
}
constexpr std::size_t support_row_id_at(const text_table& t, architecture a,
                                        std::size_t row) noexcept {
  return decode(t.support_order[static_cast<std::size_t>(a)], row, gen::id_width);
}

// Row `row` of the text (document order) read field by field: its entity id; the index of its
// heading in proposal_section_headings; the index + 1 of its name's alias in proposal_aliases (0:
// the entity's own name); its name's footnote marker; the status (not_covered: no cell) and
// footnote marker of the cell of check c, and of the "Enabled" cell.
constexpr std::size_t proposal_row_id_at(const proposals_table& t, std::size_t row) noexcept {
  return proposal_row_id(proposal_row(t, row));
}
constexpr std::size_t proposal_row_heading_at(const proposals_table& t, std::size_t row) noexcept {
  return digit_value(proposal_row_tail_of(proposal_row(t, row))[proposal_row_section]);
}
constexpr std::size_t proposal_row_alias_at(const proposals_table& t, std::size_t row) noexcept {
  return digit_value(proposal_row_tail_of(proposal_row(t, row))[proposal_row_alias]);
}
constexpr bool proposal_row_name_noted_at(const proposals_table& t, std::size_t row) noexcept {
  return proposal_row_tail_of(proposal_row(t, row))[proposal_row_name_note] == '1';
}
constexpr char proposal_row_code_at(const proposals_table& t, std::size_t row,
                                    std::size_t column) noexcept {
  return proposal_row_tail_of(proposal_row(t, row))[column];
}
constexpr check_status proposal_row_check_at(const proposals_table& t, std::size_t row,
                                             proposal_check c) noexcept {
  return status_from_code(
      proposal_row_code_at(t, row, proposal_row_checks + static_cast<std::size_t>(c)));
}
constexpr bool proposal_row_check_noted_at(const proposals_table& t, std::size_t row,
                                           proposal_check c) noexcept {
  return code_has_note(
      proposal_row_code_at(t, row, proposal_row_checks + static_cast<std::size_t>(c)));
}
constexpr check_status proposal_row_enabled_at(const proposals_table& t, std::size_t row) noexcept {
  return status_from_code(proposal_row_code_at(t, row, proposal_row_enabled));
}
constexpr bool proposal_row_enabled_noted_at(const proposals_table& t, std::size_t row) noexcept {
  return code_has_note(proposal_row_code_at(t, row, proposal_row_enabled));
}

} // namespace detail

// --- entities ------------------------------------------------------------------------------------
// Entity ids run from 0 to entity_count - 1; id_of<E> is E's.

// entity_name(id): Wasmtime's spelling of the entity (name_of<E>).
constexpr std::string_view entity_name(std::size_t id) noexcept { return detail::name_at(id); }

// entity_category(id): its category (category_of<E>).
constexpr category entity_category(std::size_t id) noexcept { return detail::category_at(id); }

// entity_identifier(id): the qualified C++ name of its tag type, "wasm::gc" (.view()).
constexpr auto entity_identifier(std::size_t id) noexcept {
  return detail::qualified_identifier_of(detail::category_at(id), detail::name_at(id));
}

// --- docs/stability-tiers.md ---------------------------------------------------------------------

// release_table_view: one shipped text of docs/stability-tiers.md, as release_table(major) or
// tiers_text(i) gives it (or R::text() converts to). Queries by entity id; an id the text
// predates reads as unlisted. A default-constructed view is "no text": every entity unlisted.
class release_table_view {
public:
  constexpr release_table_view() noexcept : t_(&empty) {}
  constexpr release_table_view(const detail::text_table& t) noexcept : t_(&t) {} // NOLINT: implicit

  // known(): a shipped text is behind the view.
  constexpr bool known() const noexcept { return !t_->file.empty(); }
  // file(): the upstream file ("v22.md"); upstream_commit(): the Wasmtime commit it was read at.
  constexpr std::string_view file() const noexcept { return t_->file; }
  constexpr std::string_view upstream_commit() const noexcept { return t_->upstream_commit; }
  // first_release() / last_release(): the Wasmtime majors that shipped this text.
  constexpr unsigned first_release() const noexcept { return t_->first_release; }
  constexpr unsigned last_release() const noexcept { return t_->last_release; }
  // entity_extent(): the ids this text's tables span (entities first named later are past it).
  constexpr std::size_t entity_extent() const noexcept { return t_->tiers.size(); }
  // proposals_see_also(): the unsupported list points WebAssembly proposals to
  // docs/stability-wasm-proposals.md.
  constexpr bool proposals_see_also() const noexcept { return t_->proposals_see_also; }

  // The rows of the tier tables and the unsupported list, in document order: row_count() of
  // them, row_id(i) the entity id of row i.
  constexpr std::size_t row_count() const noexcept { return detail::row_count_at(*t_); }
  constexpr std::size_t row_id(std::size_t row) const noexcept {
    return detail::row_id_at(*t_, row);
  }

  // The twins of tier_of, missing_text_of, missing_of, is_missing, missing_for.
  constexpr tier tier_of(std::size_t id) const noexcept { return detail::tier_at(*t_, id); }
  constexpr std::string_view missing_text_of(std::size_t id) const noexcept {
    return detail::missing_text_at(*t_, id);
  }
  constexpr requirement_set missing_of(std::size_t id) const noexcept {
    return detail::missing_at(*t_, id);
  }
  constexpr bool is_missing(std::size_t id, requirement r) const noexcept {
    return contains(detail::missing_at(*t_, id), r);
  }
  constexpr requirement_set missing_for(std::size_t id, tier wanted) const noexcept {
    return detail::missing_for_at(*t_, id, wanted);
  }
  // category_spelling_index(id): the index into category_spellings of how the text writes id's
  // category; category_spelling_of(id): that spelling ("Compiler Backend").
  constexpr std::size_t category_spelling_index(std::size_t id) const noexcept {
    return detail::spelling_at(*t_, id);
  }
  constexpr std::string_view category_spelling_of(std::size_t id) const noexcept {
    return category_spellings[detail::spelling_at(*t_, id)].text;
  }

  // Compiler support (Wasmtime 34 on). has_support_tables(): the text has them;
  // has_support_table(a): it has architecture a's.
  constexpr bool has_support_table(architecture a) const noexcept {
    return !t_->support_order[static_cast<std::size_t>(a)].empty();
  }
  constexpr bool has_support_tables() const noexcept {
    for (architecture a : all_architectures)
      if (has_support_table(a)) return true;
    return false;
  }
  // The feature rows of architecture a's table in document order.
  constexpr std::size_t support_row_count(architecture a) const noexcept {
    return detail::support_row_count_at(*t_, a);
  }
  constexpr std::size_t support_row_id(architecture a, std::size_t row) const noexcept {
    return detail::support_row_id_at(*t_, a, row);
  }
  // support_of(c, a, id): the twin of support_of<C, E, A, R>; support_note(c, a, id): the cell's
  // footnote label ('a'), '\0' where it has none.
  constexpr support support_of(compiler_backend c, architecture a, std::size_t id) const noexcept {
    return detail::support_at(*t_, a, static_cast<std::size_t>(c), id);
  }
  constexpr char support_note(compiler_backend c, architecture a, std::size_t id) const noexcept {
    return detail::support_note_at(*t_, a, static_cast<std::size_t>(c), id);
  }

  // Two views are equal when they show the same text.
  constexpr bool operator==(const release_table_view& o) const noexcept { return t_ == o.t_; }

private:
  static constexpr detail::text_table empty{};
  const detail::text_table* t_;
};

// release_table(major): the text Wasmtime `major` shipped (release<major>::text()); an unknown
// view (known() false, every entity unlisted) where is_known_release(major) is false.
constexpr release_table_view release_table(unsigned major) noexcept {
  const detail::text_table* t = detail::text_of(major);
  return t ? release_table_view(*t) : release_table_view();
}

// tiers_text_count / tiers_text(i): every shipped text of docs/stability-tiers.md, oldest
// first (several releases may share one text).
inline constexpr std::size_t tiers_text_count =
    sizeof(detail::gen::texts) / sizeof(detail::gen::texts[0]);
constexpr release_table_view tiers_text(std::size_t i) noexcept { return *detail::gen::texts[i]; }

// --- docs/stability-wasm-proposals.md ------------------------------------------------------------

// proposal_table_view: one shipped text of docs/stability-wasm-proposals.md (Wasmtime 27 on), as
// proposal_table(major) or proposals_text(i) gives it. A default-constructed view is "no text":
// every proposal not covered.
class proposal_table_view {
public:
  constexpr proposal_table_view() noexcept : t_(&detail::no_proposals_text) {}
  constexpr proposal_table_view(const detail::proposals_table& t) noexcept
      : t_(&t) {} // NOLINT: implicit

  // known(): a shipped text is behind the view.
  constexpr bool known() const noexcept { return !t_->file.empty(); }
  // file(): the upstream file ("v28.md"), "" for no text; upstream_blob(): its Git blob upstream.
  constexpr std::string_view file() const noexcept { return t_->file; }
  constexpr std::string_view upstream_blob() const noexcept { return t_->upstream_blob; }
  // first_release() / last_release(): the Wasmtime majors that shipped this text.
  constexpr unsigned first_release() const noexcept { return t_->first_release; }
  constexpr unsigned last_release() const noexcept { return t_->last_release; }

  // The twins of check_of, check_noted_of, checks_lacking_of, proposal_section_of,
  // section_heading_of and on_by_default_of, by entity id.
  constexpr check_status check_of(std::size_t id, proposal_check c) const noexcept {
    return detail::check_at(*t_, id, c);
  }
  constexpr bool check_noted_of(std::size_t id, proposal_check c) const noexcept {
    return detail::check_noted_at(*t_, id, c);
  }
  constexpr proposal_check_set checks_lacking(std::size_t id) const noexcept {
    return detail::checks_lacking_at(*t_, id);
  }
  constexpr proposal_section proposal_section_of(std::size_t id) const noexcept {
    return detail::section_at(*t_, id);
  }
  constexpr std::string_view section_heading_of(std::size_t id) const noexcept {
    return lists(id) ? std::string_view(
                           proposal_section_headings[detail::section_heading_at(*t_, id)].text)
                     : std::string_view();
  }
  constexpr default_state on_by_default_of(std::size_t id) const noexcept {
    return detail::on_by_default_at(*t_, id);
  }
  // lists(id): the text has a row for entity id.
  constexpr bool lists(std::size_t id) const noexcept {
    return detail::proposal_row_index_at(*t_, id) != 0;
  }

  // row: one row of the text's tables as written (document order; a proposal listed twice has
  // two rows, and the queries by id read the last).
  class row {
  public:
    constexpr row(const detail::proposals_table& t, std::size_t index) noexcept
        : t_(&t), i_(index) {}
    // id(): the entity of the row.
    constexpr std::size_t id() const noexcept { return detail::proposal_row_id_at(*t_, i_); }
    // name(): the proposal's name as the row writes it (an alias of proposal_aliases, or the
    // entity's name); name_noted(): the name cell has a footnote marker.
    constexpr std::string_view name() const noexcept {
      const std::size_t alias = detail::proposal_row_alias_at(*t_, i_);
      return alias ? std::string_view(proposal_aliases[alias - 1].proposals_name)
                   : detail::name_at(id());
    }
    constexpr bool name_noted() const noexcept {
      return detail::proposal_row_name_noted_at(*t_, i_);
    }
    // section_heading_index(): the row's `##` heading, an index into proposal_section_headings;
    // section(): the section it opens.
    constexpr std::size_t section_heading_index() const noexcept {
      return detail::proposal_row_heading_at(*t_, i_);
    }
    constexpr proposal_section section() const noexcept {
      return proposal_section_headings[section_heading_index()].names;
    }
    // check(c), check_noted(c): the cell of check c (not_covered where the row has none).
    constexpr check_status check(proposal_check c) const noexcept {
      return detail::proposal_row_check_at(*t_, i_, c);
    }
    constexpr bool check_noted(proposal_check c) const noexcept {
      return detail::proposal_row_check_noted_at(*t_, i_, c);
    }
    // enabled(), enabled_noted(): the "Enabled" cell (not_covered where the row has none).
    constexpr check_status enabled() const noexcept {
      return detail::proposal_row_enabled_at(*t_, i_);
    }
    constexpr bool enabled_noted() const noexcept {
      return detail::proposal_row_enabled_noted_at(*t_, i_);
    }

  private:
    const detail::proposals_table* t_;
    std::size_t i_;
  };
  constexpr std::size_t row_count() const noexcept { return detail::proposal_row_count(*t_); }
  constexpr row row_at(std::size_t index) const noexcept { return {*t_, index}; }

  // Two views are equal when they show the same text.
  constexpr bool operator==(const proposal_table_view& o) const noexcept { return t_ == o.t_; }

private:
  const detail::proposals_table* t_;
};

// proposal_table(major): the text of docs/stability-wasm-proposals.md Wasmtime `major` shipped;
// an unknown view (every proposal not covered) where is_proposals_release(major) is false.
constexpr proposal_table_view proposal_table(unsigned major) noexcept {
  return detail::proposals_of(major);
}

// proposals_text_count / proposals_text(i): every shipped text of docs/stability-wasm-proposals.md,
// oldest first.
inline constexpr std::size_t proposals_text_count = detail::gen::proposals_text_count;
constexpr proposal_table_view proposals_text(std::size_t i) noexcept {
  return *detail::gen::proposals_texts[i];
}

} // namespace wasmtime_tiers

#endif
