#include "engine/policy/policy.hpp"

#include "engine/policy/evaluation.hpp"
#include "engine/policy/matching.hpp"

namespace engine::policy {

namespace {

// Policy values are strings, but authors write booleans and numbers bare ("Bool": {"k": false}).
std::optional<std::string> scalar_text(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_boolean()) return std::string(v.get<bool>() ? "true" : "false");
  if (v.is_number()) return v.dump();
  return std::nullopt;
}

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && equal_text(text.substr(0, prefix.size()), prefix, letter_case::insensitive);
}

class reader {
 public:
  std::string error;

  // A string-or-list member; false (with error set) when it is neither.
  bool strings(const json& st, const char* member, std::vector<std::string>& out, const std::string& where) {
    const json& v = st.at(member);
    if (auto one = scalar_text(v)) {
      out.push_back(*one);
      return true;
    }
    if (v.is_array()) {
      for (const auto& e : v) {
        auto text = scalar_text(e);
        if (!text) return fail(where + ": " + member + " must list strings");
        out.push_back(*text);
      }
      return true;
    }
    return fail(where + ": " + member + " must be a string or a list of strings");
  }

  bool principals(const json& v, principal_set& out, const std::string& where) {
    out.present = true;
    if (v.is_string()) {
      if (v.get<std::string>() != "*") return fail(where + ": a Principal given as text must be \"*\"");
      out.everyone = true;
      return true;
    }
    if (!v.is_object()) return fail(where + ": Principal must be \"*\" or a mapping such as {\"AWS\": ...}");
    for (const auto& [type, values] : v.items()) {
      std::vector<std::string> list;
      if (auto one = scalar_text(values)) list.push_back(*one);
      else if (values.is_array())
        for (const auto& e : values) {
          auto text = scalar_text(e);
          if (!text) return fail(where + ": Principal." + type + " must list strings");
          list.push_back(*text);
        }
      else return fail(where + ": Principal." + type + " must be a string or a list of strings");
      for (auto& value : list) out.entries.push_back({type, std::move(value)});
    }
    return true;
  }

  bool conditions(const json& v, std::vector<condition>& out, const std::string& where) {
    if (!v.is_object()) return fail(where + ": Condition must be a mapping of operator to keys");
    for (const auto& [name, clauses] : v.items()) {
      if (!clauses.is_object()) return fail(where + ": Condition." + name + " must be a mapping of key to values");
      condition c;
      c.operator_name = name;
      std::string_view op = name;
      if (starts_with_ignoring_case(op, "ForAnyValue:")) {
        c.qualifier = condition::set_qualifier::for_any_value;
        op.remove_prefix(12);
      } else if (starts_with_ignoring_case(op, "ForAllValues:")) {
        c.qualifier = condition::set_qualifier::for_all_values;
        op.remove_prefix(13);
      }
      if (op.size() > 8 && op.substr(op.size() - 8) == "IfExists") {
        c.if_exists = true;
        op.remove_suffix(8);
      }
      c.base = std::string(op);
      if (!known_operator(c.base)) return fail(where + ": unknown condition operator " + name);
      for (const auto& [key, values] : clauses.items()) {
        condition one = c;
        one.key = key;
        if (auto text = scalar_text(values)) one.values.push_back(*text);
        else if (values.is_array())
          for (const auto& e : values) {
            auto t = scalar_text(e);
            if (!t) return fail(where + ": Condition." + name + "." + key + " must list strings");
            one.values.push_back(*t);
          }
        else return fail(where + ": Condition." + name + "." + key + " must be a string or a list");
        out.push_back(std::move(one));
      }
    }
    return true;
  }

  std::optional<statement> read(const json& st, std::size_t index) {
    statement out;
    std::string where = "statement " + std::to_string(index + 1);
    if (!st.is_object()) return failed(where + " is not a mapping");
    if (auto sid = st.find("Sid"); sid != st.end() && sid->is_string()) out.sid = sid->get<std::string>();
    out.label = out.sid.empty() ? where : "statement " + out.sid;
    std::string effect = st.value("Effect", std::string());
    if (effect != "Allow" && effect != "Deny") return failed(where + ": Effect must be Allow or Deny");
    out.allow = effect == "Allow";
    if (st.contains("Principal") && st.contains("NotPrincipal"))
      return failed(where + ": Principal and NotPrincipal together");
    if (st.contains("Principal") && !principals(st.at("Principal"), out.principals, where)) return std::nullopt;
    if (st.contains("NotPrincipal")) {
      out.not_principal = true;
      if (!principals(st.at("NotPrincipal"), out.principals, where)) return std::nullopt;
    }
    if (st.contains("Action") == st.contains("NotAction"))
      return failed(where + ": exactly one of Action and NotAction is needed");
    out.not_action = st.contains("NotAction");
    if (!strings(st, out.not_action ? "NotAction" : "Action", out.actions, where)) return std::nullopt;
    if (st.contains("Resource") && st.contains("NotResource"))
      return failed(where + ": Resource and NotResource together");
    out.not_resource = st.contains("NotResource");
    out.resource_present = out.not_resource || st.contains("Resource");
    if (out.resource_present && !strings(st, out.not_resource ? "NotResource" : "Resource", out.resources, where))
      return std::nullopt;
    if (st.contains("Condition") && !conditions(st.at("Condition"), out.conditions, where)) return std::nullopt;
    return out;
  }

 private:
  bool fail(std::string why) {
    if (error.empty()) error = std::move(why);
    return false;
  }
  std::optional<statement> failed(std::string why) {
    fail(std::move(why));
    return std::nullopt;
  }
};

}  // namespace

std::string url_decode(std::string_view text) {
  if (text.find('%') == std::string_view::npos) return std::string(text);
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && hex(text[i + 1]) >= 0 && hex(text[i + 2]) >= 0) {
      out.push_back(static_cast<char>(hex(text[i + 1]) * 16 + hex(text[i + 2])));
      i += 2;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

parse_result parse(const json& value) {
  json doc = value;
  if (value.is_string()) {
    std::string text = value.get<std::string>();
    auto first = text.find_first_not_of(" \t\r\n");
    if (first != std::string::npos && text[first] == '%') text = url_decode(text);
    doc = json::parse(text, nullptr, false);
    if (doc.is_discarded()) return {std::nullopt, "the policy is not valid JSON"};
  }
  if (!doc.is_object()) return {std::nullopt, "the policy is not a JSON object"};
  document out;
  out.version = doc.value("Version", std::string());
  reader r;
  auto statements = doc.find("Statement");
  if (statements == doc.end()) return {out, ""};  // no statement: grants and denies nothing
  std::vector<json> list;
  if (statements->is_array()) list.assign(statements->begin(), statements->end());
  else list.push_back(*statements);
  for (std::size_t i = 0; i < list.size(); ++i) {
    auto st = r.read(list[i], i);
    if (!st) return {std::nullopt, r.error};
    out.statements.push_back(std::move(*st));
  }
  return {std::move(out), ""};
}

}  // namespace engine::policy
