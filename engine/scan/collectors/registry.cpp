#include "engine/scan/collectors/collectors.hpp"

namespace engine {

const std::vector<collector>& all_collectors() {
  using namespace engine::collectors;
  static const std::vector<collector> list = {
      {"iam", true, {"iam.users", "iam.password_policy", "iam.account_summary"}, collect_iam},
      {"s3", true, {"s3.buckets"}, collect_s3},
      {"cloudtrail", false, {"cloudtrail.trails"}, collect_cloudtrail},
      {"ec2", false, {"ec2.volumes", "ec2.security_groups"}, collect_ec2},
      {"rds", false, {"rds.db_instances"}, collect_rds},
      {"dynamodb", false, {"dynamodb.tables"}, collect_dynamodb},
      {"backup", false, {"backup.plans"}, collect_backup},
      {"lambda", false, {"lambda.functions"}, collect_lambda},
  };
  return list;
}

}  // namespace engine
