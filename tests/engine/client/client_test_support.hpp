#pragma once
// Options the engine client tests share: the mock's example credentials and retries that wait
// microseconds instead of seconds (tests never depend on timing).

#include <chrono>
#include <string>

#include "engine/client/aws_client.hpp"
#include "tests/support/aws_test_client.hpp"

namespace engine::client::testing {

inline client_options fast_options(std::string endpoint_url) {
  client_options options;
  options.endpoint_url = std::move(endpoint_url);
  options.credentials = hipaasim::testing::example_credentials();
  options.base_delay = std::chrono::milliseconds(1);
  options.max_backoff = std::chrono::milliseconds(5);
  options.connect_timeout = std::chrono::milliseconds(5'000);
  options.read_timeout = std::chrono::milliseconds(10'000);
  return options;
}

}  // namespace engine::client::testing
