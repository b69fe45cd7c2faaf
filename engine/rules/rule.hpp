#pragma once
// A rule: AWS Config managed rule `identifier`, as a pure function over the inventory. Each rule
// lives in its own file under engine/rules/<service>/ and is listed in all_rules.hpp (one line).
// Most rules judge each resource of their type on its own (`judge`); the evaluator walks the
// items, and turns a document the rule opens that could not be read into INSUFFICIENT_DATA for
// that resource, so no rule can judge what was never seen. Rules that look at the account as a
// whole, or compare resources, give all their evaluations at once (`evaluate`). A rule about one
// member compared with a value is a declaration (field_rule.hpp).

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/evaluation.hpp"
#include "engine/core/inventory.hpp"

namespace engine::rules {

// port_list: AWS's comma-separated TCP/UDP ports and dash ranges ("443,1020-1025"), each 0-65535
// (port_list.hpp reads it). decimal: AWS's "double" (a target utilization of 70.5).
enum class parameter_kind { string, integer, boolean, port_list, decimal };

// A rule's input parameter as AWS Config passes it: text. Integers must parse; booleans are
// "true" or "false" in any case ("True" too), except where the rule's page says only lowercase
// "true" is true (case_sensitive); a parameter with choices takes one of them, in any case. A
// value that does not parse is an error naming the rule and the parameter.
struct parameter {
  std::string_view name;           // AWS's input parameter name: "maxAccessKeyAge"
  parameter_kind kind = parameter_kind::string;
  std::string_view default_value;  // the rule's own default when the pack sets none ("" = unset)
  std::string_view meaning;
  bool case_sensitive = false;     // booleans: anything but "true" is false
  std::string_view choices = {};   // "ReadOnly|WriteOnly|ALL" (or integers: "1|3|5"); empty: any
};

// The rule's declared parameter `name`, or nullptr.
struct rule_definition;
const parameter* find_parameter(const rule_definition& rule, std::string_view name);

// The problem with `value` for `spec` ("" when it parses): "must be an integer, got 'x'".
std::string parameter_problem(const parameter& spec, std::string_view value);

// What a rule reads, by the names of the collection tables (engine/scan/resource_kinds.cpp): a
// failed listing of a type, or a failed document, makes the rule INSUFFICIENT_DATA in that
// region; only what some selected rule reads is collected.
struct rule_reads {
  std::vector<std::string_view> types = {};        // empty: the rule's resource_type
  std::vector<std::string_view> supplements = {};  // per-resource documents it opens
  std::vector<std::string_view> documents = {};    // account or region documents
};

// A verdict on one resource.
struct verdict {
  compliance result;
  std::string annotation;
};

class rule_context;

struct rule_definition {
  std::string_view identifier;     // "ACCESS_KEYS_ROTATED"
  std::string_view summary;        // what it checks, one line
  std::string_view resource_type;  // what it evaluates: "AWS::IAM::User", or "AWS::::Account"
  // Further types a per-resource rule judges the same way (IAM_NO_INLINE_POLICY_CHECK judges
  // users, roles and groups); reports name each evaluation's own type.
  std::vector<std::string_view> more_types = {};
  std::vector<parameter> parameters = {};
  rule_reads reads = {};
  // One of the two: the verdict on each item of resource_type ...
  std::function<verdict(const rule_context&, const configuration_item&)> judge = {};
  // ... or every evaluation at once.
  std::vector<evaluation> (*evaluate)(const rule_context&) = nullptr;
  // Where AWS's page is silent or unclear, the reading hipaasim chose, in a sentence or two
  // (`hipaasim rules` shows it; the rule's file says more and a scenario pins it).
  std::string_view reading = {};
  // A process check (AWS_CONFIG_PROCESS_CHECK): nothing an API shows can prove it, so its verdict
  // is an operator's attestation; a region it gives no evaluation for is reported as awaiting
  // one (never COMPLIANT, and not a failure).
  bool manual = false;
  // Not an AWS Config managed rule but a check of hipaasim's own, for a framework control no
  // managed rule covers (ACCOUNT_SECURITY_CONTACT_REGISTERED); `hipaasim rules` says so.
  bool hipaasim_check = false;
};

// The resource types a rule reads (its declared ones, else the types it judges).
std::vector<std::string_view> types_read(const rule_definition& rule);
// The types a per-resource rule judges: resource_type, then more_types.
std::vector<std::string_view> judged_types(const rule_definition& rule);

// The inputs of one evaluation: the inventory and the rule's parameters (the pack's values over
// the rule's defaults).
class rule_context {
 public:
  rule_context(const inventory& inv, const rule_definition& rule,
               std::map<std::string, std::string> parameters, std::string config_rule_name = {})
      : inventory_(inv), rule_(rule), parameters_(std::move(parameters)),
        config_rule_name_(std::move(config_rule_name)) {}

  const inventory& inv() const { return inventory_; }
  const rule_definition& rule() const { return rule_; }
  // The name the pack gives the rule ("annual-risk-assessment-performed"): what AWS Config
  // records an operator's attestation under.
  const std::string& config_rule_name() const { return config_rule_name_; }

  // A parameter's value: the pack's, else the rule's default ("" when neither).
  std::string text(std::string_view name) const;
  bool is_set(std::string_view name) const { return !text(name).empty(); }
  long long integer(std::string_view name) const;  // validated by the evaluator beforehand
  double decimal(std::string_view name) const;     // likewise
  // "true" in any case, or only lowercase "true" for a case_sensitive parameter.
  bool boolean(std::string_view name) const;

  // The resource's document `name`, which the rule must declare in reads.supplements (else
  // std::logic_error: it would not have been collected); nullptr when the resource has none.
  // Throws unreadable_document when it could not be read.
  const json* read(const configuration_item& item, std::string_view name) const;

  evaluation about(const configuration_item& item, compliance result, std::string annotation) const;
  evaluation about_account(const std::string& region, compliance result,
                           std::string annotation) const;

  // Whole days from `timestamp` (ISO 8601, as the API returns it) to the evaluation clock;
  // nullopt when it does not parse.
  std::optional<long long> days_since(const json& timestamp) const;
  // Whole hours, likewise.
  std::optional<long long> hours_since(const json& timestamp) const;

 private:
  const inventory& inventory_;
  const rule_definition& rule_;
  std::map<std::string, std::string> parameters_;
  std::string config_rule_name_;
};

// Every rule the engine implements, in identifier order (registry.cpp).
const std::vector<rule_definition>& all_rules();
const rule_definition* find_rule(std::string_view identifier);

}  // namespace engine::rules
