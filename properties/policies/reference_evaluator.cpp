#include "properties/policies/reference_evaluator.hpp"

#include <algorithm>
#include <cctype>
#include <regex>

#include <arpa/inet.h>

namespace properties::policies {

namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::vector<std::string> list(const json& v) {
  if (v.is_array()) return v.get<std::vector<std::string>>();
  return {v.get<std::string>()};
}

// Wildcards through std::regex: slow and obviously right.
bool like(const std::string& pattern, const std::string& value, bool ignore_case) {
  std::string re;
  for (char c : pattern) {
    if (c == '*') re += ".*";
    else if (c == '?') re += '.';
    else if (std::isalnum(static_cast<unsigned char>(c))) re += c;
    else {
      re += '\\';
      re += c;
    }
  }
  auto flags = ignore_case ? std::regex::icase : std::regex::ECMAScript;
  return std::regex_match(value, std::regex(re, flags));
}

bool in_cidr(const std::string& ip, const std::string& cidr) {
  auto slash = cidr.find('/');
  std::string net = cidr.substr(0, slash);
  int bits = std::stoi(cidr.substr(slash + 1));
  unsigned char a[16] = {}, b[16] = {};
  bool v6 = net.find(':') != std::string::npos;
  if (v6 != (ip.find(':') != std::string::npos)) return false;
  int family = v6 ? AF_INET6 : AF_INET;
  if (inet_pton(family, ip.c_str(), a) != 1 || inet_pton(family, net.c_str(), b) != 1) return false;
  for (int i = 0; i < bits; ++i) {
    int mask = 0x80 >> (i % 8);
    if ((a[i / 8] & mask) != (b[i / 8] & mask)) return false;
  }
  return true;
}

std::string account_of(const std::string& caller) {
  static const std::regex arn("arn:aws:iam::([0-9]+):.*");
  std::smatch m;
  return std::regex_match(caller, m, arn) ? m[1].str() : "";
}

bool principal_named(const json& principal, const std::string& caller) {
  if (principal.is_string()) return principal == "*";
  for (const auto& [type, values] : principal.items())
    for (const auto& v : list(values)) {
      if (type == "AWS") {
        if (v == "*" || v == caller) return true;
        std::string account = account_of(caller);
        if (!account.empty() && (v == account || v == "arn:aws:iam::" + account + ":root")) return true;
      } else if (type == "Service" && "service:" + v == caller) {
        return true;
      }
    }
  return false;
}

// One operator on one key, as IAM's documentation states it.
bool test(std::string op, const std::string& key, const std::vector<std::string>& wanted,
          const std::map<std::string, std::string>& context) {
  auto it = context.find(lower(key));
  bool present = it != context.end();
  if (op == "Null") return (wanted[0] == "true") == !present;
  bool if_exists = op.size() > 8 && op.substr(op.size() - 8) == "IfExists";
  if (if_exists) op = op.substr(0, op.size() - 8);
  bool negated = op.find("Not") != std::string::npos;
  if (!present) return if_exists || negated;
  const std::string& have = it->second;
  bool any = false;
  for (const auto& w : wanted) {
    if (op == "StringEquals" || op == "StringNotEquals") any |= have == w;
    else if (op == "StringLike" || op == "StringNotLike" || op == "ArnLike" || op == "ArnNotLike") any |= like(w, have, false);
    else if (op == "Bool") any |= lower(have) == lower(w);
    else if (op == "IpAddress" || op == "NotIpAddress") any |= in_cidr(have, w);
    else if (op == "NumericLessThan") any |= std::stod(have) < std::stod(w);
    else throw std::logic_error("the reference evaluator does not know " + op);
  }
  return negated ? !any : any;
}

bool matches(const json& st, const concrete_request& r) {
  if (st.contains("Principal") && !principal_named(st["Principal"], r.caller)) return false;
  if (st.contains("NotPrincipal") && principal_named(st["NotPrincipal"], r.caller)) return false;
  auto any_of = [](const json& patterns, const std::string& value, bool ignore_case) {
    for (const auto& p : list(patterns))
      if (like(p, value, ignore_case)) return true;
    return false;
  };
  if (st.contains("Action") && !any_of(st["Action"], r.action, true)) return false;
  if (st.contains("NotAction") && any_of(st["NotAction"], r.action, true)) return false;
  if (st.contains("Resource") && !any_of(st["Resource"], r.resource, false)) return false;
  if (st.contains("NotResource") && any_of(st["NotResource"], r.resource, false)) return false;
  json conditions = st.value("Condition", json::object());
  for (const auto& [op, keys] : conditions.items())
    for (const auto& [key, values] : keys.items())
      if (!test(op, key, list(values), r.context)) return false;
  return true;
}

}  // namespace

verdict reference_evaluate(const json& policy, const concrete_request& r) {
  bool allowed = false;
  for (const auto& st : policy["Statement"]) {
    if (!matches(st, r)) continue;
    if (st["Effect"] == "Deny") return verdict::deny;
    allowed = true;
  }
  return allowed ? verdict::allow : verdict::no_match;
}

}  // namespace properties::policies
