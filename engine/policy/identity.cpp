#include "engine/policy/identity.hpp"

#include <algorithm>
#include <cctype>

#include "engine/policy/matching.hpp"

namespace engine::policy {

namespace {

bool only_stars(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c == '*'; });
}

// "*", "**", "*:*": a pattern no action escapes.
bool matches_every_action(std::string_view pattern) {
  if (only_stars(pattern)) return true;
  auto colon = pattern.find(':');
  return colon != std::string_view::npos && only_stars(pattern.substr(0, colon)) &&
         only_stars(pattern.substr(colon + 1));
}

// "ec2:*", "*": every action of at least one service.
bool grants_a_whole_service(std::string_view pattern) {
  if (matches_every_action(pattern)) return true;
  auto colon = pattern.find(':');
  return colon != std::string_view::npos && colon > 0 && only_stars(pattern.substr(colon + 1));
}

bool any_matches(const std::vector<std::string>& patterns, std::string_view action) {
  return std::any_of(patterns.begin(), patterns.end(),
                     [&](const std::string& p) { return glob_match(p, action, letter_case::insensitive); });
}

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : ", ") + v;
  return out;
}

// Whether the statement's Action / NotAction covers `action`.
bool covers_action(const statement& s, std::string_view action) {
  return any_matches(s.actions, action) != s.not_action;
}

// A resource pattern with policy variables read as wildcards ("${aws:username}" -> "*").
std::string variables_as_wildcards(std::string_view pattern) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern.compare(i, 2, "${") == 0) {
      auto close = pattern.find('}', i);
      if (close != std::string_view::npos) {
        out += '*';
        i = close;
        continue;
      }
    }
    out += pattern[i];
  }
  return out;
}

// Whether a resource pattern can name some KMS key: segment by segment (arn, partition, service,
// region, account, resource), so that a wildcard in one segment does not stand in for another's
// text ("arn:aws:s3:::bucket/*" names no key); a pattern that ends early with '*' leaves the
// remaining segments open, as IAM's matching would.
bool could_name_a_kms_key(std::string_view pattern) {
  if (only_stars(pattern)) return true;
  std::vector<std::string_view> parts;
  std::string_view rest = pattern;
  while (parts.size() < 5) {
    auto colon = rest.find(':');
    if (colon == std::string_view::npos) break;
    parts.push_back(rest.substr(0, colon));
    rest = rest.substr(colon + 1);
  }
  parts.push_back(rest);
  // Fewer than six segments: the last one's trailing '*' also spans the segments after it.
  const bool open_end = parts.size() < 6 && !parts.back().empty() && parts.back().back() == '*';
  if (parts.size() < 6 && !open_end) return false;
  auto segment = [&](std::size_t i, std::string_view wanted) {
    if (i >= parts.size()) return open_end;
    return globs_intersect(parts[i], wanted) || (i + 1 == parts.size() && open_end);
  };
  return segment(0, "arn") && segment(2, "kms") && segment(5, "key/*");
}

// Whether a resource pattern takes in every KMS key: it matches the text of the all-keys pattern.
bool covers_all_keys(std::string_view pattern) {
  return glob_match(variables_as_wildcards(pattern), "arn:aws:kms:*:*:key/*", letter_case::insensitive);
}

// The resource of the statement that reaches all KMS keys rather than fixed ones, or "".
std::string resource_over_all_keys(const statement& s) {
  if (!s.resource_present) return "every resource (no Resource)";
  if (s.not_resource) {
    // NotResource grants everything it does not name: all keys unless it names them all.
    for (const auto& r : s.resources)
      if (covers_all_keys(r)) return "";
    return "NotResource " + joined(s.resources);
  }
  for (const auto& r : s.resources) {
    std::string pattern = variables_as_wildcards(r);
    bool fixed = pattern == r && !has_wildcard(r);
    if (!fixed && could_name_a_kms_key(pattern)) return r;
  }
  return "";
}

// Whether a Deny statement without conditions takes `action` away on every key.
bool denied_on_all_keys(const document& policy, std::string_view action) {
  for (const auto& s : policy.statements) {
    if (s.allow || !s.conditions.empty() || !covers_action(s, action)) continue;
    if (!s.resource_present) return true;
    if (s.not_resource) continue;  // denies all but some resources: some keys may stay allowed
    for (const auto& r : s.resources)
      if (covers_all_keys(r)) return true;
  }
  return false;
}


}  // namespace

bool globs_intersect(std::string_view a, std::string_view b) {
  // Reachable (i, j): a[0..i) and b[0..j) can match a common prefix with both ends aligned.
  const std::size_t n = a.size(), m = b.size();
  std::vector<char> seen((n + 1) * (m + 1), 0);
  std::vector<std::pair<std::size_t, std::size_t>> work = {{0, 0}};
  auto visit = [&](std::size_t i, std::size_t j) {
    if (i > n || j > m || seen[i * (m + 1) + j]) return;
    seen[i * (m + 1) + j] = 1;
    work.emplace_back(i, j);
  };
  seen[0] = 1;
  while (!work.empty()) {
    auto [i, j] = work.back();
    work.pop_back();
    if (i == n && j == m) return true;
    if (i < n && a[i] == '*') {
      visit(i + 1, j);             // the star matches nothing more
      if (j < m) visit(i, j + 1);  // it absorbs b's next character (or b's star)
    }
    if (j < m && b[j] == '*') {
      visit(i, j + 1);
      if (i < n) visit(i + 1, j);
    }
    if (i < n && j < m && a[i] != '*' && b[j] != '*' &&
        (a[i] == '?' || b[j] == '?' ||
         std::tolower(static_cast<unsigned char>(a[i])) == std::tolower(static_cast<unsigned char>(b[j]))))
      visit(i + 1, j + 1);
  }
  return false;
}

std::optional<grant> admin_access(const document& policy) {
  for (const auto& s : policy.statements) {
    if (!s.allow || s.not_action || s.not_resource) continue;
    bool every_action = std::any_of(s.actions.begin(), s.actions.end(),
                                    [](const std::string& a) { return matches_every_action(a); });
    bool every_resource = !s.resource_present ||
                          std::any_of(s.resources.begin(), s.resources.end(),
                                      [](const std::string& r) { return only_stars(r); });
    if (every_action && every_resource) return grant{s.label, "Action * on Resource *"};
  }
  return std::nullopt;
}

std::optional<grant> full_service_access(const document& policy) {
  for (const auto& s : policy.statements) {
    if (!s.allow) continue;
    if (s.not_action) {
      // Only a NotAction that excludes every action of every service leaves no service whole.
      bool excludes_all = std::any_of(s.actions.begin(), s.actions.end(), [](const std::string& a) {
        auto colon = a.find(':');
        return only_stars(colon == std::string::npos ? a : a.substr(0, colon));
      });
      if (!excludes_all) return grant{s.label, "NotAction " + joined(s.actions) + " (every other action)"};
      continue;
    }
    for (const auto& a : s.actions)
      if (grants_a_whole_service(a)) return grant{s.label, a};
  }
  return std::nullopt;
}

std::optional<grant> blocked_kms_action_on_all_keys(const document& policy,
                                                    const std::vector<std::string>& blocked_patterns) {
  // The actions to try: KMS's own, and any literal action a pattern names that the list lacks.
  std::vector<std::string> candidates = kms_actions();
  for (const auto& pattern : blocked_patterns)
    if (!has_wildcard(pattern) && !any_matches(candidates, pattern)) candidates.push_back(pattern);
  for (const auto& s : policy.statements) {
    if (!s.allow) continue;
    std::string resource = resource_over_all_keys(s);
    if (resource.empty()) continue;
    for (const auto& action : candidates) {
      if (!any_matches(blocked_patterns, action) || !covers_action(s, action)) continue;
      if (denied_on_all_keys(policy, action)) continue;
      return grant{s.label, action + " on " + resource};
    }
  }
  return std::nullopt;
}

const std::vector<std::string>& kms_actions() {
  static const std::vector<std::string> actions = [] {
    std::vector<std::string> out;
    for (const char* name :
         {"CancelKeyDeletion", "ConnectCustomKeyStore", "CreateAlias", "CreateCustomKeyStore", "CreateGrant",
          "CreateKey", "Decrypt", "DeleteAlias", "DeleteCustomKeyStore", "DeleteImportedKeyMaterial",
          "DeriveSharedSecret", "DescribeCustomKeyStores", "DescribeKey", "DisableKey", "DisableKeyRotation",
          "DisconnectCustomKeyStore", "EnableKey", "EnableKeyRotation", "Encrypt", "GenerateDataKey",
          "GenerateDataKeyPair", "GenerateDataKeyPairWithoutPlaintext", "GenerateDataKeyWithoutPlaintext",
          "GenerateMac", "GenerateRandom", "GetKeyPolicy", "GetKeyRotationStatus", "GetParametersForImport",
          "GetPublicKey", "ImportKeyMaterial", "ListAliases", "ListGrants", "ListKeyPolicies", "ListKeyRotations",
          "ListKeys", "ListResourceTags", "ListRetirableGrants", "PutKeyPolicy", "ReEncryptFrom", "ReEncryptTo",
          "ReplicateKey", "RetireGrant", "RevokeGrant", "RotateKeyOnDemand", "ScheduleKeyDeletion", "Sign",
          "SynchronizeMultiRegionKey", "TagResource", "UntagResource", "UpdateAlias", "UpdateCustomKeyStore",
          "UpdateKeyDescription", "UpdatePrimaryRegion", "Verify", "VerifyMac"})
      out.push_back(std::string("kms:") + name);
    return out;
  }();
  return actions;
}

}  // namespace engine::policy
