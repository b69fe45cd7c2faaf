#pragma once
// One request judged by one policy under IAM's evaluation logic: an explicit Deny in any
// statement that matches wins; otherwise an Allow that matches allows; otherwise the request is
// implicitly denied. A statement matches when its principal, action and resource cover the
// request and every condition holds (see condition_holds for the operators' rules).

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/policy/policy.hpp"

namespace engine::policy {

// Who is asking.
struct caller {
  enum class kind { anonymous, iam, service };
  kind type = kind::anonymous;
  std::string account;  // the caller's account (iam)
  std::string arn;      // "arn:aws:iam::111122223333:user/alice" (iam)
  std::string service;  // "s3.amazonaws.com" (service)

  std::string describe() const;
};

// Condition keys compare case-insensitively: the context is stored under lower-case keys.
class request_context {
 public:
  void set(std::string_view key, std::vector<std::string> values);
  void set(std::string_view key, std::string value) { set(key, std::vector<std::string>{std::move(value)}); }
  void erase(std::string_view key);
  // nullptr when the key is not in the request.
  const std::vector<std::string>* find(std::string_view key) const;
  const std::map<std::string, std::vector<std::string>>& entries() const { return values_; }

 private:
  std::map<std::string, std::vector<std::string>> values_;
};

struct request {
  caller who;
  std::string action;    // "s3:GetObject"
  std::string resource;  // "arn:aws:s3:::bucket/key"
  request_context context;

  std::string describe() const;
};

enum class decision { explicit_deny, allow, implicit_deny };

struct outcome {
  decision result = decision::implicit_deny;
  const statement* decided_by = nullptr;  // the Deny or the Allow that decided, if any
};

outcome evaluate(const document& policy, const request& r);

// Parts of a statement's match, for the analyzer.
bool principal_matches(const statement& st, const caller& who);
bool action_matches(const statement& st, std::string_view action);
bool resource_matches(const statement& st, std::string_view resource, const request_context& ctx);
bool conditions_hold(const statement& st, const request_context& ctx);

// One condition against the request: a key absent from the request makes a positive operator
// false and a negated one (StringNotEquals, ArnNotLike, NotIpAddress, ...) true; ...IfExists is
// true when the key is absent; Null tests presence; ForAnyValue needs one request value to match
// and is false for an absent key, ForAllValues needs every one to and is true for an absent key.
// Values may use policy variables (${aws:username}); an unknown operator never holds.
bool condition_holds(const condition& c, const request_context& ctx);

// Whether IAM knows the operator (without its ForAnyValue:/IfExists parts).
bool known_operator(std::string_view base);

// Operators whose sense is "the value is not one of these".
bool negated_operator(std::string_view base);

}  // namespace engine::policy
