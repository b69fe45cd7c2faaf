#pragma once
// The account generators and id readers of the paged-operations table, one pair per row; kept
// apart from the table so that paged_operations.cpp reads as the list of ranges it is.

#include "properties/paging/paged_operations.hpp"

namespace properties::paging::accounts {

// The scenario text of one service's collections in us-east-1.
inline std::string regional(std::string_view service, const std::string& collections) {
  return "regions:\n  us-east-1:\n    " + std::string(service) + ":\n" + collections;
}

using item_text = std::pair<std::string, std::string>;  // YAML flow mapping, id

// A generator of `most` or fewer items of one collection of a us-east-1 service, after `header`
// (the collection's key, and whatever it needs declared first), each written by `item` from its
// scrambled number; the listing expects the ids `item` returns.
template <typename Item>
rc::Gen<generated_account> flat(std::string_view service, std::string header, int most, Item item) {
  return rc::gen::exec([=] {
    const int count = *resource_count(most);
    const auto salt = *rc::gen::arbitrary<unsigned>();
    generated_account account;
    listing all;
    std::string collections = header;
    for (int i = 0; i < count; ++i) {
      auto [yaml, id] = item(scrambled(static_cast<std::size_t>(i), salt));
      collections += "        - " + yaml + "\n";
      all.ids.push_back(std::move(id));
    }
    if (count == 0) collections += "        []\n";
    account.yaml = regional(service, collections);
    account.listings.push_back(std::move(all));
    return account;
  });
}

// IAM (global): users, their access keys and their MFA devices (paged_accounts_iam.cpp).
rc::Gen<generated_account> users();
rc::Gen<generated_account> access_keys();
rc::Gen<generated_account> mfa_devices();
std::vector<std::string> user_ids(const json& page);
std::vector<std::string> user_detail_ids(const json& page);  // GetAccountAuthorizationDetails
std::vector<std::string> access_key_ids(const json& page);
std::vector<std::string> mfa_device_ids(const json& page);

// EC2 (us-east-1): security groups, volumes, instances in reservations, managed prefix lists and
// their entries (paged_accounts_ec2.cpp).
rc::Gen<generated_account> prefix_lists();
rc::Gen<generated_account> prefix_list_entries();
std::vector<std::string> prefix_list_ids(const json& page);
std::vector<std::string> prefix_list_cidrs(const json& page);
rc::Gen<generated_account> security_groups();
rc::Gen<generated_account> volumes();
rc::Gen<generated_account> instances();
std::vector<std::string> security_group_ids(const json& page);
std::vector<std::string> volume_ids(const json& page);
std::vector<std::string> instance_ids(const json& page);
// The account's snapshots, VPCs, subnets, flow logs, internet gateways and route tables.
rc::Gen<generated_account> snapshots();
rc::Gen<generated_account> vpcs();
rc::Gen<generated_account> subnets();
rc::Gen<generated_account> flow_logs();
rc::Gen<generated_account> internet_gateways();
rc::Gen<generated_account> route_tables();
std::vector<std::string> snapshot_ids(const json& page);
std::vector<std::string> vpc_ids(const json& page);
std::vector<std::string> subnet_ids(const json& page);
std::vector<std::string> flow_log_ids(const json& page);
std::vector<std::string> internet_gateway_ids(const json& page);
std::vector<std::string> route_table_ids(const json& page);

// S3 buckets, EFS, RDS, DynamoDB, Lambda, Backup, KMS, Secrets Manager, SNS, CloudWatch Logs,
// ACM, GuardDuty (us-east-1;
// paged_accounts_regional.cpp).
rc::Gen<generated_account> buckets();
rc::Gen<generated_account> file_systems();
rc::Gen<generated_account> metric_alarms();
std::vector<std::string> metric_alarm_names(const json& page);
std::vector<std::string> bucket_names(const json& page);
std::vector<std::string> file_system_ids(const json& page);
rc::Gen<generated_account> db_instances();
rc::Gen<generated_account> db_clusters();
rc::Gen<generated_account> db_snapshots();
rc::Gen<generated_account> db_cluster_snapshots();
rc::Gen<generated_account> tables();
rc::Gen<generated_account> functions();
rc::Gen<generated_account> backup_plans();
rc::Gen<generated_account> backup_vaults();
// A few plans' selections (one listing per plan), one vault's recovery points, and the
// protected resources AWS Backup lists.
rc::Gen<generated_account> backup_selections();
rc::Gen<generated_account> recovery_points();
rc::Gen<generated_account> protected_resources();
std::vector<std::string> backup_selection_ids(const json& page);
std::vector<std::string> recovery_point_arns(const json& page);
std::vector<std::string> protected_resource_arns(const json& page);
rc::Gen<generated_account> kms_keys();
rc::Gen<generated_account> kms_aliases();
std::vector<std::string> db_instance_ids(const json& page);
std::vector<std::string> db_cluster_ids(const json& page);
std::vector<std::string> db_snapshot_ids(const json& page);
std::vector<std::string> db_cluster_snapshot_ids(const json& page);
std::vector<std::string> table_names(const json& page);
std::vector<std::string> function_names(const json& page);
std::vector<std::string> backup_plan_ids(const json& page);
std::vector<std::string> backup_vault_names(const json& page);
std::vector<std::string> kms_key_ids(const json& page);
std::vector<std::string> kms_alias_names(const json& page);
rc::Gen<generated_account> secrets();
rc::Gen<generated_account> topics();
std::vector<std::string> secret_names(const json& page);
std::vector<std::string> topic_arns(const json& page);
rc::Gen<generated_account> log_groups();
rc::Gen<generated_account> certificates();
rc::Gen<generated_account> detectors();
std::vector<std::string> log_group_names(const json& page);
std::vector<std::string> certificate_arns(const json& page);
std::vector<std::string> detector_ids(const json& page);
rc::Gen<generated_account> classic_load_balancers();
rc::Gen<generated_account> load_balancers();
rc::Gen<generated_account> listeners();
rc::Gen<generated_account> listener_rules();
rc::Gen<generated_account> listener_certificates();
std::string lb_listener(const std::string& load_balancer_arn);  // the one listener of a per-listener listing
std::vector<std::string> listener_arns(const json& page);
std::vector<std::string> rule_arns(const json& page);
std::vector<std::string> listener_certificate_arns(const json& page);
std::vector<std::string> classic_load_balancer_names(const json& page);
std::vector<std::string> load_balancer_arns(const json& page);
rc::Gen<generated_account> managed_instances();
rc::Gen<generated_account> compliance_summaries();
rc::Gen<generated_account> ssm_documents();
std::vector<std::string> managed_instance_ids(const json& page);
std::vector<std::string> compliance_summary_ids(const json& page);
std::vector<std::string> ssm_document_names(const json& page);

rc::Gen<generated_account> autoscaling_groups();
rc::Gen<generated_account> launch_configurations();
rc::Gen<generated_account> web_acls();
std::vector<std::string> autoscaling_group_names(const json& page);
std::vector<std::string> launch_configuration_names(const json& page);
std::vector<std::string> web_acl_names(const json& page);

// Application Auto Scaling's DynamoDB targets and policies, listed with ServiceNamespace dynamodb.
rc::Gen<generated_account> scalable_targets();
rc::Gen<generated_account> scaling_policies();
std::vector<std::string> scalable_target_ids(const json& page);
std::vector<std::string> scaling_policy_names(const json& page);

}  // namespace properties::paging::accounts
