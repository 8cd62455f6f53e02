#include "compiled.hpp"

#include <wasmtime_tiers/entity.hpp>
#include <wasmtime_tiers/proposal_matrix.hpp>
#include <wasmtime_tiers/release.hpp>
#include <wasmtime_tiers/table.hpp>

namespace wasmtime_tiers::tool {
namespace {

release_text from_table(const detail::text_table& t) {
  release_text rt;
  rt.first_release = t.first_release;
  rt.last_release = t.last_release;
  rt.upstream_commit = std::string(t.upstream_commit);
  rt.source = "the compiled-in table of " + std::string(t.file);
  rt.document.file = std::string(t.file);
  rt.entity_extent = t.tiers.size();
  rt.document.proposals_see_also = t.proposals_see_also;
  for (std::size_t i = 0; i < detail::count(t.order, detail::gen::id_width); ++i) {
    const std::size_t id = detail::decode(t.order, i, detail::gen::id_width);
    tier_row row;
    row.spelling = detail::spelling_at(t, id);
    row.category_text = std::string(category_spellings[row.spelling].text);
    row.category = detail::category_at(id);
    row.name = std::string(detail::name_at(id));
    row.tier = detail::tier_at(t, id);
    row.missing = std::string(detail::missing_text_at(t, id));
    row.missing_set = detail::missing_at(t, id);
    rt.document.rows.push_back(std::move(row));
  }
  for (std::size_t a = 0; a < detail::architecture_count; ++a) {
    const std::string_view order = t.support_order[a];
    if (order.empty()) continue;
    support_table st;
    st.architecture = a;
    for (std::size_t i = 0; i < detail::count(order, detail::gen::id_width); ++i) {
      const std::size_t id = detail::decode(order, i, detail::gen::id_width);
      support_row row;
      row.feature = std::string(detail::name_at(id));
      for (std::size_t c = 0; c < detail::compiler_count; ++c) {
        const std::string_view cells = t.support[a][c];
        row.status[c] = static_cast<support_status>(cells[2 * id]);
        if (cells[2 * id + 1] != '.') row.note[c] = std::string(1, cells[2 * id + 1]);
      }
      st.rows.push_back(std::move(row));
    }
    rt.document.support.push_back(std::move(st));
  }
  return rt;
}

proposals_release_text from_proposals_table(const detail::proposals_table& t) {
  proposals_release_text pt;
  pt.first_release = t.first_release;
  pt.last_release = t.last_release;
  pt.upstream_blob = std::string(t.upstream_blob);
  pt.source = "the compiled-in table of " + std::string(t.file);
  pt.document.file = std::string(t.file);
  for (std::size_t i = 0; i < detail::proposal_row_count(t); ++i) {
    const std::string_view r = detail::proposal_row(t, i);
    const std::size_t id = detail::proposal_row_id(r);
    const std::string_view tail = detail::proposal_row_tail_of(r);
    proposal_row row;
    const std::size_t alias = detail::digit_value(tail[detail::proposal_row_alias]);
    row.name = std::string(alias ? std::string_view(proposal_aliases[alias - 1].proposals_name) : detail::name_at(id));
    row.section_index = detail::digit_value(tail[detail::proposal_row_section]);
    row.section = std::string(proposal_section_headings[row.section_index].text);
    row.name_noted = tail[detail::proposal_row_name_note] == '1';
    for (std::size_t c = 0; c < proposal_check_count; ++c) {
      const char code = tail[detail::proposal_row_checks + c];
      if (code == '.') continue;
      row.checks[c] = {detail::status_from_code(code), detail::code_has_note(code)};
      row.columns.push_back(c);
    }
    if (const char code = tail[detail::proposal_row_enabled]; code != '.') {
      row.enabled = proposal_cell{detail::status_from_code(code), detail::code_has_note(code)};
      row.columns.push_back(enabled_column_index);
    }
    pt.document.rows.push_back(std::move(row));
  }
  return pt;
}

} // namespace

std::optional<proposals_release_text> compiled_proposals_release(unsigned major) {
  if (!detail::proposals_release_known(major)) return std::nullopt;
  return from_proposals_table(detail::proposals_of(major));
}

std::vector<proposals_release_text> compiled_proposals_texts() {
  std::vector<proposals_release_text> out;
  for (std::size_t i = 0; i < detail::gen::proposals_text_count; ++i)
    out.push_back(from_proposals_table(*detail::gen::proposals_texts[i]));
  return out;
}

std::string compiled_proposals_releases() {
  return std::to_string(oldest_proposals_release) + " to " + std::to_string(newest_proposals_release);
}

std::vector<known_entity> compiled_entities() {
  std::vector<known_entity> out;
  for (std::size_t id = 0; id < entity_count; ++id) {
    known_entity k{detail::category_at(id), std::string(detail::name_at(id)), ""};
    for (const detail::text_table* t : detail::gen::texts)
      if (id < t->tiers.size()) {
        k.first_file = std::string(t->file);
        break;
      }
    for (std::size_t i = 0; k.first_file.empty() && i < detail::gen::proposals_text_count; ++i)
      if (detail::proposal_row_index_at(*detail::gen::proposals_texts[i], id) != 0)
        k.first_file = std::string(detail::gen::proposals_texts[i]->file) + " (wasm proposals)";
    out.push_back(std::move(k));
  }
  return out;
}

bool is_compiled_proposal(const std::string& tiers_name) {
  for (std::size_t id = 0; id < entity_count; ++id)
    if (detail::category_at(id) == category::wasm_proposal && detail::name_at(id) == tiers_name)
      return true;
  return false;
}

std::optional<release_text> compiled_release(unsigned major) {
  const detail::text_table* t = detail::text_of(major);
  if (!t) return std::nullopt;
  return from_table(*t);
}

std::vector<release_text> compiled_texts() {
  std::vector<release_text> out;
  for (const detail::text_table* t : detail::gen::texts) out.push_back(from_table(*t));
  return out;
}

} // namespace wasmtime_tiers::tool
