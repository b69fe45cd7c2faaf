#pragma once
// The trimmed botocore models that extract_models.py writes into a generated source file.

#include <string_view>
#include <vector>

namespace mockaws::models {

struct embedded_model {
  std::string_view service_id;  // botocore folder name
  std::string_view json;        // trimmed service-2.json plus "pagination"
};

const std::vector<embedded_model>& embedded_models();

}  // namespace mockaws::models
