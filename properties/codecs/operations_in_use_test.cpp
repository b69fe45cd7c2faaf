// The operation table the codec properties walk is the engine's real list: every entry exists in
// the embedded models, all five protocols are covered, and the table names exactly the calls the
// engine's scan sources make, so a new collector call cannot escape the properties unnoticed.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <tuple>

#include <gtest/gtest.h>

#include "mockaws/models/model_registry.hpp"
#include "properties/codecs/operations_in_use.hpp"

namespace properties::codecs {
namespace {

namespace models = mockaws::models;
using call = std::tuple<std::string, std::string, std::string>;  // service, operation, caller

TEST(codec_operation_table, every_entry_is_an_operation_of_the_embedded_models) {
  ASSERT_FALSE(operations_in_use().empty());
  std::set<std::pair<std::string_view, std::string_view>> seen;
  for (const auto& entry : operations_in_use()) {
    EXPECT_TRUE(seen.emplace(entry.service, entry.operation).second)
        << "listed twice: " << entry.service << ":" << entry.operation;
    const auto* service = models::model_registry::embedded().find(entry.service);
    ASSERT_NE(service, nullptr) << "no model for " << entry.service;
    EXPECT_NE(service->find_operation(entry.operation), nullptr)
        << entry.service << ":" << entry.operation << " is not in the embedded model";
  }
}

TEST(codec_operation_table, covers_all_five_protocols) {
  std::set<models::protocol> covered;
  for (const auto& entry : operations_in_use())
    if (const auto* service = models::model_registry::embedded().find(entry.service))
      covered.insert(service->primary_protocol());  // the protocol the engine's client speaks
  EXPECT_EQ(covered, (std::set<models::protocol>{models::protocol::json, models::protocol::query,
                                                  models::protocol::ec2, models::protocol::rest_xml,
                                                  models::protocol::rest_json}));
}

// Calls written as aws.call / submit / call_all_pages / submit_all_pages with literal service and
// operation names, which is how every collector and the scanner call AWS.
std::set<call> calls_in_engine_sources() {
  const std::filesystem::path root = std::filesystem::path(HIPAASIM_SOURCE_DIR) / "engine" / "scan";
  const std::regex aws_call(
      R"re(\.(?:call|submit)(?:_all_pages)?\(\s*"([a-z0-9-]+)"\s*,\s*"(\w+)")re");
  std::set<call> calls;
  for (const auto& file : std::filesystem::recursive_directory_iterator(root)) {
    if (file.path().extension() != ".cpp") continue;
    std::ifstream in(file.path());
    std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    std::string caller = file.path().lexically_relative(root).generic_string();
    for (std::sregex_iterator it(text.begin(), text.end(), aws_call), end; it != end; ++it)
      calls.emplace((*it)[1].str(), (*it)[2].str(), caller);
  }
  return calls;
}

TEST(codec_operation_table, is_exactly_the_calls_in_the_engine_sources) {
  std::set<call> in_sources = calls_in_engine_sources();
  ASSERT_FALSE(in_sources.empty()) << "no AWS calls found under engine/scan: has it moved?";
  std::set<call> in_table;
  for (const auto& entry : operations_in_use())
    in_table.emplace(entry.service, entry.operation, entry.caller);
  auto show = [](const std::set<call>& calls) {
    std::ostringstream out;
    for (const auto& [service, operation, caller] : calls)
      out << "  " << service << ":" << operation << " (" << caller << ")\n";
    return out.str();
  };
  std::set<call> only_in_sources, only_in_table;
  std::set_difference(in_sources.begin(), in_sources.end(), in_table.begin(), in_table.end(),
                      std::inserter(only_in_sources, only_in_sources.end()));
  std::set_difference(in_table.begin(), in_table.end(), in_sources.begin(), in_sources.end(),
                      std::inserter(only_in_table, only_in_table.end()));
  EXPECT_TRUE(only_in_sources.empty()) << "called by the engine, missing from the table:\n"
                                       << show(only_in_sources);
  EXPECT_TRUE(only_in_table.empty()) << "in the table, not called by the engine:\n"
                                     << show(only_in_table);
}

}  // namespace
}  // namespace properties::codecs
