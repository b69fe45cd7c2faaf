// Finding credentials and region where the AWS CLI finds them: environment first, then the shared
// credentials file, then the config file, for AWS_PROFILE or "default". Each test sets its own
// environment and files and restores the process environment afterwards.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <string>

#include "engine/client/credentials.hpp"

namespace engine::client {
namespace {

namespace fs = std::filesystem;

constexpr const char* variables[] = {
    "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN",
    "AWS_SHARED_CREDENTIALS_FILE", "AWS_CONFIG_FILE", "AWS_PROFILE", "AWS_REGION",
    "AWS_DEFAULT_REGION", "HOME"};

// Clears every variable the resolver reads (HOME points at an empty folder) and puts the
// process environment back as it was when the test ends.
class credentials_resolution_test : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* name : variables) {
      const char* value = std::getenv(name);
      saved_[name] = value ? std::optional<std::string>(value) : std::nullopt;
      ::unsetenv(name);
    }
    std::string pattern = (fs::temp_directory_path() / "engine-client-creds-XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
    set("HOME", dir_.string());
  }

  void TearDown() override {
    for (const auto& [name, value] : saved_) {
      if (value) ::setenv(name.c_str(), value->c_str(), 1);
      else ::unsetenv(name.c_str());
    }
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }

  static void set(const char* name, const std::string& value) { ::setenv(name, value.c_str(), 1); }

  std::string write(const std::string& relative, const std::string& text) {
    fs::path path = dir_ / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path) << text;
    return path.string();
  }

  fs::path dir_;

 private:
  std::map<std::string, std::optional<std::string>> saved_;
};

TEST_F(credentials_resolution_test, takes_keys_token_and_region_from_the_environment_first) {
  set("AWS_ACCESS_KEY_ID", "AKIAENVEXAMPLE");
  set("AWS_SECRET_ACCESS_KEY", "env-secret");
  set("AWS_SESSION_TOKEN", "env-token");
  set("AWS_REGION", "eu-west-1");
  set("AWS_DEFAULT_REGION", "us-west-2");
  write(".aws/credentials", "[default]\naws_access_key_id = AKIAFILE\naws_secret_access_key = f\n");
  auto resolved = resolve_credentials();
  ASSERT_TRUE(resolved.found) << resolved.error;
  EXPECT_EQ(resolved.found->credentials.access_key_id, "AKIAENVEXAMPLE");
  EXPECT_EQ(resolved.found->credentials.secret_access_key, "env-secret");
  EXPECT_EQ(resolved.found->credentials.session_token, "env-token");
  EXPECT_EQ(resolved.found->region, "eu-west-1");
  EXPECT_EQ(resolved.found->source, "environment");
}

TEST_F(credentials_resolution_test, reads_the_default_profile_of_the_home_credentials_file) {
  std::string path = write(".aws/credentials",
                           "# keys for the clinic\n"
                           "[other]\naws_access_key_id = AKIAOTHER\naws_secret_access_key = o\n\n"
                           "[default]\n"
                           "aws_access_key_id = AKIADEFAULT\n"
                           "aws_secret_access_key=default-secret\n"
                           "  ; an indented comment\n");
  write(".aws/config", "[default]\nregion = ca-central-1\noutput = json\n");
  auto resolved = resolve_credentials();
  ASSERT_TRUE(resolved.found) << resolved.error;
  EXPECT_EQ(resolved.found->credentials.access_key_id, "AKIADEFAULT");
  EXPECT_EQ(resolved.found->credentials.secret_access_key, "default-secret");
  EXPECT_EQ(resolved.found->credentials.session_token, "");
  EXPECT_EQ(resolved.found->region, "ca-central-1");
  EXPECT_EQ(resolved.found->source, path + " [default]");
}

TEST_F(credentials_resolution_test, follows_aws_profile_and_the_file_variables) {
  std::string creds = write("elsewhere/creds", "[audit]\naws_access_key_id = AKIAAUDIT\n"
                                               "aws_secret_access_key = audit-secret\n"
                                               "aws_session_token = audit-token\n");
  std::string config = write("elsewhere/config",
                             "[default]\nregion = us-east-1\n[profile audit]\nregion = eu-north-1\n"
                             "s3 =\n  max_concurrent_requests = 4\n");
  set("AWS_SHARED_CREDENTIALS_FILE", creds);
  set("AWS_CONFIG_FILE", config);
  set("AWS_PROFILE", "audit");
  auto resolved = resolve_credentials();
  ASSERT_TRUE(resolved.found) << resolved.error;
  EXPECT_EQ(resolved.found->credentials.access_key_id, "AKIAAUDIT");
  EXPECT_EQ(resolved.found->credentials.session_token, "audit-token");
  EXPECT_EQ(resolved.found->region, "eu-north-1");
  EXPECT_EQ(resolved.found->source, creds + " [audit]");
  EXPECT_EQ(resolve_region(), "eu-north-1");
}

TEST_F(credentials_resolution_test, falls_back_to_keys_in_the_config_file) {
  std::string config = write(".aws/config", "[profile ci]\naws_access_key_id = AKIACONFIG\n"
                                            "aws_secret_access_key = config-secret\n"
                                            "region = ap-south-1\n");
  set("AWS_PROFILE", "ci");
  auto resolved = resolve_credentials();
  ASSERT_TRUE(resolved.found) << resolved.error;
  EXPECT_EQ(resolved.found->credentials.access_key_id, "AKIACONFIG");
  EXPECT_EQ(resolved.found->region, "ap-south-1");
  EXPECT_EQ(resolved.found->source, config + " [ci]");
}

TEST_F(credentials_resolution_test, takes_the_region_from_aws_default_region_when_aws_region_is_unset) {
  set("AWS_ACCESS_KEY_ID", "AKIA");
  set("AWS_SECRET_ACCESS_KEY", "s");
  set("AWS_DEFAULT_REGION", "sa-east-1");
  write(".aws/config", "[default]\nregion = us-east-1\n");
  auto resolved = resolve_credentials();
  ASSERT_TRUE(resolved.found);
  EXPECT_EQ(resolved.found->region, "sa-east-1");
}

TEST_F(credentials_resolution_test, leaves_the_region_empty_when_nothing_names_one) {
  set("AWS_ACCESS_KEY_ID", "AKIA");
  set("AWS_SECRET_ACCESS_KEY", "s");
  auto resolved = resolve_credentials();
  ASSERT_TRUE(resolved.found);
  EXPECT_EQ(resolved.found->region, "");
  EXPECT_EQ(resolve_region(), "");
}

TEST_F(credentials_resolution_test, says_which_sources_it_tried_when_it_finds_nothing) {
  auto resolved = resolve_credentials();
  ASSERT_FALSE(resolved.found);
  const std::string home = dir_.string();
  EXPECT_EQ(resolved.error,
            "no AWS credentials found for profile 'default'; tried: environment "
            "(AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set); shared credentials file " +
                home + "/.aws/credentials (cannot be read); config file " + home +
                "/.aws/config (cannot be read)");
}

TEST_F(credentials_resolution_test, explains_half_set_keys_missing_profiles_and_unsupported_ones) {
  set("AWS_ACCESS_KEY_ID", "AKIAHALF");
  set("AWS_PROFILE", "prod");
  std::string creds = write(".aws/credentials", "[default]\naws_access_key_id = A\naws_secret_access_key = B\n");
  std::string config = write(".aws/config", "[profile prod]\nrole_arn = arn:aws:iam::1:role/r\n"
                                            "source_profile = default\n");
  auto resolved = resolve_credentials();
  ASSERT_FALSE(resolved.found);
  EXPECT_EQ(resolved.error,
            "no AWS credentials found for profile 'prod'; tried: environment (AWS_ACCESS_KEY_ID "
            "is set but AWS_SECRET_ACCESS_KEY is not); shared credentials file " + creds +
                " (no profile 'prod'); config file " + config +
                " (profile 'prod': uses role_arn, which this client does not support)");
}

TEST_F(credentials_resolution_test, reports_a_profile_with_half_its_keys) {
  std::string creds = write(".aws/credentials", "[default]\naws_access_key_id = AKIAONLY\n");
  auto resolved = resolve_credentials();
  ASSERT_FALSE(resolved.found);
  EXPECT_NE(resolved.error.find(creds + " (profile 'default': aws_access_key_id without "
                                        "aws_secret_access_key)"),
            std::string::npos)
      << resolved.error;
}

}  // namespace
}  // namespace engine::client
