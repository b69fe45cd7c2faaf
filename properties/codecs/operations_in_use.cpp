#include "properties/codecs/operations_in_use.hpp"

#include "engine/scan/resource_kinds.hpp"

namespace properties::codecs {

const std::vector<operation_in_use>& operations_in_use() {
  static const std::vector<operation_in_use> table = [] {
    std::vector<operation_in_use> out;
    for (auto& [service, operation] : engine::collection_operations()) out.push_back({service, operation});
    return out;
  }();
  return table;
}

}  // namespace properties::codecs
