// S3 buckets (default encryption or a policy requiring it, TLS denied) and CloudTrail trails.

#include "properties/accounts/render/account_renderer.hpp"

namespace properties::rendering {

namespace {

// The statements that make a bucket refuse plain HTTP, in one of the forms AWS's rule accepts.
json tls_statements_for(const std::string& bucket, tls_statement form) {
  std::string arn = "arn:aws:s3:::" + bucket;
  json st = {{"Sid", "DenyInsecureTransport"},
             {"Effect", "Deny"},
             {"Principal", "*"},
             {"Action", "s3:*"},
             {"Resource", json::array({arn, arn + "/*"})},
             {"Condition", {{"Bool", {{"aws:SecureTransport", "false"}}}}}};
  if (form == tls_statement::all_actions_split_statements) {
    st["Action"] = "*";
    st["Resource"] = arn;
    json objects = st;
    objects["Sid"] = "DenyInsecureObjectAccess";
    objects["Resource"] = arn + "/*";
    return json::array({st, objects});
  }
  if (form == tls_statement::principal_aws_star) st["Principal"] = {{"AWS", "*"}};
  if (form == tls_statement::bool_if_exists) st["Condition"] = {{"BoolIfExists", {{"aws:SecureTransport", "false"}}}};
  return json::array({st});
}

json bucket_item(const std::string& name, const bucket_spec& b, const region_keys& keys) {
  // Every bucket keeps its object versions (S3_BUCKET_VERSIONING_ENABLED), some with MFA delete,
  // under Object Lock (S3_BUCKET_DEFAULT_LOCK_ENABLED), some with a default retention.
  json item = {{"Name", name},
               {"CreationDate", days_ago(200)},
               {"Versioning", {{"Status", "Enabled"}}},
               {"ObjectLockConfiguration", {{"ObjectLockEnabled", "Enabled"}}}};
  if (b.tls == tls_statement::principal_aws_star) item["Versioning"]["MFADelete"] = "Enabled";
  if (b.tls == tls_statement::bool_if_exists)
    item["ObjectLockConfiguration"]["Rule"] = {{"DefaultRetention", {{"Mode", "COMPLIANCE"}, {"Years", 6}}}};
  json statements = tls_statements_for(name, b.tls);
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

// The multi-region trail records management events and every bucket's S3 data events
// (CLOUDTRAIL_S3_DATAEVENTS_ENABLED), with a basic selector or with advanced ones.
json with_s3_data_events(json trail, bool basic) {
  if (basic) {
    trail["EventSelectors"] = management_selector();
    trail["EventSelectors"][0]["DataResources"] =
        json::array({{{"Type", "AWS::S3::Object"}, {"Values", json::array({"arn:aws:s3"})}}});
  } else {
    trail["AdvancedEventSelectors"] = json::array(
        {{{"Name", "management"}, {"FieldSelectors", json::array({{{"Field", "eventCategory"}, {"Equals", {"Management"}}}})}},
         {{"Name", "s3-objects"},
          {"FieldSelectors", json::array({{{"Field", "eventCategory"}, {"Equals", {"Data"}}},
                                          {{"Field", "resources.type"}, {"Equals", {"AWS::S3::Object"}}}})}}});
  }
  return trail;
}

json trail_item(const std::string& name, const std::string& bucket, bool multi_region,
                bool explicit_selector, const std::string& key_arn, const std::string& log_group_arn) {
  json t = {{"Name", name},
            {"S3BucketName", bucket},
            {"IsMultiRegionTrail", multi_region},
            {"IncludeGlobalServiceEvents", true},
            {"LogFileValidationEnabled", true},
            {"CloudWatchLogsLogGroupArn", log_group_arn},
            {"Status", {{"IsLogging", true}}}};
  if (!key_arn.empty()) t["KmsKeyId"] = key_arn;
  if (multi_region) return with_s3_data_events(std::move(t), explicit_selector);
  if (explicit_selector) t["EventSelectors"] = management_selector();
  return t;
}

}  // namespace

void account_renderer::render_storage(const region_spec& r, const region_keys& keys, json& out, bool holds_main_trail) {
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
  // Every trail encrypts with the region's first key and sends its events to CloudWatch Logs.
  const std::string key = keys.arns.empty() ? std::string() : keys.arns.front();
  std::vector<std::string> trail_log_groups;
  auto log_group = [&](const std::string& trail) {
    trail_log_groups.push_back(trail);
    return arn(r.name, "logs", "log-group:" + trail + ":*");
  };
  if (holds_main_trail)
    trails.push_back(trail_item("organization-trail", log_bucket_, true, spec_.main_trail_explicit_selector, key,
                                log_group("organization-trail")));
  for (std::size_t t = 0; t < r.regional_trails.size(); ++t) {
    const trail_spec& spec = r.regional_trails[t];
    // Buckets rendered so far (this region's and earlier regions'): the log bucket comes
    // first, so there is always one.
    const std::string& bucket = all_buckets_.empty() ? log_bucket_
                                                     : all_buckets_[std::size_t(spec.bucket) % all_buckets_.size()];
    std::string name = r.name + "-trail-" + std::to_string(t);
    trails.push_back(trail_item(name, bucket, false, spec.explicit_management_selector, key, log_group(name)));
  }
  if (!trails.empty()) out["cloudtrail"] = {{"Trails", trails}};
  // Each trail's log group exists and keeps two years of events.
  for (const auto& name : trail_log_groups) out["logs"]["LogGroups"].push_back({{"logGroupName", name}, {"retentionInDays", 731}});
}

}  // namespace properties::rendering
