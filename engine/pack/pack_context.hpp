#pragma once
// The values of CloudFormation's pseudo parameters when a pack is loaded. AWS fills them from the
// account and region a conformance pack is deployed to; the engine takes them from its caller.

#include <string>

namespace engine::pack {

struct pack_context {
  std::string account_id;       // AWS::AccountId; a Ref to it is an error while this is empty
  std::string region;           // AWS::Region; likewise
  std::string partition = "aws";  // AWS::Partition
  std::string url_suffix = "amazonaws.com";  // AWS::URLSuffix
};

}  // namespace engine::pack
