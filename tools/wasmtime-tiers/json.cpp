#include "json.hpp"

namespace wasmtime_tiers::tool {

nlohmann::ordered_json to_json(const tiers_document& doc) {
  nlohmann::ordered_json out;
  auto& entities = out["entities"] = nlohmann::ordered_json::array();
  for (const auto& r : doc.rows) {
    nlohmann::ordered_json e;
    e["category"] = r.category_text;
    e["name"] = r.name;
    if (r.tier == tier::unsupported)
      e["tier"] = "unsupported";
    else
      e["tier"] = static_cast<int>(r.tier);
    e["missing"] = r.missing;
    entities.push_back(std::move(e));
  }
  auto& support = out["compiler_support"] = nlohmann::ordered_json::array();
  for (const auto& st : doc.support)
    for (const auto& r : st.rows)
      for (int c = 0; c < 2; ++c) {
        nlohmann::ordered_json s;
        s["architecture"] = std::string(architecture_names[st.architecture]);
        s["feature"] = r.feature;
        s["compiler"] = std::string(compiler_names[c]);
        s["support"] = r.status[c] == support_status::yes   ? "yes"
                       : r.status[c] == support_status::wip ? "wip"
                                                            : "no";
        s["note"] = r.note[c];
        support.push_back(std::move(s));
      }
  out["proposals_see_also"] = doc.proposals_see_also;
  return out;
}

nlohmann::ordered_json to_json(const proposals_document& doc) {
  nlohmann::ordered_json out;
  auto& rows = out["proposals"] = nlohmann::ordered_json::array();
  for (const auto& r : doc.rows) {
    nlohmann::ordered_json p;
    p["name"] = r.name;
    p["section"] = r.section;
    auto& checks = p["checks"] = nlohmann::ordered_json::object();
    for (std::size_t col : r.columns) {
      const proposal_cell& cell = col == enabled_column_index ? *r.enabled : r.checks[col];
      const std::string header = col == enabled_column_index
                                     ? std::string(enabled_column)
                                     : std::string(to_string(static_cast<proposal_check>(col)));
      checks[header] = std::string(to_string(cell.status));
    }
    rows.push_back(std::move(p));
  }
  return out;
}

} // namespace wasmtime_tiers::tool
