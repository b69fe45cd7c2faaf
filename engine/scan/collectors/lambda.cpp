// Lambda (per region): functions with their resource policies (GetPolicy; a function without
// one answers ResourceNotFoundException).

#include "engine/scan/collectors/collectors.hpp"

namespace engine::collectors {

collector_output collect_lambda(client::aws_client& aws, const collect_scope& scope) {
  collector_output out;
  auto listed = output_or_failure(aws.call_all_pages("lambda", "ListFunctions", json::object(), scope.region),
                                  out, "lambda.functions", scope.region);
  if (!listed) return out;
  struct pending {
    json function;
    std::future<client::call_result> policy;
  };
  std::vector<pending> calls;
  for (const auto& function : listed->value("Functions", json::array()))
    calls.push_back({function, aws.submit("lambda", "GetPolicy",
                                          {{"FunctionName", function.value("FunctionName", "")}}, scope.region)});
  for (auto& call : calls) {
    std::string name = call.function.value("FunctionName", "");
    auto item = make_item("AWS::Lambda::Function", name, name, call.function.value("FunctionArn", ""),
                          scope.region, call.function);
    store_supplement(item, "Policy", call.policy.get(), "Policy", {"ResourceNotFoundException"});
    parse_json_supplement(item, "Policy", "lambda:GetPolicy");
    out.items.push_back(std::move(item));
  }
  return out;
}

}  // namespace engine::collectors
