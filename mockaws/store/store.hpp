#pragma once
// The state mockaws serves: accounts, each with per-region (and global) service state, the
// credentials that authenticate requests, and the clock. State is API-shaped JSON: a service's
// state is an object of collections in the shapes its Describe/List/Get operations return, with
// per-resource sub-documents beside them (an S3 bucket's encryption, an IAM user's keys).
//
// A store is built (by the scenario loader or a test), then shared read-only with the server.

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "mockaws/protocol/timestamp.hpp"

namespace mockaws::store {

using json = nlohmann::json;
using protocol::timestamp;

// AWS's documentation example key pair, accepted when a scenario declares no credentials.
inline constexpr std::string_view example_access_key_id = "AKIAIOSFODNN7EXAMPLE";
inline constexpr std::string_view example_secret_access_key =
    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
inline constexpr std::string_view default_account_id = "123456789012";
inline constexpr std::string_view default_region = "us-east-1";

// The pseudo-region under which global services (IAM, CloudFront) keep their state.
inline constexpr std::string_view global_region = "global";

// True for services AWS serves from one global endpoint, whatever region a request names.
bool is_global_service(std::string_view service_id);

// A fixed instant (scenarios pin one so age-based rules are deterministic) or the system clock.
class clock_source {
 public:
  static clock_source system() { return clock_source(std::nullopt); }
  static clock_source fixed(timestamp at) { return clock_source(at); }
  timestamp now() const;
  bool is_fixed() const { return fixed_.has_value(); }

 private:
  explicit clock_source(std::optional<timestamp> fixed) : fixed_(fixed) {}
  std::optional<timestamp> fixed_;
};

struct credential {
  std::string access_key_id;
  std::string secret_access_key;
  std::string session_token;  // empty for long-term keys
  std::string account_id;
};

// A failure the scenario asks the mock to give instead of an answer, so that clients and the rule
// engine can be tested against what real accounts do: a role without s3:GetBucketPolicy, a
// throttled API, a service in an outage. It matches calls by service, operation and region.
struct fault {
  std::string service;    // botocore id: "s3"
  std::string operation;  // "GetBucketPolicy", or "*" for every operation of the service
  std::string region;     // empty: every region
  std::string code;       // the AWS error code to answer: "AccessDenied"
  std::string message;
  int status = 400;

  bool matches(std::string_view service_id, std::string_view operation_name,
               std::string_view region_name) const {
    return service == service_id && (operation == "*" || operation == operation_name) &&
           (region.empty() || region == region_name);
  }
};

class account {
 public:
  explicit account(std::string id) : id_(std::move(id)) {}
  const std::string& id() const { return id_; }

  // The state of `service` in `region` (global services ignore the region). An empty object
  // when the scenario declares nothing for it.
  const json& state(std::string_view region, std::string_view service) const;
  json& mutable_state(std::string_view region, std::string_view service);
  // Regions that hold any state (excluding the global pseudo-region).
  std::vector<std::string> regions() const;
  // Services with state in a region (or the global pseudo-region), in name order.
  std::vector<std::string> services(const std::string& region) const;

 private:
  std::string id_;
  std::map<std::string, std::map<std::string, json, std::less<>>, std::less<>> regions_;
};

class store {
 public:
  explicit store(clock_source c = clock_source::system());
  ~store();
  store(store&&) noexcept;
  store& operator=(store&&) noexcept;

  const clock_source& clock() const { return clock_; }
  void set_clock(clock_source c) { clock_ = c; }

  account& add_account(std::string id);
  const account* find_account(std::string_view id) const;
  account* find_account(std::string_view id);
  const std::map<std::string, account, std::less<>>& accounts() const { return accounts_; }

  void add_fault(fault f) { faults_.push_back(std::move(f)); }
  const std::vector<fault>& faults() const { return faults_; }
  // The first fault matching a call, or null.
  const fault* fault_for(std::string_view service, std::string_view operation,
                         std::string_view region) const;

  void add_credential(credential c);
  const credential* find_credential(std::string_view access_key_id) const;
  const std::vector<credential>& credentials() const { return credentials_; }

  // The items of `list` (a collection in this store) that carry the string member `member`,
  // ordered by it (byte order). Computed on first use and kept, so that a paged listing in that
  // order costs a binary search per page; the store must not change once it is served.
  const std::vector<const json*>& sorted_by(const json& list, std::string_view member) const;

 private:
  clock_source clock_;
  std::map<std::string, account, std::less<>> accounts_;
  std::vector<credential> credentials_;
  std::vector<fault> faults_;
  struct index_cache;
  std::unique_ptr<index_cache> indexes_;
};

}  // namespace mockaws::store
