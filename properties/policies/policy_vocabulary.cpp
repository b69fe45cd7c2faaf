#include "properties/policies/policy_vocabulary.hpp"

#include <algorithm>
#include <set>

namespace properties::policies {

namespace {

using rc::gen::element;

const std::vector<json> principals = {
    "*", {{"AWS", "*"}}, {{"AWS", owner_account}}, {{"AWS", "444455556666"}},
    {{"AWS", "arn:aws:iam::111122223333:role/app"}}, {{"Service", "s3.amazonaws.com"}}};

const std::vector<json> actions = {"s3:*", "*", "s3:GetObject", json::array({"s3:Get*", "s3:Put*"}), "s3:PutObject",
                                   "s3:ListBucket"};

const std::vector<json> resources = {"arn:aws:s3:::records", "arn:aws:s3:::records/*",
                                     json::array({"arn:aws:s3:::records", "arn:aws:s3:::records/*"}), "*",
                                     "arn:aws:s3:::records/private/*"};

// [operator, key, value]
const std::vector<std::array<std::string, 3>> conditions = {
    {"Bool", "aws:SecureTransport", "false"},
    {"Bool", "aws:SecureTransport", "true"},
    {"BoolIfExists", "aws:SecureTransport", "false"},
    {"StringEquals", "aws:SourceAccount", owner_account},
    {"StringEqualsIfExists", "aws:SourceAccount", owner_account},
    {"StringNotEquals", "aws:PrincipalAccount", owner_account},
    {"ArnLike", "aws:SourceArn", "arn:aws:s3:::records-*"},
    {"ArnLike", "aws:SourceArn", "arn:aws:s3:::records"},
    {"StringEquals", "aws:PrincipalOrgID", "o-abc123"},
    {"StringLike", "aws:PrincipalOrgID", "o-*"},
    {"IpAddress", "aws:SourceIp", "10.0.0.0/8"},
    {"NotIpAddress", "aws:SourceIp", "10.0.0.0/8"},
    {"IpAddress", "aws:SourceIp", "0.0.0.0/0"},
    {"StringEquals", "aws:SourceVpce", "vpce-1a2b3c"},
    {"StringNotEquals", "aws:SourceVpce", "vpce-1a2b3c"},
    {"Null", "s3:x-amz-server-side-encryption", "true"},
    {"StringLike", "s3:prefix", "home/*"},
    {"NumericLessThan", "s3:TlsVersion", "1.2"},
};

rc::Gen<json> statement() {
  return rc::gen::exec([] {
    json st = {{"Effect", *element<std::string>("Allow", "Deny")}};
    auto principal = *rc::gen::elementOf(principals);
    bool not_principal = *rc::gen::inRange(0, 8) == 0;
    st[not_principal ? "NotPrincipal" : "Principal"] = not_principal ? json{{"AWS", "444455556666"}} : principal;
    bool not_action = *rc::gen::inRange(0, 8) == 0;
    st[not_action ? "NotAction" : "Action"] = not_action ? json("s3:GetObject") : *rc::gen::elementOf(actions);
    bool not_resource = *rc::gen::inRange(0, 10) == 0;
    st[not_resource ? "NotResource" : "Resource"] =
        not_resource ? json("arn:aws:s3:::records/private/*") : *rc::gen::elementOf(resources);
    auto count = *rc::gen::inRange(0, 3);
    for (int i = 0; i < count; ++i) {
      auto c = *rc::gen::elementOf(conditions);
      // One value per key and operator: a second draw of the same pair keeps the first.
      if (!st["Condition"][c[0]].contains(c[1])) st["Condition"][c[0]][c[1]] = c[2];
    }
    return st;
  });
}

// A Deny for plain HTTP, usually in one of the forms that enforce TLS, sometimes weakened (one
// action, one resource, an extra condition), so both answers of the TLS question are common.
rc::Gen<json> tls_deny() {
  return rc::gen::exec([] {
    json st = {{"Effect", "Deny"},
               {"Principal", *element<json>("*", json{{"AWS", "*"}})},
               {"Action", *element<json>("s3:*", "*", "s3:*", "s3:GetObject")},
               {"Resource", *element<json>(json::array({"arn:aws:s3:::records", "arn:aws:s3:::records/*"}), "*",
                                           json::array({"arn:aws:s3:::records", "arn:aws:s3:::records/*"}),
                                           "arn:aws:s3:::records/*")}};
    st["Condition"][*element<std::string>("Bool", "BoolIfExists")]["aws:SecureTransport"] = "false";
    if (*rc::gen::inRange(0, 4) == 0) {
      auto c = *rc::gen::elementOf(conditions);
      if (!st["Condition"][c[0]].contains(c[1])) st["Condition"][c[0]][c[1]] = c[2];
    }
    return st;
  });
}

const std::vector<std::string> outsider_callers = {"anonymous", "arn:aws:iam::999999999999:user/mallory",
                                                   "service:s3.amazonaws.com"};
const std::vector<std::string> insider_callers = {"arn:aws:iam::111122223333:user/alice",
                                                  "arn:aws:iam::111122223333:role/app",
                                                  "arn:aws:iam::444455556666:user/partner"};
const std::vector<std::string> request_actions = {"s3:GetObject", "s3:PutObject", "s3:ListBucket",
                                                  "s3:DeleteObject", "s3:GetBucketAcl", "s3:RestoreObject"};
const std::vector<std::string> request_resources = {"arn:aws:s3:::records", "arn:aws:s3:::records/key",
                                                    "arn:aws:s3:::records/private/x", "arn:aws:s3:::records/home/y"};

// Per key, what an outsider can present, and what only insiders can.
struct key_values {
  std::string key;
  std::vector<std::string> outsider, insider;
};
const std::vector<key_values> keys = {
    {"aws:securetransport", {"true", "false"}, {}},
    {"aws:sourceaccount", {"999999999999"}, {owner_account}},
    {"aws:sourcearn", {"arn:aws:s3:::mallory-bucket", "arn:aws:s3:::records-mallory"}, {"arn:aws:s3:::records"}},
    {"aws:principalorgid", {"o-mallory"}, {"o-abc123"}},
    {"aws:sourceip", {"198.51.100.7", "2001:db8::7"}, {"10.1.2.3"}},
    {"aws:sourcevpce", {"vpce-mallory"}, {"vpce-1a2b3c"}},
    {"s3:x-amz-server-side-encryption", {"AES256", "aws:kms"}, {}},
    {"s3:prefix", {"home/x", "other"}, {}},
    {"s3:tlsversion", {"1.1", "1.3"}, {}},
};

rc::Gen<concrete_request> request(bool outsiders_only) {
  return rc::gen::exec([outsiders_only] {
    concrete_request r;
    std::vector<std::string> callers = outsider_callers;
    if (!outsiders_only) callers.insert(callers.end(), insider_callers.begin(), insider_callers.end());
    r.caller = *rc::gen::elementOf(callers);
    r.action = *rc::gen::elementOf(request_actions);
    r.resource = *rc::gen::elementOf(request_resources);
    // aws:PrincipalAccount is the caller's own.
    auto account = r.caller.rfind("arn:aws:iam::", 0) == 0 ? r.caller.substr(13, 12) : "";
    if (!account.empty()) r.context["aws:principalaccount"] = account;
    for (const auto& k : keys) {
      std::vector<std::string> values = k.outsider;
      if (!outsiders_only) values.insert(values.end(), k.insider.begin(), k.insider.end());
      auto pick = *rc::gen::inRange<std::size_t>(0, values.size() + 1);
      if (pick < values.size()) r.context[k.key] = values[pick];  // else absent
    }
    return r;
  });
}

}  // namespace

rc::Gen<json> bucket_policy() {
  return rc::gen::exec([] {
    auto statements = *rc::gen::resize(4, rc::gen::container<std::vector<json>>(statement()));
    if (statements.empty() || *rc::gen::inRange(0, 2) == 0) {
      auto at = *rc::gen::inRange<std::size_t>(0, statements.size() + 1);
      statements.insert(statements.begin() + static_cast<std::ptrdiff_t>(at), *tls_deny());
    }
    return json{{"Version", "2012-10-17"}, {"Statement", std::move(statements)}};
  });
}

rc::Gen<concrete_request> outsider_request() { return request(true); }
rc::Gen<concrete_request> any_request() { return request(false); }

bool outsider_could_send(const concrete_request& r) {
  if (std::find(insider_callers.begin(), insider_callers.end(), r.caller) != insider_callers.end()) return false;
  if (r.caller.find(owner_account) != std::string::npos || r.caller.find("444455556666") != std::string::npos)
    return false;
  for (const auto& k : keys) {
    auto it = r.context.find(k.key);
    if (it != r.context.end() && std::find(k.insider.begin(), k.insider.end(), it->second) != k.insider.end())
      return false;
  }
  if (auto ip = r.context.find("aws:sourceip"); ip != r.context.end() && ip->second.rfind("10.", 0) == 0) return false;
  if (auto a = r.context.find("aws:principalaccount"); a != r.context.end() && (a->second == owner_account || a->second == "444455556666"))
    return false;
  return true;
}

}  // namespace properties::policies
