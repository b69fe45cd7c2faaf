// WAFv2 web ACLs (per region): ListWebACLs answers one scope a call. Every region has its
// REGIONAL web ACLs; CLOUDFRONT web ACLs live in us-east-1 (AWS answers that scope nowhere else),
// and AWS Config records them there, so they are collected with us-east-1's. Each is read for
// its documents (the logging configuration) in the region it was listed in.

#include "engine/scan/collectors/hand_written.hpp"

namespace engine::collectors {

collector_output collect_wafv2_web_acls(client::aws_client& aws, const resource_kind& kind,
                                        const collect_scope& scope, const supplement_set& wanted) {
  collector_output out;
  std::vector<std::string> scopes = {"REGIONAL"};
  if (scope.region == "us-east-1") scopes.push_back("CLOUDFRONT");
  std::vector<configuration_item> items;
  for (const auto& web_acl_scope : scopes) {
    auto listed = output_or_failure(aws.call_all_pages("wafv2", std::string(kind.list.operation),
                                                       json{{"Scope", web_acl_scope}}, scope.region),
                                    out, std::string(kind.type), scope.region);
    if (!listed) return out;  // half a listing would judge only some web ACLs
    for (auto& summary : listed->value(std::string(kind.list.member), json::array())) {
      summary["Scope"] = web_acl_scope;  // as AWS Config's configuration item states it
      items.push_back(item_of(kind, std::move(summary), scope.region));
    }
  }
  read_supplements(aws, kind, items, wanted, std::vector<std::string>(items.size(), scope.region));
  out.items = std::move(items);
  return out;
}

}  // namespace engine::collectors
