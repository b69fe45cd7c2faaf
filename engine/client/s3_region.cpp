#include "engine/client/s3_region.hpp"

#include "engine/client/endpoints.hpp"

namespace engine::client {

namespace {

std::string element_text(std::string_view xml, std::string_view name) {
  const std::string open = "<" + std::string(name) + ">";
  const std::string close = "</" + std::string(name) + ">";
  auto begin = xml.find(open);
  if (begin == std::string_view::npos) return {};
  begin += open.size();
  auto end = xml.find(close, begin);
  return end == std::string_view::npos ? std::string() : std::string(xml.substr(begin, end - begin));
}

}  // namespace

std::optional<std::string> bucket_region_from(const mockaws::http::response& response,
                                              const mockaws::protocol::call_outcome& outcome) {
  const std::string code = outcome.error ? outcome.error->code : std::string();
  const bool wrong_region = response.status == 301 || code == "PermanentRedirect" ||
                            (response.status == 400 && code == "AuthorizationHeaderMalformed");
  if (!wrong_region) return std::nullopt;
  std::string region(response.header("x-amz-bucket-region"));
  if (region.empty()) region = element_text(response.body, "Region");
  if (!valid_region_name(region)) return std::nullopt;
  return region;
}

std::optional<std::string> bucket_region_cache::find(std::string_view bucket) const {
  std::lock_guard lock(mutex_);
  auto it = regions_.find(bucket);
  if (it == regions_.end()) return std::nullopt;
  return it->second;
}

void bucket_region_cache::remember(std::string bucket, std::string region) {
  std::lock_guard lock(mutex_);
  regions_[std::move(bucket)] = std::move(region);
}

}  // namespace engine::client
