#include "engine/rules/rule.hpp"

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

std::optional<evaluation> rule_context::unreadable(const configuration_item& item,
                                                   const std::string& name) const {
  auto why = item.why_unreadable(name);
  if (!why) return std::nullopt;
  return about(item, compliance::insufficient_data, "could not read " + name + ": " + *why);
}

std::optional<long long> rule_context::days_since(const json& timestamp) const {
  if (!timestamp.is_string()) return std::nullopt;
  auto t = mockaws::protocol::parse_iso8601(timestamp.get<std::string>());
  if (!t) return std::nullopt;
  return std::chrono::duration_cast<std::chrono::hours>(inventory_.now() - *t).count() / 24;
}

}  // namespace engine::rules
