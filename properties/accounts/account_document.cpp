#include "properties/accounts/account_document.hpp"

#include <cstdio>

namespace properties {

namespace {

// What the resources are for, so a counterexample reads like an account and not like a fuzz
// case ("ehr-db-0", "billing-fn-2").
const char* purpose(std::size_t i) {
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

std::string days_ago(int days) { return "-" + std::to_string(days) + "d"; }

struct region_keys {
  std::vector<std::string> arns;
  std::string aws_rds_arn;  // the AWS-managed aws/rds key, declared when an instance uses it
};

// The statement that makes a bucket refuse plain HTTP, in one of the forms AWS's rule accepts.
json tls_statement_for(const std::string& bucket, tls_statement form) {
  std::string arn = "arn:aws:s3:::" + bucket;
  json st = {{"Sid", "DenyInsecureTransport"},
             {"Effect", "Deny"},
             {"Principal", "*"},
             {"Action", "s3:*"},
             {"Resource", json::array({arn, arn + "/*"})},
             {"Condition", {{"Bool", {{"aws:SecureTransport", "false"}}}}}};
  if (form == tls_statement::all_actions_objects_only) {
    st["Action"] = "*";
    st["Resource"] = arn + "/*";
  } else if (form == tls_statement::principal_aws_star) {
    st["Principal"] = {{"AWS", "*"}};
  }
  return st;
}

json bucket_item(const std::string& name, const bucket_spec& b, const region_keys& keys) {
  json item = {{"Name", name}, {"CreationDate", days_ago(200)}};
  json statements = json::array({tls_statement_for(name, b.tls)});
  if (b.encryption == bucket_encryption::policy_only) {
    // Encryption required by policy instead of by default (how buckets did it before default
    // encryption existed): uploads that do not ask for SSE are refused.
    statements.push_back({{"Sid", "DenyUnencryptedUploads"},
                          {"Effect", "Deny"},
                          {"Principal", "*"},
                          {"Action", "s3:PutObject"},
                          {"Resource", "arn:aws:s3:::" + name + "/*"},
                          {"Condition", {{"Null", {{"s3:x-amz-server-side-encryption", "true"}}}}}});
  } else {
    json by_default = {{"SSEAlgorithm", "AES256"}};
    if (b.encryption == bucket_encryption::sse_kms)
      by_default = {{"SSEAlgorithm", "aws:kms"}, {"KMSMasterKeyID", keys.arns.front()}};
    item["ServerSideEncryptionConfiguration"] = {
        {"Rules", json::array({{{"ApplyServerSideEncryptionByDefault", by_default},
                                {"BucketKeyEnabled", b.encryption == bucket_encryption::sse_kms}}})}};
  }
  item["Policy"] = {{"Version", "2012-10-17"}, {"Statement", statements}};
  return item;
}

json management_selector() {
  return json::array({{{"ReadWriteType", "All"}, {"IncludeManagementEvents", true},
                       {"DataResources", json::array()}}});
}

json trail_item(const std::string& name, const std::string& bucket, bool multi_region,
                bool explicit_selector) {
  json t = {{"Name", name},
            {"S3BucketName", bucket},
            {"IsMultiRegionTrail", multi_region},
            {"IncludeGlobalServiceEvents", true},
            {"LogFileValidationEnabled", true},
            {"Status", {{"IsLogging", true}}}};
  if (explicit_selector) t["EventSelectors"] = management_selector();
  return t;
}

json lambda_policy_for(const std::string& function_arn, lambda_policy kind, const std::string& account) {
  json st = {{"Sid", "invoke"}, {"Effect", "Allow"}, {"Action", "lambda:InvokeFunction"},
             {"Resource", function_arn}};
  switch (kind) {
    case lambda_policy::service_with_source_arn:
      st["Principal"] = {{"Service", "s3.amazonaws.com"}};
      st["Condition"] = {{"ArnLike", {{"AWS:SourceArn", "arn:aws:s3:::hipaasim-" + account + "-uploads"}}}};
      break;
    case lambda_policy::account_principal:
      st["Principal"] = {{"AWS", "arn:aws:iam::444455556666:root"}};
      break;
    case lambda_policy::org_condition:
      st["Principal"] = "*";
      st["Condition"] = {{"StringEquals", {{"aws:PrincipalOrgID", "o-a1b2c3d4e5"}}}};
      break;
    case lambda_policy::none:
      break;
  }
  return {{"Version", "2012-10-17"}, {"Id", "default"}, {"Statement", json::array({st})}};
}

std::string schedule_expression(backup_schedule s) {
  switch (s) {
    case backup_schedule::daily_cron: return "cron(0 5 ? * * *)";
    case backup_schedule::hourly_cron: return "cron(0 * ? * * *)";
    case backup_schedule::rate_12_hours: return "rate(12 hours)";
    case backup_schedule::rate_1_day: return "rate(1 day)";
  }
  return "cron(0 5 ? * * *)";
}

class renderer {
 public:
  explicit renderer(const account_spec& spec) : spec_(spec) {}

  json run() {
    doc_ = {{"description", "Generated by hipaasim's properties: " + describe(spec_)},
            {"account_id", spec_.account_id},
            {"now", generated_now},
            {"global", json::object()},
            {"regions", json::object()}};
    render_iam();
    // The trails' log bucket lives in the multi-region trail's home region; it is rendered
    // first so every trail has a bucket to write to.
    std::size_t main = std::size_t(spec_.main_trail_region) % spec_.regions.size();
    log_bucket_ = "hipaasim-" + spec_.account_id + "-cloudtrail-logs";
    for (std::size_t r = 0; r < spec_.regions.size(); ++r) render_region(spec_.regions[r], r == main);
    return std::move(doc_);
  }

 private:
  void render_iam() {
    json& iam = doc_["global"]["iam"];
    const std::string& account = spec_.account_id;
    iam["PasswordPolicy"] = {{"MinimumPasswordLength", spec_.password_policy.minimum_length},
                             {"RequireSymbols", true},
                             {"RequireNumbers", true},
                             {"RequireUppercaseCharacters", true},
                             {"RequireLowercaseCharacters", true},
                             {"AllowUsersToChangePassword", true},
                             {"ExpirePasswords", true},
                             {"MaxPasswordAge", spec_.password_policy.max_age_days},
                             {"PasswordReusePrevention", spec_.password_policy.reuse_prevention}};
    json root = {{"CreateDate", days_ago(2000)}, {"AccessKeys", json::array()},
                 {"MFADevices", json::array()}};
    json virtual_devices = json::array();
    if (spec_.root_hardware_mfa)
      root["MFADevices"].push_back({{"SerialNumber", ids_.digits("GAKT", 8)}, {"EnableDate", days_ago(900)}});
    else
      virtual_devices.push_back({{"SerialNumber", "arn:aws:iam::" + account + ":mfa/root-account-mfa-device"},
                                 {"User", {{"Arn", "arn:aws:iam::" + account + ":root"}}},
                                 {"EnableDate", days_ago(900)}});
    iam["RootAccount"] = root;
    json users = json::array();
    for (std::size_t i = 0; i < spec_.users.size(); ++i) {
      const user_spec& u = spec_.users[i];
      std::string name = std::string(purpose(i)) + "-user-" + std::to_string(i);
      json user = {{"UserName", name}, {"CreateDate", days_ago(700)}};
      if (u.console_password) {
        user["LoginProfile"] = {{"CreateDate", days_ago(700)}};
        user["PasswordLastUsed"] = days_ago(1);
      }
      if (u.virtual_mfa) {
        virtual_devices.push_back({{"SerialNumber", "arn:aws:iam::" + account + ":mfa/" + name},
                                   {"User", {{"Arn", "arn:aws:iam::" + account + ":user/" + name}}},
                                   {"EnableDate", days_ago(600)}});
      } else {
        user["MFADevices"] = json::array({{{"SerialNumber", ids_.digits("GAKT", 8)},
                                           {"EnableDate", days_ago(600)}}});
      }
      json keys = json::array();
      for (const access_key_spec& k : u.keys)
        keys.push_back({{"AccessKeyId", ids_.digits("AKIAGEN", 13)},
                        {"Status", k.active ? "Active" : "Inactive"},
                        {"CreateDate", days_ago(k.age_days)}});
      if (!keys.empty()) user["AccessKeys"] = keys;
      users.push_back(user);
    }
    if (!users.empty()) iam["Users"] = users;
    if (!virtual_devices.empty()) iam["VirtualMFADevices"] = virtual_devices;
    iam["Roles"] = json::array({{{"RoleName", "lambda-exec"},
                                 {"AssumeRolePolicyDocument",
                                  {{"Version", "2012-10-17"},
                                   {"Statement", json::array({{{"Effect", "Allow"},
                                                               {"Principal", {{"Service", "lambda.amazonaws.com"}}},
                                                               {"Action", "sts:AssumeRole"}}})}}}}});
  }

  std::string arn(const std::string& region, const std::string& service, const std::string& rest) const {
    return "arn:aws:" + service + ":" + region + ":" + spec_.account_id + ":" + rest;
  }

  region_keys render_kms(const region_spec& r, json& out, bool aws_rds_key) {
    region_keys keys;
    json items = json::array(), aliases = json::array();
    for (int k = 0; k < r.kms_keys; ++k) {
      std::string id = ids_.uuid();
      items.push_back({{"KeyId", id}, {"Description", std::string(purpose(std::size_t(k))) + " data"},
                       {"KeyRotationEnabled", true}});
      aliases.push_back({{"AliasName", "alias/" + std::string(purpose(std::size_t(k))) + "-" + std::to_string(k)},
                         {"TargetKeyId", id}});
      keys.arns.push_back(arn(r.name, "kms", "key/" + id));
    }
    if (aws_rds_key) {
      std::string id = ids_.uuid();
      items.push_back({{"KeyId", id}, {"KeyManager", "AWS"},
                       {"Description", "Default key that protects my RDS database volumes when no other key is defined"},
                       {"KeyRotationEnabled", true}});
      aliases.push_back({{"AliasName", "alias/aws/rds"}, {"TargetKeyId", id}});
      keys.aws_rds_arn = arn(r.name, "kms", "key/" + id);
    }
    out["kms"] = {{"Keys", items}, {"Aliases", aliases}};
    return keys;
  }

  void render_region(const region_spec& r, bool holds_main_trail) {
    json& out = doc_["regions"][r.name];
    bool uses_aws_rds_key = false;
    for (bool customer_key : r.db_instances) uses_aws_rds_key = uses_aws_rds_key || !customer_key;
    region_keys keys = render_kms(r, out, uses_aws_rds_key);
    render_network(r, keys, out);
    render_storage(r, keys, out, holds_main_trail);
    render_services(r, keys, out);
  }

  struct subnet_ref {
    std::string subnet, vpc, zone;
    std::vector<std::string> groups;
  };

  void render_network(const region_spec& r, const region_keys& keys, json& out) {
    json vpcs = json::array(), subnets = json::array(), groups = json::array();
    std::vector<subnet_ref> placed;
    for (std::size_t v = 0; v < r.vpcs.size(); ++v) {
      const vpc_spec& spec = r.vpcs[v];
      bool is_default = v == 0;  // every region has its default VPC
      std::string vpc = ids_.hex("vpc-");
      std::string cidr = is_default ? "172.31.0.0/16" : "10." + std::to_string(v) + ".0.0/16";
      vpcs.push_back({{"VpcId", vpc}, {"CidrBlock", cidr}, {"IsDefault", is_default}});
      std::vector<std::string> group_ids;
      for (std::size_t g = 0; g < spec.security_groups.size(); ++g) group_ids.push_back(ids_.hex("sg-"));
      for (std::size_t g = 0; g < spec.security_groups.size(); ++g)
        groups.push_back(security_group_item(spec.security_groups[g], group_ids, g, vpc));
      for (int s = 0; s < spec.subnets; ++s) {
        std::string id = ids_.hex("subnet-");
        std::string zone = r.name + char('a' + s);
        std::string block = is_default ? "172.31." + std::to_string(16 * s) + ".0/20"
                                       : "10." + std::to_string(v) + "." + std::to_string(s) + ".0/24";
        subnets.push_back({{"SubnetId", id}, {"VpcId", vpc}, {"CidrBlock", block},
                           {"AvailabilityZone", zone}, {"DefaultForAz", is_default},
                           {"MapPublicIpOnLaunch", is_default}});
        placed.push_back({id, vpc, zone, group_ids});
      }
    }
    json reservations = json::array(), volumes = json::array();
    for (std::size_t i = 0; i < r.instances.size(); ++i) {
      const instance_spec& spec = r.instances[i];
      const subnet_ref& at = placed[std::size_t(spec.subnet) % placed.size()];
      const std::string& group = at.groups[std::size_t(spec.security_group) % at.groups.size()];
      std::string instance = ids_.hex("i-");
      json mappings = json::array();
      std::vector<volume_spec> attached = {volume_spec{}};  // the root volume
      attached.insert(attached.end(), spec.extra_volumes.begin(), spec.extra_volumes.end());
      for (std::size_t d = 0; d < attached.size(); ++d) {
        std::string volume = ids_.hex("vol-");
        std::string device = d == 0 ? "/dev/xvda" : std::string("/dev/sd") + char('f' + d);
        mappings.push_back({{"DeviceName", device}, {"Ebs", {{"VolumeId", volume}, {"Status", "attached"}}}});
        json item = volume_item(volume, attached[d], keys, at.zone);
        item["Attachments"] = json::array({{{"InstanceId", instance}, {"VolumeId", volume},
                                            {"Device", device}, {"State", "attached"}}});
        volumes.push_back(item);
      }
      reservations.push_back(
          {{"Instances", json::array({{{"InstanceId", instance},
                                       {"InstanceType", "t3.medium"},
                                       {"ImageId", "ami-0abcdef1234567890"},
                                       {"SubnetId", at.subnet},
                                       {"VpcId", at.vpc},
                                       {"Placement", {{"AvailabilityZone", at.zone}}},
                                       {"SecurityGroups", json::array({{{"GroupId", group}}})},
                                       {"BlockDeviceMappings", mappings},
                                       {"MetadataOptions", {{"HttpTokens", "required"}}},
                                       {"Tags", json::array({{{"Key", "Name"},
                                                              {"Value", std::string(purpose(i)) + "-app-" + std::to_string(i)}}})}}})}});
    }
    for (const volume_spec& loose : r.loose_volumes) {
      json item = volume_item(ids_.hex("vol-"), loose, keys, r.name + "a");
      item["State"] = "available";
      volumes.push_back(item);
    }
    json& ec2 = out["ec2"];
    ec2 = {{"Vpcs", vpcs}, {"Subnets", subnets}, {"SecurityGroups", groups}};
    if (!reservations.empty()) ec2["Reservations"] = reservations;
    if (!volumes.empty()) ec2["Volumes"] = volumes;
  }

  json security_group_item(const security_group_spec& g, const std::vector<std::string>& ids,
                           std::size_t index, const std::string& vpc) {
    const std::string& self = ids[index];
    json permissions = json::array();
    auto tcp = [](int port) {
      return json{{"IpProtocol", "tcp"}, {"FromPort", port}, {"ToPort", port}};
    };
    // The default group of a VPC admits everything from itself, as AWS creates it.
    if (index == 0 || g.all_from_self) {
      json p = {{"IpProtocol", "-1"}, {"UserIdGroupPairs", json::array({{{"GroupId", self}}})}};
      permissions.push_back(p);
    }
    if (g.https_from_anywhere) {
      json p = tcp(443);
      p["IpRanges"] = json::array({{{"CidrIp", "0.0.0.0/0"}, {"Description", "public HTTPS"}}});
      permissions.push_back(p);
    }
    if (g.ipv6_https) {
      json p = tcp(443);
      p["Ipv6Ranges"] = json::array({{{"CidrIpv6", "::/0"}}});
      permissions.push_back(p);
    }
    if (g.ssh_from_private_network) {
      json p = tcp(22);
      p["IpRanges"] = json::array({{{"CidrIp", "10.0.0.0/8"}, {"Description", "bastion network"}}});
      permissions.push_back(p);
    }
    if (g.postgres_from_group) {
      json p = tcp(5432);
      p["UserIdGroupPairs"] = json::array({{{"GroupId", ids.front()}}});
      permissions.push_back(p);
    }
    std::string name = index == 0 ? "default" : std::string(purpose(index)) + "-sg-" + std::to_string(index);
    return {{"GroupId", self},
            {"GroupName", name},
            {"Description", index == 0 ? "default VPC security group" : name + " servers"},
            {"VpcId", vpc},
            {"IpPermissions", permissions}};
  }

  json volume_item(const std::string& id, const volume_spec& v, const region_keys& keys,
                   const std::string& zone) {
    json item = {{"VolumeId", id}, {"Size", 20}, {"VolumeType", "gp3"}, {"AvailabilityZone", zone},
                 {"State", "in-use"}, {"Encrypted", v.encrypted}};
    if (v.encrypted) item["KmsKeyId"] = keys.arns[std::size_t(v.key) % keys.arns.size()];
    return item;
  }

  void render_storage(const region_spec& r, const region_keys& keys, json& out, bool holds_main_trail) {
    json buckets = json::array();
    if (holds_main_trail) {
      bucket_spec log{bucket_encryption::sse_kms, tls_statement::s3_all_bucket_and_objects};
      buckets.push_back(bucket_item(log_bucket_, log, keys));
      all_buckets_.push_back(log_bucket_);
    }
    for (std::size_t b = 0; b < r.buckets.size(); ++b) {
      std::string name = "hipaasim-" + spec_.account_id + "-" + r.name + "-" + purpose(b) + "-" + std::to_string(b);
      buckets.push_back(bucket_item(name, r.buckets[b], keys));
      all_buckets_.push_back(name);
    }
    if (!buckets.empty()) out["s3"] = {{"Buckets", buckets}};
    json trails = json::array();
    if (holds_main_trail)
      trails.push_back(trail_item("organization-trail", log_bucket_, true, spec_.main_trail_explicit_selector));
    for (std::size_t t = 0; t < r.regional_trails.size(); ++t) {
      const trail_spec& spec = r.regional_trails[t];
      // Buckets rendered so far (this region's and earlier regions'): the log bucket comes
      // first, so there is always one.
      const std::string& bucket = all_buckets_.empty() ? log_bucket_
                                                       : all_buckets_[std::size_t(spec.bucket) % all_buckets_.size()];
      trails.push_back(trail_item(r.name + "-trail-" + std::to_string(t), bucket, false,
                                  spec.explicit_management_selector));
    }
    if (!trails.empty()) out["cloudtrail"] = {{"Trails", trails}};
  }

  void render_services(const region_spec& r, const region_keys& keys, json& out) {
    json databases = json::array();
    for (std::size_t d = 0; d < r.db_instances.size(); ++d)
      databases.push_back({{"DBInstanceIdentifier", std::string(purpose(d)) + "-db-" + std::to_string(d)},
                           {"Engine", "postgres"},
                           {"DBInstanceClass", "db.t3.medium"},
                           {"StorageEncrypted", true},
                           {"KmsKeyId", r.db_instances[d] ? keys.arns.front() : keys.aws_rds_arn}});
    if (!databases.empty()) out["rds"] = {{"DBInstances", databases}};
    json tables = json::array();
    for (int t = 0; t < r.tables; ++t)
      tables.push_back({{"TableName", std::string(purpose(std::size_t(t))) + "-table-" + std::to_string(t)},
                        {"KeySchema", json::array({{{"AttributeName", "id"}, {"KeyType", "HASH"}}})},
                        {"AttributeDefinitions", json::array({{{"AttributeName", "id"}, {"AttributeType", "S"}}})},
                        {"ContinuousBackupsDescription",
                         {{"ContinuousBackupsStatus", "ENABLED"},
                          {"PointInTimeRecoveryDescription", {{"PointInTimeRecoveryStatus", "ENABLED"}}}}}});
    if (!tables.empty()) out["dynamodb"] = {{"Tables", tables}};
    json functions = json::array();
    for (std::size_t f = 0; f < r.functions.size(); ++f) {
      std::string name = std::string(purpose(f)) + "-fn-" + std::to_string(f);
      json item = {{"FunctionName", name}, {"Runtime", "python3.12"}, {"Handler", "app.handler"},
                   {"Role", "arn:aws:iam::" + spec_.account_id + ":role/lambda-exec"}};
      if (r.functions[f].policy != lambda_policy::none)
        item["Policy"] = lambda_policy_for(arn(r.name, "lambda", "function:" + name), r.functions[f].policy,
                                           spec_.account_id);
      functions.push_back(item);
    }
    if (!functions.empty()) out["lambda"] = {{"Functions", functions}};
    if (!r.backup_plans.empty()) {
      std::string vault = r.name + "-vault";
      json plans = json::array();
      for (std::size_t p = 0; p < r.backup_plans.size(); ++p) {
        json rules = json::array();
        for (std::size_t i = 0; i < r.backup_plans[p].rules.size(); ++i) {
          const backup_rule_spec& rule = r.backup_plans[p].rules[i];
          json item = {{"RuleName", "rule-" + std::to_string(i)},
                       {"TargetBackupVaultName", vault},
                       {"ScheduleExpression", schedule_expression(rule.schedule)}};
          if (rule.retention_days > 0) item["Lifecycle"] = {{"DeleteAfterDays", rule.retention_days}};
          rules.push_back(item);
        }
        plans.push_back({{"BackupPlanId", ids_.uuid()},
                         {"BackupPlan", {{"BackupPlanName", std::string(purpose(p)) + "-plan-" + std::to_string(p)},
                                         {"Rules", rules}}}});
      }
      out["backup"] = {{"BackupVaults", json::array({{{"BackupVaultName", vault},
                                                     {"EncryptionKeyArn", keys.arns.front()}}})},
                       {"BackupPlans", plans}};
    }
  }

  const account_spec& spec_;
  json doc_;
  id_source ids_;
  std::string log_bucket_;
  std::vector<std::string> all_buckets_;
};

}  // namespace

json render(const account_spec& spec) {
  if (spec.regions.empty()) throw std::invalid_argument("render: an account needs a region");
  return renderer(spec).run();
}

std::string scenario_text(const json& doc) { return doc.dump(1); }

namespace {

template <typename Doc, typename Visit>
void visit_items(Doc& doc, const std::string& service, const std::string& collection, Visit&& visit) {
  auto walk = [&](const std::string& region, auto& services) {
    if (!services.contains(service) || !services[service].contains(collection)) return;
    for (auto& item : services[service][collection]) visit(region, item);
  };
  if (doc.contains("global")) walk("global", doc["global"]);
  if (doc.contains("regions"))
    for (auto& [region, services] : doc["regions"].items()) walk(region, services);
}

}  // namespace

void for_each_item(json& doc, const std::string& service, const std::string& collection,
                   const item_visitor& visit) {
  visit_items(doc, service, collection, visit);
}

void for_each_item(const json& doc, const std::string& service, const std::string& collection,
                   const std::function<void(const std::string& region, const json& item)>& visit) {
  visit_items(doc, service, collection, visit);
}

std::vector<std::string> regions_of(const json& doc) {
  std::vector<std::string> out;
  if (doc.contains("regions"))
    for (const auto& [region, services] : doc["regions"].items()) out.push_back(region);
  return out;
}

}  // namespace properties
