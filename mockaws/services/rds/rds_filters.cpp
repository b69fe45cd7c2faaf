#include "mockaws/services/rds/rds_filters.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "mockaws/services/collections.hpp"

namespace mockaws::services::rds {

std::string id_from(std::string_view identifier_or_arn, std::string_view arn_type) {
  if (identifier_or_arn.substr(0, 4) != "arn:") return std::string(identifier_or_arn);
  // arn:partition:rds:region:account:type:id, where the id may itself hold colons.
  std::size_t at = 0;
  for (int field = 0; field < 5; ++field) {
    at = identifier_or_arn.find(':', at);
    if (at == std::string_view::npos) return {};
    ++at;
  }
  std::size_t type_end = identifier_or_arn.find(':', at);
  if (type_end == std::string_view::npos) return {};
  if (identifier_or_arn.substr(at, type_end - at) != arn_type) return {};
  return std::string(identifier_or_arn.substr(type_end + 1));
}

bool same_id(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

bool names_item(const json& item, std::string_view id_member, std::string_view arn_type,
                std::string_view identifier_or_arn) {
  std::string wanted = id_from(identifier_or_arn, arn_type);
  return !wanted.empty() && same_id(wanted, string_at(item, id_member));
}

json apply_filters(const call_context& c, const json& list, std::span<const filter_def> defs) {
  const json& filters = items(c.input, "Filters");
  // Every name is checked before any matching, so a bad name fails even over an empty list.
  std::vector<const filter_def*> chosen;
  for (const auto& filter : filters) {
    std::string name = string_at(filter, "Name");
    auto def =
        std::find_if(defs.begin(), defs.end(), [&](const filter_def& d) { return d.name == name; });
    if (def == defs.end()) c.fail("InvalidParameterValue", "Unrecognized filter name: " + name);
    chosen.push_back(&*def);
  }
  json out = json::array();
  for (const auto& item : list) {
    bool keep = true;
    for (std::size_t i = 0; keep && i < chosen.size(); ++i) {
      const json& values = items(filters[i], "Values");
      keep = std::any_of(values.begin(), values.end(), [&](const json& v) {
        return v.is_string() && chosen[i]->match(item, v.get<std::string>());
      });
    }
    if (keep) out.push_back(item);
  }
  return out;
}

bool input_flag(const call_context& c, std::string_view name) {
  const json* value = member(c.input, name);
  return value && value->is_boolean() && value->get<bool>();
}

}  // namespace mockaws::services::rds
