#include "properties/codecs/operations_in_use.hpp"

namespace properties::codecs {

const std::vector<operation_in_use>& operations_in_use() {
  static const std::vector<operation_in_use> table = {
      // query
      {"iam", "ListUsers", "collectors/iam.cpp"},
      {"iam", "GetAccountPasswordPolicy", "collectors/iam.cpp"},
      {"iam", "GetAccountSummary", "collectors/iam.cpp"},
      {"iam", "ListAccessKeys", "collectors/iam.cpp"},
      {"iam", "ListMFADevices", "collectors/iam.cpp"},
      {"rds", "DescribeDBInstances", "collectors/rds.cpp"},
      {"sts", "GetCallerIdentity", "scanner.cpp"},
      // json
      {"cloudtrail", "DescribeTrails", "collectors/cloudtrail.cpp"},
      {"cloudtrail", "GetTrailStatus", "collectors/cloudtrail.cpp"},
      {"cloudtrail", "GetEventSelectors", "collectors/cloudtrail.cpp"},
      {"dynamodb", "ListTables", "collectors/dynamodb.cpp"},
      {"dynamodb", "DescribeTable", "collectors/dynamodb.cpp"},
      {"dynamodb", "DescribeContinuousBackups", "collectors/dynamodb.cpp"},
      // ec2
      {"ec2", "DescribeVolumes", "collectors/ec2.cpp"},
      {"ec2", "DescribeSecurityGroups", "collectors/ec2.cpp"},
      // rest-xml
      {"s3", "ListBuckets", "collectors/s3.cpp"},
      {"s3", "GetBucketLocation", "collectors/s3.cpp"},
      {"s3", "GetBucketEncryption", "collectors/s3.cpp"},
      {"s3", "GetBucketPolicy", "collectors/s3.cpp"},
      // rest-json
      {"backup", "ListBackupPlans", "collectors/backup.cpp"},
      {"backup", "GetBackupPlan", "collectors/backup.cpp"},
      {"lambda", "ListFunctions", "collectors/lambda.cpp"},
      {"lambda", "GetPolicy", "collectors/lambda.cpp"},
  };
  return table;
}

}  // namespace properties::codecs
