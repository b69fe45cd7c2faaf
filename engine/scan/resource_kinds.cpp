// The collection rows: what the implemented rules read, as AWS serves it. Each resource type's
// id, name and ARN are AWS Config's (an IAM user's resourceId is its UserId, an RDS instance's
// its DbiResourceId with the identifier as name).

#include "engine/scan/resource_kinds.hpp"

#include "engine/scan/collectors/hand_written.hpp"

namespace engine {

const std::vector<resource_kind>& resource_kinds() {
  static const std::vector<resource_kind> kinds = {
      // IAM principals and customer managed policies come from GetAccountAuthorizationDetails, as
      // AWS Config records them: one paged call per type gives each with its inline policies
      // (URL-encoded JSON documents), groups and attached managed policies; a policy with all its
      // versions. Console passwords are the credential report's (a document below).
      {.type = "AWS::IAM::User",
       .service = "iam",
       .global = true,
       .list = {"GetAccountAuthorizationDetails", {}, "UserDetailList", R"({"Filter":["User"]})"},
       .id = "UserId",
       .name = "UserName",
       .arn = "Arn",
       .supplements = {{"AccessKeyMetadata", {"ListAccessKeys", {{"UserName", "UserName"}}, "AccessKeyMetadata"},
                        {}, false, true},
                       {"MFADevices", {"ListMFADevices", {{"UserName", "UserName"}}, "MFADevices"}, {}, false, true}}},
      {.type = "AWS::IAM::Group",
       .service = "iam",
       .global = true,
       .list = {"GetAccountAuthorizationDetails", {}, "GroupDetailList", R"({"Filter":["Group"]})"},
       .id = "GroupId",
       .name = "GroupName",
       .arn = "Arn"},
      {.type = "AWS::IAM::Role",
       .service = "iam",
       .global = true,
       .list = {"GetAccountAuthorizationDetails", {}, "RoleDetailList", R"({"Filter":["Role"]})"},
       .id = "RoleId",
       .name = "RoleName",
       .arn = "Arn"},
      {.type = "AWS::IAM::Policy",
       .service = "iam",
       .global = true,
       .list = {"GetAccountAuthorizationDetails", {}, "Policies", R"({"Filter":["LocalManagedPolicy"]})"},
       // moto (5.x) leaves PolicyId and PolicyName out of this listing: the ARN stands in.
       .id = "PolicyId|Arn",
       .name = "PolicyName|Arn",
       .arn = "Arn"},
      // ListBuckets answers every bucket from any region; each is placed in its region by
      // GetBucketLocation and read there (collectors/s3.cpp).
      {.type = "AWS::S3::Bucket",
       .service = "s3",
       .global = true,
       .list = {"ListBuckets", {}, "Buckets"},
       .id = "Name",
       .name = "Name",
       .supplements = {{"ServerSideEncryptionConfiguration",
                        {"GetBucketEncryption", {{"Bucket", "Name"}}, "ServerSideEncryptionConfiguration"},
                        {"ServerSideEncryptionConfigurationNotFoundError"}},
                       {"Policy", {"GetBucketPolicy", {{"Bucket", "Name"}}, "Policy"}, {"NoSuchBucketPolicy"}, true},
                       // {Status, MFADelete}; a bucket never versioned answers neither.
                       {"Versioning", {"GetBucketVersioning", {{"Bucket", "Name"}}}},
                       {"ObjectLockConfiguration",
                        {"GetObjectLockConfiguration", {{"Bucket", "Name"}}, "ObjectLockConfiguration"},
                        {"ObjectLockConfigurationNotFoundError"}}},
       .collect = collectors::collect_s3,
       .other_operations = {"GetBucketLocation"}},
      // A multi-region trail shows in every region as a shadow: it is kept in its home region
      // (collectors/cloudtrail.cpp), its documents read there by ARN.
      {.type = "AWS::CloudTrail::Trail",
       .service = "cloudtrail",
       .list = {"DescribeTrails", {}, "trailList"},
       .id = "Name",
       .name = "Name",
       .arn = "TrailARN",
       .supplements = {{"Status", {"GetTrailStatus", {{"Name", "TrailARN|Name"}}}},
                       {"EventSelectors", {"GetEventSelectors", {{"TrailName", "TrailARN|Name"}}}}},
       .collect = collectors::collect_cloudtrail},
      // DescribeInstances answers reservations holding the instances (collectors/ec2_instances.cpp).
      {.type = "AWS::EC2::Instance",
       .service = "ec2",
       .list = {"DescribeInstances", {}, "Reservations"},
       .id = "InstanceId",
       .name = "Tags:Name",
       .collect = collectors::collect_ec2_instances},
      {.type = "AWS::EC2::Volume",
       .service = "ec2",
       .list = {"DescribeVolumes", {}, "Volumes"},
       .id = "VolumeId",
       .name = "Tags:Name"},
      {.type = "AWS::EC2::SecurityGroup",
       .service = "ec2",
       .list = {"DescribeSecurityGroups", {}, "SecurityGroups"},
       .id = "GroupId",
       .name = "GroupName"},
      {.type = "AWS::EC2::PrefixList",
       .service = "ec2",
       .list = {"DescribeManagedPrefixLists", {}, "PrefixLists"},
       .id = "PrefixListId",
       .name = "PrefixListName",
       .arn = "PrefixListArn",
       .supplements = {{"Entries", {"GetManagedPrefixListEntries", {{"PrefixListId", "PrefixListId"}}, "Entries"},
                        {}, false, true}}},
      // The account's own snapshots (other accounts' public ones are listed too without
      // OwnerIds), each with who may create volumes from it (Group all: public).
      {.type = "AWS::EC2::Snapshot",
       .service = "ec2",
       .list = {"DescribeSnapshots", {}, "Snapshots", R"({"OwnerIds":["self"]})"},
       .id = "SnapshotId",
       .name = "Tags:Name",
       .supplements = {{"CreateVolumePermissions",
                        {"DescribeSnapshotAttribute", {{"SnapshotId", "SnapshotId"}}, "CreateVolumePermissions",
                         R"({"Attribute":"createVolumePermission"})"}}}},
      {.type = "AWS::EC2::VPC",
       .service = "ec2",
       .list = {"DescribeVpcs", {}, "Vpcs"},
       .id = "VpcId",
       .name = "Tags:Name"},
      {.type = "AWS::EC2::FlowLog",
       .service = "ec2",
       .list = {"DescribeFlowLogs", {}, "FlowLogs"},
       .id = "FlowLogId",
       .name = "Tags:Name"},
      {.type = "AWS::EC2::Subnet",
       .service = "ec2",
       .list = {"DescribeSubnets", {}, "Subnets"},
       .id = "SubnetId",
       .name = "Tags:Name",
       .arn = "SubnetArn"},
      {.type = "AWS::EC2::InternetGateway",
       .service = "ec2",
       .list = {"DescribeInternetGateways", {}, "InternetGateways"},
       .id = "InternetGatewayId",
       .name = "Tags:Name"},
      {.type = "AWS::EC2::RouteTable",
       .service = "ec2",
       .list = {"DescribeRouteTables", {}, "RouteTables"},
       .id = "RouteTableId",
       .name = "Tags:Name"},
      {.type = "AWS::EC2::VPNConnection",
       .service = "ec2",
       .list = {"DescribeVpnConnections", {}, "VpnConnections"},
       .id = "VpnConnectionId",
       .name = "Tags:Name"},
      // ListKeys gives ids and ARNs; DescribeKey the metadata (KeyState, DeletionDate,
      // KeyManager). AWS Config names a key by its id and gives it no name.
      {.type = "AWS::KMS::Key",
       .service = "kms",
       .list = {"ListKeys", {}, "Keys"},
       .detail = call_row{"DescribeKey", {{"KeyId", "KeyId"}}, "KeyMetadata"},
       .id = "KeyId",
       .arn = "Arn"},
      // Aliases resolve the keys other resources name by alias (a secret's alias/clinic-secrets).
      {.type = "AWS::KMS::Alias",
       .service = "kms",
       .list = {"ListAliases", {}, "Aliases"},
       .id = "AliasName",
       .name = "AliasName",
       .arn = "AliasArn"},
      // ListSecrets gives each secret's whole metadata (no value): AWS Config names a secret by
      // its ARN, with its name.
      {.type = "AWS::SecretsManager::Secret",
       .service = "secretsmanager",
       .list = {"ListSecrets", {}, "SecretList"},
       .id = "ARN",
       .name = "Name",
       .arn = "ARN"},
      // ListTopics gives ARNs only; GetTopicAttributes the configuration (KmsMasterKeyId), with
      // the TopicArn among the attributes. AWS Config names a topic by its ARN.
      {.type = "AWS::SNS::Topic",
       .service = "sns",
       .list = {"ListTopics", {}, "Topics"},
       .detail = call_row{"GetTopicAttributes", {{"TopicArn", "TopicArn"}}, "Attributes"},
       .id = "TopicArn",
       .arn = "TopicArn"},
      // ListCertificates answers only RSA_2048 certificates unless Includes names other key
      // types: the row asks for every type, as AWS Config records them all. DescribeCertificate
      // gives NotAfter and Status. AWS Config names a certificate by its ARN.
      {.type = "AWS::ACM::Certificate",
       .service = "acm",
       .list = {"ListCertificates", {}, "CertificateSummaryList",
                R"({"Includes":{"keyTypes":["RSA_1024","RSA_2048","RSA_3072","RSA_4096","EC_prime256v1",)"
                R"("EC_secp384r1","EC_secp521r1"]}})"},
       .detail = call_row{"DescribeCertificate", {{"CertificateArn", "CertificateArn"}}, "Certificate"},
       .id = "CertificateArn",
       .name = "DomainName",
       .arn = "CertificateArn"},
      // Classic Load Balancers: AWS Config names one by its name. The attributes (cross-zone,
      // access logs) and the load balancer's own policies (the SSL negotiation policy its
      // listeners name) come from one call each.
      {.type = "AWS::ElasticLoadBalancing::LoadBalancer",
       .service = "elb",
       .list = {"DescribeLoadBalancers", {}, "LoadBalancerDescriptions"},
       .id = "LoadBalancerName",
       .name = "LoadBalancerName",
       .supplements = {{"LoadBalancerAttributes",
                        {"DescribeLoadBalancerAttributes", {{"LoadBalancerName", "LoadBalancerName"}},
                         "LoadBalancerAttributes"}},
                       {"PolicyDescriptions",
                        {"DescribeLoadBalancerPolicies", {{"LoadBalancerName", "LoadBalancerName"}},
                         "PolicyDescriptions"}}}},
      // Application, Network and Gateway Load Balancers: AWS Config names one by its ARN. The
      // rules and all certificates of each listener are per-listener calls (collectors/elbv2.cpp
      // binds their ListenerArn from each listener, not from the load balancer).
      {.type = "AWS::ElasticLoadBalancingV2::LoadBalancer",
       .service = "elbv2",
       .list = {"DescribeLoadBalancers", {}, "LoadBalancers"},
       .id = "LoadBalancerArn",
       .name = "LoadBalancerName",
       .arn = "LoadBalancerArn",
       .supplements = {{"Attributes",
                        {"DescribeLoadBalancerAttributes", {{"LoadBalancerArn", "LoadBalancerArn"}}, "Attributes"}},
                       {"Listeners",
                        {"DescribeListeners", {{"LoadBalancerArn", "LoadBalancerArn"}}, "Listeners"}, {}, false, true},
                       {"ListenerRules", {"DescribeRules", {{"ListenerArn", ""}}, "Rules"}, {}, false, true},
                       {"ListenerCertificates",
                        {"DescribeListenerCertificates", {{"ListenerArn", ""}}, "Certificates"}, {}, false, true},
                       // The web ACL protecting the load balancer, from each WAF: none is an
                       // answer without the member (WebACL, WebACLSummary), not an error.
                       {.name = "WAFv2WebACL",
                        .call = {"GetWebACLForResource", {{"ResourceArn", "LoadBalancerArn"}}, "WebACL"},
                        .service = "wafv2"},
                       {.name = "WAFRegionalWebACL",
                        .call = {"GetWebACLForResource", {{"ResourceArn", "LoadBalancerArn"}}, "WebACLSummary"},
                        .service = "waf-regional"}},
       .collect = collectors::collect_elbv2},
      // ListDetectors gives ids (a region has at most one detector); GetDetector the Status,
      // without the id (the collector keeps the listed one); GetAdministratorAccount the account
      // findings are centralized in (none: no Administrator member).
      {.type = "AWS::GuardDuty::Detector",
       .service = "guardduty",
       .list = {"ListDetectors", {}, "DetectorIds"},
       .detail = call_row{"GetDetector", {{"DetectorId", ""}}},
       .id = "DetectorId",
       .supplements = {{"Administrator", {"GetAdministratorAccount", {{"DetectorId", "DetectorId"}}, "Administrator"}}}},
      // Log groups, in name order; AWS Config names one by its name.
      {.type = "AWS::Logs::LogGroup",
       .service = "logs",
       .list = {"DescribeLogGroups", {}, "logGroups"},
       .id = "logGroupName",
       .name = "logGroupName",
       .arn = "logGroupArn|arn"},
      // Systems Manager: the managed instances; the patch and association compliance summaries
      // (one per managed instance and type, AWS Config's resource id the instance id); the
      // account's own documents (ListDocuments Owner Self), each with its share permission.
      {.type = "AWS::SSM::ManagedInstanceInventory",
       .service = "ssm",
       .list = {"DescribeInstanceInformation", {}, "InstanceInformationList"},
       .id = "InstanceId"},
      {.type = "AWS::SSM::PatchCompliance",
       .service = "ssm",
       .list = {"ListResourceComplianceSummaries", {}, "ResourceComplianceSummaryItems",
                R"({"Filters":[{"Key":"ComplianceType","Values":["Patch"],"Type":"EQUAL"}]})"},
       .id = "ResourceId"},
      {.type = "AWS::SSM::AssociationCompliance",
       .service = "ssm",
       .list = {"ListResourceComplianceSummaries", {}, "ResourceComplianceSummaryItems",
                R"({"Filters":[{"Key":"ComplianceType","Values":["Association"],"Type":"EQUAL"}]})"},
       .id = "ResourceId"},
      {.type = "AWS::SSM::Document",
       .service = "ssm",
       .list = {"ListDocuments", {}, "DocumentIdentifiers", R"({"Filters":[{"Key":"Owner","Values":["Self"]}]})"},
       .id = "Name",
       .name = "Name",
       .supplements = {{"DocumentPermission",
                        {"DescribeDocumentPermission", {{"Name", "Name"}}, "", R"({"PermissionType":"Share"})"}}}},
      {.type = "AWS::RDS::DBInstance",
       .service = "rds",
       .list = {"DescribeDBInstances", {}, "DBInstances"},
       .id = "DbiResourceId|DBInstanceIdentifier",
       .name = "DBInstanceIdentifier",
       .arn = "DBInstanceArn"},
      // DB clusters (Aurora, Multi-AZ DB clusters; DocumentDB and Neptune ones too, on the same
      // API), named by AWS Config by their DbClusterResourceId.
      {.type = "AWS::RDS::DBCluster",
       .service = "rds",
       .list = {"DescribeDBClusters", {}, "DBClusters"},
       .id = "DbClusterResourceId|DBClusterIdentifier",
       .name = "DBClusterIdentifier",
       .arn = "DBClusterArn"},
      // The account's own snapshots (without IncludeShared/IncludePublic: automated, manual and AWS
      // Backup ones), each with who may restore it.
      {.type = "AWS::RDS::DBSnapshot",
       .service = "rds",
       .list = {"DescribeDBSnapshots", {}, "DBSnapshots"},
       .id = "DBSnapshotIdentifier",
       .name = "DBSnapshotIdentifier",
       .arn = "DBSnapshotArn",
       .supplements = {{"DBSnapshotAttributesResult",
                        {"DescribeDBSnapshotAttributes", {{"DBSnapshotIdentifier", "DBSnapshotIdentifier"}},
                         "DBSnapshotAttributesResult"}}}},
      {.type = "AWS::RDS::DBClusterSnapshot",
       .service = "rds",
       .list = {"DescribeDBClusterSnapshots", {}, "DBClusterSnapshots"},
       .id = "DBClusterSnapshotIdentifier",
       .name = "DBClusterSnapshotIdentifier",
       .arn = "DBClusterSnapshotArn",
       .supplements = {{"DBClusterSnapshotAttributesResult",
                        {"DescribeDBClusterSnapshotAttributes",
                         {{"DBClusterSnapshotIdentifier", "DBClusterSnapshotIdentifier"}},
                         "DBClusterSnapshotAttributesResult"}}}},
      // ListTables gives names; DescribeTable the configuration.
      {.type = "AWS::DynamoDB::Table",
       .service = "dynamodb",
       .list = {"ListTables", {}, "TableNames"},
       .detail = call_row{"DescribeTable", {{"TableName", ""}}, "Table"},
       .id = "TableName",
       .name = "TableName",
       .arn = "TableArn",
       .supplements = {{"ContinuousBackupsDescription",
                        {"DescribeContinuousBackups", {{"TableName", "TableName"}}, "ContinuousBackupsDescription"}},
                       // DescribeTable states no tags; backup selections test them.
                       {"Tags", {"ListTagsOfResource", {{"ResourceArn", "TableArn"}}, "Tags"}}}},
      // Application Auto Scaling's DynamoDB targets (table/<name>, table/<name>/index/<index>)
      // and their scaling policies; AWS Config does not name them, the ResourceId and the
      // policy's ARN stand in.
      {.type = "AWS::ApplicationAutoScaling::ScalableTarget",
       .service = "application-autoscaling",
       .list = {"DescribeScalableTargets", {}, "ScalableTargets", R"({"ServiceNamespace":"dynamodb"})"},
       .id = "ResourceId"},
      {.type = "AWS::ApplicationAutoScaling::ScalingPolicy",
       .service = "application-autoscaling",
       .list = {"DescribeScalingPolicies", {}, "ScalingPolicies", R"({"ServiceNamespace":"dynamodb"})"},
       .id = "PolicyARN",
       .name = "PolicyName",
       .arn = "PolicyARN"},
      {.type = "AWS::EFS::FileSystem",
       .service = "efs",
       .list = {"DescribeFileSystems", {}, "FileSystems"},
       .id = "FileSystemId",
       .name = "Name",
       .arn = "FileSystemArn"},
      // A plan is judged on its rules, which only GetBackupPlan returns.
      {.type = "AWS::Backup::BackupPlan",
       .service = "backup",
       .list = {"ListBackupPlans", {}, "BackupPlansList"},
       .detail = call_row{"GetBackupPlan", {{"BackupPlanId", "BackupPlanId"}}},
       .id = "BackupPlanId",
       .name = "BackupPlan.BackupPlanName|BackupPlanName",
       .arn = "BackupPlanArn"},
      // What each plan covers: GetBackupSelection of every selection of every plan
      // (collectors/backup.cpp). AWS Config names a selection by its id.
      {.type = "AWS::Backup::BackupSelection",
       .service = "backup",
       .list = {"ListBackupPlans", {}, "BackupPlansList"},
       .id = "SelectionId",
       .name = "BackupSelection.SelectionName",
       .collect = collectors::collect_backup_selections,
       .other_operations = {"ListBackupSelections", "GetBackupSelection"}},
      // Vaults, named by name, with their access policy (none: ResourceNotFoundException). The
      // listing states Locked, MinRetentionDays and MaxRetentionDays (Vault Lock).
      {.type = "AWS::Backup::BackupVault",
       .service = "backup",
       .list = {"ListBackupVaults", {}, "BackupVaultList"},
       .id = "BackupVaultName",
       .name = "BackupVaultName",
       .arn = "BackupVaultArn",
       .supplements = {{"AccessPolicy", {"GetBackupVaultAccessPolicy", {{"BackupVaultName", "BackupVaultName"}}, "Policy"},
                        {"ResourceNotFoundException"}, true}}},
      // Every vault's recovery points (collectors/backup.cpp), named by ARN.
      {.type = "AWS::Backup::RecoveryPoint",
       .service = "backup",
       .list = {"ListBackupVaults", {}, "BackupVaultList"},
       .id = "RecoveryPointArn",
       .arn = "RecoveryPointArn",
       .collect = collectors::collect_backup_recovery_points,
       .other_operations = {"ListRecoveryPointsByBackupVault"}},
      // Metric alarms (DescribeAlarms without AlarmTypes answers no composite alarm).
      {.type = "AWS::CloudWatch::Alarm",
       .service = "cloudwatch",
       .list = {"DescribeAlarms", {}, "MetricAlarms"},
       .id = "AlarmName",
       .name = "AlarmName",
       .arn = "AlarmArn"},
      // A function without a resource policy answers GetPolicy with ResourceNotFoundException.
      {.type = "AWS::Lambda::Function",
       .service = "lambda",
       .list = {"ListFunctions", {}, "Functions"},
       .id = "FunctionName",
       .name = "FunctionName",
       .arn = "FunctionArn",
       .supplements = {{"Policy", {"GetPolicy", {{"FunctionName", "FunctionName"}}, "Policy"},
                        {"ResourceNotFoundException"}, true}}},
      // Auto Scaling groups and launch configurations: AWS Config names each by its ARN, with
      // its name.
      {.type = "AWS::AutoScaling::AutoScalingGroup",
       .service = "autoscaling",
       .list = {"DescribeAutoScalingGroups", {}, "AutoScalingGroups"},
       .id = "AutoScalingGroupARN|AutoScalingGroupName",
       .name = "AutoScalingGroupName",
       .arn = "AutoScalingGroupARN"},
      {.type = "AWS::AutoScaling::LaunchConfiguration",
       .service = "autoscaling",
       .list = {"DescribeLaunchConfigurations", {}, "LaunchConfigurations"},
       .id = "LaunchConfigurationARN|LaunchConfigurationName",
       .name = "LaunchConfigurationName",
       .arn = "LaunchConfigurationARN"},
      // WAFv2 web ACLs of both scopes (collectors/wafv2.cpp), named by their Id; a web ACL without
      // logging answers GetLoggingConfiguration with WAFNonexistentItemException.
      {.type = "AWS::WAFv2::WebACL",
       .service = "wafv2",
       .list = {"ListWebACLs", {}, "WebACLs"},
       .id = "Id",
       .name = "Name",
       .arn = "ARN",
       .supplements = {{"LoggingConfiguration",
                        {"GetLoggingConfiguration", {{"ResourceArn", "ARN"}}, "LoggingConfiguration"},
                        {"WAFNonexistentItemException"}}},
       .collect = collectors::collect_wafv2_web_acls},
  };
  return kinds;
}

const std::vector<document_row>& document_rows() {
  static const std::vector<document_row> rows = {
      // IAM answers NoSuchEntity when the account has no password policy.
      {"iam.password_policy", "iam", true, {"GetAccountPasswordPolicy", {}, "PasswordPolicy"}, {"NoSuchEntity"}},
      // Root MFA and root access keys (AccountMFAEnabled, AccountAccessKeysPresent).
      {"iam.account_summary", "iam", true, {"GetAccountSummary", {}, "SummaryMap"}},
      // Virtual MFA devices, assigned or not (a root's is how ROOT_ACCOUNT_HARDWARE_MFA_ENABLED
      // tells a virtual device from a hardware one).
      {"iam.virtual_mfa_devices", "iam", true, {"ListVirtualMFADevices", {}, "VirtualMFADevices"}, {}, true},
      // The account's security contact (Account Management; no contact: ResourceNotFoundException).
      {"account.security_contact", "account", true,
       {"GetAlternateContact", {}, "AlternateContact", R"({"AlternateContactType":"SECURITY"})"},
       {"ResourceNotFoundException"}},
      // DynamoDB's provisioned-capacity quotas, per region.
      {"dynamodb.limits", "dynamodb", false, {"DescribeLimits"}},
      // EBS encryption by default, per region (a boolean).
      {"ec2.ebs_encryption_by_default", "ec2", false, {"GetEbsEncryptionByDefault", {}, "EbsEncryptionByDefault"}},
      // Security Hub in each region: not enabled is InvalidAccessException ("not subscribed").
      {"securityhub.hub", "securityhub", false, {"DescribeHub"}, {"InvalidAccessException"}},
      // What AWS Backup has backed up in each region (the protection rules' evidence).
      {"backup.protected_resources", "backup", false, {"ListProtectedResources", {}, "Results"}, {}, true},
      // Each config rule's recorded compliance, per region: the process checks' attestations.
      {"config.rule_compliance", "config", false,
       {"DescribeComplianceByConfigRule", {}, "ComplianceByConfigRules"}, {}, true},
      // The credential report, generated first (collectors/credential_report.cpp).
      {"iam.credential_report", "iam", true, {"GetCredentialReport"}, {}, false,
       collectors::collect_credential_report, {"GenerateCredentialReport"}},
  };
  return rows;
}

const resource_kind* find_kind(std::string_view type) {
  for (const auto& kind : resource_kinds())
    if (kind.type == type) return &kind;
  return nullptr;
}

std::string_view supplement_service(const resource_kind& kind, const supplement_row& row) {
  return row.service.empty() ? kind.service : row.service;
}

const supplement_row* find_supplement(const resource_kind& kind, std::string_view name) {
  for (const auto& supplement : kind.supplements)
    if (supplement.name == name) return &supplement;
  return nullptr;
}

const document_row* find_document(std::string_view key) {
  for (const auto& row : document_rows())
    if (row.key == key) return &row;
  return nullptr;
}

std::vector<std::pair<std::string, std::string>> collection_operations() {
  std::vector<std::pair<std::string, std::string>> out = {{"sts", "GetCallerIdentity"}};
  auto add = [&](std::string_view service, std::string_view operation) {
    std::pair<std::string, std::string> entry{std::string(service), std::string(operation)};
    if (std::find(out.begin(), out.end(), entry) == out.end()) out.push_back(std::move(entry));
  };
  for (const auto& kind : resource_kinds()) {
    add(kind.service, kind.list.operation);
    if (kind.detail) add(kind.service, kind.detail->operation);
    for (const auto& supplement : kind.supplements) add(supplement_service(kind, supplement), supplement.call.operation);
    for (auto operation : kind.other_operations) add(kind.service, operation);
  }
  for (const auto& row : document_rows()) {
    add(row.service, row.call.operation);
    for (auto operation : row.other_operations) add(row.service, operation);
  }
  return out;
}

}  // namespace engine
