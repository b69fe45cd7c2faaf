// The table of paged list operations (see paged_operations.hpp). Ranges are AWS's, from the
// botocore models' min/max or, where the model states none, the API reference quoted in the
// model's documentation (EC2 5..1000 and 5..500, RDS 20..100, KMS ListAliases 1..100).
// Operations the engine lists that are not here are not paged by AWS (CloudTrail DescribeTrails).

#include "properties/paging/paged_operations.hpp"

#include <algorithm>
#include <cstdio>

#include "properties/paging/paged_accounts.hpp"

namespace properties::paging {

namespace {

using out_of_range::capped;
using out_of_range::refused;

// AWS's answers to a page size outside the range: refused with the service's validation error,
// or (EC2's volume listing) served at the maximum.
constexpr bound_behaviour query_refused{refused, "ValidationError"};
constexpr bound_behaviour ec2_refused{refused, "InvalidParameterValue"};
constexpr bound_behaviour json_refused{refused, "ValidationException"};  // JSON and REST-JSON

using namespace accounts;

const paged_operation table[] = {
    // service, operation, limit key, min, max, default page, page cap, accounts, ids, below, above
    {"iam", "ListUsers", "MaxItems", 1, 1000, 100, 0, users, user_ids, query_refused, query_refused},
    // Four result lists cut by one window; the users' list stands for them.
    {"iam", "GetAccountAuthorizationDetails", "MaxItems", 1, 1000, 100, 0, users, user_detail_ids,
     query_refused, query_refused},
    {"iam", "ListAccessKeys", "MaxItems", 1, 1000, 100, 0, access_keys, access_key_ids,
     query_refused, query_refused},
    {"iam", "ListMFADevices", "MaxItems", 1, 1000, 100, 0, mfa_devices, mfa_device_ids,
     query_refused, query_refused},
    {"ec2", "DescribeSecurityGroups", "MaxResults", 5, 1000, 0, 0, security_groups,
     security_group_ids, ec2_refused, ec2_refused},
    // "if MaxResults is given a value larger than 500, only 500 results are returned"
    {"ec2", "DescribeVolumes", "MaxResults", 5, 500, 0, 500, volumes, volume_ids, ec2_refused,
     {capped, {}}},
    {"ec2", "DescribeInstances", "MaxResults", 5, 1000, 0, 0, instances, instance_ids,
     ec2_refused, ec2_refused},
    // At least 5 (the API reference); a larger size than 1000 gets 1000 (the most EC2 pages).
    {"ec2", "DescribeSnapshots", "MaxResults", 5, 1000, 0, 1000, snapshots, snapshot_ids, ec2_refused,
     {capped, {}}},
    {"ec2", "DescribeVpcs", "MaxResults", 5, 1000, 0, 0, vpcs, vpc_ids, ec2_refused, ec2_refused},
    {"ec2", "DescribeSubnets", "MaxResults", 5, 1000, 0, 0, subnets, subnet_ids, ec2_refused, ec2_refused},
    // No documented range: at least one, and 1000 a page at most.
    {"ec2", "DescribeFlowLogs", "MaxResults", 1, 1000, 0, 1000, flow_logs, flow_log_ids, ec2_refused, {capped, {}}},
    {"ec2", "DescribeInternetGateways", "MaxResults", 5, 1000, 0, 0, internet_gateways, internet_gateway_ids,
     ec2_refused, ec2_refused},
    {"ec2", "DescribeRouteTables", "MaxResults", 5, 100, 0, 0, route_tables, route_table_ids, ec2_refused,
     ec2_refused},
    {"ec2", "DescribeManagedPrefixLists", "MaxResults", 1, 100, 0, 0, prefix_lists, prefix_list_ids,
     ec2_refused, ec2_refused},
    {"ec2", "GetManagedPrefixListEntries", "MaxResults", 1, 100, 0, 0, prefix_list_entries, prefix_list_cidrs,
     ec2_refused, ec2_refused},
    {"rds", "DescribeDBInstances", "MaxRecords", 20, 100, 100, 0, db_instances, db_instance_ids,
     {refused, "InvalidParameterValue"}, {refused, "InvalidParameterValue"}},
    {"rds", "DescribeDBClusters", "MaxRecords", 20, 100, 100, 0, db_clusters, db_cluster_ids,
     {refused, "InvalidParameterValue"}, {refused, "InvalidParameterValue"}},
    {"rds", "DescribeDBSnapshots", "MaxRecords", 20, 100, 100, 0, db_snapshots, db_snapshot_ids,
     {refused, "InvalidParameterValue"}, {refused, "InvalidParameterValue"}},
    {"rds", "DescribeDBClusterSnapshots", "MaxRecords", 20, 100, 100, 0, db_cluster_snapshots,
     db_cluster_snapshot_ids, {refused, "InvalidParameterValue"}, {refused, "InvalidParameterValue"}},
    {"dynamodb", "ListTables", "Limit", 1, 100, 100, 0, tables, table_names, json_refused,
     json_refused},
    // "ListFunctions returns a maximum of 50 items in each response, even if you set the number
    // higher."
    {"lambda", "ListFunctions", "MaxItems", 1, 10000, 50, 50, functions, function_names,
     json_refused, json_refused},
    {"backup", "ListBackupPlans", "MaxResults", 1, 1000, 0, 0, backup_plans, backup_plan_ids,
     json_refused, json_refused},
    {"backup", "ListBackupVaults", "MaxResults", 1, 1000, 0, 0, backup_vaults,
     backup_vault_names, json_refused, json_refused},
    {"backup", "ListBackupSelections", "MaxResults", 1, 1000, 0, 0, backup_selections,
     backup_selection_ids, json_refused, json_refused},
    {"backup", "ListRecoveryPointsByBackupVault", "MaxResults", 1, 1000, 0, 0, recovery_points,
     recovery_point_arns, json_refused, json_refused},
    {"backup", "ListProtectedResources", "MaxResults", 1, 1000, 0, 0, protected_resources,
     protected_resource_arns, json_refused, json_refused},
    // Current SDKs page ListBuckets (botocore 1.35+); S3 names the parameter and the range.
    {"s3", "ListBuckets", "MaxBuckets", 1, 10000, 0, 0, buckets, bucket_names,
     {refused, "InvalidArgument"}, {refused, "InvalidArgument"}},
    // "The response is paginated at 100 per page if you have more than 100 file systems": a
    // larger MaxItems is answered with 100 (the model states no maximum).
    {"efs", "DescribeFileSystems", "MaxItems", 1, 100, 100, 100, file_systems, file_system_ids,
     json_refused, {capped, {}}},
    {"kms", "ListKeys", "Limit", 1, 1000, 100, 0, kms_keys, kms_key_ids, json_refused, json_refused},
    {"cloudwatch", "DescribeAlarms", "MaxRecords", 1, 100, 50, 0, metric_alarms, metric_alarm_names,
     query_refused, query_refused},
    {"kms", "ListAliases", "Limit", 1, 100, 50, 0, kms_aliases, kms_alias_names, json_refused,
     json_refused},
    {"secretsmanager", "ListSecrets", "MaxResults", 1, 100, 100, 0, secrets, secret_names, json_refused,
     json_refused},
    {"logs", "DescribeLogGroups", "limit", 1, 50, 50, 0, log_groups, log_group_names,
     {refused, "InvalidParameterException"}, {refused, "InvalidParameterException"}},
    // AWS documents no default page for ListCertificates: mockaws answers up to 1000.
    {"acm", "ListCertificates", "MaxItems", 1, 1000, 1000, 0, certificates, certificate_arns, json_refused,
     json_refused},
    {"guardduty", "ListDetectors", "MaxResults", 1, 50, 50, 0, detectors, detector_ids,
     {refused, "BadRequestException"}, {refused, "BadRequestException"}},
    // Both load balancer APIs: PageSize 1..400, 400 when not given (the API reference).
    {"elb", "DescribeLoadBalancers", "PageSize", 1, 400, 400, 0, classic_load_balancers, classic_load_balancer_names,
     query_refused, query_refused},
    {"elbv2", "DescribeLoadBalancers", "PageSize", 1, 400, 400, 0, load_balancers, load_balancer_arns,
     query_refused, query_refused},
    // The per-load-balancer and per-listener calls: PageSize 1..400 (the model); AWS documents no
    // default, mockaws answers the maximum.
    {"elbv2", "DescribeListeners", "PageSize", 1, 400, 400, 0, listeners, listener_arns, query_refused, query_refused},
    {"elbv2", "DescribeRules", "PageSize", 1, 400, 400, 0, listener_rules, rule_arns, query_refused, query_refused},
    {"elbv2", "DescribeListenerCertificates", "PageSize", 1, 400, 400, 0, listener_certificates, listener_certificate_arns,
     query_refused, query_refused},
    // ListTopics takes no page size: AWS answers 100 topics a page.
    {"sns", "ListTopics", "", 0, 0, 100, 0, topics, topic_arns, query_refused, query_refused},
    // Systems Manager documents no default page size: mockaws answers the model's maximum.
    {"ssm", "DescribeInstanceInformation", "MaxResults", 5, 50, 50, 0, managed_instances, managed_instance_ids,
     json_refused, json_refused},
    {"ssm", "ListResourceComplianceSummaries", "MaxResults", 1, 50, 50, 0, compliance_summaries,
     compliance_summary_ids, json_refused, json_refused},
    {"ssm", "ListDocuments", "MaxResults", 1, 50, 50, 0, ssm_documents, ssm_document_names, json_refused,
     json_refused},
    // Auto Scaling: 50 a page by default, at most 100 (the API reference).
    {"autoscaling", "DescribeAutoScalingGroups", "MaxRecords", 1, 100, 50, 0, autoscaling_groups,
     autoscaling_group_names, query_refused, query_refused},
    {"autoscaling", "DescribeLaunchConfigurations", "MaxRecords", 1, 100, 50, 0, launch_configurations,
     launch_configuration_names, query_refused, query_refused},
    // WAFv2 documents no default page size for ListWebACLs: mockaws answers the maximum, 100.
    {"wafv2", "ListWebACLs", "Limit", 1, 100, 100, 0, web_acls, web_acl_names, json_refused, json_refused},
    // Application Auto Scaling: targets 1..50 (default 50), policies 1..10 (default 10).
    {"application-autoscaling", "DescribeScalableTargets", "MaxResults", 1, 50, 50, 0, scalable_targets,
     scalable_target_ids, json_refused, json_refused},
    {"application-autoscaling", "DescribeScalingPolicies", "MaxResults", 1, 10, 10, 0, scaling_policies,
     scaling_policy_names, json_refused, json_refused},
};

}  // namespace

std::size_t generated_account::largest_listing() const {
  std::size_t most = 0;
  for (const auto& l : listings) most = std::max(most, l.items());
  return most;
}

void showValue(const generated_account& account, std::ostream& os) {
  for (const auto& l : account.listings)
    os << "\n  listing " << l.input.dump() << ": " << l.ids.size() << " ids, " << l.items()
       << " items";
  if (account.yaml.size() <= 4000) os << "\n  scenario:\n" << account.yaml;
  else os << "\n  scenario of " << account.yaml.size() << " bytes";
}

std::string paged_operation::test_name() const {
  std::string name = std::string(service) + "_" + std::string(operation);
  for (char& c : name)
    if (c == '-') c = '_';  // test names are identifiers: application-autoscaling
  return name;
}

std::span<const paged_operation> paged_operations() { return table; }

namespace accounts {

rc::Gen<int> resource_count(int most) {
  return rc::gen::weightedOneOf<int>({
      {1, rc::gen::just(0)},
      {3, rc::gen::inRange(1, 11)},
      {6, rc::gen::inRange(0, most + 1)},
  });
}

unsigned long scrambled(std::size_t n, unsigned salt) {
  // n -> (7919 n + salt) mod p is one-to-one on [0, p) for the prime p.
  constexpr unsigned long p = 1'000'003;
  return (static_cast<unsigned long>(n) * 7919 + salt % p) % p;
}

std::string hex_id(std::string_view prefix, unsigned long value) {
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "%017lx", value);
  return std::string(prefix) + buffer;
}

std::vector<std::string> ids_in(const json& page, std::string_view key, std::string_view id) {
  std::vector<std::string> out;
  auto list = page.find(std::string(key));
  if (list == page.end()) return out;
  for (const auto& item : *list) out.push_back(item.at(std::string(id)).get<std::string>());
  return out;
}

}  // namespace accounts

}  // namespace properties::paging
