#include "properties/accounts/mutators.hpp"

namespace properties {

const std::vector<mutator>& all_mutators() {
  static const std::vector<mutator> all = [] {
    std::vector<mutator> out;
    for (auto family : {iam_mutators, iam_policy_mutators, network_mutators, s3_mutators,
                        cloudtrail_mutators, monitoring_mutators, data_store_mutators, key_and_secret_mutators,
                        detection_and_log_mutators, systems_manager_mutators, instance_mutators, vpc_mutators,
                        load_balancer_mutators, autoscaling_and_waf_mutators, dynamodb_capacity_mutators,
                        database_mutators, backup_mutators}) {
      auto some = family();
      out.insert(out.end(), some.begin(), some.end());
    }
    return out;
  }();
  return all;
}

const mutator* find_mutator(std::string_view name) {
  for (const auto& m : all_mutators())
    if (m.name == name) return &m;
  return nullptr;
}

}  // namespace properties
