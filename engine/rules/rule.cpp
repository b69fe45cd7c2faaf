#include "engine/rules/rule.hpp"

#include <algorithm>
#include <stdexcept>

#include "mockaws/protocol/timestamp.hpp"

namespace engine::rules {

std::string rule_context::text(std::string_view name) const {
  if (auto it = parameters_.find(std::string(name)); it != parameters_.end()) return it->second;
  for (const auto& p : rule_.parameters)
    if (p.name == name) return std::string(p.default_value);
  return {};
}

long long rule_context::integer(std::string_view name) const { return std::stoll(text(name)); }

evaluation rule_context::about(const configuration_item& item, compliance result,
                               std::string annotation) const {
  return {std::string(rule_.identifier), item.resource_type, item.resource_id, item.resource_name,
          item.region, result, std::move(annotation)};
}

evaluation rule_context::about_account(const std::string& region, compliance result,
                                       std::string annotation) const {
  return {std::string(rule_.identifier), std::string(account_resource_type),
          inventory_.account_id(), "", region, result, std::move(annotation)};
}

const json* rule_context::read(const configuration_item& item, std::string_view name) const {
  const auto& declared = rule_.reads.supplements;
  if (std::find(declared.begin(), declared.end(), name) == declared.end())
    throw std::logic_error(std::string(rule_.identifier) + " reads " + std::string(name) +
                           " without declaring it in reads.supplements");
  return item.supplement(std::string(name));
}

std::vector<std::string_view> types_read(const rule_definition& rule) {
  if (!rule.reads.types.empty()) return rule.reads.types;
  if (rule.resource_type == account_resource_type) return {};
  return {rule.resource_type};
}

std::optional<long long> rule_context::days_since(const json& timestamp) const {
  if (!timestamp.is_string()) return std::nullopt;
  auto t = mockaws::protocol::parse_iso8601(timestamp.get<std::string>());
  if (!t) return std::nullopt;
  return std::chrono::duration_cast<std::chrono::hours>(inventory_.now() - *t).count() / 24;
}

}  // namespace engine::rules
