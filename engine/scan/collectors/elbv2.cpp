// ELBv2 load balancers (per region): DescribeLoadBalancers, then the kind's per-load-balancer
// rows (Attributes, Listeners) as any kind reads them, then two documents AWS serves per listener,
// not per load balancer, kept with the load balancer as maps from listener ARN:
//   ListenerRules         DescribeRules(ListenerArn) of each HTTP listener (the redirect check
//                         judges those; HTTPS, TCP and TLS listeners are not read)
//   ListenerCertificates  DescribeListenerCertificates(ListenerArn) of each HTTPS and TLS
//                         listener: all its certificates, where DescribeListeners shows the
//                         default one only
// Either needs the listeners, so wanting it reads Listeners too. A failed listener call makes
// the document unreadable for that load balancer (its rules give INSUFFICIENT_DATA).
// The WAF documents (WAFv2WebACL, WAFRegionalWebACL) are read of Application Load Balancers
// only: no other type can have a web ACL, so asking would cost a call each for nothing.

#include <algorithm>
#include <future>

#include "engine/scan/collectors/hand_written.hpp"

namespace engine::collectors {

namespace {

constexpr std::string_view rules_document = "ListenerRules";
constexpr std::string_view certificates_document = "ListenerCertificates";
constexpr std::string_view waf_documents[] = {"WAFv2WebACL", "WAFRegionalWebACL"};

bool application_load_balancer(const configuration_item& item) {
  return item.configuration.value("Type", "application") == "application";
}

// The wanted WAF documents of the Application Load Balancers among items.
void read_web_acls(client::aws_client& aws, const resource_kind& kind, std::vector<configuration_item>& items,
                   const supplement_set& wanted, const std::string& region) {
  std::vector<std::size_t> albs;
  std::vector<configuration_item> subset;
  for (std::size_t i = 0; i < items.size(); ++i)
    if (application_load_balancer(items[i])) {
      albs.push_back(i);
      subset.push_back(std::move(items[i]));
    }
  read_supplements(aws, kind, subset, wanted, std::vector<std::string>(subset.size(), region));
  for (std::size_t k = 0; k < albs.size(); ++k) items[albs[k]] = std::move(subset[k]);
}

bool reads_listener(std::string_view document, const std::string& protocol) {
  if (document == rules_document) return protocol == "HTTP";
  return protocol == "HTTPS" || protocol == "TLS";
}

// One per-listener document for every item: the row's call for each listener it concerns.
void read_listener_document(client::aws_client& aws, const resource_kind& kind, const supplement_row& row,
                            std::vector<configuration_item>& items, const std::string& region) {
  struct pending {
    std::size_t item;
    std::string listener;
    std::future<client::call_result> result;
  };
  std::vector<pending> calls;
  std::string name(row.name);
  for (std::size_t i = 0; i < items.size(); ++i) {
    configuration_item& item = items[i];
    if (auto failed = item.unreadable.find("Listeners"); failed != item.unreadable.end()) {
      item.unreadable[name] = failed->second;
      continue;
    }
    item.supplementary[name] = json::object();
    auto listeners = item.supplementary.find("Listeners");
    if (listeners == item.supplementary.end() || !listeners->second.is_array()) continue;
    for (const auto& listener : listeners->second) {
      if (!reads_listener(row.name, listener.value("Protocol", ""))) continue;
      std::string arn = listener.value("ListenerArn", "");
      calls.push_back({i, arn,
                       aws.submit_all_pages(std::string(kind.service), std::string(row.call.operation),
                                            json{{"ListenerArn", arn}}, region)});
    }
  }
  for (auto& call : calls) {
    configuration_item& item = items[call.item];
    client::call_result result = call.result.get();
    if (item.unreadable.count(name)) continue;
    if (!result.ok()) {
      item.unreadable[name] = result.error->describe();
      item.supplementary.erase(name);
      continue;
    }
    item.supplementary[name][call.listener] = result.output.value(std::string(row.call.member), json::array());
  }
}

}  // namespace

collector_output collect_elbv2(client::aws_client& aws, const resource_kind& kind, const collect_scope& scope,
                               const supplement_set& wanted) {
  collector_output out;
  auto listed = output_or_failure(aws.call_all_pages(kind.service, kind.list.operation, json::object(), scope.region),
                                  out, std::string(kind.type), scope.region);
  if (!listed) return out;
  std::vector<configuration_item> items;
  for (auto& lb : listed->value(std::string(kind.list.member), json::array()))
    items.push_back(item_of(kind, std::move(lb), scope.region));

  bool per_listener = wanted.count(rules_document) || wanted.count(certificates_document);
  supplement_set plain, web_acls;
  for (const auto& name : wanted) {
    bool waf = std::find(std::begin(waf_documents), std::end(waf_documents), name) != std::end(waf_documents);
    if (waf) web_acls.insert(name);
    else if (name != rules_document && name != certificates_document) plain.insert(name);
  }
  if (per_listener) plain.insert("Listeners");
  read_supplements(aws, kind, items, plain, std::vector<std::string>(items.size(), scope.region));
  if (!web_acls.empty()) read_web_acls(aws, kind, items, web_acls, scope.region);
  for (auto document : {rules_document, certificates_document})
    if (wanted.count(document)) read_listener_document(aws, kind, *find_supplement(kind, document), items, scope.region);
  out.items = std::move(items);
  return out;
}

}  // namespace engine::collectors
