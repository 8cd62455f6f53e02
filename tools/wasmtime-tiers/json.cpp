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
        s["support"] = r.status[c] == support_status::yes ? "yes"
                       : r.status[c] == support_status::wip ? "wip"
                                                            : "no";
        s["note"] = r.note[c];
        support.push_back(std::move(s));
      }
  out["proposals_see_also"] = doc.proposals_see_also;
  return out;
}

} // namespace wasmtime_tiers::tool
