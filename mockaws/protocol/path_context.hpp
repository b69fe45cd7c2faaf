#pragma once
// Runs a conversion step and, if it throws value_error, records where in the value it happened.
// Exceptions are only thrown on bad input, so the happy path pays nothing.

#include <cstddef>
#include <string>
#include <string_view>

#include "mockaws/protocol/values.hpp"

namespace mockaws::protocol {

template <typename F>
auto with_member(std::string_view member, F&& step) -> decltype(step()) {
  try {
    return step();
  } catch (value_error& e) {
    e.prepend(member);
    throw;
  }
}

template <typename F>
auto with_index(std::size_t index, F&& step) -> decltype(step()) {
  try {
    return step();
  } catch (value_error& e) {
    e.prepend("[" + std::to_string(index) + "]");
    throw;
  }
}

}  // namespace mockaws::protocol
