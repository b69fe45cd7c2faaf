// The paged-operations table stays true: every row is a paged operation of the embedded models,
// with the paginator's own page-size member, served by mockaws; and every paged call of the
// engine's collection rows has a row, so a new resource kind cannot skip the paging properties.

#include <gtest/gtest.h>

#include <algorithm>

#include "engine/scan/resource_kinds.hpp"
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
    // The harness follows the first result list (GetAccountAuthorizationDetails has four, cut by
    // one window: its users' list stands for them).
    EXPECT_GE(operation->pagination->result_keys.size(), 1u);
    EXPECT_NE(mockaws::services::find_operation_entry(op.service, op.operation), nullptr);
    EXPECT_LE(op.min_page, op.max_page);
    EXPECT_NE(op.accounts, nullptr);
    EXPECT_NE(op.ids_of, nullptr);
  }
}

// Every listing the engine's collection rows page through (and every paged per-resource call)
// has a row, so a new resource kind cannot escape the paging properties.
TEST(paging_table, every_paged_call_of_the_collection_rows_has_a_row) {
  int calls = 0;
  auto paged = [](std::string_view service, std::string_view operation) {
    const auto* model = mockaws::models::model_registry::embedded().find(service);
    const auto* op = model ? model->find_operation(operation) : nullptr;
    return op && op->pagination && !op->pagination->result_keys.empty();
  };
  for (const auto& kind : engine::resource_kinds()) {
    std::vector<std::string_view> operations;
    if (paged(kind.service, kind.list.operation)) operations.push_back(kind.list.operation);
    for (const auto& supplement : kind.supplements)
      if (supplement.paged) operations.push_back(supplement.call.operation);
    for (auto operation : operations) {
      ++calls;
      EXPECT_TRUE(has_row(std::string(kind.service), std::string(operation)))
          << kind.type << " pages " << kind.service << ":" << operation
          << " without a row in properties/paging/paged_operations.cpp";
    }
  }
  EXPECT_GE(calls, 10);
}

}  // namespace
}  // namespace properties::paging
