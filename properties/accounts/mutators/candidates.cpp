// Candidate makers: a mutator can only break a resource the account has. Rather than discard
// generated accounts without one (most would be, for rare kinds such as backup plans), the
// property adds the plainest compliant resource of the kind to the first region.

#include "properties/accounts/mutators.hpp"

namespace properties {

void ensure_user(account_spec& spec) {
  if (spec.users.empty()) spec.users.push_back(user_spec{});
}

void ensure_old_inactive_key(account_spec& spec) {
  for (const auto& u : spec.users)
    for (const auto& k : u.keys)
      if (!k.active && k.age_days > pack_max_access_key_age) return;
  ensure_user(spec);
  auto& keys = spec.users.front().keys;
  if (keys.size() >= 2) keys.pop_back();  // IAM allows two keys per user
  keys.push_back({400, false});
}

void ensure_private_ssh_rule(account_spec& spec) {
  for (const auto& r : spec.regions)
    for (const auto& v : r.vpcs)
      for (std::size_t g = 1; g < v.security_groups.size(); ++g)  // the default group renders empty
        if (v.security_groups[g].ssh_from_private_network) return;
  // The first group is the VPC's default group, which stays empty: the rule goes on a second.
  auto& groups = spec.regions.front().vpcs.front().security_groups;
  if (groups.size() < 2) groups.resize(2);
  groups[1].ssh_from_private_network = true;
}

void ensure_instance(account_spec& spec) { ensure_attached_volume(spec); }

void ensure_aurora_cluster(account_spec& spec) {
  for (const auto& r : spec.regions)
    for (const auto& c : r.db_clusters)
      if (c.aurora) return;
  db_cluster_spec aurora;
  aurora.aurora = true;
  spec.regions.front().db_clusters.push_back(aurora);
}

void ensure_running_instance(account_spec& spec) {
  for (const auto& r : spec.regions)
    for (const auto& i : r.instances)
      if (i.stopped_days_ago < 0) return;
  spec.regions.front().instances.push_back(instance_spec{});
}

void ensure_stopped_instance(account_spec& spec) {
  for (const auto& r : spec.regions)
    for (const auto& i : r.instances)
      if (i.stopped_days_ago >= 0) return;
  ensure_instance(spec);
  for (auto& r : spec.regions)
    if (!r.instances.empty()) {
      r.instances.front().stopped_days_ago = 3;
      return;
    }
}

void ensure_snapshot(account_spec& spec) {
  for (const auto& r : spec.regions)
    if (!r.snapshots.empty()) return;
  spec.regions.front().snapshots.push_back(0);
}

void ensure_vpn_connection(account_spec& spec) {
  for (const auto& r : spec.regions)
    if (r.vpn_connections > 0) return;
  spec.regions.front().vpn_connections = 1;
}

void ensure_detached_internet_gateway(account_spec& spec) {
  for (const auto& r : spec.regions)
    if (r.detached_internet_gateways > 0) return;
  spec.regions.front().detached_internet_gateways = 1;
}

void ensure_attached_volume(account_spec& spec) {
  for (const auto& r : spec.regions)
    if (!r.instances.empty()) return;
  spec.regions.front().instances.push_back(instance_spec{});
}

void ensure_db_instance(account_spec& spec) {
  for (const auto& r : spec.regions)
    if (!r.db_instances.empty()) return;
  spec.regions.front().db_instances.push_back(db_instance_spec{});
}

void ensure_db_snapshot(account_spec& spec) {
  for (const auto& r : spec.regions)
    for (const auto& db : r.db_instances)
      if (!db.snapshots.empty()) return;
  ensure_db_instance(spec);
  for (auto& r : spec.regions)
    if (!r.db_instances.empty()) {
      r.db_instances.front().snapshots.push_back(0);
      return;
    }
}

void ensure_db_cluster(account_spec& spec) {
  for (const auto& r : spec.regions)
    if (!r.db_clusters.empty()) return;
  spec.regions.front().db_clusters.push_back(db_cluster_spec{});
}

void ensure_db_cluster_snapshot(account_spec& spec) {
  for (const auto& r : spec.regions)
    for (const auto& c : r.db_clusters)
      if (c.snapshots > 0) return;
  ensure_db_cluster(spec);
  for (auto& r : spec.regions)
    if (!r.db_clusters.empty()) {
      r.db_clusters.front().snapshots = 1;
      return;
    }
}

void ensure_alarm(account_spec& spec) {
  for (const auto& r : spec.regions)
    if (r.alarms > 0) return;
  spec.regions.front().alarms = 1;
}

void ensure_table(account_spec& spec) {
  for (const auto& r : spec.regions)
    if (r.tables > 0) return;
  spec.regions.front().tables = 1;
}

// A provisioned table: every odd-numbered table of a region is one (render/data_stores.cpp).
void ensure_provisioned_table(account_spec& spec) {
  for (const auto& r : spec.regions)
    if (r.tables > 1) return;
  spec.regions.front().tables = 2;
}

void ensure_function(account_spec& spec) {
  for (const auto& r : spec.regions)
    if (!r.functions.empty()) return;
  spec.regions.front().functions.push_back(function_spec{});
}

void ensure_backup_plan(account_spec& spec) {
  for (const auto& r : spec.regions)
    if (!r.backup_plans.empty()) return;
  spec.regions.front().backup_plans.push_back(backup_plan_spec{{backup_rule_spec{}}});
}

void ensure_file_system(account_spec& spec) {
  for (const auto& r : spec.regions)
    if (!r.file_systems.empty()) return;
  spec.regions.front().file_systems.push_back(file_system_spec{});
}

void ensure_secret(account_spec& spec) {
  for (const auto& r : spec.regions)
    if (!r.secrets.empty()) return;
  spec.regions.front().secrets.push_back(secret_spec{});
}

void ensure_topic(account_spec& spec) {
  for (const auto& r : spec.regions)
    if (!r.topics.empty()) return;
  spec.regions.front().topics.push_back(topic_spec{});
}

void ensure_ssm_document(account_spec& spec) {
  for (const auto& r : spec.regions)
    if (!r.ssm_documents.empty()) return;
  spec.regions.front().ssm_documents.push_back(0);
}

void ensure_classic_load_balancer(account_spec& spec) {
  for (const auto& r : spec.regions)
    for (const auto& lb : r.load_balancers)
      if (lb.classic) return;
  spec.regions.front().load_balancers.push_back(load_balancer_spec{true});
}

void ensure_application_load_balancer(account_spec& spec) {
  for (const auto& r : spec.regions)
    for (const auto& lb : r.load_balancers)
      if (!lb.classic) return;
  spec.regions.front().load_balancers.push_back(load_balancer_spec{false});
}

void ensure_autoscaling_group(account_spec& spec) {
  for (const auto& r : spec.regions)
    for (const auto& g : r.autoscaling_groups)
      if (g.load_balancer) return;
  spec.regions.front().autoscaling_groups.push_back(autoscaling_group_spec{});
}

void ensure_web_acl(account_spec& spec) {
  for (const auto& r : spec.regions)
    if (!r.web_acls.empty()) return;
  spec.regions.front().web_acls.push_back(web_acl_spec{});
}

}  // namespace properties
