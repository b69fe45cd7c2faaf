#include "engine/rules/elb/load_balancers.hpp"

#include <algorithm>
#include <cctype>

namespace engine::rules {

std::vector<const json*> classic_listeners(const json& load_balancer) {
  std::vector<const json*> out;
  auto descriptions = load_balancer.find("ListenerDescriptions");
  if (descriptions == load_balancer.end() || !descriptions->is_array()) return out;
  for (const auto& description : *descriptions)
    if (auto listener = description.find("Listener"); listener != description.end() && listener->is_object())
      out.push_back(&*listener);
  return out;
}

bool secure_protocol(std::string_view protocol) {
  std::string upper(protocol);
  std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
  return upper == "HTTPS" || upper == "SSL" || upper == "TLS";
}

bool acm_certificate(std::string_view arn) {
  if (arn.rfind("arn:", 0) != 0) return false;
  auto service_at = arn.find(':', 4);  // after the partition
  return service_at != std::string_view::npos && arn.substr(service_at + 1, 4) == "acm:";
}

std::string load_balancer_type(const json& load_balancer) {
  std::string type = load_balancer.value("Type", "");
  return type.empty() ? "application" : type;
}

std::string attribute(const json* attributes, std::string_view key, std::string_view otherwise) {
  if (attributes && attributes->is_array())
    for (const auto& a : *attributes)
      if (a.value("Key", "") == key) return a.value("Value", "");
  return std::string(otherwise);
}

}  // namespace engine::rules
