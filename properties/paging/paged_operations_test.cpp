// The paged-operations table stays true: every row is a paged operation of the embedded models,
// with the paginator's own page-size member, served by mockaws; and every paged call the
// engine's collectors make has a row, so a new collector cannot skip the paging properties.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "mockaws/models/model_registry.hpp"
#include "mockaws/services/registry.hpp"
#include "properties/paging/paged_operations.hpp"

namespace properties::paging {
namespace {

bool has_row(std::string_view service, std::string_view operation) {
  auto ops = paged_operations();
  return std::any_of(ops.begin(), ops.end(), [&](const paged_operation& op) {
    return op.service == service && op.operation == operation;
  });
}

TEST(paging_table, every_row_is_a_paged_operation_mockaws_serves) {
  for (const paged_operation& op : paged_operations()) {
    SCOPED_TRACE(op.test_name());
    const auto* service = mockaws::models::model_registry::embedded().find(op.service);
    ASSERT_NE(service, nullptr);
    const auto* operation = service->find_operation(op.operation);
    ASSERT_NE(operation, nullptr);
    ASSERT_TRUE(operation->pagination.has_value());
    EXPECT_EQ(operation->pagination->limit_key, op.limit_key);
    EXPECT_EQ(operation->pagination->result_keys.size(), 1u);
    EXPECT_NE(mockaws::services::find_operation_entry(op.service, op.operation), nullptr);
    EXPECT_LE(op.min_page, op.max_page);
    EXPECT_NE(op.accounts, nullptr);
    EXPECT_NE(op.ids_of, nullptr);
  }
}

TEST(paging_table, every_paged_call_of_the_collectors_has_a_row) {
  const std::filesystem::path collectors =
      std::filesystem::path(HIPAASIM_SOURCE_DIR) / "engine/scan/collectors";
  // call_all_pages("iam", "ListUsers", ...) and submit_all_pages(...), as the collectors write them.
  const std::regex paged_call(R"re(_all_pages\(\s*"([a-z0-9-]+)",\s*"([A-Za-z0-9]+)")re");
  int calls = 0;
  for (const auto& file : std::filesystem::directory_iterator(collectors)) {
    if (file.path().extension() != ".cpp") continue;
    std::ifstream in(file.path());
    std::stringstream text;
    text << in.rdbuf();
    const std::string source = text.str();
    for (std::sregex_iterator it(source.begin(), source.end(), paged_call), end; it != end; ++it) {
      ++calls;
      EXPECT_TRUE(has_row((*it)[1].str(), (*it)[2].str()))
          << file.path().filename() << " pages " << (*it)[1] << ":" << (*it)[2]
          << " without a row in properties/paging/paged_operations.cpp";
    }
  }
  EXPECT_GE(calls, 8) << "the collectors' paged calls were not found in " << collectors;
}

}  // namespace
}  // namespace properties::paging
