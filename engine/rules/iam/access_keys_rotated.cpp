// ACCESS_KEYS_ROTATED (access-keys-rotated): every active access key of a user is younger than
// maxAccessKeyAge days. Inactive keys are ignored; a user without active keys is COMPLIANT.

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

std::vector<evaluation> evaluate(const rule_context& ctx) {
  std::vector<evaluation> out;
  long long max_age = ctx.integer("maxAccessKeyAge");
  for (const configuration_item* user : ctx.inv().items("AWS::IAM::User")) {
    if (auto e = ctx.unreadable(*user, "AccessKeyMetadata")) {
      out.push_back(*e);
      continue;
    }
    std::vector<std::string> old;
    int active = 0;
    if (const json* keys = user->supplement("AccessKeyMetadata"))
      for (const auto& key : *keys) {
        if (key.value("Status", "") != "Active") continue;
        ++active;
        auto age = ctx.days_since(key.value("CreateDate", json()));
        if (age && *age > max_age)
          old.push_back(key.value("AccessKeyId", "?") + " is " + std::to_string(*age) + " days old");
      }
    if (!old.empty()) {
      std::string why = "active access key";
      why += old.size() > 1 ? "s " : " ";
      for (std::size_t i = 0; i < old.size(); ++i) why += (i ? ", " : "") + old[i];
      why += " (maximum " + std::to_string(max_age) + ")";
      out.push_back(ctx.about(*user, compliance::non_compliant, why));
    } else {
      out.push_back(ctx.about(*user, compliance::compliant,
                              active ? "every active access key is younger than " +
                                           std::to_string(max_age) + " days"
                                     : "no active access key"));
    }
  }
  return out;
}

}  // namespace

rule_definition access_keys_rotated() {
  return {"ACCESS_KEYS_ROTATED",
          "active IAM access keys are rotated within maxAccessKeyAge days",
          "AWS::IAM::User",
          {{"maxAccessKeyAge", parameter_kind::integer, "90", "maximum age of an active key, in days"}},
          {"iam.users"},
          evaluate};
}

}  // namespace engine::rules
