// EC2 accounts for the paging properties: security groups in one VPC, volumes, instances
// declared inside reservations of one to three instances, as DescribeInstances returns them (a
// page holds whole reservations; the ids checked are the instances'), snapshots, and the VPC
// network: VPCs, subnets, flow logs, internet gateways and route tables.

#include "properties/paging/paged_accounts.hpp"

namespace properties::paging::accounts {

namespace {

const std::string vpc_id = "vpc-0a0a0a0a0a0a0a0a0";

std::string ec2_account(const std::string& collections) { return regional("ec2", collections); }

}  // namespace

rc::Gen<generated_account> security_groups() {
  return flat("ec2", "      Vpcs:\n        - {VpcId: " + vpc_id + ", CidrBlock: 10.0.0.0/16}\n      SecurityGroups:\n",
              1100, [](unsigned long n) {
                std::string id = hex_id("sg-", n);
                return item_text{"{GroupId: " + id + ", GroupName: g-" + std::to_string(n) +
                                     ", Description: paging, VpcId: " + vpc_id + "}",
                                 id};
              });
}

rc::Gen<generated_account> volumes() {
  // Often past 500, the most DescribeVolumes returns a page whatever MaxResults asks.
  return flat("ec2", "      Volumes:\n", 1100, [](unsigned long n) {
    std::string id = hex_id("vol-", n);
    return item_text{"{VolumeId: " + id + ", Size: 8, AvailabilityZone: us-east-1a}", id};
  });
}

rc::Gen<generated_account> instances() {
  // Counted in reservations (the paginator's result key, so what a page size bounds).
  return rc::gen::exec([] {
    const int count = *resource_count(400);
    const auto salt = *rc::gen::arbitrary<unsigned>();
    generated_account account;
    listing all;
    std::string reservations = "      Reservations:\n";
    std::size_t next_instance = 0;
    for (int i = 0; i < count; ++i) {
      reservations += "        - ReservationId: " + hex_id("r-", scrambled(i, salt)) +
                      "\n          Instances:\n";
      const int in_reservation = *rc::gen::inRange(1, 4);
      for (int k = 0; k < in_reservation; ++k) {
        std::string id = hex_id("i-", scrambled(next_instance++, salt));
        reservations += "            - {InstanceId: " + id + ", InstanceType: t3.micro}\n";
        all.ids.push_back(id);
      }
    }
    if (count == 0) reservations += "        []\n";
    all.paged_items = static_cast<std::size_t>(count);
    account.yaml = ec2_account(reservations);
    account.listings.push_back(std::move(all));
    return account;
  });
}

rc::Gen<generated_account> prefix_lists() {
  return flat("ec2", "      PrefixLists:\n", 250, [](unsigned long n) {
    std::string id = hex_id("pl-", n);
    return item_text{"{PrefixListId: " + id + ", PrefixListName: list-" + std::to_string(n) + ", MaxEntries: 10}", id};
  });
}

rc::Gen<generated_account> prefix_list_entries() {
  // Entries of a few lists, each listed by its own PrefixListId.
  return rc::gen::exec([] {
    const int list_count = *rc::gen::inRange(1, 4);
    const auto salt = *rc::gen::arbitrary<unsigned>();
    generated_account account;
    std::string lists = "      PrefixLists:\n";
    for (int l = 0; l < list_count; ++l) {
      listing entries_of_list;
      std::string id = hex_id("pl-", scrambled(l, salt));
      entries_of_list.input = {{"PrefixListId", id}};
      const int entry_count = *resource_count(250);
      lists += "        - PrefixListId: " + id + "\n          MaxEntries: 1000\n          Entries:\n";
      for (int e = 0; e < entry_count; ++e) {
        unsigned n = scrambled(static_cast<unsigned>(l * 1000 + e), salt);
        std::string cidr = "10." + std::to_string(n % 256) + "." + std::to_string((n / 256) % 256) + "." +
                           std::to_string(e % 256) + "/32";
        lists += "            - {Cidr: " + cidr + "}\n";
        entries_of_list.ids.push_back(cidr);
      }
      if (entry_count == 0) lists += "            []\n";
      account.listings.push_back(std::move(entries_of_list));
    }
    account.yaml = ec2_account(lists);
    return account;
  });
}

rc::Gen<generated_account> snapshots() {
  return flat("ec2", "      Snapshots:\n", 1100, [](unsigned long n) {
    std::string id = hex_id("snap-", n);
    return item_text{"{SnapshotId: " + id + ", VolumeSize: 8}", id};
  });
}

rc::Gen<generated_account> vpcs() {
  return flat("ec2", "      Vpcs:\n", 1100, [](unsigned long n) {
    std::string id = hex_id("vpc-", n);
    return item_text{"{VpcId: " + id + ", CidrBlock: 10.0.0.0/16}", id};
  });
}

// Subnets, flow logs and route tables of one VPC.
static std::string one_vpc(const std::string& collection) {
  return "      Vpcs:\n        - {VpcId: " + vpc_id + ", CidrBlock: 10.0.0.0/16}\n      " + collection + ":\n";
}

rc::Gen<generated_account> subnets() {
  return flat("ec2", one_vpc("Subnets"), 1100, [](unsigned long n) {
    std::string id = hex_id("subnet-", n);
    return item_text{"{SubnetId: " + id + ", VpcId: " + vpc_id + ", CidrBlock: 10.0." + std::to_string(n % 256) +
                         ".0/24}",
                     id};
  });
}

rc::Gen<generated_account> flow_logs() {
  return flat("ec2", one_vpc("FlowLogs"), 1100, [](unsigned long n) {
    std::string id = hex_id("fl-", n);
    return item_text{"{FlowLogId: " + id + ", ResourceId: " + vpc_id + ", TrafficType: ALL}", id};
  });
}

rc::Gen<generated_account> internet_gateways() {
  return flat("ec2", "      InternetGateways:\n", 1100, [](unsigned long n) {
    std::string id = hex_id("igw-", n);
    return item_text{"{InternetGatewayId: " + id + "}", id};
  });
}

rc::Gen<generated_account> route_tables() {
  return flat("ec2", one_vpc("RouteTables"), 250, [](unsigned long n) {
    std::string id = hex_id("rtb-", n);
    return item_text{"{RouteTableId: " + id + ", VpcId: " + vpc_id + "}", id};
  });
}

std::vector<std::string> snapshot_ids(const json& page) { return ids_in(page, "Snapshots", "SnapshotId"); }
std::vector<std::string> vpc_ids(const json& page) { return ids_in(page, "Vpcs", "VpcId"); }
std::vector<std::string> subnet_ids(const json& page) { return ids_in(page, "Subnets", "SubnetId"); }
std::vector<std::string> flow_log_ids(const json& page) { return ids_in(page, "FlowLogs", "FlowLogId"); }
std::vector<std::string> internet_gateway_ids(const json& page) {
  return ids_in(page, "InternetGateways", "InternetGatewayId");
}
std::vector<std::string> route_table_ids(const json& page) { return ids_in(page, "RouteTables", "RouteTableId"); }

std::vector<std::string> prefix_list_ids(const json& page) { return ids_in(page, "PrefixLists", "PrefixListId"); }
std::vector<std::string> prefix_list_cidrs(const json& page) { return ids_in(page, "Entries", "Cidr"); }

std::vector<std::string> security_group_ids(const json& page) {
  return ids_in(page, "SecurityGroups", "GroupId");
}

std::vector<std::string> volume_ids(const json& page) { return ids_in(page, "Volumes", "VolumeId"); }

std::vector<std::string> instance_ids(const json& page) {
  std::vector<std::string> out;
  if (!page.contains("Reservations")) return out;
  for (const auto& reservation : page.at("Reservations")) {
    std::vector<std::string> in_reservation = ids_in(reservation, "Instances", "InstanceId");
    out.insert(out.end(), in_reservation.begin(), in_reservation.end());
  }
  return out;
}

}  // namespace properties::paging::accounts
