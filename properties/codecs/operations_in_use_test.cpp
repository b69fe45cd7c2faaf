// The operation table the codec properties walk is the engine's real list: every entry exists in
// the embedded models, all five protocols are covered, and every call the engine's hand-written
// collectors make is in it, so no call escapes the properties unnoticed.

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
using call = std::pair<std::string, std::string>;  // service, operation

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

// Calls written with literal service and operation names (aws.call("s3", "GetBucketLocation"),
// as the scanner and the hand-written collectors make them): the rows' calls are the table.
std::set<call> literal_calls_in_engine_sources() {
  const std::filesystem::path root = std::filesystem::path(HIPAASIM_SOURCE_DIR) / "engine" / "scan";
  const std::regex aws_call(
      R"re(\.(?:call|submit)(?:_all_pages)?\(\s*"([a-z0-9-]+)"\s*,\s*"(\w+)")re");
  std::set<call> calls;
  for (const auto& file : std::filesystem::recursive_directory_iterator(root)) {
    if (file.path().extension() != ".cpp") continue;
    std::ifstream in(file.path());
    std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    for (std::sregex_iterator it(text.begin(), text.end(), aws_call), end; it != end; ++it)
      calls.emplace((*it)[1].str(), (*it)[2].str());
  }
  return calls;
}

TEST(codec_operation_table, holds_every_call_the_engine_writes_out) {
  std::set<call> literal = literal_calls_in_engine_sources();
  ASSERT_FALSE(literal.empty()) << "no literal AWS calls found under engine/scan: has it moved?";
  std::set<call> in_table;
  for (const auto& entry : operations_in_use()) in_table.emplace(entry.service, entry.operation);
  for (const auto& [service, operation] : literal)
    EXPECT_TRUE(in_table.count({service, operation}))
        << service << ":" << operation << " is called by the engine but is in no collection row";
}

}  // namespace
}  // namespace properties::codecs
