#pragma once
// Credentials and region for scanning a real account, found where the AWS CLI looks:
//   keys:   AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN), else the shared
//           credentials file (AWS_SHARED_CREDENTIALS_FILE or ~/.aws/credentials), else the config
//           file (AWS_CONFIG_FILE or ~/.aws/config), in profile AWS_PROFILE or "default";
//   region: AWS_REGION, else AWS_DEFAULT_REGION, else the profile's region in the config file
//           ("[profile x]" sections; the default profile is "[default]").
// Role assumption, SSO and credential_process are not supported: a profile that needs them is
// reported as such instead of being skipped silently.

#include <optional>
#include <string>

#include "mockaws/sigv4/sigv4.hpp"

namespace engine::client {

struct resolved_credentials {
  mockaws::sigv4::credentials credentials;
  std::string region;  // empty when no source names one
  std::string source;  // where the keys came from: "environment", "/home/u/.aws/credentials [prod]"
};

struct credentials_resolution {
  std::optional<resolved_credentials> found;
  // When nothing was found: every source tried and why it gave nothing, on one line.
  std::string error;
};

// Reads the process environment and the files it points to. Never throws.
credentials_resolution resolve_credentials();

// The region alone (same order as above), or empty.
std::string resolve_region();

}  // namespace engine::client
