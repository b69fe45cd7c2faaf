// ACCESS_KEYS_ROTATED (access-keys-rotated): every active access key of a user is younger than
// maxAccessKeyAge days. Inactive keys are ignored; a user without active keys is COMPLIANT.

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& user) {
  long long max_age = ctx.integer("maxAccessKeyAge");
  std::vector<std::string> old;
  int active = 0;
  if (const json* keys = ctx.read(user, "AccessKeyMetadata"))
    for (const auto& key : *keys) {
      if (key.value("Status", "") != "Active") continue;
      ++active;
      auto age = ctx.days_since(key.value("CreateDate", json()));
      if (age && *age > max_age)
        old.push_back(key.value("AccessKeyId", "?") + " is " + std::to_string(*age) + " days old");
    }
  if (old.empty())
    return {compliance::compliant, active ? "every active access key is younger than " +
                                                std::to_string(max_age) + " days"
                                          : "no active access key"};
  std::string why = "active access key";
  why += old.size() > 1 ? "s " : " ";
  for (std::size_t i = 0; i < old.size(); ++i) why += (i ? ", " : "") + old[i];
  return {compliance::non_compliant, why + " (maximum " + std::to_string(max_age) + ")"};
}

}  // namespace

rule_definition access_keys_rotated() {
  return {.identifier = "ACCESS_KEYS_ROTATED",
          .summary = "active IAM access keys are rotated within maxAccessKeyAge days",
          .resource_type = "AWS::IAM::User",
          .parameters = {{"maxAccessKeyAge", parameter_kind::integer, "90", "maximum age of an active key, in days"}},
          .reads = {.supplements = {"AccessKeyMetadata"}},
          .judge = judge};
}

}  // namespace engine::rules
