#pragma once
// The service models compiled into the binary (see extract_models.py), looked up by the names
// requests carry: botocore id, SigV4 signing name, or JSON target prefix.

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "mockaws/models/service_model.hpp"

namespace mockaws::models {

class model_registry {
 public:
  // The registry of every embedded model, parsed once on first use (thread-safe).
  static const model_registry& embedded();

  const service_model* find(std::string_view service_id) const;
  // Several services share a signing name ("elasticloadbalancing": elb and elbv2; "s3": s3 and
  // s3control); the router tells them apart by target prefix, Version or URI.
  const std::vector<const service_model*>& by_signing_name(std::string_view signing_name) const;
  const service_model* by_target_prefix(std::string_view target_prefix) const;
  std::vector<const service_model*> all() const;

  // For tests: a registry of the given models (botocore JSON documents keyed by service id).
  explicit model_registry(const std::map<std::string, std::string>& documents);

 private:
  std::map<std::string, std::unique_ptr<service_model>, std::less<>> services_;
  std::map<std::string, std::vector<const service_model*>, std::less<>> by_signing_name_;
  std::map<std::string, const service_model*, std::less<>> by_target_prefix_;
};

}  // namespace mockaws::models
