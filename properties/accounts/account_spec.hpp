#pragma once
// The generation model of a compliant account: what RapidCheck generates and shrinks. It is
// typed and small on purpose. Names and ids are not in it: they are derived from positions when
// the account is rendered (account_document.hpp), so every shrink of a list still renders to a
// valid scenario whose references hold. Every value here is one a compliant account may have;
// the mutators (mutators.hpp) make the misconfigurations, on the rendered document.

#include <ostream>
#include <string>
#include <vector>

namespace properties {

struct access_key_spec {
  int age_days = 0;     // active keys: at most the pack's maxAccessKeyAge (90)
  bool active = true;   // inactive keys may be of any age: the rule ignores them
};

struct user_spec {
  bool console_password = false;
  bool virtual_mfa = true;  // false: a hardware device (ListMFADevices returns both)
  std::vector<access_key_spec> keys;  // IAM allows two per user
};

struct password_policy_spec {
  int minimum_length = 14;   // 14..128
  int max_age_days = 90;     // 1..90
  int reuse_prevention = 24; // 24 is IAM's maximum
};

struct security_group_spec {
  // Ingress a compliant group may have. Nothing is open to the internet: the HIPAA pack
  // authorizes no port for VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS. HTTPS (IPv4 and IPv6) and SSH
  // come from inside the network, a database port from another group, everything from itself.
  // A VPC's first group is its default group, which a compliant account empties
  // (VPC_DEFAULT_SECURITY_GROUP_CLOSED): these fields do not apply to it.
  bool https_from_private_network = false;
  bool ssh_from_private_network = false;
  bool ipv6_https_from_private_network = false;
  bool postgres_from_group = false;
  bool all_from_self = false;
};

struct volume_spec {
  bool attached = true;      // attached volumes are encrypted; loose ones may not be
  bool encrypted = true;
  int key = 0;               // which of the region's KMS keys (modulo their number)
};

struct instance_spec {
  int subnet = 0;            // which subnet of the region (modulo their number)
  int security_group = 0;    // which group of the subnet's VPC (modulo their number)
  std::vector<volume_spec> extra_volumes;  // besides its root volume
  // Systems Manager: every instance is managed, patched and its associations applied.
  bool agent_online = true;  // PingStatus Online, else ConnectionLost (still managed)
  bool status_from_items = false;  // compliance summaries give items, not a written Status
  // Running, or stopped that many days ago (0..30: EC2_STOPPED_INSTANCE allows 30). Every
  // instance requires IMDSv2, has an instance profile and no public address.
  int stopped_days_ago = -1;
};

struct vpc_spec {
  int subnets = 1;           // 1..3, none mapping public addresses on launch (the default VPC's too)
  std::vector<security_group_spec> security_groups;  // the first is the default group
  // Every VPC has a flow log (VPC_FLOW_LOGS_ENABLED): to CloudWatch Logs, or to S3; of all
  // traffic, or of accepted or rejected traffic only (the pack asks for no type).
  bool flow_log_to_s3 = false;
  int flow_log_traffic = 0;  // 0 ALL, 1 ACCEPT, 2 REJECT
  // Its main route table routes the VPC locally and may send 0.0.0.0/0 to a NAT gateway
  // (never to an internet gateway: NO_UNRESTRICTED_ROUTE_TO_IGW).
  bool nat_default_route = false;
};

enum class bucket_encryption { sse_s3, sse_kms, policy_only };
// The forms of a TLS-enforcing Deny the rule accepts: s3:* on the bucket and its objects; "*" in
// two statements, one for the bucket and one for its objects; Principal {"AWS": "*"};
// BoolIfExists instead of Bool.
enum class tls_statement { s3_all_bucket_and_objects, all_actions_split_statements, principal_aws_star, bool_if_exists };

struct bucket_spec {
  bucket_encryption encryption = bucket_encryption::sse_s3;
  tls_statement tls = tls_statement::s3_all_bucket_and_objects;
};

struct trail_spec {
  bool multi_region = false;
  int bucket = 0;            // which of the account's buckets it writes to
  bool explicit_management_selector = false;  // an EventSelectors document naming management events
};

enum class lambda_policy { none, service_with_source_arn, account_principal, org_condition };

struct function_spec {
  lambda_policy policy = lambda_policy::none;
};

enum class backup_schedule { daily_cron, hourly_cron, rate_12_hours, rate_1_day };

struct backup_rule_spec {
  backup_schedule schedule = backup_schedule::daily_cron;
  int retention_days = 35;   // 35.. ; 0: kept forever (no Lifecycle)
};

struct backup_plan_spec {
  std::vector<backup_rule_spec> rules;  // at least one
};

// AWS Backup protects every region's volumes, instances, databases, tables and file systems:
// a daily plan keeping 35 days whose selection assigns them all, a vault whose access policy
// denies deleting recovery points to everyone, and last night's encrypted recovery point of
// each running instance. Rendered wherever the region has something to protect or a plan.
struct backup_protection_spec {
  // How the selection assigns everything: 0 a pattern per resource type
  // (arn:aws:ec2:*:*:volume/*, ...), 1 "*", 2 "*" minus FSx (NotResources), which nothing here is.
  int selection = 0;
  // The vault's Deny: 0 the three actions the rule names, 1 backup:*, 2 the three for Principal
  // {"AWS": "*"}.
  int vault_policy = 0;
  int retention_days = 35;   // each recovery point's DeleteAfterDays: 35..; 0: no lifecycle
};

struct file_system_spec {
  int key = 0;               // which of the region's KMS keys encrypts it (modulo their number)
};

// How a secret names its customer key: the forms DescribeSecret answers.
enum class key_reference { key_arn, key_id, alias_name, alias_arn };

struct secret_spec {
  int key = 0;               // which of the region's KMS keys encrypts it (modulo their number)
  key_reference named_by = key_reference::key_arn;
  int rotation_days = 30;    // 1..365: AutomaticallyAfterDays, or the same as rate(N days)
  bool schedule_expression = false;  // RotationRules.ScheduleExpression instead of the days
};

struct topic_spec {
  int key = 0;               // which of the region's KMS keys encrypts it (modulo their number)
  key_reference named_by = key_reference::alias_name;
};

struct certificate_spec {
  int days_left = 200;       // 31..400: outside every pack's daysToExpiration window (14, 30)
  bool imported = false;     // IMPORTED (never renewed by ACM), else AMAZON_ISSUED
  bool ecdsa = false;        // EC_prime256v1, which ListCertificates lists only when asked
};

// A load balancer in front of the region's workloads, compliant with every load balancer rule:
// TLS listeners with an ACM certificate, access logs to the account's log bucket.
struct load_balancer_spec {
  bool classic = false;      // a Classic Load Balancer (HTTPS, the pack's TLS 1.2 policy, cross-zone),
                             // else an ALB (deletion protection on)
  bool second_listener = false;  // classic: an SSL listener besides HTTPS; ALB: an HTTP listener
                                 // redirecting to HTTPS
  bool two_certificates = false; // ALB: a second ACM certificate on its HTTPS listener
  bool classic_web_acl = false;  // ALB: protected by a WAF Classic Regional web ACL, else a WAFv2 one
};

// An Auto Scaling group with its own launch configuration (which never associates public IP
// addresses: AssociatePublicIpAddress false, or not stated and left to the subnet).
struct autoscaling_group_spec {
  int load_balancer = 1;     // 0: none (the health-check rule is NOT_APPLICABLE), 1: a target
                             // group, 2: a Classic Load Balancer; behind one, ELB health checks
  bool public_ip_stated = true;  // AssociatePublicIpAddress false written, else absent
};

// A WAFv2 web ACL, logging to one destination: 0 a Firehose stream, 1 an S3 bucket, 2 a
// CloudWatch Logs group. CLOUDFRONT ones are rendered only in us-east-1 (elsewhere REGIONAL).
struct web_acl_spec {
  bool cloudfront = false;
  int destination = 0;
};

// An RDS DB instance as a compliant account keeps it: encrypted (with a customer key, else the
// AWS-managed aws/rds key), private, Multi-AZ, automated backups kept `backup_days`, Enhanced
// Monitoring every `monitoring_interval` seconds, every log type of its engine exported, minor
// upgrades automatic; each of its manual snapshots encrypted and shared with 0..2 named accounts.
struct db_instance_spec {
  bool customer_key = true;
  int engine = 0;                 // postgres, mysql, mariadb, oracle-ee, sqlserver-se (modulo 5)
  int backup_days = 7;            // 1..35
  int monitoring_interval = 60;   // 1, 5, 10, 15, 30 or 60
  bool defaults_stated = true;    // AutoMinorVersionUpgrade and PubliclyAccessible written, else absent
  std::vector<int> snapshots;     // per manual snapshot: how many named accounts may restore it
};

// A Multi-AZ DB cluster (three instances over three zones, as RDS builds one): deletion
// protection on, storage encrypted; its manual cluster snapshots encrypted and private.
struct db_cluster_spec {
  bool mysql = false;             // else PostgreSQL
  bool aurora = false;            // Aurora (backed up by AWS Backup), else a Multi-AZ DB cluster
  int snapshots = 0;
};

struct region_spec {
  std::string name;
  int kms_keys = 1;          // 1..3, each with an alias
  std::vector<vpc_spec> vpcs;          // at least one: every region has its default VPC
  std::vector<instance_spec> instances;
  std::vector<volume_spec> loose_volumes;
  std::vector<bucket_spec> buckets;
  std::vector<trail_spec> regional_trails;  // besides the account's multi-region trail
  std::vector<db_instance_spec> db_instances;
  std::vector<db_cluster_spec> db_clusters;
  int tables = 0;            // DynamoDB: even-numbered ones on demand, odd ones provisioned with auto scaling
  std::vector<function_spec> functions;
  std::vector<backup_plan_spec> backup_plans;
  backup_protection_spec backup_protection;
  std::vector<file_system_spec> file_systems;  // EFS, each encrypted
  int alarms = 0;            // CloudWatch metric alarms, each notifying on ALARM and INSUFFICIENT_DATA
  std::vector<secret_spec> secrets;            // each under a customer key, rotating
  std::vector<topic_spec> topics;              // SNS, each encrypted
  // CloudWatch Logs groups besides the trails': each one's retention in days, one of AWS's
  // periods of at least a year, or 0: never expires. GuardDuty and Security Hub are enabled in
  // every region.
  std::vector<int> log_groups;
  std::vector<certificate_spec> certificates;  // ACM
  std::vector<int> ssm_documents;  // the account's documents: how many named accounts each is shared with (0..2)
  // EC2 and VPC, besides the VPCs: EBS encryption by default is on in every region; the
  // account's snapshots, each shared with 0 or 1 named accounts (never public); Site-to-Site
  // VPN connections with both tunnels up; internet gateways left detached (the pack authorizes
  // no VPC for one: INTERNET_GATEWAY_AUTHORIZED_VPC_ONLY).
  std::vector<int> snapshots;
  int vpn_connections = 0;
  int detached_internet_gateways = 0;
  std::vector<load_balancer_spec> load_balancers;  // classic and application, each with an ACM certificate
  std::vector<autoscaling_group_spec> autoscaling_groups;
  std::vector<web_acl_spec> web_acls;          // WAFv2, each logging
};

struct account_spec {
  std::string account_id = "111122223333";
  std::vector<user_spec> users;
  password_policy_spec password_policy;
  bool root_hardware_mfa = true;       // else a virtual device
  std::vector<region_spec> regions;    // at least one
  int main_trail_region = 0;           // where the multi-region trail lives (modulo regions)
  bool main_trail_explicit_selector = false;
};

// A short readable summary ("3 users, 2 regions, 41 resources") for logs and counterexamples.
std::string describe(const account_spec& spec);
// How RapidCheck shows a generated account in a failure report.
void showValue(const account_spec& spec, std::ostream& os);

}  // namespace properties
