#include "compiled.hpp"

#include <wasmtime_tiers.hpp>

namespace wasmtime_tiers::tool {
namespace {

release_text from_table(const detail::text_table& t) {
  release_text rt;
  rt.first_release = t.first_release;
  rt.last_release = t.last_release;
  rt.upstream_commit = std::string(t.upstream_commit);
  rt.source = "the compiled-in table of " + std::string(t.file);
  rt.document.file = std::string(t.file);
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

} // namespace

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
