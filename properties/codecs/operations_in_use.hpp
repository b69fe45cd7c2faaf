#pragma once
// The AWS operations the engine calls: the codec properties run over exactly these (one gtest per
// operation and direction, so shards spread them). The list is derived from the engine's
// collection rows (engine/scan/resource_kinds.cpp), so a new row's calls are covered at once.

#include <string>
#include <vector>

namespace properties::codecs {

struct operation_in_use {
  std::string service;    // botocore service id: "iam"
  std::string operation;  // "ListUsers"
};

const std::vector<operation_in_use>& operations_in_use();

}  // namespace properties::codecs
