#include "mockaws/scenario/faults.hpp"

#include <algorithm>
#include <charconv>

#include "mockaws/models/model_registry.hpp"
#include "mockaws/scenario/aws_regions.hpp"
#include "mockaws/scenario/did_you_mean.hpp"

namespace mockaws::scenario {

namespace {

// The status AWS sends with an error code, for faults that do not give one.
int default_status(const std::string& code) {
  if (code.find("AccessDenied") != std::string::npos || code.find("Unauthorized") != std::string::npos)
    return 403;
  if (code == "ServiceUnavailable" || code == "SlowDown") return 503;
  if (code.starts_with("Internal")) return 500;
  return 400;
}

class fault_reader {
 public:
  explicit fault_reader(std::vector<load_error>& errors) : errors_(errors) {}

  std::optional<store::fault> read(const source_node& item) {
    static const std::vector<std::string_view> keys = {"service", "operation", "region", "code",
                                                       "message", "status"};
    if (!item.is_mapping()) {
      fail(item, "a fault is a mapping {service, operation, region, code, message, status}, got " +
                     item.describe());
      return std::nullopt;
    }
    std::size_t before = errors_.size();
    for (const auto& [key, value] : item.entries)
      if (std::find(keys.begin(), keys.end(), key.text) == keys.end())
        fail(key, "unknown key '" + key.text + "' in a fault" + did_you_mean(key.text, keys));
    store::fault f;
    f.operation = "*";
    const models::service_model* service = nullptr;
    if (const source_node* s = text(item, "service")) {
      f.service = s->text;
      service = models::model_registry::embedded().find(f.service);
      if (!service) fail(*s, "unknown service '" + f.service + "'" + did_you_mean(f.service, service_ids()));
    } else {
      fail(item, "a fault needs service (a botocore id such as s3, iam, ec2)");
    }
    if (const source_node* o = text(item, "operation")) {
      f.operation = o->text;
      if (service && f.operation != "*" && !service->find_operation(f.operation)) {
        std::vector<std::string_view> names;
        for (const auto& [name, op] : service->operations()) names.push_back(name);
        fail(*o, "mockaws knows no operation " + f.operation + " of " + f.service + did_you_mean(f.operation, names));
      }
    }
    if (const source_node* r = text(item, "region")) {
      f.region = r->text;
      if (!is_aws_region(f.region)) fail(*r, not_a_region(f.region));
    }
    if (const source_node* c = text(item, "code")) f.code = c->text;
    else fail(item, "a fault needs code: the AWS error code to answer, such as AccessDenied");
    f.message = "mockaws: " + f.code + " injected by the scenario's faults";
    if (const source_node* m = text(item, "message")) f.message = m->text;
    f.status = default_status(f.code);
    if (const source_node* st = text(item, "status")) {
      int n = 0;
      auto [end, ec] = std::from_chars(st->text.data(), st->text.data() + st->text.size(), n);
      if (ec != std::errc() || end != st->text.data() + st->text.size() || n < 400 || n > 599)
        fail(*st, "status must be an HTTP error status from 400 to 599, got " + st->describe());
      else f.status = n;
    }
    if (errors_.size() != before) return std::nullopt;
    return f;
  }

 private:
  // A scalar member, after reporting a non-scalar one.
  const source_node* text(const source_node& item, std::string_view key) {
    const source_node* value = item.find(key);
    if (!value) return nullptr;
    if (!value->is_scalar() || value->is_null()) {
      fail(*value, std::string(key) + " must be a single value, got " + value->describe());
      return nullptr;
    }
    return value;
  }

  static const std::vector<std::string_view>& service_ids() {
    static const std::vector<std::string> ids = [] {
      std::vector<std::string> out;
      for (const auto* s : models::model_registry::embedded().all()) out.push_back(s->id());
      return out;
    }();
    static const std::vector<std::string_view> views(ids.begin(), ids.end());
    return views;
  }

  void fail(const source_node& at, const std::string& message) { errors_.push_back(error_at(at.where, message)); }

  std::vector<load_error>& errors_;
};

}  // namespace

std::vector<store::fault> read_faults(const source_node& faults, std::vector<load_error>& errors) {
  std::vector<store::fault> out;
  if (!faults.is_sequence()) {
    errors.push_back(error_at(faults.where, "faults is a list of {service, operation, code, ...}, got " +
                                                faults.describe()));
    return out;
  }
  fault_reader reader(errors);
  for (const auto& item : faults.items)
    if (auto f = reader.read(item)) out.push_back(std::move(*f));
  return out;
}

}  // namespace mockaws::scenario
