#include "engine/rules/rds/engines.hpp"

namespace engine::rules::rds {

bool is_aurora(std::string_view engine) {
  return engine == "aurora" || engine == "aurora-mysql" || engine == "aurora-postgresql";
}

bool is_docdb_or_neptune(std::string_view engine) { return engine == "docdb" || engine == "neptune"; }

}  // namespace engine::rules::rds
