#include "engine/rules/resource_policy.hpp"

#include "engine/policy/matching.hpp"

namespace engine::rules {

resource_policy read_policy(const rule_context& ctx, const configuration_item& item, std::string_view name) {
  resource_policy out;
  const json* written = ctx.read(item, name);
  if (!written) return out;
  out.present = true;
  auto parsed = policy::parse(*written);
  out.document = std::move(parsed.policy);
  out.error = std::move(parsed.error);
  return out;
}

std::string owner_account(const rule_context& ctx, const configuration_item& item) {
  auto account = policy::arn_account(item.arn);
  return account && !account->empty() ? *account : ctx.inv().account_id();
}

std::string proof(const policy::finding& f) {
  if (!f.witness) return {};
  return (f.statement.empty() ? std::string("no statement denies ") : f.statement + " allows ") + f.witness->describe();
}

}  // namespace engine::rules
