// The tables agree with each other: every rule's reads have collection rows, every row's calls
// are served by mockaws, every row's resource type is a collection of the scenario schema, and
// every operation whose model is extracted is served or listed as not served yet, with why.

#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <set>
#include <sstream>

#include "engine/rules/rule.hpp"
#include "engine/scan/resource_kinds.hpp"
#include "mockaws/scenario/schema.hpp"
#include "mockaws/services/registry.hpp"

namespace engine {
namespace {

TEST(collection_tables, every_rule_reads_what_the_rows_collect) {
  for (const auto& rule : rules::all_rules()) {
    std::set<std::string_view> supplements_found;
    for (auto type : rules::types_read(rule)) {
      const resource_kind* kind = find_kind(type);
      ASSERT_NE(kind, nullptr) << rule.identifier << " reads " << type << ", which no row collects";
      for (auto supplement : rule.reads.supplements)
        if (find_supplement(*kind, supplement)) supplements_found.insert(supplement);
    }
    for (auto supplement : rule.reads.supplements)
      EXPECT_TRUE(supplements_found.count(supplement))
          << rule.identifier << " opens " << supplement << ", which no row of its types collects";
    for (auto document : rule.reads.documents)
      EXPECT_NE(find_document(document), nullptr) << rule.identifier << " reads document " << document;
    if (rule.judge) {
      EXPECT_NE(rule.resource_type, account_resource_type)
          << rule.identifier << " judges each item, so it needs a resource type";
    }
  }
}

TEST(collection_tables, every_call_of_the_rows_is_served_by_mockaws) {
  auto calls = collection_operations();
  ASSERT_FALSE(calls.empty());
  for (const auto& [service, operation] : calls)
    EXPECT_NE(mockaws::services::find_operation_entry(service, operation), nullptr)
        << service << ":" << operation << " is called by a collection row but mockaws does not serve it";
}

TEST(collection_tables, every_row_is_a_resource_type_of_the_scenario_schema) {
  const auto& schema = mockaws::scenario::scenario_schema::embedded();
  for (const auto& kind : resource_kinds()) {
    const auto* service = schema.find(kind.service);
    ASSERT_NE(service, nullptr) << kind.type << ": no schema for " << kind.service;
    // Nested collections count (EC2 instances inside their reservations).
    bool found = false;
    std::function<void(const mockaws::scenario::collection_schema&)> look = [&](const auto& collection) {
      for (const auto& type : collection.resource_types) found = found || type == kind.type;
      for (const auto& [holder, nested] : collection.nested) look(nested);
    };
    for (const auto& [name, collection] : service->collections) look(collection);
    EXPECT_TRUE(found) << kind.type << " is no collection's resource_type in " << kind.service;
    EXPECT_EQ(service->global, kind.global && kind.service != "s3")
        << kind.type << ": the row's scope disagrees with the schema's";
  }
}

std::set<std::pair<std::string, std::string>> read_tsv(const std::string& path, std::map<std::string, std::string>* reasons = nullptr) {
  std::ifstream in(std::string(HIPAASIM_SOURCE_DIR) + "/" + path);
  EXPECT_TRUE(in) << path;
  std::set<std::pair<std::string, std::string>> rows;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string service, operation, rest;
    std::getline(fields, service, '\t');
    std::getline(fields, operation, '\t');
    std::getline(fields, rest);
    rows.emplace(service, operation);
    if (reasons) (*reasons)[service + ":" + operation] = rest;
  }
  return rows;
}

TEST(collection_tables, every_extracted_operation_is_served_or_said_not_to_be) {
  std::map<std::string, std::string> reasons;
  auto extracted = read_tsv("mockaws/models/operations.tsv");
  auto not_served = read_tsv("mockaws/models/not_served.tsv", &reasons);
  for (const auto& [service, operation] : extracted) {
    bool served = mockaws::services::find_operation_entry(service, operation) != nullptr;
    bool listed = not_served.count({service, operation}) > 0;
    EXPECT_TRUE(served != listed) << service << ":" << operation
                                  << (served ? " is served and still listed in not_served.tsv"
                                             : " is neither served nor listed in not_served.tsv");
    if (listed) {
      EXPECT_FALSE(reasons[service + ":" + operation].empty()) << service << ":" << operation;
    }
  }
  for (const auto& row : not_served)
    EXPECT_TRUE(extracted.count(row)) << row.first << ":" << row.second << " is not in operations.tsv";
  for (const auto& entry : mockaws::services::operation_table())
    EXPECT_TRUE(extracted.count({std::string(entry.service), std::string(entry.operation)}))
        << entry.service << ":" << entry.operation << " is served but its model is not extracted";
}

}  // namespace
}  // namespace engine
