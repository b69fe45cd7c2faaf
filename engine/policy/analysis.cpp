#include "engine/policy/analysis.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <set>

#include "engine/policy/matching.hpp"

namespace engine::policy {

namespace {

// One value matching the pattern that nobody named: '*' becomes "outsider", '?' an 'x'.
std::string instantiate(std::string_view pattern) {
  std::string out;
  for (char c : pattern) {
    if (c == '*') out += "outsider";
    else if (c == '?') out += 'x';
    else out += c;
  }
  return out;
}

std::string number_text(double d) {
  if (std::floor(d) == d && std::fabs(d) < 1e15) return std::to_string(static_cast<long long>(d));
  return std::to_string(d);
}

bool is_ip_key(std::string_view key) { return key == "aws:sourceip" || key == "aws:vpcsourceip"; }
bool is_arn_key(std::string_view key) { return key.size() > 3 && key.substr(key.size() - 3) == "arn"; }

// Whether an outsider can hold a value matching this pattern of an identity key: only through a
// wildcard, and for ARNs only one in the account part (or in an ARN without one, as S3's).
bool outsider_can_match(std::string_view key, std::string_view pattern) {
  if (!has_wildcard(pattern)) return false;
  if (!is_arn_key(key)) return true;
  auto account = arn_account(pattern);
  return !account || account->empty() || has_wildcard(*account);
}

// Addresses an outsider can come from: the first of a few documentation addresses that lies
// in no block the policy names, unless that block is the whole address space.
std::vector<std::string> outside_addresses(const std::vector<std::string>& cidrs) {
  std::vector<std::string> out;
  for (auto family : {std::vector<std::string>{"198.51.100.7", "203.0.113.7", "192.0.2.7", "100.64.0.7", "1.2.3.4"},
                      std::vector<std::string>{"2001:db8::7", "2001:db8:ffff::7", "fd00::7"}}) {
    for (const auto& a : family) {
      bool pinned = std::any_of(cidrs.begin(), cidrs.end(), [&](const std::string& c) {
        return cidr_prefix(c).value_or(1) > 0 && ip_in_cidr(a, c);
      });
      if (!pinned) {
        out.push_back(a);
        break;
      }
    }
  }
  return out;
}

struct search_space {
  std::vector<caller> callers;
  std::vector<std::string> actions;
  std::vector<std::string> resources;
  request_context fixed;             // keys the question sets
  std::set<std::string> absent;      // keys the question leaves out of every request
  bool outsiders_only = false;       // identity keys take only values an outsider can hold
};

// The values worth trying for one condition key (lower case); "absent" is tried besides.
std::vector<std::string> key_candidates(const document& policy, const std::string& key, bool outsiders_only) {
  bool pinned_key = outsiders_only && identity_key(key);
  std::vector<std::string> out, cidrs;
  auto add = [&](std::string v) {
    if (std::find(out.begin(), out.end(), v) == out.end()) out.push_back(std::move(v));
  };
  for (const statement& st : policy.statements)
    for (const condition& c : st.conditions) {
      if (lower_case(c.key) != key) continue;
      bool ip = c.base == "IpAddress" || c.base == "NotIpAddress" || is_ip_key(key);
      for (const auto& v : c.values) {
        if (ip) {
          cidrs.push_back(v);
          // An address inside the block (its base address); for a pinned key only the /0 one.
          if (!pinned_key || cidr_prefix(v) == 0) add(v.substr(0, v.find('/')));
          continue;
        }
        if (pinned_key) {
          if (outsider_can_match(key, v)) add(instantiate(v));
          continue;
        }
        add(v);
        if (has_wildcard(v)) add(instantiate(v));
        if (c.base == "Bool") {
          add("true");
          add("false");
        }
        if (auto n = number_value(v)) {
          add(number_text(*n - 1));
          add(number_text(*n + 1));
        } else if (c.base.rfind("Date", 0) == 0) {
          // Either side of a date, as epoch seconds (which date operators accept).
          if (auto t = date_value(v)) {
            add(number_text(*t - 1));
            add(number_text(*t + 1));
          }
        }
      }
    }
  // What an outsider presents of its own.
  if (is_ip_key(key)) {
    for (auto& a : outside_addresses(cidrs)) add(a);
  } else if (is_arn_key(key)) {
    add(std::string("arn:aws:iam::") + outsider_account + ":user/outsider");
  } else if (key.find("account") != std::string::npos || key == "aws:sourceowner") {
    add(outsider_account);
  } else {
    add("outsider");
  }
  return out;
}

using predicate = std::function<bool(const outcome&)>;

constexpr std::size_t search_budget = 400000;  // requests evaluated before giving up

finding search(const document& policy, const search_space& space, const predicate& proves) {
  std::size_t spent = 0;
  std::map<std::string, std::vector<std::string>> candidates;
  for (const caller& who : space.callers)
    for (const std::string& action : space.actions)
      for (const std::string& resource : space.resources) {
        // The condition keys of the statements that could apply to this triple.
        std::vector<std::string> keys;
        for (const statement& st : policy.statements) {
          if (!principal_matches(st, who) || !action_matches(st, action)) continue;
          bool variable = std::any_of(st.resources.begin(), st.resources.end(),
                                      [](const std::string& r) { return r.find("${") != std::string::npos; });
          if (!variable && !resource_matches(st, resource, space.fixed)) continue;
          for (const condition& c : st.conditions) {
            std::string k = lower_case(c.key);
            if (space.fixed.find(k) || space.absent.count(k)) continue;
            if (std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(k);
          }
        }
        for (const auto& k : keys)
          if (!candidates.count(k)) candidates[k] = key_candidates(policy, k, space.outsiders_only);
        // Every combination of the keys' values, each key also absent (index == size).
        std::vector<std::size_t> at(keys.size(), 0);
        while (true) {
          if (++spent > search_budget)
            return {finding::answer::undetermined, std::nullopt, "",
                    "the policy has too many conditions to analyze (more than " +
                        std::to_string(search_budget) + " distinct requests)"};
          request r{who, action, resource, space.fixed};
          for (std::size_t i = 0; i < keys.size(); ++i) {
            const auto& values = candidates[keys[i]];
            if (at[i] < values.size()) r.context.set(keys[i], values[at[i]]);
          }
          outcome o = evaluate(policy, r);
          if (proves(o)) return {finding::answer::yes, r, o.decided_by ? o.decided_by->label : "", ""};
          std::size_t i = 0;
          for (; i < keys.size(); ++i) {
            if (++at[i] <= candidates[keys[i]].size()) break;
            at[i] = 0;
          }
          if (i == keys.size()) break;
        }
      }
  return {};
}

// The policy's own action names and patterns in a namespace, and one instance of each pattern.
std::vector<std::string> actions_to_try(const document& policy, const std::string& ns,
                                        std::vector<std::string> defaults) {
  std::string prefix = lower_case(ns) + ":";
  defaults.push_back(ns + ":OutsiderAction");  // an action no statement names
  for (const statement& st : policy.statements)
    for (const auto& a : st.actions)
      for (const auto& candidate : {a, instantiate(a)})
        if (lower_case(candidate).rfind(prefix, 0) == 0 &&
            std::find(defaults.begin(), defaults.end(), candidate) == defaults.end())
          defaults.push_back(candidate);
  return defaults;
}

// Whether `resource` is `scope` or inside it: its objects ("bucket/key") or qualifiers
// ("function:alias").
bool under(const std::string& resource, const std::string& scope) {
  if (resource.rfind(scope, 0) != 0) return false;
  if (resource.size() == scope.size()) return true;
  char next = resource[scope.size()];
  return next == '/' || next == ':' || scope.back() == '/';
}

// The given resources and the policy's resources under them (one instance of each pattern).
std::vector<std::string> resources_to_try(const document& policy, std::vector<std::string> given) {
  std::vector<std::string> scope = given;
  for (const statement& st : policy.statements)
    for (const auto& r : st.resources)
      for (const auto& candidate : {r, instantiate(r)})
        if (!has_wildcard(candidate) &&
            std::any_of(scope.begin(), scope.end(), [&](const std::string& s) { return under(candidate, s); }) &&
            std::find(given.begin(), given.end(), candidate) == given.end())
          given.push_back(candidate);
  return given;
}

std::vector<std::string> named_services(const document& policy) {
  std::vector<std::string> out;
  for (const statement& st : policy.statements)
    for (const auto& e : st.principals.entries)
      if (e.type == "Service" && std::find(out.begin(), out.end(), e.value) == out.end()) out.push_back(e.value);
  return out;
}

caller iam_caller(const std::string& account, std::string arn) {
  return {caller::kind::iam, account, std::move(arn), ""};
}

// Everyone who could send a request: anonymous, the owner, an outsider, and each principal and
// service the policy names (a NotPrincipal names who escapes it).
std::vector<caller> every_caller(const document& policy, const std::string& owner) {
  std::vector<caller> out = {caller{}, iam_caller(owner, "arn:aws:iam::" + owner + ":user/owner-user"),
                             iam_caller(outsider_account, std::string("arn:aws:iam::") + outsider_account + ":user/outsider")};
  for (const statement& st : policy.statements)
    for (const auto& e : st.principals.entries) {
      if (e.type != "AWS" || e.value == "*") continue;
      if (e.value.rfind("arn:", 0) == 0) out.push_back(iam_caller(arn_account(e.value).value_or(""), e.value));
      else out.push_back(iam_caller(e.value, "arn:aws:iam::" + e.value + ":root"));
    }
  for (const auto& s : named_services(policy)) out.push_back({caller::kind::service, "", "", s});
  return out;
}

// Principal ARNs the policy's conditions test on aws:PrincipalArn, patterns instantiated.
std::vector<std::string> tested_principal_arns(const document& policy) {
  std::vector<std::string> out;
  for (const statement& st : policy.statements)
    for (const condition& c : st.conditions)
      if (lower_case(c.key) == "aws:principalarn")
        for (const auto& v : c.values) {
          std::string arn = instantiate(v);
          if (std::find(out.begin(), out.end(), arn) == out.end()) out.push_back(arn);
        }
  return out;
}

}  // namespace

finding not_denied(const document& policy, const deny_question& q) {
  std::vector<caller> callers;
  for (caller& who : every_caller(policy, q.owner_account))
    if (who.type == caller::kind::iam) callers.push_back(std::move(who));
  for (const auto& arn : tested_principal_arns(policy)) callers.push_back(iam_caller(arn_account(arn).value_or(""), arn));
  for (const caller& who : callers) {
    if (std::find(q.exempt.begin(), q.exempt.end(), who.arn) != q.exempt.end()) continue;
    search_space space;
    space.callers = {who};
    space.actions = {q.action};
    space.resources = resources_to_try(policy, q.resources);
    space.fixed.set("aws:PrincipalArn", who.arn);
    space.fixed.set("aws:PrincipalAccount", who.account);
    finding f = search(policy, space, [](const outcome& o) { return o.result != decision::explicit_deny; });
    if (f.result != finding::answer::no) return f;
  }
  return {};
}

bool identity_key(std::string_view key) {
  static const std::set<std::string> keys = {
      "aws:sourceaccount", "aws:sourceowner", "aws:sourcearn", "aws:principalaccount",
      "aws:principalarn", "aws:principalorgid", "aws:principalorgpaths", "aws:sourceorgid",
      "aws:sourceorgpaths", "aws:sourcevpc", "aws:sourcevpce", "aws:sourceip", "aws:vpcsourceip",
      "aws:userid", "kms:calleraccount", "s3:dataaccesspointaccount", "s3:dataaccesspointarn"};
  return keys.count(lower_case(key)) > 0;
}

finding public_access(const document& policy, const public_question& q) {
  search_space space;
  space.callers = {caller{}, iam_caller(outsider_account, std::string("arn:aws:iam::") + outsider_account + ":user/outsider")};
  for (const auto& s : named_services(policy)) space.callers.push_back({caller::kind::service, "", "", s});
  space.actions = actions_to_try(policy, q.action_namespace, q.actions);
  space.resources = resources_to_try(policy, q.resources);
  space.outsiders_only = true;
  return search(policy, space, [](const outcome& o) { return o.result == decision::allow; });
}

finding insecure_transport_allowed(const document& policy, const std::string& bucket, const std::string& owner) {
  search_space space;
  space.callers = every_caller(policy, owner);
  space.actions = actions_to_try(policy, "s3", {"s3:GetObject", "s3:PutObject", "s3:DeleteObject",
                                                "s3:ListBucket", "s3:PutBucketPolicy"});
  std::string arn = "arn:aws:s3:::" + bucket;
  space.resources = resources_to_try(policy, {arn, arn + "/any-key"});
  space.fixed.set("aws:SecureTransport", "false");
  return search(policy, space, [](const outcome& o) { return o.result != decision::explicit_deny; });
}

finding unencrypted_upload_allowed(const document& policy, const std::string& bucket, const std::string& owner) {
  search_space space;
  space.callers = every_caller(policy, owner);
  space.actions = {"s3:PutObject"};
  std::string objects = "arn:aws:s3:::" + bucket + "/";
  space.resources = resources_to_try(policy, {objects + "any-key"});
  space.resources.erase(std::remove_if(space.resources.begin(), space.resources.end(),
                                       [&](const std::string& r) { return r.rfind(objects, 0) != 0; }),
                        space.resources.end());
  space.absent.insert("s3:x-amz-server-side-encryption");
  return search(policy, space, [](const outcome& o) { return o.result != decision::explicit_deny; });
}

}  // namespace engine::policy
