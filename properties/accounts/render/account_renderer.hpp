#pragma once
// How a generated account is rendered to a scenario document (account_document.hpp), split by
// service family: identity.cpp (IAM), network.cpp (KMS keys, VPCs, instances, volumes),
// storage.cpp (S3 and CloudTrail), databases.cpp (RDS), data_stores.cpp (DynamoDB, Lambda, Backup, EFS),
// backup_protection.cpp (what AWS Backup assigns and has backed up),
// secrets_and_topics.cpp (Secrets Manager, SNS), detection_and_logs.cpp (CloudWatch Logs, ACM,
// GuardDuty, Security Hub). One
// renderer walks the spec, so ids stay unique across families and references always hold.

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "properties/accounts/account_document.hpp"

namespace properties::rendering {

// What the resources are for, so a counterexample reads like an account and not like a fuzz
// case ("ehr-db-0", "billing-fn-2").
inline const char* purpose(std::size_t i) {
  static const char* purposes[] = {"ehr", "billing", "imaging", "portal", "labs", "claims"};
  return purposes[i % 6];
}

// Ids in AWS's formats, unique in the account: a prefix and 17 hex digits from a counter.
class id_source {
 public:
  std::string hex(const std::string& prefix) {
    char digits[18];
    std::snprintf(digits, sizeof digits, "%017llx", 0x0a11ce000000000ULL + ++next_);
    return prefix + digits;
  }
  std::string uuid() {
    char text[37];
    unsigned long long n = ++next_;
    std::snprintf(text, sizeof text, "%08llx-0000-4000-8000-%012llx", 0x5eed0000ULL + n, n);
    return text;
  }
  std::string digits(const std::string& prefix, int width) {
    std::string n = std::to_string(++next_);
    return prefix + std::string(std::size_t(width) - std::min<std::size_t>(n.size(), std::size_t(width)), '0') + n;
  }

 private:
  unsigned long long next_ = 0;
};

inline std::string days_ago(int days) { return "-" + std::to_string(days) + "d"; }

struct region_keys {
  std::vector<std::string> arns;
  std::vector<std::string> aliases;  // each customer key's alias name, in the order of arns
  std::string aws_rds_arn;  // the AWS-managed aws/rds key, declared when an instance uses it
};

class account_renderer {
 public:
  explicit account_renderer(const account_spec& spec) : spec_(spec) {}
  json run();

 private:
  void render_iam();
  std::string arn(const std::string& region, const std::string& service, const std::string& rest) const;
  region_keys render_kms(const region_spec& r, json& out, bool aws_rds_key);
  void render_region(const region_spec& r, bool holds_main_trail);

  struct subnet_ref {
    std::string subnet, vpc, zone;
    std::vector<std::string> groups;
  };

  void render_network(const region_spec& r, const region_keys& keys, json& out);
  void render_edge(const region_spec& r, json& ec2);  // snapshots, VPN connections, internet gateways
  json security_group_item(const security_group_spec& g, const std::vector<std::string>& ids,
                           std::size_t index, const std::string& vpc);
  json volume_item(const std::string& id, const volume_spec& v, const region_keys& keys,
                   const std::string& zone);
  void render_storage(const region_spec& r, const region_keys& keys, json& out, bool holds_main_trail);
  void render_services(const region_spec& r, const region_keys& keys, json& out);
  void render_databases(const region_spec& r, const region_keys& keys, json& out);  // RDS
  // After the network, storage and services it protects (render/backup_protection.cpp).
  void render_backup_protection(const region_spec& r, const region_keys& keys, json& out);
  void render_secrets_and_topics(const region_spec& r, const region_keys& keys, json& out);
  void render_detection_and_logs(const region_spec& r, json& out);
  void render_systems_manager(const region_spec& r, json& out);
  void render_load_balancers(const region_spec& r, json& out);
  // Application Auto Scaling targets and target-tracking policies for a table's capacity.
  void render_table_scaling(const region_spec& r, const std::string& table, json& out);
  // A web ACL of its own for the ALB `lb_arn`: WAF Classic Regional or WAFv2 (which logs).
  void protect(const region_spec& r, const std::string& name, const std::string& lb_arn, bool classic_waf, json& out);
  void render_autoscaling_and_waf(const region_spec& r, json& out);
  std::string key_named(const region_keys& keys, int key, key_reference form, const std::string& region) const;

  const account_spec& spec_;
  json doc_;
  id_source ids_;
  std::string log_bucket_;
  std::vector<std::string> all_buckets_;
};

}  // namespace properties::rendering
