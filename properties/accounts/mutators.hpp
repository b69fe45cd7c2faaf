#pragma once
// Mutators: misconfigurations that make one chosen resource of a compliant account violate one
// rule. Each declares the verdicts it must cause: NON_COMPLIANT for its rule on its resource,
// plus every other verdict the same change necessarily breaks, with the reason written down.
// That declaration is the oracle the properties check the engine against.
//
// Mutators only ever make things worse, and never delete a resource, so the declarations of
// several mutators applied one after the other stay true: their union is what the engine must
// find. The registry is explicit (mutators.cpp); a meta-test checks every implemented rule has
// at least one.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "properties/accounts/account_document.hpp"
#include "properties/accounts/resources.hpp"

namespace properties {

// A NON_COMPLIANT verdict a mutation must cause. `resource` is the resource's id or name
// (empty for account-level rules), as a scenario's `expect:` names it.
struct declared_verdict {
  std::string rule;
  std::string resource;
  std::string region;  // "global" for IAM
  std::string reason;  // why this verdict follows from the change

  friend bool operator<(const declared_verdict& a, const declared_verdict& b) {
    return std::tie(a.rule, a.region, a.resource) < std::tie(b.rule, b.region, b.resource);
  }
  friend bool operator==(const declared_verdict& a, const declared_verdict& b) {
    return a.rule == b.rule && a.region == b.region && a.resource == b.resource;
  }
};

// A rule parameter the mutated value sits next to: the rule passes with `compliant_at` and
// fails with `non_compliant_at` (one step apart, across the mutated value).
struct threshold {
  std::string rule;
  std::string parameter;  // AWS's input parameter name: "maxAccessKeyAge"
  long long compliant_at = 0;
  long long non_compliant_at = 0;
};

// What one mutator did to one account.
struct mutation {
  std::string mutator;
  std::string change;  // "bucket b-1 (us-east-1): default encryption removed"
  std::vector<declared_verdict> verdicts;
  std::optional<threshold> parameter;
};

struct mutator {
  std::string_view name;
  std::string_view rule;        // the rule it breaks
  std::string_view description;
  // The input parameter the mutated value sits next to ("" when none): its mutations carry a
  // threshold, and the parameter property moves it across the value.
  std::string_view threshold_parameter;
  // Makes sure a generated account has a candidate (adds the plainest compliant resource of the
  // kind when the generator drew none); null when every generated account has one.
  void (*ensure_candidate)(account_spec&);
  // Breaks the `target`-th candidate resource (modulo their number) with a violation of
  // `degree` (0: the mildest, e.g. one day too old). nullopt when the account has no
  // candidate; the document is then unchanged.
  std::optional<mutation> (*apply)(json& doc, std::uint64_t target, std::uint64_t degree);
};

const std::vector<mutator>& all_mutators();
const mutator* find_mutator(std::string_view name);

// The pack's thresholds the generator and the mutators agree on (the HIPAA pack's defaults).
inline constexpr long long pack_max_access_key_age = 90;
inline constexpr long long pack_max_credential_usage_age = 90;
inline constexpr long long pack_min_password_length = 14;
inline constexpr long long pack_max_password_age = 90;
inline constexpr long long pack_password_reuse_prevention = 24;
inline constexpr long long pack_backup_retention_days = 35;
inline constexpr long long pack_backup_frequency_days = 1;

// Mutators choose their candidates with items_of(doc, type) (resources.hpp), and name a
// resource in their declarations by its located identity.

// What mutators' ensure_candidate use (mutators/candidates.cpp): each adds the plainest
// compliant resource of its kind to the first region when the account has none.
void ensure_user(account_spec& spec);
void ensure_console_user(account_spec& spec);  // mutators/iam_policies.cpp
void ensure_old_inactive_key(account_spec& spec);
void ensure_private_ssh_rule(account_spec& spec);
void ensure_attached_volume(account_spec& spec);
void ensure_db_instance(account_spec& spec);
void ensure_db_snapshot(account_spec& spec);          // a DB instance with a manual snapshot
void ensure_db_cluster(account_spec& spec);
void ensure_db_cluster_snapshot(account_spec& spec);  // a DB cluster with a manual snapshot
void ensure_table(account_spec& spec);
void ensure_alarm(account_spec& spec);
void ensure_function(account_spec& spec);
void ensure_backup_plan(account_spec& spec);
void ensure_file_system(account_spec& spec);
void ensure_secret(account_spec& spec);
void ensure_topic(account_spec& spec);
void ensure_ssm_document(account_spec& spec);
void ensure_instance(account_spec& spec);
void ensure_stopped_instance(account_spec& spec);
// A running instance: AWS Backup has its recovery point in the region's vault.
void ensure_running_instance(account_spec& spec);
void ensure_snapshot(account_spec& spec);
void ensure_vpn_connection(account_spec& spec);
void ensure_detached_internet_gateway(account_spec& spec);
void ensure_classic_load_balancer(account_spec& spec);
void ensure_application_load_balancer(account_spec& spec);
void ensure_provisioned_table(account_spec& spec);
void ensure_aurora_cluster(account_spec& spec);
void ensure_autoscaling_group(account_spec& spec);  // one behind a load balancer
void ensure_web_acl(account_spec& spec);

// The mutators of each family (mutators/*.cpp).
std::vector<mutator> iam_mutators();
std::vector<mutator> iam_policy_mutators();
std::vector<mutator> network_mutators();
std::vector<mutator> s3_mutators();
std::vector<mutator> cloudtrail_mutators();
std::vector<mutator> monitoring_mutators();
std::vector<mutator> data_store_mutators();
std::vector<mutator> key_and_secret_mutators();
std::vector<mutator> detection_and_log_mutators();
std::vector<mutator> systems_manager_mutators();
std::vector<mutator> instance_mutators();
std::vector<mutator> vpc_mutators();
std::vector<mutator> load_balancer_mutators();
std::vector<mutator> autoscaling_and_waf_mutators();
std::vector<mutator> dynamodb_capacity_mutators();
std::vector<mutator> database_mutators();
std::vector<mutator> backup_mutators();

}  // namespace properties
