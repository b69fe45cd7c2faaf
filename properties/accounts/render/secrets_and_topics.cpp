// Secrets Manager secrets and SNS topics, each under one of the region's customer keys, named
// in any of the forms AWS answers (key ARN or id, alias name or ARN).

#include "properties/accounts/render/account_renderer.hpp"

namespace properties::rendering {

std::string account_renderer::key_named(const region_keys& keys, int key, key_reference form,
                                        const std::string& region) const {
  std::size_t k = std::size_t(key) % keys.arns.size();
  const std::string& key_arn = keys.arns[k];
  switch (form) {
    case key_reference::key_arn: return key_arn;
    case key_reference::key_id: return key_arn.substr(key_arn.rfind('/') + 1);
    case key_reference::alias_name: return keys.aliases[k];
    case key_reference::alias_arn: return arn(region, "kms", keys.aliases[k]);
  }
  return key_arn;
}

void account_renderer::render_secrets_and_topics(const region_spec& r, const region_keys& keys, json& out) {
  json secrets = json::array();
  for (std::size_t s = 0; s < r.secrets.size(); ++s) {
    const secret_spec& spec = r.secrets[s];
    json rules = spec.schedule_expression
                     ? json{{"ScheduleExpression", "rate(" + std::to_string(spec.rotation_days) + " days)"}}
                     : json{{"AutomaticallyAfterDays", spec.rotation_days}};
    secrets.push_back({{"Name", std::string(purpose(s)) + "/secret-" + std::to_string(s)},
                       {"KmsKeyId", key_named(keys, spec.key, spec.named_by, r.name)},
                       {"RotationEnabled", true},
                       {"RotationRules", rules},
                       {"LastRotatedDate", days_ago(1)}});
  }
  if (!secrets.empty()) out["secretsmanager"] = {{"Secrets", secrets}};
  json topics = json::array();
  for (std::size_t t = 0; t < r.topics.size(); ++t) {
    std::string name = std::string(purpose(t)) + "-topic-" + std::to_string(t);
    topics.push_back({{"TopicArn", arn(r.name, "sns", name)},
                      {"Attributes", {{"DisplayName", name},
                                      {"KmsMasterKeyId", key_named(keys, r.topics[t].key, r.topics[t].named_by, r.name)}}}});
  }
  if (!topics.empty()) out["sns"] = {{"Topics", topics}};
}

}  // namespace properties::rendering
