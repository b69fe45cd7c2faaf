#pragma once
// S3 answers a request signed for the wrong region with the bucket's region: 301 PermanentRedirect
// (HEAD included, body-less) or 400 AuthorizationHeaderMalformed, the region in the
// x-amz-bucket-region header or a <Region> element. The SDKs re-sign for that region and send the
// request once more, and remember the bucket's region for the calls that follow; so does this
// client (tests/engine/client/s3_region_test.cpp).

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "mockaws/http/message.hpp"
#include "mockaws/protocol/codec.hpp"

namespace engine::client {

// The region S3 names in a wrong-region answer, or nothing for any other answer.
std::optional<std::string> bucket_region_from(const mockaws::http::response& response,
                                              const mockaws::protocol::call_outcome& outcome);

class bucket_region_cache {
 public:
  std::optional<std::string> find(std::string_view bucket) const;
  void remember(std::string bucket, std::string region);

 private:
  mutable std::mutex mutex_;
  std::map<std::string, std::string, std::less<>> regions_;
};

}  // namespace engine::client
