#pragma once
// RDS engine names (the Engine member of DescribeDBInstances and DescribeDBClusters), as the RDS
// rules tell them apart. The same API lists DocumentDB and Neptune instances and clusters
// (Engine docdb, neptune), which several RDS rules do not judge.

#include <string_view>

namespace engine::rules::rds {

// Aurora MySQL ("aurora", its first name, and "aurora-mysql") and Aurora PostgreSQL.
bool is_aurora(std::string_view engine);
// DocumentDB or Neptune: served by the RDS API, not RDS databases.
bool is_docdb_or_neptune(std::string_view engine);

}  // namespace engine::rules::rds
