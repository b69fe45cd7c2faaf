#include "engine/scan/evaluator.hpp"

#include <algorithm>

#include "engine/rules/rule.hpp"

namespace engine {

namespace {

// Parameter values that would make the rule misread them: reported before anything runs.
std::vector<std::string> parameter_problems(const rules::rule_definition& rule,
                                            const rule_request& request) {
  std::vector<std::string> out;
  for (const auto& [name, value] : request.input_parameters) {
    const rules::parameter* spec = rules::find_parameter(rule, name);
    if (!spec) continue;  // AWS ignores parameters a rule does not take
    if (auto problem = rules::parameter_problem(*spec, value); !problem.empty())
      out.push_back(request.config_rule_name + ": " + name + " " + problem);
  }
  return out;
}

// The regions where a read the rule needs failed (a listing of a type it reads, or a document),
// with the first reason for each.
std::map<std::string, std::string> failed_regions(const inventory& inv,
                                                  const rules::rule_definition& rule) {
  std::map<std::string, std::string> out;
  std::vector<std::string_view> keys = rules::types_read(rule);
  keys.insert(keys.end(), rule.reads.documents.begin(), rule.reads.documents.end());
  for (auto key : keys)
    for (const collection_failure* f : inv.failures_of(key)) out.emplace(f->region, f->reason);
  return out;
}

evaluation insufficient(const inventory& inv, const rules::rule_definition& rule,
                        const std::string& region, const std::string& reason) {
  return {std::string(rule.identifier), std::string(account_resource_type), inv.account_id(), "",
          region, compliance::insufficient_data, "could not collect what the rule reads: " + reason};
}

// A per-resource rule over every item of the types it judges. A resource whose configuration, or
// a document the rule opens, could not be read is INSUFFICIENT_DATA, whatever the rule would
// have said.
std::vector<evaluation> judge_each(const rules::rule_context& ctx) {
  const rules::rule_definition& rule = ctx.rule();
  std::vector<evaluation> out;
  std::vector<const configuration_item*> items;
  for (auto type : rules::judged_types(rule)) {
    auto of_type = ctx.inv().items(type);
    items.insert(items.end(), of_type.begin(), of_type.end());
  }
  for (const configuration_item* item : items) {
    try {
      if (auto why = item->why_unreadable(std::string(configuration_document)))
        throw unreadable_document("the resource's configuration", *why);
      rules::verdict v = rule.judge(ctx, *item);
      out.push_back(ctx.about(*item, v.result, std::move(v.annotation)));
    } catch (const unreadable_document& e) {
      out.push_back(ctx.about(*item, compliance::insufficient_data, e.what()));
    }
  }
  return out;
}

}  // namespace

pack_evaluation evaluate_pack(const inventory& inv, const std::vector<rule_request>& requests) {
  pack_evaluation out;
  for (const rule_request& request : requests) {
    const rules::rule_definition* rule = rules::find_rule(request.identifier);
    if (!rule) {
      out.not_implemented.push_back(request);
      continue;
    }
    auto problems = parameter_problems(*rule, request);
    if (!problems.empty()) {
      out.parameter_errors.insert(out.parameter_errors.end(), problems.begin(), problems.end());
      continue;
    }
    rules::rule_context ctx(inv, *rule, request.input_parameters, request.config_rule_name);
    std::vector<evaluation> verdicts;
    if (rule->judge) {
      verdicts = judge_each(ctx);
    } else {
      try {
        verdicts = rule->evaluate(ctx);
      } catch (const unreadable_document& e) {
        // A rule over the whole account opened what could not be read: it cannot say anything.
        out.evaluations.push_back(insufficient(inv, *rule, std::string(global_region), e.what()));
        continue;
      }
    }
    auto failed = failed_regions(inv, *rule);
    if (auto global = failed.find(std::string(global_region)); global != failed.end()) {
      out.evaluations.push_back(insufficient(inv, *rule, global->first, global->second));
      continue;  // global data (IAM) missing: nothing the rule said can be trusted
    }
    std::erase_if(verdicts, [&](const evaluation& e) { return failed.count(e.region) > 0; });
    if (!request.scope_types.empty())
      std::erase_if(verdicts, [&](const evaluation& e) {
        return std::find(request.scope_types.begin(), request.scope_types.end(), e.resource_type) ==
               request.scope_types.end();
      });
    for (const auto& [region, reason] : failed) out.evaluations.push_back(insufficient(inv, *rule, region, reason));
    if (rule->manual)
      for (const auto& region : inv.regions())
        if (!failed.count(region) &&
            std::none_of(verdicts.begin(), verdicts.end(), [&](const evaluation& e) { return e.region == region; }))
          out.awaiting.push_back({request, region});
    for (auto& e : verdicts) {
      e.rule = request.identifier;
      out.evaluations.push_back(std::move(e));
    }
  }
  return out;
}

}  // namespace engine
