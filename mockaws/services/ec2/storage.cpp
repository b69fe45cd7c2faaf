// EBS: DescribeSnapshots and DescribeSnapshotAttribute, and the filters of DescribeVolumes (a plain
// list row in ec2_operations.cpp).

#include <algorithm>
#include <cctype>

#include "mockaws/services/collections.hpp"
#include "mockaws/services/ec2/ec2_internal.hpp"
#include "mockaws/services/ec2/filters.hpp"

namespace mockaws::services::ec2 {

namespace {

constexpr filter_field volume_fields[] = {
    {"attachment.attach-time", "Attachments[].AttachTime", true},
    {"attachment.delete-on-termination", "Attachments[].DeleteOnTermination"},
    {"attachment.device", "Attachments[].Device"},
    {"attachment.instance-id", "Attachments[].InstanceId"},
    {"attachment.status", "Attachments[].State"},
    {"availability-zone", "AvailabilityZone"},
    {"create-time", "CreateTime", true},
    {"encrypted", "Encrypted"},
    {"fast-restored", "FastRestored"},
    {"multi-attach-enabled", "MultiAttachEnabled"},
    {"size", "Size"},
    {"snapshot-id", "SnapshotId"},
    {"status", "State"},
    {"volume-id", "VolumeId"},
    {"volume-type", "VolumeType"},
};

constexpr filter_field snapshot_fields[] = {
    {"description", "Description"},
    {"encrypted", "Encrypted"},
    {"owner-alias", "OwnerAlias"},
    {"owner-id", "OwnerId"},
    {"progress", "Progress"},
    {"snapshot-id", "SnapshotId"},
    {"start-time", "StartTime", true},
    {"status", "State"},
    {"storage-tier", "StorageTier"},
    {"volume-id", "VolumeId"},
    {"volume-size", "VolumeSize"},
};

constexpr filter_table snapshot_filters{snapshot_fields};

std::string snapshot_not_found(const std::string& id) {
  return "The snapshot '" + id + "' does not exist.";
}

bool owned_by(const json& snapshot, const std::string& account) {
  std::string owner = text_at(snapshot, "OwnerId");
  return owner.empty() || owner == account;  // pasted without OwnerId: the account's own
}

bool public_snapshot(const json& snapshot) {
  for (const auto& p : items(snapshot, "CreateVolumePermissions"))
    if (string_at(p, "Group") == "all") return true;
  return false;
}

bool shared_with(const json& snapshot, const std::string& account) {
  for (const auto& p : items(snapshot, "CreateVolumePermissions"))
    if (text_at(p, "UserId") == account) return true;
  return false;
}

// What an account may see at all: its own snapshots, public ones and those shared with it.
bool visible_to(const json& snapshot, const std::string& account) {
  return owned_by(snapshot, account) || public_snapshot(snapshot) || shared_with(snapshot, account);
}

// OwnerIds: account ids, "self", or an owner alias ("amazon", "aws-marketplace").
bool owner_matches(const json& snapshot, const std::string& wanted, const std::string& account) {
  if (wanted == "self") return owned_by(snapshot, account);
  bool account_id = !wanted.empty() && std::all_of(wanted.begin(), wanted.end(), [](char ch) {
                      return std::isdigit(static_cast<unsigned char>(ch)) != 0;
                    });
  if (account_id) return text_at(snapshot, "OwnerId") == wanted;
  return string_at(snapshot, "OwnerAlias") == wanted;
}

// RestorableByUserIds: snapshots carrying a create-volume permission for the user ("self" is
// the caller); "all" and public snapshots match everyone. The owner's implicit right does not
// count: this is how the EBS_SNAPSHOT_PUBLIC_RESTORABLE_CHECK query
// (OwnerIds=self, RestorableByUserIds=all) finds the account's public snapshots.
bool restorable_by(const json& snapshot, const std::string& wanted, const std::string& account) {
  if (public_snapshot(snapshot)) return true;
  if (wanted == "all") return false;
  return shared_with(snapshot, wanted == "self" ? account : wanted);
}

bool any_of_list(const json* list, auto&& test) {
  return std::any_of(list->begin(), list->end(),
                     [&](const json& v) { return test(text_of(v)); });
}

const json* find_snapshot(const call_context& c, const std::string& id) {
  const json* snapshot = find_item(items(c.state(), "Snapshots"), "SnapshotId", id);
  if (!snapshot || !visible_to(*snapshot, c.account.id()))
    fail("InvalidSnapshot.NotFound", snapshot_not_found(id));
  return snapshot;
}

}  // namespace

const filter_table volume_filters{volume_fields};

// Without ids, owners or restorable-by users, AWS lists every snapshot the caller may restore,
// public ones of all accounts included. mockaws lists the account's own snapshots instead: a
// scenario holds a few foreign snapshots for sharing checks, not AWS's public catalogue, and
// tools scope their queries with OwnerIds=self anyway.
json describe_snapshots(const call_context& c) {
  check_ids_without_max_results(c, "SnapshotIds", "snapshotSet");
  const std::string& account = c.account.id();
  const json* ids = id_list(c, "SnapshotIds");
  const json* owners = id_list(c, "OwnerIds");
  const json* restorable = id_list(c, "RestorableByUserIds");
  if (ids)
    for (const auto& id : *ids) find_snapshot(c, text_of(id));

  filter_set filters(member(c.input, "Filters"), snapshot_filters);
  json out = json::array();
  for (const auto& snapshot : items(c.state(), "Snapshots")) {
    if (!visible_to(snapshot, account)) continue;
    if (ids && std::find(ids->begin(), ids->end(), text_at(snapshot, "SnapshotId")) == ids->end())
      continue;
    if (!ids && !owners && !restorable && !owned_by(snapshot, account)) continue;
    if (owners && !any_of_list(owners, [&](const std::string& o) {
          return owner_matches(snapshot, o, account);
        }))
      continue;
    if (restorable && !any_of_list(restorable, [&](const std::string& u) {
          return restorable_by(snapshot, u, account);
        }))
      continue;
    if (filters.matches(snapshot)) out.push_back(snapshot);
  }
  return {{"Snapshots", std::move(out)}};
}

json describe_snapshot_attribute(const call_context& c) {
  std::string attribute = c.input_string("Attribute");
  const std::string id = c.input_string("SnapshotId");
  const json* snapshot = find_snapshot(c, id);
  // The sub-documents default to empty lists: a private snapshot, no product codes.
  json output = {{"SnapshotId", id}};
  if (attribute == "createVolumePermission") {
    output["CreateVolumePermissions"] = items(*snapshot, "CreateVolumePermissions");
  } else if (attribute == "productCodes") {
    output["ProductCodes"] = items(*snapshot, "ProductCodes");
  } else {
    fail("InvalidParameterValue",
         "Value (" + attribute + ") for parameter attribute is invalid. Unknown attribute.");
  }
  return output;
}

}  // namespace mockaws::services::ec2
