#include "compiled.hpp"

#include <wasmtime_tiers/catalog.hpp>

namespace wasmtime_tiers::tool {
namespace {

release_text from_table(release_table_view t) {
  release_text rt;
  rt.first_release = t.first_release();
  rt.last_release = t.last_release();
  rt.upstream_commit = std::string(t.upstream_commit());
  rt.source = "the compiled-in table of " + std::string(t.file());
  rt.document.file = std::string(t.file());
  rt.entity_extent = t.entity_extent();
  rt.document.proposals_see_also = t.proposals_see_also();
  for (std::size_t i = 0; i < t.row_count(); ++i) {
    const std::size_t id = t.row_id(i);
    tier_row row;
    row.spelling = t.category_spelling_index(id);
    row.category_text = std::string(t.category_spelling_of(id));
    row.category = entity_category(id);
    row.name = std::string(entity_name(id));
    row.tier = t.tier_of(id);
    row.missing = std::string(t.missing_text_of(id));
    row.missing_set = t.missing_of(id);
    rt.document.rows.push_back(std::move(row));
  }
  for (architecture a : all_architectures) {
    if (!t.has_support_table(a)) continue;
    support_table st;
    st.architecture = static_cast<std::size_t>(a);
    for (std::size_t i = 0; i < t.support_row_count(a); ++i) {
      const std::size_t id = t.support_row_id(a, i);
      support_row row;
      row.feature = std::string(entity_name(id));
      for (compiler_backend c : all_compiler_backends) {
        const auto column = static_cast<std::size_t>(c);
        switch (t.support_of(c, a, id)) {
        case support::yes: row.status[column] = support_status::yes; break;
        case support::wip: row.status[column] = support_status::wip; break;
        case support::no: row.status[column] = support_status::no; break;
        case support::unlisted: break;
        }
        if (const char note = t.support_note(c, a, id)) row.note[column] = std::string(1, note);
      }
      st.rows.push_back(std::move(row));
    }
    rt.document.support.push_back(std::move(st));
  }
  return rt;
}

proposals_release_text from_proposals_table(proposal_table_view t) {
  proposals_release_text pt;
  pt.first_release = t.first_release();
  pt.last_release = t.last_release();
  pt.upstream_blob = std::string(t.upstream_blob());
  pt.source = "the compiled-in table of " + std::string(t.file());
  pt.document.file = std::string(t.file());
  for (std::size_t i = 0; i < t.row_count(); ++i) {
    const proposal_table_view::row r = t.row_at(i);
    proposal_row row;
    row.name = std::string(r.name());
    row.section_index = r.section_heading_index();
    row.section = std::string(proposal_section_headings[row.section_index].text);
    row.name_noted = r.name_noted();
    for (proposal_check c : all_proposal_checks) {
      if (r.check(c) == check_status::unlisted) continue; // no cell in this row
      const auto column = static_cast<std::size_t>(c);
      row.checks[column] = {r.check(c), r.check_noted(c)};
      row.columns.push_back(column);
    }
    if (r.enabled() != check_status::unlisted) {
      row.enabled = proposal_cell{r.enabled(), r.enabled_noted()};
      row.columns.push_back(enabled_column_index);
    }
    pt.document.rows.push_back(std::move(row));
  }
  return pt;
}

} // namespace

std::optional<proposals_release_text> compiled_proposals_release(unsigned major) {
  if (!is_proposals_release(major)) return std::nullopt;
  return from_proposals_table(proposal_table(major));
}

std::vector<proposals_release_text> compiled_proposals_texts() {
  std::vector<proposals_release_text> out;
  for (std::size_t i = 0; i < proposals_text_count; ++i)
    out.push_back(from_proposals_table(proposals_text(i)));
  return out;
}

std::string compiled_proposals_releases() {
  return std::to_string(oldest_proposals_release) + " to " +
         std::to_string(newest_proposals_release);
}

std::vector<known_entity> compiled_entities() {
  std::vector<known_entity> out;
  for (std::size_t id = 0; id < entity_count; ++id) {
    known_entity k{entity_category(id), std::string(entity_name(id)), ""};
    for (std::size_t i = 0; i < tiers_text_count; ++i)
      if (id < tiers_text(i).entity_extent()) {
        k.first_file = std::string(tiers_text(i).file());
        break;
      }
    for (std::size_t i = 0; k.first_file.empty() && i < proposals_text_count; ++i)
      if (proposals_text(i).lists(id))
        k.first_file = std::string(proposals_text(i).file()) + " (wasm proposals)";
    out.push_back(std::move(k));
  }
  return out;
}

bool is_compiled_proposal(const std::string& tiers_name) {
  for (std::size_t id = 0; id < entity_count; ++id)
    if (entity_category(id) == category::wasm_proposal && entity_name(id) == tiers_name)
      return true;
  return false;
}

std::optional<release_text> compiled_release(unsigned major) {
  if (!is_known_release(major)) return std::nullopt;
  return from_table(release_table(major));
}

std::vector<release_text> compiled_texts() {
  std::vector<release_text> out;
  for (std::size_t i = 0; i < tiers_text_count; ++i) out.push_back(from_table(tiers_text(i)));
  return out;
}

} // namespace wasmtime_tiers::tool
