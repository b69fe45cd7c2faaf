#include "engine/scan/collector.hpp"

#include <algorithm>

namespace engine {

std::optional<json> output_or_failure(const client::call_result& result, collector_output& out,
                                      const std::string& key, const std::string& region) {
  if (result.ok()) return result.output;
  out.failures.push_back({key, region, result.error->describe()});
  return std::nullopt;
}

void store_supplement(configuration_item& item, const std::string& name,
                      const client::call_result& result, std::string_view member,
                      const std::vector<std::string_view>& absent_codes) {
  if (result.ok()) {
    if (member.empty()) {
      item.supplementary[name] = result.output;
      return;
    }
    auto it = result.output.find(member);
    item.supplementary[name] = it != result.output.end() ? *it : json();
    return;
  }
  const std::string& code = result.error->code;
  if (std::find(absent_codes.begin(), absent_codes.end(), code) != absent_codes.end()) {
    item.supplementary[name] = json();
    return;
  }
  item.unreadable[name] = result.error->describe();
}

std::string tag_value(const json& resource, std::string_view key) {
  for (const auto& tag : resource.value("Tags", json::array()))
    if (tag.value("Key", "") == key) return tag.value("Value", "");
  return {};
}

configuration_item make_item(std::string type, std::string id, std::string name, std::string arn,
                             std::string region, json configuration) {
  configuration_item item;
  item.resource_type = std::move(type);
  item.resource_id = std::move(id);
  item.resource_name = std::move(name);
  item.arn = std::move(arn);
  item.region = std::move(region);
  item.configuration = std::move(configuration);
  return item;
}

void parse_json_supplement(configuration_item& item, const std::string& name, std::string_view operation) {
  auto found = item.supplementary.find(name);
  if (found == item.supplementary.end() || !found->second.is_string()) return;
  json parsed = json::parse(found->second.get<std::string>(), nullptr, false);
  if (parsed.is_discarded()) {
    item.supplementary.erase(found);
    item.unreadable[name] = std::string(operation) + " returned a document that is not JSON";
  } else {
    found->second = std::move(parsed);
  }
}

}  // namespace engine
