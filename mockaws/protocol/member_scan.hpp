#pragma once
// Finds the values of a structure's members in an API value in one pass: the value's keys
// (nlohmann::json objects keep them sorted) and the shape's members sorted by name are walked
// together, instead of one map lookup per member of the shape. Writers then emit the members in
// model order. This is the inner loop of every response: an EC2 Instance has 60 members, of
// which a stored instance sets a dozen.

#include <array>
#include <vector>

#include "mockaws/models/service_model.hpp"
#include "mockaws/protocol/values.hpp"

namespace mockaws::protocol {

static_assert(std::is_same_v<json, nlohmann::json>,
              "member_scan relies on json objects iterating their keys in sorted order");

class member_values {
 public:
  // `value` must be an object. Null members count as absent.
  member_values(const models::shape& shape, const json& value) {
    const std::size_t count = shape.members.size();
    if (count > small_.size()) large_.assign(count, nullptr);
    found_ = count > small_.size() ? large_.data() : small_.data();
    std::fill(found_, found_ + count, nullptr);
    auto it = value.begin();
    std::size_t k = 0;
    while (it != value.end() && k < count) {
      std::uint16_t index = shape.members_by_name[k];
      int order = it.key().compare(shape.members[index].name);
      if (order == 0) {
        if (!it->is_null()) found_[index] = &*it;
        ++it;
        ++k;
      } else if (order < 0) {
        ++it;
      } else {
        ++k;
      }
    }
  }
  member_values(const member_values&) = delete;
  member_values& operator=(const member_values&) = delete;

  // The value of members[index], or nullptr.
  const json* operator[](std::size_t index) const { return found_[index]; }

 private:
  std::array<const json*, 96> small_;
  std::vector<const json*> large_;
  const json** found_ = nullptr;
};

}  // namespace mockaws::protocol
