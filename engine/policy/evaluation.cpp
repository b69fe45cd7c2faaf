#include "engine/policy/evaluation.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>

#include "engine/policy/matching.hpp"

namespace engine::policy {

namespace {

// "${aws:username}" and friends replaced from the request; nullopt when a variable names a key
// the request does not have (that value then matches nothing). ${*}, ${?} and ${$} are the
// literal characters.
std::optional<std::string> substitute(std::string_view value, const request_context& ctx) {
  if (value.find("${") == std::string_view::npos) return std::string(value);
  std::string out;
  for (std::size_t i = 0; i < value.size();) {
    if (value.compare(i, 2, "${") != 0) {
      out.push_back(value[i++]);
      continue;
    }
    auto close = value.find('}', i);
    if (close == std::string_view::npos) return std::string(value);
    std::string_view name = value.substr(i + 2, close - i - 2);
    if (name == "*" || name == "?" || name == "$") out += name;
    else {
      const auto* v = ctx.find(name);
      if (!v || v->size() != 1) return std::nullopt;
      out += v->front();
    }
    i = close + 1;
  }
  return out;
}

// The positive sense of an operator on one request value and one policy value.
bool positive_match(std::string_view base, std::string_view have, std::string_view want) {
  auto compare = [&](auto parse, auto relation) {
    auto a = parse(have), b = parse(want);
    return a && b && relation(*a, *b);
  };
  if (base == "StringEquals" || base == "StringNotEquals") return have == want;
  if (base == "StringEqualsIgnoreCase" || base == "StringNotEqualsIgnoreCase")
    return equal_text(have, want, letter_case::insensitive);
  if (base == "StringLike" || base == "StringNotLike") return glob_match(want, have, letter_case::sensitive);
  if (base == "ArnEquals" || base == "ArnLike" || base == "ArnNotEquals" || base == "ArnNotLike")
    return arn_match(want, have);
  if (base == "Bool") return equal_text(have, want, letter_case::insensitive);
  if (base == "BinaryEquals") return have == want;
  if (base == "IpAddress" || base == "NotIpAddress") return ip_in_cidr(have, want);
  if (base == "NumericEquals" || base == "NumericNotEquals") return compare(number_value, std::equal_to<>());
  if (base == "NumericLessThan") return compare(number_value, std::less<>());
  if (base == "NumericLessThanEquals") return compare(number_value, std::less_equal<>());
  if (base == "NumericGreaterThan") return compare(number_value, std::greater<>());
  if (base == "NumericGreaterThanEquals") return compare(number_value, std::greater_equal<>());
  if (base == "DateEquals" || base == "DateNotEquals") return compare(date_value, std::equal_to<>());
  if (base == "DateLessThan") return compare(date_value, std::less<>());
  if (base == "DateLessThanEquals") return compare(date_value, std::less_equal<>());
  if (base == "DateGreaterThan") return compare(date_value, std::greater<>());
  if (base == "DateGreaterThanEquals") return compare(date_value, std::greater_equal<>());
  return false;
}

// One request value against the condition's values: any of them (for a negated operator, none).
bool value_matches(const condition& c, std::string_view have, const request_context& ctx) {
  bool any = false;
  for (const auto& written : c.values) {
    auto want = substitute(written, ctx);
    if (want && positive_match(c.base, have, *want)) {
      any = true;
      break;
    }
  }
  return negated_operator(c.base) ? !any : any;
}

bool principal_entry_matches(const principal_entry& e, const caller& who) {
  if (e.type == "AWS") {
    if (e.value == "*") return true;
    if (who.type != caller::kind::iam) return false;
    // An account id, or the account's root ARN, names every principal of the account.
    if (e.value == who.account || e.value == "arn:aws:iam::" + who.account + ":root") return true;
    return e.value == who.arn;
  }
  if (e.type == "Service")
    return who.type == caller::kind::service && equal_text(e.value, who.service, letter_case::insensitive);
  return false;  // Federated and CanonicalUser principals are not among the callers modelled
}

}  // namespace

std::string caller::describe() const {
  switch (type) {
    case kind::anonymous: return "an anonymous caller";
    case kind::iam: return arn.empty() ? "account " + account : arn;
    case kind::service: return "service " + service;
  }
  return {};
}

void request_context::set(std::string_view key, std::vector<std::string> values) {
  values_[lower_case(key)] = std::move(values);
}

void request_context::erase(std::string_view key) { values_.erase(lower_case(key)); }

const std::vector<std::string>* request_context::find(std::string_view key) const {
  auto it = values_.find(lower_case(key));
  return it == values_.end() ? nullptr : &it->second;
}

std::string request::describe() const {
  std::string out = action + " on " + resource + " by " + who.describe();
  std::string keys;
  for (const auto& [key, values] : context.entries()) {
    keys += keys.empty() ? "" : ", ";
    keys += key + "=";
    for (std::size_t i = 0; i < values.size(); ++i) keys += (i ? "|" : "") + values[i];
  }
  return keys.empty() ? out : out + " (" + keys + ")";
}

bool known_operator(std::string_view base) {
  static const char* const names[] = {
      "StringEquals", "StringNotEquals", "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase",
      "StringLike", "StringNotLike", "NumericEquals", "NumericNotEquals", "NumericLessThan",
      "NumericLessThanEquals", "NumericGreaterThan", "NumericGreaterThanEquals", "DateEquals",
      "DateNotEquals", "DateLessThan", "DateLessThanEquals", "DateGreaterThan",
      "DateGreaterThanEquals", "Bool", "BinaryEquals", "IpAddress", "NotIpAddress", "ArnEquals",
      "ArnLike", "ArnNotEquals", "ArnNotLike", "Null"};
  return std::find(std::begin(names), std::end(names), base) != std::end(names);
}

bool negated_operator(std::string_view base) {
  return base == "StringNotEquals" || base == "StringNotEqualsIgnoreCase" || base == "StringNotLike" ||
         base == "NumericNotEquals" || base == "DateNotEquals" || base == "NotIpAddress" ||
         base == "ArnNotEquals" || base == "ArnNotLike";
}

bool condition_holds(const condition& c, const request_context& ctx) {
  if (!known_operator(c.base)) return false;
  const std::vector<std::string>* have = ctx.find(c.key);
  bool absent = !have || have->empty();
  if (c.base == "Null") {
    // {"Null": {"k": "true"}}: the key is absent; "false": present.
    for (const auto& v : c.values)
      if (equal_text(v, absent ? "true" : "false", letter_case::insensitive)) return true;
    return false;
  }
  if (absent) {
    if (c.if_exists) return true;
    if (c.qualifier == condition::set_qualifier::for_all_values) return true;
    if (c.qualifier == condition::set_qualifier::for_any_value) return false;
    return negated_operator(c.base);
  }
  switch (c.qualifier) {
    case condition::set_qualifier::for_any_value:
      return std::any_of(have->begin(), have->end(), [&](const std::string& v) { return value_matches(c, v, ctx); });
    case condition::set_qualifier::for_all_values:
      return std::all_of(have->begin(), have->end(), [&](const std::string& v) { return value_matches(c, v, ctx); });
    case condition::set_qualifier::none:
      break;
  }
  // A single-valued operator given several request values: positive if one matches, negated if
  // none does.
  if (negated_operator(c.base))
    return std::all_of(have->begin(), have->end(), [&](const std::string& v) { return value_matches(c, v, ctx); });
  return std::any_of(have->begin(), have->end(), [&](const std::string& v) { return value_matches(c, v, ctx); });
}

bool principal_matches(const statement& st, const caller& who) {
  if (!st.principals.present) return true;  // an identity policy: whoever holds it
  bool named = st.principals.everyone ||
               std::any_of(st.principals.entries.begin(), st.principals.entries.end(),
                           [&](const principal_entry& e) { return principal_entry_matches(e, who); });
  return st.not_principal ? !named : named;
}

bool action_matches(const statement& st, std::string_view action) {
  bool named = std::any_of(st.actions.begin(), st.actions.end(), [&](const std::string& pattern) {
    return glob_match(pattern, action, letter_case::insensitive);
  });
  return st.not_action ? !named : named;
}

bool resource_matches(const statement& st, std::string_view resource, const request_context& ctx) {
  if (!st.resource_present) return true;
  bool named = std::any_of(st.resources.begin(), st.resources.end(), [&](const std::string& written) {
    auto pattern = substitute(written, ctx);
    return pattern && glob_match(*pattern, resource, letter_case::sensitive);
  });
  return st.not_resource ? !named : named;
}

bool conditions_hold(const statement& st, const request_context& ctx) {
  return std::all_of(st.conditions.begin(), st.conditions.end(),
                     [&](const condition& c) { return condition_holds(c, ctx); });
}

outcome evaluate(const document& policy, const request& r) {
  outcome out;
  for (const statement& st : policy.statements) {
    if (!principal_matches(st, r.who) || !action_matches(st, r.action) ||
        !resource_matches(st, r.resource, r.context) || !conditions_hold(st, r.context))
      continue;
    if (!st.allow) return {decision::explicit_deny, &st};
    if (out.result != decision::allow) out = {decision::allow, &st};
  }
  return out;
}

}  // namespace engine::policy
