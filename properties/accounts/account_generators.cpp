#include "properties/accounts/account_generators.hpp"

namespace properties {

namespace gen = rc::gen;

const std::vector<std::string>& generated_regions() {
  static const std::vector<std::string> regions = {"us-east-1", "us-west-2", "eu-west-1",
                                                   "eu-central-1", "ap-southeast-2"};
  return regions;
}

namespace {

// Lists scale down from RapidCheck's size (0..100 by default): at full size a region holds
// about a hundred resources, an account a few hundred.
template <typename T>
rc::Gen<std::vector<T>> some(double scale, rc::Gen<T> element) {
  return gen::scale(scale, gen::container<std::vector<T>>(std::move(element)));
}

// From `low` to `high` elements, whatever the size (gen::nonEmpty would retry at larger sizes).
template <typename T>
rc::Gen<std::vector<T>> between(int low, int high, rc::Gen<T> element) {
  return gen::mapcat(gen::inRange(low, high + 1), [element](int n) {
    return gen::container<std::vector<T>>(std::size_t(n), element);
  });
}

rc::Gen<access_key_spec> access_key() {
  return gen::exec([] {
    access_key_spec k;
    k.active = *gen::weightedElement<bool>({{4, true}, {1, false}});
    // An active key is at most 90 days old (the pack's maxAccessKeyAge); an inactive one may be
    // years old, which the rule must ignore.
    k.age_days = k.active ? *gen::inRange(0, 91) : *gen::inRange(0, 2000);
    return k;
  });
}

rc::Gen<user_spec> user() {
  return gen::exec([] {
    user_spec u;
    u.console_password = *gen::arbitrary<bool>();
    u.virtual_mfa = *gen::arbitrary<bool>();
    u.keys = *between<access_key_spec>(0, 2, access_key());  // IAM allows two
    return u;
  });
}

rc::Gen<password_policy_spec> password_policy() {
  return gen::exec([] {
    password_policy_spec p;
    p.minimum_length = *gen::inRange(14, 129);
    p.max_age_days = *gen::inRange(1, 91);
    p.reuse_prevention = 24;  // the pack requires 24, IAM's maximum
    return p;
  });
}

rc::Gen<security_group_spec> security_group() {
  return gen::exec([] {
    security_group_spec g;
    g.https_from_private_network = *gen::arbitrary<bool>();
    g.ssh_from_private_network = *gen::arbitrary<bool>();
    g.ipv6_https_from_private_network = *gen::arbitrary<bool>();
    g.postgres_from_group = *gen::arbitrary<bool>();
    g.all_from_self = *gen::arbitrary<bool>();
    return g;
  });
}

rc::Gen<vpc_spec> vpc() {
  return gen::exec([] {
    vpc_spec v;
    v.subnets = *gen::inRange(1, 4);
    v.security_groups = *between<security_group_spec>(1, 5, security_group());
    v.flow_log_to_s3 = *gen::arbitrary<bool>();
    v.flow_log_traffic = *gen::inRange(0, 3);
    v.nat_default_route = *gen::arbitrary<bool>();
    return v;
  });
}

rc::Gen<volume_spec> volume(bool attached) {
  return gen::exec([attached] {
    volume_spec v;
    v.attached = attached;
    // Only a loose volume may be unencrypted: ENCRYPTED_VOLUMES judges attached ones.
    v.encrypted = attached || *gen::arbitrary<bool>();
    v.key = *gen::inRange(0, 3);
    return v;
  });
}

rc::Gen<instance_spec> instance() {
  return gen::exec([] {
    instance_spec i;
    i.subnet = *gen::inRange(0, 9);
    i.security_group = *gen::inRange(0, 5);
    i.extra_volumes = *between<volume_spec>(0, 2, volume(true));
    i.agent_online = *gen::weightedElement<bool>({{4, true}, {1, false}});
    i.status_from_items = *gen::arbitrary<bool>();
    i.stopped_days_ago = *gen::weightedOneOf<int>({{4, gen::just(-1)}, {1, gen::inRange(0, 31)}});
    return i;
  });
}

rc::Gen<bucket_spec> bucket() {
  return gen::exec([] {
    bucket_spec b;
    b.encryption = *gen::element(bucket_encryption::sse_s3, bucket_encryption::sse_kms,
                                 bucket_encryption::policy_only);
    b.tls = *gen::element(tls_statement::s3_all_bucket_and_objects, tls_statement::all_actions_split_statements,
                          tls_statement::principal_aws_star, tls_statement::bool_if_exists);
    return b;
  });
}

rc::Gen<trail_spec> regional_trail() {
  return gen::exec([] {
    trail_spec t;
    t.bucket = *gen::inRange(0, 1000);
    t.explicit_management_selector = *gen::arbitrary<bool>();
    return t;
  });
}

rc::Gen<backup_plan_spec> backup_plan() {
  return gen::exec([] {
    backup_plan_spec p;
    auto rule = gen::exec([] {
      backup_rule_spec r;
      r.schedule = *gen::element(backup_schedule::daily_cron, backup_schedule::hourly_cron,
                                 backup_schedule::rate_12_hours, backup_schedule::rate_1_day);
      // 35 days is the pack's minimum; 0 stands for "kept forever" (no lifecycle).
      r.retention_days = *gen::weightedOneOf<int>({{1, gen::just(0)}, {4, gen::inRange(35, 3651)}});
      return r;
    });
    p.rules = *between<backup_rule_spec>(1, 3, rule);
    return p;
  });
}

rc::Gen<function_spec> function() {
  return gen::exec([] {
    function_spec f;
    f.policy = *gen::element(lambda_policy::none, lambda_policy::service_with_source_arn,
                             lambda_policy::account_principal, lambda_policy::org_condition);
    return f;
  });
}

rc::Gen<key_reference> key_reference_form() {
  return gen::element(key_reference::key_arn, key_reference::key_id, key_reference::alias_name,
                      key_reference::alias_arn);
}

rc::Gen<secret_spec> secret() {
  return gen::exec([] {
    secret_spec s;
    s.key = *gen::inRange(0, 3);
    s.named_by = *key_reference_form();
    s.rotation_days = *gen::inRange(1, 366);
    s.schedule_expression = *gen::arbitrary<bool>();
    return s;
  });
}

rc::Gen<topic_spec> topic() {
  return gen::exec([] {
    topic_spec t;
    t.key = *gen::inRange(0, 3);
    t.named_by = *key_reference_form();
    return t;
  });
}

rc::Gen<certificate_spec> certificate() {
  return gen::exec([] {
    certificate_spec c;
    c.days_left = *gen::inRange(31, 401);
    c.imported = *gen::arbitrary<bool>();
    c.ecdsa = *gen::arbitrary<bool>();
    return c;
  });
}

rc::Gen<load_balancer_spec> load_balancer() {
  return gen::exec([] {
    load_balancer_spec lb;
    lb.classic = *gen::arbitrary<bool>();
    lb.second_listener = *gen::arbitrary<bool>();
    lb.two_certificates = *gen::arbitrary<bool>();
    lb.classic_web_acl = *gen::weightedElement<bool>({{3, false}, {1, true}});
    return lb;
  });
}

rc::Gen<region_spec> region(std::string name) {
  return gen::exec([name] {
    region_spec r;
    r.name = name;
    r.kms_keys = *gen::inRange(1, 4);
    r.vpcs = *between<vpc_spec>(1, 3, vpc());
    r.instances = *some(0.2, instance());
    r.loose_volumes = *some(0.05, volume(false));
    r.buckets = *some(0.15, bucket());
    r.regional_trails = *between<trail_spec>(0, 2, regional_trail());
    r.db_instances = *some(0.08, gen::exec([] {
      db_instance_spec d;
      d.customer_key = *gen::arbitrary<bool>();
      d.engine = *gen::inRange(0, 5);
      d.backup_days = *gen::inRange(1, 36);
      d.monitoring_interval = *gen::element(1, 5, 10, 15, 30, 60);
      d.defaults_stated = *gen::arbitrary<bool>();
      d.snapshots = *some(0.05, gen::inRange(0, 3));
      return d;
    }));
    r.db_clusters = *some(0.05, gen::exec([] {
      db_cluster_spec c;
      c.mysql = *gen::arbitrary<bool>();
      c.aurora = *gen::arbitrary<bool>();
      c.snapshots = *gen::inRange(0, 3);
      return c;
    }));
    r.tables = *gen::scale(0.1, gen::inRange(0, 11));
    r.alarms = *gen::scale(0.1, gen::inRange(0, 4));
    r.functions = *some(0.1, function());
    r.backup_plans = *some(0.05, backup_plan());
    r.backup_protection.selection = *gen::inRange(0, 3);
    r.backup_protection.vault_policy = *gen::inRange(0, 3);
    r.backup_protection.retention_days = *gen::weightedOneOf<int>({{1, gen::just(0)}, {4, gen::inRange(35, 3651)}});
    r.file_systems = *some(0.05, gen::construct<file_system_spec>(gen::inRange(0, 3)));
    r.secrets = *some(0.05, secret());
    r.topics = *some(0.05, topic());
    r.log_groups = *some(0.1, gen::element(0, 365, 400, 545, 731, 1827, 3653));
    r.certificates = *some(0.05, certificate());
    r.ssm_documents = *some(0.05, gen::inRange(0, 3));
    r.snapshots = *some(0.05, gen::inRange(0, 2));
    r.vpn_connections = *gen::scale(0.1, gen::inRange(0, 3));
    r.detached_internet_gateways = *gen::scale(0.1, gen::inRange(0, 2));
    r.load_balancers = *some(0.05, load_balancer());
    r.autoscaling_groups = *some(0.05, gen::exec([] {
      autoscaling_group_spec g;
      g.load_balancer = *gen::weightedElement<int>({{1, 0}, {3, 1}, {1, 2}});
      g.public_ip_stated = *gen::arbitrary<bool>();
      return g;
    }));
    r.web_acls = *some(0.05, gen::exec([] {
      web_acl_spec w;
      w.cloudfront = *gen::weightedElement<bool>({{3, false}, {1, true}});
      w.destination = *gen::inRange(0, 3);
      return w;
    }));
    return r;
  });
}

}  // namespace

rc::Gen<account_spec> compliant_account() {
  return gen::exec([] {
    account_spec a;
    a.users = *some(0.3, user());
    a.password_policy = *password_policy();
    // A compliant root signs in with a hardware device (ROOT_ACCOUNT_HARDWARE_MFA_ENABLED); the
    // root_mfa_made_virtual mutator gives it a virtual one.
    a.root_hardware_mfa = true;
    // One to three distinct regions, drawn one by one from those left (shrinking prefers
    // fewer regions and the first ones of the list).
    std::vector<std::string> left = generated_regions();
    int count = *gen::inRange(1, 4);
    for (int k = 0; k < count; ++k) {
      auto pick = *gen::inRange<std::size_t>(0, left.size());
      a.regions.push_back(*region(left[pick]));
      left.erase(left.begin() + std::ptrdiff_t(pick));
    }
    a.main_trail_region = *gen::inRange(0, int(a.regions.size()));
    a.main_trail_explicit_selector = *gen::arbitrary<bool>();
    return a;
  });
}

std::string describe(const account_spec& spec) {
  std::size_t regional = 0;
  for (const auto& r : spec.regions)
    regional += r.instances.size() + r.loose_volumes.size() + r.buckets.size() +
                r.regional_trails.size() + r.db_instances.size() + r.db_clusters.size() + std::size_t(r.tables) +
                r.functions.size() + r.backup_plans.size() + r.file_systems.size() + r.vpcs.size() +
                std::size_t(r.alarms) + r.secrets.size() + r.topics.size() + r.log_groups.size() +
                r.certificates.size() + r.ssm_documents.size() + r.snapshots.size() +
                r.load_balancers.size() + r.autoscaling_groups.size() + r.web_acls.size() +
                std::size_t(r.vpn_connections + r.detached_internet_gateways);
  return std::to_string(spec.users.size()) + " users, " + std::to_string(spec.regions.size()) +
         " region(s), " + std::to_string(regional) + " regional resources";
}

void showValue(const account_spec& spec, std::ostream& os) { os << describe(spec); }

}  // namespace properties
