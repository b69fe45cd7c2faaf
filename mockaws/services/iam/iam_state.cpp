#include "mockaws/services/iam/iam_state.hpp"

#include <set>

#include "mockaws/protocol/encoding.hpp"
#include "mockaws/services/collections.hpp"

namespace mockaws::services::iam {

namespace {

const json& require_named(const call_context& c, std::string_view collection,
                          std::string_view key, std::string_view kind, const std::string& name) {
  const json* found = find_item(items(c.state(), collection), key, name);
  if (!found)
    c.fail("NoSuchEntityException",
           "The " + std::string(kind) + " with name " + name + " cannot be found.");
  return *found;
}

// Appends the devices of `devices` not yet listed (by SerialNumber), each as an MFADevice.
void add_devices(json& out, std::set<std::string>& seen, const json& devices,
                 const std::string& user_name) {
  for (const auto& device : devices) {
    std::string serial = string_at(device, "SerialNumber");
    if (serial.empty() || !seen.insert(serial).second) continue;
    json entry = json::object();
    // The root has no user name: AWS leaves it out for the root's identity, unless the scenario
    // wrote one on the device.
    if (!user_name.empty()) entry["UserName"] = user_name;
    else if (const json* given = member(device, "UserName")) entry["UserName"] = *given;
    entry["SerialNumber"] = serial;
    if (const json* enabled = member(device, "EnableDate")) entry["EnableDate"] = *enabled;
    out.push_back(std::move(entry));
  }
}

bool assigned_to(const json& virtual_device, const std::string& arn, const std::string& name) {
  const json* user = member(virtual_device, "User");
  if (!user) return false;
  if (!arn.empty() && string_at(*user, "Arn") == arn) return true;
  return !name.empty() && string_at(*user, "UserName") == name;
}

json virtual_devices_of(const json& state, const std::string& arn, const std::string& name) {
  json out = json::array();
  for (const auto& device : items(state, "VirtualMFADevices"))
    if (assigned_to(device, arn, name)) out.push_back(device);
  return out;
}

}  // namespace

std::string root_arn(const call_context& c) { return "arn:aws:iam::" + c.account.id() + ":root"; }

const json& root_account(const json& state) {
  static const json empty = json::object();
  const json* root = member(state, "RootAccount");
  return root && root->is_object() ? *root : empty;
}

const json& require_user(const call_context& c, const std::string& name) {
  return require_named(c, "Users", "UserName", "user", name);
}

const json& require_group(const call_context& c, const std::string& name) {
  return require_named(c, "Groups", "GroupName", "group", name);
}

const json& require_role(const call_context& c, const std::string& name) {
  return require_named(c, "Roles", "RoleName", "role", name);
}

std::string wire_document(const json& document) {
  // IAM returns documents URL-encoded, the one AWS query API that does; SDKs decode them.
  std::string text = document.is_string() ? document.get<std::string>() : document.dump();
  return protocol::percent_encode(text);
}

json inline_policy_names(const json& resource) {
  json names = json::array();
  const json* policies = member(resource, "InlinePolicies");
  if (policies && policies->is_object())
    for (const auto& [name, document] : policies->items()) names.push_back(name);
  return names;  // nlohmann objects iterate in key order, which is AWS's listing order
}

json get_inline_policy(const call_context& c, const json& owner, std::string_view owner_member,
                       std::string_view kind) {
  std::string policy_name = c.input_string("PolicyName");
  const json* policies = member(owner, "InlinePolicies");
  const json* document = policies ? member(*policies, policy_name) : nullptr;
  if (!document)
    c.fail("NoSuchEntityException", "The " + std::string(kind) + " policy with name " +
                                        policy_name + " cannot be found.");
  return {{std::string(owner_member), string_at(owner, owner_member)},
          {"PolicyName", policy_name},
          {"PolicyDocument", wire_document(*document)}};
}

std::string policy_path(std::string_view policy_arn) {
  // arn:aws:iam::123456789012:policy/path/to/Name: the path lies between "policy" and the name.
  auto resource = policy_arn.find(":policy/");
  if (resource == std::string_view::npos) return "/";
  std::string_view rest = policy_arn.substr(resource + 7);  // "/path/to/Name"
  return std::string(rest.substr(0, rest.rfind('/') + 1));
}

bool is_aws_managed(std::string_view policy_arn) {
  // arn:PARTITION:iam::aws:policy/...: the account field is "aws" for AWS managed policies.
  auto account = policy_arn.find(":iam::");
  return account != std::string_view::npos && policy_arn.substr(account + 6, 4) == "aws:";
}

json user_mfa_devices(const json& state, const json& user) {
  std::string name = string_at(user, "UserName");
  json out = json::array();
  std::set<std::string> seen;
  add_devices(out, seen, items(user, "MFADevices"), name);
  add_devices(out, seen, virtual_devices_of(state, string_at(user, "Arn"), name), name);
  return out;
}

json root_mfa_devices(const call_context& c) {
  const json& state = c.state();
  json out = json::array();
  std::set<std::string> seen;
  add_devices(out, seen, items(root_account(state), "MFADevices"), "");
  add_devices(out, seen, virtual_devices_of(state, root_arn(c), ""), "");
  return out;
}

json without(json item, std::initializer_list<std::string_view> members) {
  if (item.is_object())
    for (std::string_view name : members) item.erase(std::string(name));
  return item;
}

}  // namespace mockaws::services::iam
