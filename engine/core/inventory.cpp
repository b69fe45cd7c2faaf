#include "engine/core/inventory.hpp"

namespace engine {

void inventory::add(configuration_item item) {
  items_[item.resource_type].push_back(std::move(item));
  ++item_count_;
}

std::vector<const configuration_item*> inventory::items(std::string_view resource_type) const {
  std::vector<const configuration_item*> out;
  auto it = items_.find(resource_type);
  if (it == items_.end()) return out;
  out.reserve(it->second.size());
  for (const auto& item : it->second) out.push_back(&item);
  return out;
}

void inventory::set_document(const std::string& key, const std::string& region, json value) {
  documents_[{key, region}] = std::move(value);
}

const json* inventory::document(const std::string& key, const std::string& region) const {
  auto it = documents_.find({key, region});
  return it == documents_.end() ? nullptr : &it->second;
}

void inventory::record_failure(collection_failure failure) { failures_.push_back(std::move(failure)); }

std::vector<const collection_failure*> inventory::failures_of(std::string_view key,
                                                              std::string_view region) const {
  std::vector<const collection_failure*> out;
  for (const auto& f : failures_)
    if (f.key == key && (region.empty() || f.region == region)) out.push_back(&f);
  return out;
}

}  // namespace engine
