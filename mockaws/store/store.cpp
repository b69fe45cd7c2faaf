#include "mockaws/store/store.hpp"

#include <algorithm>
#include <mutex>

#include <algorithm>
#include <array>

namespace mockaws::store {

struct store::index_cache {
  std::mutex lock;
  std::map<std::pair<const json*, std::string>, std::vector<const json*>, std::less<>> sorted;
};

store::store(clock_source c) : clock_(c), indexes_(std::make_unique<index_cache>()) {}
store::~store() = default;
store::store(store&&) noexcept = default;
store& store::operator=(store&&) noexcept = default;

const std::vector<const json*>& store::sorted_by(const json& list, std::string_view member) const {
  std::lock_guard guard(indexes_->lock);
  auto key = std::make_pair(&list, std::string(member));
  auto it = indexes_->sorted.find(key);
  if (it != indexes_->sorted.end()) return it->second;
  std::vector<const json*> order;
  if (list.is_array())
    for (const auto& item : list)
      if (auto value = item.find(member); item.is_object() && value != item.end() && value->is_string())
        order.push_back(&item);
  std::stable_sort(order.begin(), order.end(), [&](const json* a, const json* b) {
    return (*a)[std::string(member)].get_ref<const std::string&>() <
           (*b)[std::string(member)].get_ref<const std::string&>();
  });
  return indexes_->sorted.emplace(std::move(key), std::move(order)).first->second;
}

bool is_global_service(std::string_view service_id) {
  static constexpr std::array<std::string_view, 4> global = {"iam", "cloudfront", "account",
                                                             "organizations"};
  return std::find(global.begin(), global.end(), service_id) != global.end();
}

timestamp clock_source::now() const {
  if (fixed_) return *fixed_;
  return std::chrono::floor<std::chrono::milliseconds>(std::chrono::system_clock::now());
}

const json& account::state(std::string_view region, std::string_view service) const {
  static const json empty = json::object();
  if (is_global_service(service)) region = global_region;
  auto r = regions_.find(region);
  if (r == regions_.end()) return empty;
  auto s = r->second.find(service);
  return s == r->second.end() ? empty : s->second;
}

json& account::mutable_state(std::string_view region, std::string_view service) {
  if (is_global_service(service)) region = global_region;
  auto& services = regions_[std::string(region)];
  auto [it, inserted] = services.try_emplace(std::string(service), json::object());
  return it->second;
}

std::vector<std::string> account::regions() const {
  std::vector<std::string> out;
  for (const auto& [name, services] : regions_)
    if (name != global_region) out.push_back(name);
  return out;
}

std::vector<std::string> account::services(const std::string& region) const {
  std::vector<std::string> out;
  auto r = regions_.find(region);
  if (r != regions_.end())
    for (const auto& [name, state] : r->second) out.push_back(name);
  return out;
}

account& store::add_account(std::string id) {
  auto [it, inserted] = accounts_.try_emplace(id, id);
  return it->second;
}

const account* store::find_account(std::string_view id) const {
  auto it = accounts_.find(id);
  return it == accounts_.end() ? nullptr : &it->second;
}

account* store::find_account(std::string_view id) {
  auto it = accounts_.find(id);
  return it == accounts_.end() ? nullptr : &it->second;
}

void store::add_credential(credential c) {
  std::erase_if(credentials_,
                [&](const credential& existing) { return existing.access_key_id == c.access_key_id; });
  credentials_.push_back(std::move(c));
}

const fault* store::fault_for(std::string_view service, std::string_view operation,
                              std::string_view region) const {
  for (const auto& f : faults_)
    if (f.matches(service, operation, region)) return &f;
  return nullptr;
}

const credential* store::find_credential(std::string_view access_key_id) const {
  for (const auto& c : credentials_)
    if (c.access_key_id == access_key_id) return &c;
  return nullptr;
}

}  // namespace mockaws::store
