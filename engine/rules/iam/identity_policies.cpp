#include "engine/rules/iam/identity_policies.hpp"

namespace engine::rules {

namespace {

named_policy parsed(std::string name, const json& document) {
  named_policy out{std::move(name), std::nullopt, {}};
  policy::parse_result result = policy::parse(document);
  out.document = std::move(result.policy);
  out.error = std::move(result.error);
  return out;
}

}  // namespace

std::optional<named_policy> default_version(const configuration_item& managed_policy) {
  const json& config = managed_policy.configuration;
  const json versions = config.value("PolicyVersionList", json::array());
  const std::string default_id = config.value("DefaultVersionId", "");
  const json* chosen = nullptr;
  for (const auto& version : versions)
    if (version.value("IsDefaultVersion", false)) chosen = &version;
  if (!chosen)
    for (const auto& version : versions)
      if (!default_id.empty() && version.value("VersionId", "") == default_id) chosen = &version;
  if (!chosen) return std::nullopt;
  return parsed("version " + chosen->value("VersionId", default_id), chosen->value("Document", json()));
}

std::vector<named_policy> inline_policies(const configuration_item& principal) {
  std::vector<named_policy> out;
  for (const char* list : {"UserPolicyList", "GroupPolicyList", "RolePolicyList"})
    for (const auto& entry : principal.configuration.value(list, json::array()))
      out.push_back(parsed(entry.value("PolicyName", "?"), entry.value("PolicyDocument", json())));
  return out;
}

bool used_as_permissions_boundary(const configuration_item& managed_policy) {
  const json& count = managed_policy.configuration.value("PermissionsBoundaryUsageCount", json(0));
  return count.is_number() && count.get<double>() > 0;
}

parameter exclude_permission_boundary_parameter() {
  return {"excludePermissionBoundaryPolicy", parameter_kind::boolean, "false",
          "true: policies used as permissions boundaries are not evaluated"};
}

verdict judge_default_version(const rule_context& ctx, const configuration_item& managed_policy,
                              const policy_question& question, std::string_view finding) {
  if (ctx.boolean("excludePermissionBoundaryPolicy") && used_as_permissions_boundary(managed_policy))
    return {compliance::not_applicable, "the policy is a permissions boundary (excludePermissionBoundaryPolicy)"};
  auto version = default_version(managed_policy);
  if (!version) return {compliance::insufficient_data, "the policy's default version was not returned"};
  if (!version->document)
    return {compliance::insufficient_data, "the default " + version->name + " is not a policy: " + version->error};
  if (auto grant = question(*version->document))
    return {compliance::non_compliant, std::string(finding) + ": " + grant->what + " (" + grant->statement +
                                           " of the default " + version->name + ")"};
  return {compliance::compliant, "no statement of the default " + version->name + " grants it"};
}


}  // namespace engine::rules
