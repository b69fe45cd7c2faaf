#include "engine/rules/kms_key.hpp"

namespace engine::rules {

namespace {

// "1234abcd-..." for "arn:aws:kms:us-east-1:111122223333:key/1234abcd-...", else the text.
std::string_view key_id_of(std::string_view key) {
  auto at = key.rfind(":key/");
  return key.rfind("arn:", 0) == 0 && at != std::string_view::npos ? key.substr(at + 5) : key;
}

}  // namespace

bool same_kms_key(std::string_view wanted, std::string_view used) {
  if (wanted.empty() || used.empty()) return false;
  if (wanted == used) return true;
  bool wanted_arn = wanted.rfind("arn:", 0) == 0, used_arn = used.rfind("arn:", 0) == 0;
  // Two ARNs must be equal (another account's or region's key with the same id is another key).
  if (wanted_arn && used_arn) return false;
  return key_id_of(wanted) == key_id_of(used);
}

std::string kms_arn_account(std::string_view arn) {
  if (arn.rfind("arn:", 0) != 0) return {};
  std::size_t at = 0;
  for (int colon = 0; colon < 4 && at != std::string_view::npos; ++colon) at = arn.find(':', at + 1);
  if (at == std::string_view::npos) return {};
  auto end = arn.find(':', at + 1);
  return std::string(arn.substr(at + 1, end == std::string_view::npos ? std::string_view::npos : end - at - 1));
}

verdict encrypted_with_required_key(const rule_context& ctx, std::string_view parameter, std::string_view used) {
  std::string wanted = ctx.text(parameter);
  std::string key = used.empty() ? std::string("an unnamed key") : "KMS key " + std::string(used);
  if (wanted.empty()) return {compliance::compliant, "encrypted with " + key};
  if (same_kms_key(wanted, used)) return {compliance::compliant, "encrypted with the required key " + std::string(used)};
  return {compliance::non_compliant, "encrypted with " + key + ", not the required key " + wanted};
}

}  // namespace engine::rules
