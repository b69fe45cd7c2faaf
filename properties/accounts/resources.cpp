#include "properties/accounts/resources.hpp"

#include <stdexcept>

#include "engine/rules/rule.hpp"
#include "engine/scan/resource_kinds.hpp"
#include "mockaws/scenario/schema.hpp"

namespace properties {

namespace {

struct holder {
  std::string service, collection;
  bool global = false;
  std::string nested = {};  // the member of each item holding the type (EC2 instances in reservations)
};

bool holds(const mockaws::scenario::collection_schema& collection, std::string_view type) {
  for (const auto& t : collection.resource_types)
    if (t == type) return true;
  return false;
}

holder holder_of(std::string_view type) {
  const engine::resource_kind* kind = engine::find_kind(type);
  if (!kind) throw std::invalid_argument("no collection row for " + std::string(type));
  const auto* service = mockaws::scenario::scenario_schema::embedded().find(kind->service);
  if (service)
    for (const auto& [name, collection] : service->collections) {
      if (holds(collection, type)) return {std::string(kind->service), name, service->global};
      for (const auto& [member, nested] : collection.nested)
        if (holds(nested, type)) return {std::string(kind->service), name, service->global, member};
    }
  throw std::invalid_argument("no scenario collection holds " + std::string(type));
}

// Systems Manager keeps patch and association summaries in one collection: ComplianceType
// tells them apart (the engine's rows list each with that filter).
bool of_type(const json& item, std::string_view type) {
  if (type == "AWS::SSM::PatchCompliance") return item.value("ComplianceType", "") == "Patch";
  if (type == "AWS::SSM::AssociationCompliance") return item.value("ComplianceType", "") == "Association";
  return true;
}

std::string identity_of(const json& item, std::string_view type) {
  const engine::resource_kind& kind = *engine::find_kind(type);
  std::string id = engine::text_at_path(item, kind.id);
  return id.empty() ? engine::text_at_path(item, kind.name) : id;
}

}  // namespace

std::vector<located_item> items_of(json& doc, std::string_view resource_type) {
  holder where = holder_of(resource_type);
  std::vector<located_item> out;
  for_each_item(doc, where.service, where.collection, [&](const std::string& region, json& item) {
    if (where.nested.empty()) {
      if (of_type(item, resource_type)) out.push_back({region, &item, identity_of(item, resource_type)});
      return;
    }
    if (item.contains(where.nested) && item[where.nested].is_array())
      for (auto& inner : item[where.nested]) out.push_back({region, &inner, identity_of(inner, resource_type)});
  });
  return out;
}

std::vector<located_item> items_of(const json& doc, std::string_view resource_type) {
  // Nothing is changed through the pointers of a read-only document's items.
  return items_of(const_cast<json&>(doc), resource_type);
}

bool reads_only_global_data(std::string_view rule) {
  const auto* definition = engine::rules::find_rule(rule);
  if (!definition) throw std::invalid_argument("no rule " + std::string(rule));
  for (auto type : engine::rules::types_read(*definition))
    if (const auto* kind = engine::find_kind(type); !kind || !kind->global) return false;
  for (auto document : definition->reads.documents)
    if (const auto* row = engine::find_document(document); !row || !row->global) return false;
  return true;
}

}  // namespace properties
