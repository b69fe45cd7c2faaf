#include "mockaws/services/registry.hpp"

#include <map>
#include <vector>

#include "mockaws/services/backup/backup_operations.hpp"
#include "mockaws/services/cloudtrail/cloudtrail_operations.hpp"
#include "mockaws/services/cloudwatch/cloudwatch_operations.hpp"
#include "mockaws/services/dynamodb/dynamodb_operations.hpp"
#include "mockaws/services/ec2/ec2_operations.hpp"
#include "mockaws/services/iam/iam_operations.hpp"
#include "mockaws/services/kms/kms_operations.hpp"
#include "mockaws/services/lambda/lambda_operations.hpp"
#include "mockaws/services/rds/rds_operations.hpp"
#include "mockaws/services/s3/s3_operations.hpp"
#include "mockaws/services/sts/sts_operations.hpp"

namespace mockaws::services {

namespace {

const std::vector<operation_entry>& table() {
  static const std::vector<operation_entry> entries = [] {
    std::vector<operation_entry> all;
    for (auto service : {backup::operations(), cloudtrail::operations(),
                         cloudwatch::operations(), dynamodb::operations(), ec2::operations(),
                         iam::operations(), kms::operations(), lambda::operations(),
                         rds::operations(), s3::operations(), sts::operations()})
      all.insert(all.end(), service.begin(), service.end());
    return all;
  }();
  return entries;
}

}  // namespace

std::span<const operation_entry> operation_table() { return table(); }

const operation_entry* find_operation_entry(std::string_view service, std::string_view operation) {
  static const auto index = [] {
    std::map<std::pair<std::string_view, std::string_view>, const operation_entry*> out;
    for (const auto& entry : table()) out[{entry.service, entry.operation}] = &entry;
    return out;
  }();
  auto it = index.find({service, operation});
  return it == index.end() ? nullptr : it->second;
}

}  // namespace mockaws::services
