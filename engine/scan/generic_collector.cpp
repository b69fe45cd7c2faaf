// The generic collector: runs a resource_kind row (list, detail, supplements) or a document row.

#include <algorithm>
#include <future>

#include "engine/scan/resource_kinds.hpp"

namespace engine {

namespace {

const json* at_path(const json& value, std::string_view path) {
  const json* at = &value;
  while (!path.empty()) {
    auto dot = path.find('.');
    std::string_view segment = path.substr(0, dot);
    if (!at->is_object()) return nullptr;
    auto it = at->find(segment);
    if (it == at->end() || it->is_null()) return nullptr;
    at = &*it;
    path = dot == std::string_view::npos ? std::string_view{} : path.substr(dot + 1);
  }
  return at;
}

std::string region_of(const resource_kind& kind, const collect_scope& scope) {
  return kind.global ? std::string(global_region) : scope.region;
}

}  // namespace

std::string text_at_path(const json& configuration, std::string_view path) {
  while (!path.empty()) {
    auto bar = path.find('|');
    std::string_view choice = path.substr(0, bar);
    path = bar == std::string_view::npos ? std::string_view{} : path.substr(bar + 1);
    if (choice.rfind("Tags:", 0) == 0) {
      if (std::string tag = tag_value(configuration, choice.substr(5)); !tag.empty()) return tag;
      continue;
    }
    const json* value = at_path(configuration, choice);
    if (value && value->is_string() && !value->get_ref<const std::string&>().empty())
      return value->get<std::string>();
    if (value && value->is_number()) return value->dump();
  }
  return {};
}

json bound_input(const call_row& call, const json& configuration, const json& listed) {
  json input = call.fixed_input.empty() ? json::object() : json::parse(call.fixed_input);
  for (const auto& [member, from] : call.input)
    input[std::string(member)] = from.empty() ? listed : json(text_at_path(configuration, from));
  return input;
}

configuration_item item_of(const resource_kind& kind, json configuration, std::string region) {
  std::string id = text_at_path(configuration, kind.id);
  std::string name = kind.name.empty() ? std::string() : text_at_path(configuration, kind.name);
  std::string arn = kind.arn.empty() ? std::string() : text_at_path(configuration, kind.arn);
  return make_item(std::string(kind.type), std::move(id), std::move(name), std::move(arn),
                   std::move(region), std::move(configuration));
}

void read_supplements(client::aws_client& aws, const resource_kind& kind,
                      std::vector<configuration_item>& items, const supplement_set& wanted,
                      const std::vector<std::string>& call_regions) {
  struct pending {
    std::size_t item;
    const supplement_row* row;
    std::future<client::call_result> result;
  };
  std::vector<pending> calls;
  for (std::size_t i = 0; i < items.size(); ++i) {
    // A resource whose configuration could not be read has no documents to read either.
    if (items[i].unreadable.count(std::string(configuration_document))) continue;
    for (const auto& row : kind.supplements) {
      if (!wanted.count(row.name) || items[i].unreadable.count(std::string(row.name))) continue;
      json input = bound_input(row.call, items[i].configuration);
      std::string service(supplement_service(kind, row)), operation(row.call.operation);
      calls.push_back({i, &row,
                       row.paged ? aws.submit_all_pages(service, operation, std::move(input), call_regions[i])
                                 : aws.submit(service, operation, std::move(input), call_regions[i])});
    }
  }
  for (auto& call : calls) {
    configuration_item& item = items[call.item];
    std::string name(call.row->name);
    store_supplement(item, name, call.result.get(), call.row->call.member, call.row->absent_codes);
    if (call.row->json_text)
      parse_json_supplement(item, name,
                            std::string(supplement_service(kind, *call.row)) + ":" + std::string(call.row->call.operation));
  }
}

collector_output collect_kind(client::aws_client& aws, const resource_kind& kind,
                              const collect_scope& scope, const supplement_set& wanted) {
  if (kind.collect) return kind.collect(aws, kind, scope, wanted);
  collector_output out;
  const std::string region = region_of(kind, scope);
  auto listed = output_or_failure(
      aws.call_all_pages(kind.service, kind.list.operation, bound_input(kind.list, json::object()),
                         scope.region),
      out, std::string(kind.type), region);
  if (!listed) return out;
  json entries = listed->value(std::string(kind.list.member), json::array());

  std::vector<configuration_item> items;
  if (kind.detail) {
    std::vector<std::pair<json, std::future<client::call_result>>> described;
    for (const auto& entry : entries)
      described.emplace_back(entry, aws.submit(std::string(kind.service), std::string(kind.detail->operation),
                                               bound_input(*kind.detail, entry, entry), scope.region));
    for (auto& [entry, pending] : described) {
      client::call_result result = pending.get();
      // The listed entry stands for the resource when its description fails: named as listed
      // (a name, or a summary), and marked unreadable so no rule judges it.
      json seed = entry.is_object() ? entry : json::object();
      if (entry.is_string()) seed[std::string(kind.id)] = entry;
      if (!result.ok()) {
        configuration_item item = item_of(kind, std::move(seed), region);
        item.unreadable[std::string(configuration_document)] = result.error->describe();
        items.push_back(std::move(item));
        continue;
      }
      json configuration = kind.detail->member.empty()
                               ? std::move(result.output)
                               : result.output.value(std::string(kind.detail->member), json::object());
      // A description that does not repeat the listed id (GuardDuty's GetDetector) keeps it.
      if (entry.is_string() && configuration.is_object() && !configuration.contains(std::string(kind.id)))
        configuration[std::string(kind.id)] = entry;
      items.push_back(item_of(kind, std::move(configuration), region));
    }
  } else {
    for (auto& entry : entries) items.push_back(item_of(kind, std::move(entry), region));
  }
  read_supplements(aws, kind, items, wanted, std::vector<std::string>(items.size(), scope.region));
  out.items = std::move(items);
  return out;
}

collector_output collect_document(client::aws_client& aws, const document_row& row,
                                  const collect_scope& scope) {
  if (row.collect) return row.collect(aws, row, scope);
  collector_output out;
  const std::string region = row.global ? std::string(global_region) : scope.region;
  json input = bound_input(row.call, json::object());
  client::call_result result =
      row.paged ? aws.call_all_pages(row.service, row.call.operation, std::move(input), scope.region)
                : aws.call(row.service, row.call.operation, std::move(input), scope.region);
  if (result.ok()) {
    json value = row.call.member.empty() ? result.output
                                         : result.output.value(std::string(row.call.member), json());
    out.documents.emplace_back(std::string(row.key), region, std::move(value));
  } else if (std::find(row.absent_codes.begin(), row.absent_codes.end(), result.error->code) !=
             row.absent_codes.end()) {
    out.documents.emplace_back(std::string(row.key), region, json());
  } else {
    out.failures.push_back({std::string(row.key), region, result.error->describe()});
  }
  return out;
}

}  // namespace engine
