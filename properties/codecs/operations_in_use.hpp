#pragma once
// The AWS operations the engine calls, each with the file that calls it: the codec properties
// run over exactly these (one gtest per operation and direction, so shards spread them).
// operations_in_use_test.cpp checks the table against the calls in the engine's sources.

#include <string_view>
#include <vector>

namespace properties::codecs {

struct operation_in_use {
  std::string_view service;    // botocore service id: "iam"
  std::string_view operation;  // "ListUsers"
  std::string_view caller;     // the engine source that calls it, under engine/scan/
};

const std::vector<operation_in_use>& operations_in_use();

}  // namespace properties::codecs
