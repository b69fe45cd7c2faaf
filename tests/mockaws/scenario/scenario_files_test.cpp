// Every scenario shipped under scenarios/ loads, the annotated example of scenarios/README.md
// loads and means what its comments say, and every scenario survives the round trip through
// write_scenario: the account written out loads to the same account.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "mockaws/scenario/scenario_loader.hpp"
#include "mockaws/scenario/scenario_writer.hpp"

namespace mockaws::scenario {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

std::vector<std::string> scenario_files() {
  std::vector<std::string> out;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(HIPAASIM_SOURCE_DIR) / "scenarios"))
    if (entry.is_regular_file() && entry.path().extension() == ".yaml")
      out.push_back(fs::relative(entry.path(), HIPAASIM_SOURCE_DIR).string());
  std::sort(out.begin(), out.end());
  return out;
}

// The whole account: every region's services, the credentials and the clock.
json account_of(const store::store& s) {
  const store::account& a = s.accounts().begin()->second;
  json out = {{"id", a.id()}, {"regions", json::object()}, {"credentials", json::array()}};
  for (const std::string& region : [&] {
         auto r = a.regions();
         r.push_back(std::string(store::global_region));
         return r;
       }())
    for (const auto& service : a.services(region)) out["regions"][region][service] = a.state(region, service);
  for (const auto& c : s.credentials())
    out["credentials"].push_back({c.access_key_id, c.secret_access_key, c.session_token});
  if (s.clock().is_fixed()) out["now"] = protocol::format_iso8601(s.clock().now());
  return out;
}

class scenario_file : public ::testing::TestWithParam<std::string> {
 protected:
  std::string path() const { return std::string(HIPAASIM_SOURCE_DIR) + "/" + GetParam(); }
};

TEST_P(scenario_file, loads_without_errors) {
  auto result = load_file(path());
  for (const auto& e : result.errors) ADD_FAILURE() << e.to_string();
  EXPECT_TRUE(result.store);
}

TEST_P(scenario_file, loads_to_the_same_account_after_the_round_trip) {
  auto original = load_file(path());
  ASSERT_TRUE(original.store);
  std::string written = write_scenario(*original.store, original.expectations, original.description);
  auto again = load_text(written, GetParam() + " (written)");
  for (const auto& e : again.errors) ADD_FAILURE() << e.to_string() << "\n" << written;
  ASSERT_TRUE(again.store);
  EXPECT_EQ(account_of(*again.store), account_of(*original.store));
  ASSERT_EQ(again.expectations.size(), original.expectations.size());
  for (std::size_t i = 0; i < again.expectations.size(); ++i) {
    EXPECT_EQ(again.expectations[i].rule, original.expectations[i].rule);
    EXPECT_EQ(again.expectations[i].resource, original.expectations[i].resource);
    EXPECT_EQ(again.expectations[i].compliance, original.expectations[i].compliance);
  }
  EXPECT_EQ(again.description, original.description);
  // Writing is stable: a second round trip writes the same text.
  EXPECT_EQ(write_scenario(*again.store, again.expectations, again.description), written);
}

INSTANTIATE_TEST_SUITE_P(scenarios, scenario_file, ::testing::ValuesIn(scenario_files()),
                         [](const auto& param_info) {
                           std::string name = param_info.param;
                           for (char& c : name)
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           return name;
                         });

// The first ```yaml block of scenarios/README.md.
std::string readme_example() {
  std::ifstream in(std::string(HIPAASIM_SOURCE_DIR) + "/scenarios/README.md");
  std::stringstream text;
  text << in.rdbuf();
  std::string all = text.str();
  auto start = all.find("```yaml\n");
  auto end = all.find("\n```", start + 8);
  if (start == std::string::npos || end == std::string::npos) return {};
  return all.substr(start + 8, end - start - 8 + 1);
}

TEST(readme_example, loads_and_means_what_its_comments_say) {
  std::string example = readme_example();
  ASSERT_FALSE(example.empty()) << "no ```yaml block in scenarios/README.md";
  auto r = load_text(example, "scenarios/README.md");
  for (const auto& e : r.errors) ADD_FAILURE() << e.to_string();
  ASSERT_TRUE(r.store);
  const auto& account = r.store->accounts().begin()->second;
  EXPECT_EQ(account.id(), "210987654321");
  ASSERT_NE(r.store->find_credential("AKIACLINICEXAMPLE001"), nullptr);
  const json& user = account.state("global", "iam")["Users"][0];
  // "this user gets UserId, Arn, Path "/" and CreateDate (now)": generated, the same every time.
  EXPECT_EQ(user["Arn"], "arn:aws:iam::210987654321:user/dr-lee");
  EXPECT_EQ(user["Path"], "/");
  EXPECT_EQ(user["CreateDate"], "2025-09-27T00:00:00Z");  // -400d
  EXPECT_EQ(user["AccessKeys"][0]["CreateDate"], "2026-04-15T00:00:00Z");  // -200d
  const json& group = account.state("us-east-1", "ec2")["SecurityGroups"][0];
  EXPECT_EQ(group["GroupId"].get<std::string>().substr(0, 3), "sg-");
  const json& buckets = account.state("us-east-1", "s3")["Buckets"];
  EXPECT_EQ(buckets[0]["ServerSideEncryptionConfiguration"]["Rules"][0]
                   ["ApplyServerSideEncryptionByDefault"]["SSEAlgorithm"],
            "aws:kms");
  EXPECT_EQ(r.expectations.size(), 3u);
  EXPECT_EQ(r.description, "A two-person clinic with one patient-records bucket.");
}

}  // namespace
}  // namespace mockaws::scenario
