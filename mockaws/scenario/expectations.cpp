#include "mockaws/scenario/expectations.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <regex>

#include "mockaws/scenario/aws_regions.hpp"
#include "mockaws/scenario/did_you_mean.hpp"
#include "mockaws/store/store.hpp"

namespace mockaws::scenario {

namespace {

const std::vector<std::string_view> compliance_values = {
    "COMPLIANT", "NON_COMPLIANT", "NOT_APPLICABLE", "INSUFFICIENT_DATA"};

class expectation_reader {
 public:
  expectation_reader(const resource_index* resources, std::vector<load_error>& errors)
      : resources_(resources), errors_(errors) {}

  std::vector<expectation> read_all(const source_node& expect) {
    std::vector<expectation> out;
    if (!expect.is_sequence()) {
      fail(expect, "expect is a list of {rule, resource, compliance}, got " + expect.describe());
      return out;
    }
    for (const auto& item : expect.items) {
      if (!item.is_mapping()) {
        fail(item, "an expectation is a mapping {rule, resource, compliance}, got " + item.describe());
        continue;
      }
      if (auto e = read_expectation(item)) out.push_back(std::move(*e));
    }
    return out;
  }

  // One expectation; nullopt (after reporting every problem) when it is wrong.
  std::optional<expectation> read_expectation(const source_node& item) {
    static const std::vector<std::string_view> keys = {"rule", "resource", "compliance", "region"};
    std::size_t errors_before = errors_.size();
    for (const auto& [key, value] : item.entries) {
      if (std::find(keys.begin(), keys.end(), key.text) == keys.end())
        fail(key, "unknown key '" + key.text + "' in an expectation" + did_you_mean(key.text, keys));
      else if (!value.is_scalar() || value.is_null())
        fail(value, key.text + " must be a string, got " + value.describe());
    }
    auto text_of = [&](std::string_view key) -> const source_node* {
      const source_node* value = item.find(key);
      return value && value->is_scalar() && !value->is_null() ? value : nullptr;
    };
    expectation e;
    e.where = item.where;
    if (const source_node* rule = text_of("rule")) {
      e.rule = rule->text;
      check_rule_id(*rule);
    } else if (!item.find("rule")) {
      fail(item, "an expectation needs rule: an AWS Config managed-rule identifier such as "
                 "S3_BUCKET_SSL_REQUESTS_ONLY");
    }
    if (const source_node* compliance = text_of("compliance")) {
      e.compliance = compliance->text;
      if (std::find(compliance_values.begin(), compliance_values.end(), e.compliance) ==
          compliance_values.end())
        fail(*compliance, "compliance must be COMPLIANT, NON_COMPLIANT, NOT_APPLICABLE or "
                          "INSUFFICIENT_DATA, got '" + e.compliance + "'" +
                              did_you_mean(e.compliance, compliance_values));
    } else if (!item.find("compliance")) {
      fail(item, "an expectation needs compliance: COMPLIANT, NON_COMPLIANT, NOT_APPLICABLE or "
                 "INSUFFICIENT_DATA");
    }
    if (const source_node* region = text_of("region")) {
      e.region = region->text;
      // "global" is where the engine reports IAM's verdicts (and a scan's JSON says so), so an
      // expectation copied from a report must load. Found by the scenario round-trip property.
      if (e.region != store::global_region && !is_aws_region(e.region))
        fail(*region, not_a_region(e.region));
    }
    if (const source_node* resource = text_of("resource")) {
      e.resource = resource->text;
      check_expected_resource(*resource, e.region);
    }
    if (errors_.size() != errors_before) return std::nullopt;
    return e;
  }

  // Managed-rule identifiers are upper snake case (the conformance pack's SourceIdentifier);
  // the rule's lower-case Config name is the usual slip. Whether the rule exists is the
  // engine's to say: the loader does not know which rule packs will run.
  void check_rule_id(const source_node& rule) {
    static const std::regex rule_id("[A-Z][A-Z0-9_]*");
    if (std::regex_match(rule.text, rule_id)) return;
    std::string upper = rule.text;
    for (char& c : upper) c = c == '-' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    std::string hint = std::regex_match(upper, rule_id) ? " (did you mean '" + upper + "'?)" : "";
    fail(rule, "rule '" + rule.text + "' is not a managed-rule identifier: they are upper case, "
               "such as S3_BUCKET_SSL_REQUESTS_ONLY" + hint);
  }

  // An expected resource must be in the scenario (by id, name or ARN; in `region` when given),
  // or a typo would expect a verdict about nothing.
  void check_expected_resource(const source_node& resource, const std::string& region) {
    if (!resources_) return;  // it may be in the base that could not be read
    const resource_index& known = *resources_;
    auto found = known.find(resource.text);
    if (found != known.end() && (region.empty() || found->second.count(region) ||
                                 found->second.count("global")))
      return;
    if (found != known.end()) {
      fail(resource, "resource '" + resource.text + "' is not in region " + region);
      return;
    }
    std::vector<std::string_view> names;
    for (const auto& [name, regions] : known) names.push_back(name);
    fail(resource, "resource '" + resource.text + "' names nothing in the scenario (an id, name "
                   "or ARN of one of its resources)" + did_you_mean(resource.text, names));
  }

 private:
  void fail(const source_node& at, const std::string& message) {
    errors_.push_back(error_at(at.where, message));
  }

  const resource_index* resources_;
  std::vector<load_error>& errors_;
};

}  // namespace

std::vector<expectation> read_expectations(const source_node& expect,
                                           const resource_index* resources,
                                           std::vector<load_error>& errors) {
  return expectation_reader(resources, errors).read_all(expect);
}

}  // namespace mockaws::scenario
