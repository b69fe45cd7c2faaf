#include "engine/client/credentials.hpp"

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string_view>
#include <vector>

namespace engine::client {

namespace {

using section = std::map<std::string, std::string, std::less<>>;
using ini_file = std::map<std::string, section, std::less<>>;

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value ? std::string(value) : std::string();
}

std::string_view trim(std::string_view text) {
  auto begin = text.find_first_not_of(" \t\r");
  if (begin == std::string_view::npos) return {};
  auto end = text.find_last_not_of(" \t\r");
  return text.substr(begin, end - begin + 1);
}

// The AWS CLI reads these files with Python's configparser: "[section]" headers, "key = value"
// (or "key: value"), "#" and ";" comment lines. Indented lines continue a nested value (the
// "s3 =\n  max_concurrent_requests = 10" form), which holds no credentials, so they are skipped.
std::optional<ini_file> read_ini(const std::string& path) {
  std::ifstream in(path);
  if (!in) return std::nullopt;
  ini_file out;
  section* current = nullptr;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && (line.front() == ' ' || line.front() == '\t')) continue;
    std::string_view text = trim(line);
    if (text.empty() || text.front() == '#' || text.front() == ';') continue;
    if (text.front() == '[') {
      auto close = text.find(']');
      std::string_view name = trim(text.substr(1, close == std::string_view::npos ? text.npos
                                                                                 : close - 1));
      // "[profile  prod]" names the profile "prod", as the CLI reads it.
      if (name.substr(0, 8) == "profile " || name.substr(0, 8) == "profile\t")
        current = &out["profile " + std::string(trim(name.substr(8)))];
      else
        current = &out[std::string(name)];
      continue;
    }
    auto separator = text.find_first_of("=:");
    if (!current || separator == std::string_view::npos) continue;
    std::string key(trim(text.substr(0, separator)));
    for (auto& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    (*current)[key] = std::string(trim(text.substr(separator + 1)));
  }
  return out;
}

std::string home_path(const char* relative) {
  std::string home = env("HOME");
  return home.empty() ? std::string() : home + "/" + relative;
}

std::string expand_home(std::string path) {
  if (path.size() >= 1 && path.front() == '~' && (path.size() == 1 || path[1] == '/')) {
    std::string home = env("HOME");
    if (!home.empty()) path = home + path.substr(1);
  }
  return path;
}

std::string profile_name() {
  std::string profile = env("AWS_PROFILE");
  return profile.empty() ? "default" : profile;
}

std::string credentials_path() {
  std::string path = env("AWS_SHARED_CREDENTIALS_FILE");
  return path.empty() ? home_path(".aws/credentials") : expand_home(path);
}

std::string config_path() {
  std::string path = env("AWS_CONFIG_FILE");
  return path.empty() ? home_path(".aws/config") : expand_home(path);
}

// The config file's section for a profile: "[default]" (or "[profile default]") and
// "[profile x]"; the credentials file names profiles bare.
const section* config_section(const ini_file& file, const std::string& profile) {
  if (profile == "default") {
    if (auto it = file.find("default"); it != file.end()) return &it->second;
  }
  auto it = file.find("profile " + profile);
  return it == file.end() ? nullptr : &it->second;
}

std::string value_of(const section& s, std::string_view key) {
  auto it = s.find(key);
  return it == s.end() ? std::string() : it->second;
}

// Looks for keys in one profile section; says why there are none.
std::optional<mockaws::sigv4::credentials> keys_in(const section& s, std::string& why_not) {
  mockaws::sigv4::credentials creds{value_of(s, "aws_access_key_id"),
                                    value_of(s, "aws_secret_access_key"),
                                    value_of(s, "aws_session_token")};
  if (!creds.access_key_id.empty() && !creds.secret_access_key.empty()) return creds;
  for (const char* unsupported : {"role_arn", "sso_start_url", "sso_session", "credential_process",
                                  "web_identity_token_file"}) {
    if (s.count(unsupported)) {
      why_not = std::string("uses ") + unsupported + ", which this client does not support";
      return std::nullopt;
    }
  }
  if (creds.access_key_id.empty() && creds.secret_access_key.empty())
    why_not = "no aws_access_key_id or aws_secret_access_key";
  else
    why_not = creds.access_key_id.empty() ? "aws_secret_access_key without aws_access_key_id"
                                          : "aws_access_key_id without aws_secret_access_key";
  return std::nullopt;
}

struct file_source {
  std::string label;  // "shared credentials file", "config file"
  std::string path;
  bool config;        // config-file section names
};

}  // namespace

std::string resolve_region() {
  for (const char* name : {"AWS_REGION", "AWS_DEFAULT_REGION"}) {
    std::string region = env(name);
    if (!region.empty()) return region;
  }
  std::string path = config_path();
  if (path.empty()) return {};
  auto file = read_ini(path);
  if (!file) return {};
  const section* s = config_section(*file, profile_name());
  return s ? value_of(*s, "region") : std::string();
}

credentials_resolution resolve_credentials() {
  credentials_resolution out;
  const std::string profile = profile_name();
  std::vector<std::string> tried;

  std::string id = env("AWS_ACCESS_KEY_ID");
  std::string secret = env("AWS_SECRET_ACCESS_KEY");
  if (!id.empty() && !secret.empty()) {
    std::string token = env("AWS_SESSION_TOKEN");
    if (token.empty()) token = env("AWS_SECURITY_TOKEN");  // the older name boto still reads
    out.found = resolved_credentials{{id, secret, token}, resolve_region(), "environment"};
    return out;
  }
  if (id.empty() && secret.empty())
    tried.push_back("environment (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set)");
  else
    tried.push_back(id.empty() ? "environment (AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not)"
                               : "environment (AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not)");

  for (const file_source& source : {file_source{"shared credentials file", credentials_path(), false},
                                    file_source{"config file", config_path(), true}}) {
    if (source.path.empty()) {
      tried.push_back(source.label + " (HOME is not set)");
      continue;
    }
    auto file = read_ini(source.path);
    if (!file) {
      tried.push_back(source.label + " " + source.path + " (cannot be read)");
      continue;
    }
    const section* s = nullptr;
    if (source.config) {
      s = config_section(*file, profile);
    } else if (auto it = file->find(profile); it != file->end()) {
      s = &it->second;
    }
    if (!s) {
      tried.push_back(source.label + " " + source.path + " (no profile '" + profile + "')");
      continue;
    }
    std::string why_not;
    if (auto keys = keys_in(*s, why_not)) {
      out.found = resolved_credentials{std::move(*keys), resolve_region(),
                                       source.path + " [" + profile + "]"};
      return out;
    }
    tried.push_back(source.label + " " + source.path + " (profile '" + profile + "': " + why_not +
                    ")");
  }

  out.error = "no AWS credentials found for profile '" + profile + "'; tried: ";
  for (std::size_t i = 0; i < tried.size(); ++i) out.error += (i ? "; " : "") + tried[i];
  return out;
}

}  // namespace engine::client
