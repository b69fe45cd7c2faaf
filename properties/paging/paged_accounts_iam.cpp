// IAM accounts for the paging properties: N users for ListUsers; users with access keys and MFA
// devices for the per-user listings. Per-user counts stay within AWS's quotas (2 access keys and
// 8 MFA devices a user), so every generated account is one AWS could hold.

#include "properties/paging/paged_accounts.hpp"

#include <cstdio>

namespace properties::paging::accounts {

namespace {

std::string user_name(unsigned long n) { return "u-" + std::to_string(n); }

std::string user_arn(const std::string& name) {
  return "arn:aws:iam::123456789012:user/" + name;
}

// 20 characters, AKIA and 16 upper-case letters or digits, as AWS's.
std::string access_key_id(unsigned long n) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "AKIAPAGING%010lu", n);
  return buffer;
}

}  // namespace

rc::Gen<generated_account> users() {
  return rc::gen::exec([] {
    const int count = *resource_count(1100);
    const auto salt = *rc::gen::arbitrary<unsigned>();
    generated_account account;
    listing all;
    account.yaml = "global:\n  iam:\n    Users:\n";
    for (int i = 0; i < count; ++i) {
      std::string name = user_name(scrambled(i, salt));
      account.yaml += "      - {UserName: " + name + "}\n";
      all.ids.push_back(name);
    }
    if (count == 0) account.yaml += "      []\n";
    account.listings.push_back(std::move(all));
    return account;
  });
}

rc::Gen<generated_account> access_keys() {
  return rc::gen::exec([] {
    const int user_count = *rc::gen::inRange(1, 6);
    const auto salt = *rc::gen::arbitrary<unsigned>();
    generated_account account;
    account.yaml = "global:\n  iam:\n    Users:\n";
    std::size_t next_key = 0;
    for (int u = 0; u < user_count; ++u) {
      listing keys_of_user;
      std::string name = user_name(scrambled(u, salt));
      keys_of_user.input = {{"UserName", name}};
      account.yaml += "      - UserName: " + name + "\n        AccessKeys:\n";
      const int key_count = *rc::gen::inRange(0, 3);  // AWS allows two keys a user
      for (int k = 0; k < key_count; ++k) {
        std::string id = access_key_id(scrambled(next_key++, salt));
        account.yaml += "          - {AccessKeyId: " + id + "}\n";
        keys_of_user.ids.push_back(id);
      }
      if (key_count == 0) account.yaml += "          []\n";
      account.listings.push_back(std::move(keys_of_user));
    }
    return account;
  });
}

rc::Gen<generated_account> mfa_devices() {
  // A user's devices are its own hardware devices plus the virtual devices assigned to it, so
  // both sources are generated: the listing must merge them and page the merged list.
  return rc::gen::exec([] {
    const int user_count = *rc::gen::inRange(1, 5);
    const auto salt = *rc::gen::arbitrary<unsigned>();
    generated_account account;
    std::string virtual_devices;
    account.yaml = "global:\n  iam:\n    Users:\n";
    std::size_t next_device = 0;
    for (int u = 0; u < user_count; ++u) {
      listing devices_of_user;
      std::string name = user_name(scrambled(u, salt));
      devices_of_user.input = {{"UserName", name}};
      const int hardware = *rc::gen::inRange(0, 9);  // AWS allows eight devices a user
      const int assigned = *rc::gen::inRange(0, 9 - hardware);
      account.yaml += "      - UserName: " + name + "\n        MFADevices:\n";
      for (int d = 0; d < hardware; ++d) {
        std::string serial = "GAKT" + std::to_string(scrambled(next_device++, salt));
        account.yaml += "          - {SerialNumber: " + serial + ", EnableDate: 2026-01-01T00:00:00Z}\n";
        devices_of_user.ids.push_back(serial);
      }
      if (hardware == 0) account.yaml += "          []\n";
      for (int d = 0; d < assigned; ++d) {
        std::string serial = "arn:aws:iam::123456789012:mfa/" + name + "-" +
                             std::to_string(scrambled(next_device++, salt));
        virtual_devices += "      - SerialNumber: \"" + serial + "\"\n        EnableDate: "
                           "2026-01-01T00:00:00Z\n        User: {UserName: " + name +
                           ", Arn: \"" + user_arn(name) + "\"}\n";
        devices_of_user.ids.push_back(serial);
      }
      account.listings.push_back(std::move(devices_of_user));
    }
    if (!virtual_devices.empty()) account.yaml += "    VirtualMFADevices:\n" + virtual_devices;
    return account;
  });
}

std::vector<std::string> user_ids(const json& page) { return ids_in(page, "Users", "UserName"); }

std::vector<std::string> user_detail_ids(const json& page) { return ids_in(page, "UserDetailList", "UserName"); }

std::vector<std::string> access_key_ids(const json& page) {
  return ids_in(page, "AccessKeyMetadata", "AccessKeyId");
}

std::vector<std::string> mfa_device_ids(const json& page) {
  return ids_in(page, "MFADevices", "SerialNumber");
}

}  // namespace properties::paging::accounts
