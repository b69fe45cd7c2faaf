// Regional accounts for the paging properties (us-east-1): S3 buckets, EFS file systems, RDS instances, DynamoDB tables,
// Lambda functions, Backup plans and vaults, KMS keys and aliases. Where a listing leaves items
// out (Backup's deleted plans) some are generated too: they must stay out on every page.

#include "properties/paging/paged_accounts.hpp"

#include <cstdio>

namespace properties::paging::accounts {

namespace {

std::string uuid_like(unsigned long n) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "0000%04lx-0000-4000-8000-%012lu", n % 0x10000, n);
  return buffer;
}

const std::string key_id = "11111111-2222-4333-8444-555555555555";

}  // namespace

rc::Gen<generated_account> buckets() {
  return flat("s3", "      Buckets:\n", 250, [](unsigned long n) {
    std::string name = "phi-" + std::to_string(n);
    return item_text{"{Name: " + name + ", CreationDate: 2024-01-01T00:00:00Z}", name};
  });
}

std::vector<std::string> bucket_names(const json& page) { return ids_in(page, "Buckets", "Name"); }

rc::Gen<generated_account> file_systems() {
  return flat("efs", "      FileSystems:\n", 250, [](unsigned long n) {
    std::string id = hex_id("fs-", n);
    return item_text{"{FileSystemId: " + id + ", Encrypted: true}", id};
  });
}

std::vector<std::string> file_system_ids(const json& page) {
  return ids_in(page, "FileSystems", "FileSystemId");
}

rc::Gen<generated_account> metric_alarms() {
  return flat("cloudwatch", "      MetricAlarms:\n", 250, [](unsigned long n) {
    std::string name = "alarm-" + std::to_string(n);
    return item_text{"{AlarmName: " + name + ", MetricName: CPUUtilization, Namespace: AWS/EC2}", name};
  });
}

std::vector<std::string> metric_alarm_names(const json& page) { return ids_in(page, "MetricAlarms", "AlarmName"); }

rc::Gen<generated_account> db_instances() {
  return flat("rds", "      DBInstances:\n", 250, [](unsigned long n) {
    std::string id = "db-" + std::to_string(n);
    return item_text{"{DBInstanceIdentifier: " + id + ", Engine: postgres}", id};
  });
}

rc::Gen<generated_account> db_clusters() {
  return flat("rds", "      DBClusters:\n", 250, [](unsigned long n) {
    std::string id = "cluster-" + std::to_string(n);
    return item_text{"{DBClusterIdentifier: " + id + ", Engine: aurora-postgresql}", id};
  });
}

// Manual snapshots only: DescribeDBSnapshots without IncludeShared/IncludePublic lists them all.
rc::Gen<generated_account> db_snapshots() {
  return flat("rds", "      DBSnapshots:\n", 250, [](unsigned long n) {
    std::string id = "snap-" + std::to_string(n);
    return item_text{"{DBSnapshotIdentifier: " + id + ", DBInstanceIdentifier: gone-db, Engine: postgres}", id};
  });
}

rc::Gen<generated_account> db_cluster_snapshots() {
  return flat("rds", "      DBClusterSnapshots:\n", 250, [](unsigned long n) {
    std::string id = "cluster-snap-" + std::to_string(n);
    return item_text{"{DBClusterSnapshotIdentifier: " + id + ", DBClusterIdentifier: gone-cluster, Engine: aurora-mysql}", id};
  });
}

rc::Gen<generated_account> tables() {
  // ListTables pages in byte order by the last name returned, so names mix the characters a
  // table name may hold ('-' < '.' < digits < upper case < '_' < lower case) and prefixes
  // ("t-1", "t-12") where an off-by-one in "start after" would show.
  return flat("dynamodb", "      Tables:\n", 250, [](unsigned long n) {
    static const char* const prefixes[] = {"t-", "t.", "T_", "tab"};
    std::string name = prefixes[n % 4] + std::to_string(n / 4);
    return item_text{"{TableName: " + name + "}", name};
  });
}

rc::Gen<generated_account> functions() {
  return flat("lambda", "      Functions:\n", 160, [](unsigned long n) {
    std::string name = "fn-" + std::to_string(n);
    return item_text{"{FunctionName: " + name + ", Runtime: python3.12}", name};
  });
}

rc::Gen<generated_account> backup_plans() {
  return rc::gen::exec([] {
    const int count = *resource_count(1100);
    const int deleted = *rc::gen::inRange(0, 4);  // ListBackupPlans leaves deleted plans out
    const auto salt = *rc::gen::arbitrary<unsigned>();
    generated_account account;
    listing all;
    std::string plans = "      BackupVaults:\n        - {BackupVaultName: paging-vault}\n"
                        "      BackupPlans:\n";
    for (int i = 0; i < count + deleted; ++i) {
      std::string id = uuid_like(scrambled(i, salt));
      plans += "        - BackupPlanId: " + id + "\n          BackupPlan:\n            BackupPlanName: p-" +
               id.substr(24) + "\n            Rules: [{RuleName: daily, TargetBackupVaultName: "
               "paging-vault, ScheduleExpression: \"cron(0 5 ? * * *)\"}]\n";
      if (i < count) all.ids.push_back(id);
      else plans += "          DeletionDate: 2026-01-01T00:00:00Z\n";
    }
    if (count + deleted == 0) plans += "        []\n";
    account.yaml = regional("backup", plans);
    account.listings.push_back(std::move(all));
    return account;
  });
}

rc::Gen<generated_account> backup_vaults() {
  return flat("backup", "      BackupVaults:\n", 1100, [](unsigned long n) {
    std::string name = "vault-" + std::to_string(n);
    return item_text{"{BackupVaultName: " + name + "}", name};
  });
}

rc::Gen<generated_account> backup_selections() {
  return rc::gen::exec([] {
    const int plan_count = *rc::gen::inRange(1, 4);
    const auto salt = *rc::gen::arbitrary<unsigned>();
    generated_account account;
    std::string plans = "      BackupPlans:\n";
    for (int p = 0; p < plan_count; ++p) {
      std::string plan = uuid_like(scrambled(static_cast<std::size_t>(p), salt));
      listing of_plan;
      of_plan.input = {{"BackupPlanId", plan}};
      plans += "        - BackupPlanId: " + plan + "\n          BackupPlan: {BackupPlanName: p-" + std::to_string(p) +
               ", Rules: []}\n          Selections:\n";
      const int count = *resource_count(250);
      for (int i = 0; i < count; ++i) {
        std::string id = uuid_like(scrambled(static_cast<std::size_t>(1000 + p * 1000 + i), salt));
        // The role is another account's, which the scenario need not declare.
        plans += "            - {SelectionId: " + id + ", BackupSelection: {SelectionName: s-" + std::to_string(i) +
                 ", IamRoleArn: \"arn:aws:iam::999988887777:role/backup\"}}\n";
        of_plan.ids.push_back(id);
      }
      if (count == 0) plans += "            []\n";
      account.listings.push_back(std::move(of_plan));
    }
    account.yaml = regional("backup", plans);
    return account;
  });
}

rc::Gen<generated_account> recovery_points() {
  return rc::gen::exec([] {
    const int count = *resource_count(1100);
    const auto salt = *rc::gen::arbitrary<unsigned>();
    generated_account account;
    listing all;
    all.input = {{"BackupVaultName", "paging-vault"}};
    std::string vault = "      BackupVaults:\n        - BackupVaultName: paging-vault\n          RecoveryPoints:\n";
    for (int i = 0; i < count; ++i) {
      std::string arn = "arn:aws:backup:us-east-1:111122223333:recovery-point:" +
                        uuid_like(scrambled(static_cast<std::size_t>(i), salt));
      vault += "            - {RecoveryPointArn: \"" + arn + "\", ResourceArn: \"arn:aws:dynamodb:us-east-1:" +
               "111122223333:table/t-" + std::to_string(i % 7) + "\", ResourceType: DynamoDB}\n";
      all.ids.push_back(arn);
    }
    if (count == 0) vault += "            []\n";
    account.yaml = regional("backup", vault);
    account.listings.push_back(std::move(all));
    return account;
  });
}

rc::Gen<generated_account> protected_resources() {
  return flat("backup", "      ProtectedResources:\n", 1100, [](unsigned long n) {
    std::string arn = "arn:aws:dynamodb:us-east-1:111122223333:table/t-" + std::to_string(n);
    return item_text{"{ResourceArn: \"" + arn + "\", ResourceType: DynamoDB}", arn};
  });
}

rc::Gen<generated_account> kms_keys() {
  return flat("kms", "      Keys:\n", 1100, [](unsigned long n) {
    std::string id = uuid_like(n);
    return item_text{"{KeyId: " + id + "}", id};
  });
}

rc::Gen<generated_account> kms_aliases() {
  return flat("kms", "      Keys:\n        - {KeyId: " + key_id + "}\n      Aliases:\n", 250,
              [](unsigned long n) {
                std::string name = "alias/a-" + std::to_string(n);
                return item_text{"{AliasName: " + name + ", TargetKeyId: " + key_id + "}", name};
              });
}

rc::Gen<generated_account> secrets() {
  return flat("secretsmanager", "      Secrets:\n", 250, [](unsigned long n) {
    std::string name = "app/secret-" + std::to_string(n);
    return item_text{"{Name: " + name + "}", name};
  });
}

rc::Gen<generated_account> topics() {
  return flat("sns", "      Topics:\n", 250, [](unsigned long n) {
    std::string arn = "arn:aws:sns:us-east-1:123456789012:topic-" + std::to_string(n);
    return item_text{"{TopicArn: \"" + arn + "\"}", arn};
  });
}

// Log groups are listed in name order: zero-padded names keep it the order of n.
rc::Gen<generated_account> log_groups() {
  return flat("logs", "      LogGroups:\n", 250, [](unsigned long n) {
    char name[32];
    std::snprintf(name, sizeof name, "/app/group-%05lu", n);
    return item_text{"{logGroupName: " + std::string(name) + "}", name};
  });
}

// RSA_2048 keys: what ListCertificates answers without Includes.
rc::Gen<generated_account> certificates() {
  return flat("acm", "      Certificates:\n", 1100, [](unsigned long n) {
    std::string arn = "arn:aws:acm:us-east-1:123456789012:certificate/" + uuid_like(n);
    return item_text{"{CertificateArn: \"" + arn + "\", DomainName: c" + std::to_string(n) + ".example, NotAfter: 2030-01-01T00:00:00Z}", arn};
  });
}

// AWS allows one detector a region; the listing pages all the same when a scenario holds more.
rc::Gen<generated_account> detectors() {
  return flat("guardduty", "      Detectors:\n", 120, [](unsigned long n) {
    char id[40];
    std::snprintf(id, sizeof id, "%032lx", n + 1);
    return item_text{"{DetectorId: " + std::string(id) + ", Status: ENABLED}", id};
  });
}

std::vector<std::string> db_instance_ids(const json& page) {
  return ids_in(page, "DBInstances", "DBInstanceIdentifier");
}
std::vector<std::string> db_cluster_ids(const json& page) { return ids_in(page, "DBClusters", "DBClusterIdentifier"); }
std::vector<std::string> db_snapshot_ids(const json& page) { return ids_in(page, "DBSnapshots", "DBSnapshotIdentifier"); }
std::vector<std::string> db_cluster_snapshot_ids(const json& page) {
  return ids_in(page, "DBClusterSnapshots", "DBClusterSnapshotIdentifier");
}

std::vector<std::string> table_names(const json& page) {
  std::vector<std::string> out;
  if (page.contains("TableNames"))
    for (const auto& name : page.at("TableNames")) out.push_back(name.get<std::string>());
  return out;
}

std::vector<std::string> function_names(const json& page) {
  return ids_in(page, "Functions", "FunctionName");
}

std::vector<std::string> backup_plan_ids(const json& page) {
  return ids_in(page, "BackupPlansList", "BackupPlanId");
}

std::vector<std::string> backup_vault_names(const json& page) {
  return ids_in(page, "BackupVaultList", "BackupVaultName");
}

std::vector<std::string> backup_selection_ids(const json& page) {
  return ids_in(page, "BackupSelectionsList", "SelectionId");
}

std::vector<std::string> recovery_point_arns(const json& page) {
  return ids_in(page, "RecoveryPoints", "RecoveryPointArn");
}

std::vector<std::string> protected_resource_arns(const json& page) { return ids_in(page, "Results", "ResourceArn"); }

std::vector<std::string> kms_key_ids(const json& page) { return ids_in(page, "Keys", "KeyId"); }

std::vector<std::string> kms_alias_names(const json& page) {
  return ids_in(page, "Aliases", "AliasName");
}

std::vector<std::string> secret_names(const json& page) { return ids_in(page, "SecretList", "Name"); }

std::vector<std::string> topic_arns(const json& page) { return ids_in(page, "Topics", "TopicArn"); }

std::vector<std::string> log_group_names(const json& page) { return ids_in(page, "logGroups", "logGroupName"); }

std::vector<std::string> certificate_arns(const json& page) {
  return ids_in(page, "CertificateSummaryList", "CertificateArn");
}

std::vector<std::string> detector_ids(const json& page) {
  std::vector<std::string> out;
  for (const auto& id : page.value("DetectorIds", json::array())) out.push_back(id.get<std::string>());
  return out;
}

rc::Gen<generated_account> classic_load_balancers() {
  return flat("elb", "      LoadBalancerDescriptions:\n", 500, [](unsigned long n) {
    std::string name = "clb-" + std::to_string(n);
    return item_text{"{LoadBalancerName: " + name + "}", name};
  });
}

rc::Gen<generated_account> load_balancers() {
  return flat("elbv2", "      LoadBalancers:\n", 500, [](unsigned long n) {
    std::string name = "alb-" + std::to_string(n);
    std::string arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/" + name + "/" +
                      hex_id("", n).substr(0, 16);
    return item_text{"{LoadBalancerName: " + name + ", LoadBalancerArn: \"" + arn + "\"}", arn};
  });
}

// Per-load-balancer and per-listener listings: a few load balancers (or listeners), each listed
// by its own ARN. Listener certificates are IAM server certificates (ACM ones would each need a
// certificate declared); listener rules state their default rule, so every id is known here.
namespace {

std::string lb_arn_of(int l, unsigned salt) {
  return "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/lb-" + std::to_string(l) + "/" +
         hex_id("", scrambled(static_cast<std::size_t>(l), salt)).substr(1);
}

template <typename Children>
rc::Gen<generated_account> per_parent(std::string input_member, Children children) {
  return rc::gen::exec([=] {
    const int parent_count = *rc::gen::inRange(1, 4);
    const auto salt = *rc::gen::arbitrary<unsigned>();
    generated_account account;
    std::string yaml = "      LoadBalancers:\n";
    for (int l = 0; l < parent_count; ++l) {
      std::string lb = lb_arn_of(l, salt);
      const int count = *resource_count(450);
      listing of_parent;
      yaml += "        - LoadBalancerArn: \"" + lb + "\"\n          LoadBalancerName: lb-" + std::to_string(l) + "\n";
      yaml += children(lb, count, salt, of_parent);
      of_parent.input = input_member == "LoadBalancerArn" ? json{{"LoadBalancerArn", lb}}
                                                          : json{{"ListenerArn", lb_listener(lb)}};
      account.listings.push_back(std::move(of_parent));
    }
    account.yaml = regional("elbv2", yaml);
    return account;
  });
}

}  // namespace

std::string lb_listener(const std::string& lb) {
  std::string arn = lb;
  arn.replace(arn.find("loadbalancer/"), 13, "listener/");
  return arn + "/00000000000000aa";
}

rc::Gen<generated_account> listeners() {
  return per_parent("LoadBalancerArn", [](const std::string& lb, int count, unsigned salt, listing& out) {
    std::string yaml = "          Listeners:\n";
    for (int i = 0; i < count; ++i) {
      std::string arn = lb_listener(lb).substr(0, lb_listener(lb).size() - 16) +
                        hex_id("", scrambled(static_cast<std::size_t>(i), salt)).substr(1);
      yaml += "            - {ListenerArn: \"" + arn + "\", Protocol: HTTP, Port: " + std::to_string(1024 + i) + "}\n";
      out.ids.push_back(arn);
    }
    if (count == 0) yaml += "            []\n";
    return yaml;
  });
}

rc::Gen<generated_account> listener_rules() {
  return per_parent("ListenerArn", [](const std::string& lb, int count, unsigned salt, listing& out) {
    std::string listener = lb_listener(lb);
    std::string base = listener;
    base.replace(base.find("listener/"), 9, "listener-rule/");
    std::string yaml = "          Listeners:\n            - ListenerArn: \"" + listener + "\"\n              Protocol: HTTP\n"
                       "              Port: 80\n              Rules:\n";
    for (int i = 0; i <= count; ++i) {  // the last one is the default rule
      std::string arn = base + "/" + hex_id("", scrambled(static_cast<std::size_t>(i), salt)).substr(1);
      std::string priority = i == count ? "default" : std::to_string(i + 1);
      yaml += "                - {RuleArn: \"" + arn + "\", Priority: \"" + priority + "\", Actions: [{Type: fixed-response, "
              "FixedResponseConfig: {StatusCode: \"404\"}}]}\n";
      out.ids.push_back(arn);
    }
    return yaml;
  });
}

rc::Gen<generated_account> listener_certificates() {
  return per_parent("ListenerArn", [](const std::string& lb, int count, unsigned salt, listing& out) {
    std::string yaml = "          Listeners:\n            - ListenerArn: \"" + lb_listener(lb) + "\"\n              Protocol: HTTPS\n"
                       "              Port: 443\n              Certificates:\n";
    for (int i = 0; i < count; ++i) {
      std::string arn = "arn:aws:iam::123456789012:server-certificate/c-" + std::to_string(scrambled(static_cast<std::size_t>(i), salt));
      yaml += "                - {CertificateArn: \"" + arn + "\"}\n";
      out.ids.push_back(arn);
    }
    if (count == 0) yaml += "                []\n";
    return yaml;
  });
}

std::vector<std::string> listener_arns(const json& page) { return ids_in(page, "Listeners", "ListenerArn"); }
std::vector<std::string> rule_arns(const json& page) { return ids_in(page, "Rules", "RuleArn"); }
std::vector<std::string> listener_certificate_arns(const json& page) { return ids_in(page, "Certificates", "CertificateArn"); }

std::vector<std::string> classic_load_balancer_names(const json& page) {
  return ids_in(page, "LoadBalancerDescriptions", "LoadBalancerName");
}
std::vector<std::string> load_balancer_arns(const json& page) { return ids_in(page, "LoadBalancers", "LoadBalancerArn"); }

// Systems Manager's managed instances stand alone here (no EC2 instances: the reference to them
// is not checked for mi- ids, on-premises servers).
rc::Gen<generated_account> managed_instances() {
  return flat("ssm", "      InstanceInformation:\n", 160, [](unsigned long n) {
    std::string id = hex_id("mi-", n);
    return item_text{"{InstanceId: " + id + ", PingStatus: Online}", id};
  });
}

rc::Gen<generated_account> compliance_summaries() {
  return flat("ssm", "      ResourceComplianceSummaryItems:\n", 160, [](unsigned long n) {
    std::string id = hex_id("mi-", n);
    return item_text{"{ComplianceType: Patch, ResourceId: " + id + ", Status: COMPLIANT}", id};
  });
}

rc::Gen<generated_account> ssm_documents() {
  return flat("ssm", "      Documents:\n", 160, [](unsigned long n) {
    std::string name = "runbook-" + std::to_string(n);
    return item_text{"{Name: " + name + "}", name};
  });
}

std::vector<std::string> managed_instance_ids(const json& page) {
  return ids_in(page, "InstanceInformationList", "InstanceId");
}
std::vector<std::string> compliance_summary_ids(const json& page) {
  return ids_in(page, "ResourceComplianceSummaryItems", "ResourceId");
}
std::vector<std::string> ssm_document_names(const json& page) { return ids_in(page, "DocumentIdentifiers", "Name"); }

}  // namespace properties::paging::accounts

namespace properties::paging::accounts {

// Auto Scaling groups stand alone (no launch configuration: the reference is checked only when
// a group names one); launch configurations likewise.
rc::Gen<generated_account> autoscaling_groups() {
  return flat("autoscaling", "      AutoScalingGroups:\n", 160, [](unsigned long n) {
    std::string name = "asg-" + std::to_string(n);
    return item_text{"{AutoScalingGroupName: " + name + ", MinSize: 0, MaxSize: 1, DesiredCapacity: 0}", name};
  });
}

rc::Gen<generated_account> launch_configurations() {
  return flat("autoscaling", "      LaunchConfigurations:\n", 160, [](unsigned long n) {
    std::string name = "lc-" + std::to_string(n);
    return item_text{"{LaunchConfigurationName: " + name + ", ImageId: ami-0b0000000000000a1, InstanceType: t3.small}",
                     name};
  });
}

std::vector<std::string> autoscaling_group_names(const json& page) {
  return ids_in(page, "AutoScalingGroups", "AutoScalingGroupName");
}
std::vector<std::string> launch_configuration_names(const json& page) {
  return ids_in(page, "LaunchConfigurations", "LaunchConfigurationName");
}

// REGIONAL web ACLs, listed with the Scope every ListWebACLs call names.
rc::Gen<generated_account> web_acls() {
  auto acls = flat("wafv2", "      WebACLs:\n", 160, [](unsigned long n) {
    std::string name = "acl-" + std::to_string(n);
    return item_text{"{Name: " + name + ", DefaultAction: {Allow: {}}}", name};
  });
  return rc::gen::map(acls, [](generated_account account) {
    for (auto& l : account.listings) l.input["Scope"] = "REGIONAL";
    return account;
  });
}

std::vector<std::string> web_acl_names(const json& page) { return ids_in(page, "WebACLs", "Name"); }

// Each listing names ServiceNamespace dynamodb, as the engine's does (the model requires one).
rc::Gen<generated_account> in_dynamodb_namespace(rc::Gen<generated_account> items) {
  return rc::gen::map(items, [](generated_account account) {
    for (auto& l : account.listings) l.input["ServiceNamespace"] = "dynamodb";
    return account;
  });
}

rc::Gen<generated_account> scalable_targets() {
  return in_dynamodb_namespace(flat("application-autoscaling", "      ScalableTargets:\n", 160, [](unsigned long n) {
    std::string resource = "table/t-" + std::to_string(n);
    return item_text{"{ServiceNamespace: dynamodb, ResourceId: " + resource +
                         ", ScalableDimension: \"dynamodb:table:ReadCapacityUnits\", MinCapacity: 5, MaxCapacity: 100}",
                     resource};
  }));
}

rc::Gen<generated_account> scaling_policies() {
  return in_dynamodb_namespace(flat("application-autoscaling", "      ScalingPolicies:\n", 60, [](unsigned long n) {
    std::string table = "t-" + std::to_string(n), name = table + "-read";
    return item_text{"{PolicyARN: \"arn:aws:autoscaling:us-east-1:123456789012:scalingPolicy:0b000000-0000-4000-8000-"
                         "000000000001:resource/dynamodb/table/" + table + ":policyName/" + name + "\", PolicyName: " +
                         name + ", ServiceNamespace: dynamodb, ResourceId: table/" + table +
                         ", ScalableDimension: \"dynamodb:table:ReadCapacityUnits\", PolicyType: TargetTrackingScaling}",
                     name};
  }));
}

std::vector<std::string> scalable_target_ids(const json& page) { return ids_in(page, "ScalableTargets", "ResourceId"); }
std::vector<std::string> scaling_policy_names(const json& page) { return ids_in(page, "ScalingPolicies", "PolicyName"); }

}  // namespace properties::paging::accounts
