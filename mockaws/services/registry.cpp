#include "mockaws/services/registry.hpp"

#include <map>
#include <vector>

#include "mockaws/services/service_tables.hpp"

namespace mockaws::services {

namespace {

const std::vector<operation_entry>& table() {
  static const std::vector<operation_entry> entries = [] {
    std::vector<operation_entry> all;
    for (auto operations_of : service_tables) {
      auto service = operations_of();
      all.insert(all.end(), service.begin(), service.end());
    }
    return all;
  }();
  return entries;
}

}  // namespace

std::span<const operation_entry> operation_table() { return table(); }

const operation_entry* find_operation_entry(std::string_view service, std::string_view operation) {
  static const auto index = [] {
    std::map<std::pair<std::string_view, std::string_view>, const operation_entry*> out;
    for (const auto& entry : table()) out[{entry.service, entry.operation}] = &entry;
    return out;
  }();
  auto it = index.find({service, operation});
  return it == index.end() ? nullptr : it->second;
}

}  // namespace mockaws::services
