#include "mockaws/scenario/scenario_loader.hpp"

#include <fstream>
#include <regex>
#include <sstream>

#include <yaml-cpp/yaml.h>

#include "mockaws/models/model_registry.hpp"
#include "mockaws/protocol/timestamp.hpp"

namespace mockaws::scenario {

namespace {

using store::json;

class loader {
 public:
  explicit loader(std::string file) : file_(std::move(file)) {}

  load_result run(std::string_view text) {
    load_result result;
    YAML::Node root;
    try {
      root = YAML::Load(std::string(text));
    } catch (const YAML::ParserException& e) {
      error(e.mark, e.msg);
      result.errors = std::move(errors_);
      return result;
    }
    auto out = std::make_shared<store::store>();
    if (root.IsNull()) {
      error(root.Mark(), "the scenario is empty");
    } else if (!root.IsMap()) {
      error(root.Mark(), "a scenario is a mapping with keys account_id, now, credentials, "
                         "global and regions");
    } else {
      read(root, *out);
    }
    result.errors = std::move(errors_);
    if (result.errors.empty()) result.store = std::move(out);
    return result;
  }

 private:
  void error(const YAML::Mark& mark, std::string message) {
    errors_.push_back({file_, mark.is_null() ? 0 : mark.line + 1,
                       mark.is_null() ? 0 : mark.column + 1, std::move(message)});
  }

  std::string scalar(const YAML::Node& node, std::string_view what) {
    if (!node.IsScalar()) {
      error(node.Mark(), std::string(what) + " must be a string");
      return {};
    }
    return node.Scalar();
  }

  // YAML's core schema for plain scalars, strict enough that ids like "0123" stay strings.
  json to_json(const YAML::Node& node) {
    switch (node.Type()) {
      case YAML::NodeType::Map: {
        json out = json::object();
        for (const auto& entry : node) {
          if (!entry.first.IsScalar()) {
            error(entry.first.Mark(), "mapping keys must be strings");
            continue;
          }
          out[entry.first.Scalar()] = to_json(entry.second);
        }
        return out;
      }
      case YAML::NodeType::Sequence: {
        json out = json::array();
        for (const auto& item : node) out.push_back(to_json(item));
        return out;
      }
      case YAML::NodeType::Scalar:
        return scalar_value(node);
      default:
        return json();
    }
  }

  static json scalar_value(const YAML::Node& node) {
    const std::string& text = node.Scalar();
    if (node.Tag() != "?") return text;  // quoted: always a string
    static const std::regex integer(R"([-+]?(0|[1-9][0-9]*))");
    static const std::regex real(R"([-+]?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?)");
    if (text == "null" || text == "~" || text.empty()) return json();
    if (text == "true" || text == "True") return true;
    if (text == "false" || text == "False") return false;
    if (std::regex_match(text, integer)) {
      try {
        return std::stoll(text);
      } catch (const std::out_of_range&) {
        return text;
      }
    }
    if (std::regex_match(text, real)) return std::stod(text);
    return text;
  }

  void read_services(const YAML::Node& services, std::string_view region, bool global,
                     store::account& account) {
    if (!services.IsMap()) {
      error(services.Mark(), "expected a mapping of service name to its resources");
      return;
    }
    const auto& registry = models::model_registry::embedded();
    for (const auto& entry : services) {
      std::string name = entry.first.Scalar();
      if (!registry.find(name)) {
        error(entry.first.Mark(), "unknown service '" + name + "'");
        continue;
      }
      if (global != store::is_global_service(name)) {
        error(entry.first.Mark(),
              global ? "service '" + name + "' is regional: put it under regions.<region>"
                     : "service '" + name + "' is global: put it under global");
        continue;
      }
      if (!entry.second.IsMap()) {
        error(entry.second.Mark(), "the state of '" + name + "' must be a mapping of "
                                   "collections (e.g. Users: [...])");
        continue;
      }
      account.mutable_state(region, name) = to_json(entry.second);
    }
  }

  void read(const YAML::Node& root, store::store& out) {
    std::string account_id(store::default_account_id);
    bool has_credentials = false;
    for (const auto& entry : root) {
      std::string key = entry.first.Scalar();
      if (key == "account_id") {
        account_id = scalar(entry.second, "account_id");
        if (!std::regex_match(account_id, std::regex("[0-9]{12}")))
          error(entry.second.Mark(), "account_id must be 12 digits, got '" + account_id + "'");
      } else if (key == "now") {
        std::string text = scalar(entry.second, "now");
        if (auto t = protocol::parse_iso8601(text)) out.set_clock(store::clock_source::fixed(*t));
        else error(entry.second.Mark(), "now must be an ISO 8601 time, got '" + text + "'");
      } else if (key != "credentials" && key != "global" && key != "regions") {
        error(entry.first.Mark(), "unknown key '" + key + "' (expected account_id, now, "
                                  "credentials, global or regions)");
      }
    }
    store::account& account = out.add_account(account_id);
    if (const auto credentials = root["credentials"]) {
      has_credentials = true;
      if (!credentials.IsSequence()) error(credentials.Mark(), "credentials must be a list");
      for (const auto& c : credentials) {
        if (!c.IsMap() || !c["access_key_id"] || !c["secret_access_key"]) {
          error(c.Mark(), "a credential needs access_key_id and secret_access_key");
          continue;
        }
        out.add_credential({scalar(c["access_key_id"], "access_key_id"),
                            scalar(c["secret_access_key"], "secret_access_key"),
                            c["session_token"] ? scalar(c["session_token"], "session_token") : "",
                            account_id});
      }
    }
    if (!has_credentials)
      out.add_credential({std::string(store::example_access_key_id),
                          std::string(store::example_secret_access_key), "", account_id});
    if (const auto global = root["global"]) read_services(global, store::global_region, true, account);
    if (const auto regions = root["regions"]) {
      if (!regions.IsMap()) {
        error(regions.Mark(), "regions must be a mapping of region name to services");
        return;
      }
      static const std::regex region_name("[a-z]{2}(-[a-z]+)+-[0-9]+");
      for (const auto& entry : regions) {
        std::string region = entry.first.Scalar();
        if (!std::regex_match(region, region_name)) {
          error(entry.first.Mark(), "'" + region + "' is not an AWS region name (e.g. us-east-1)");
          continue;
        }
        read_services(entry.second, region, false, account);
      }
    }
  }

  std::string file_;
  std::vector<load_error> errors_;
};

}  // namespace

std::string load_error::to_string() const {
  std::string where = file;
  if (line > 0) where += ":" + std::to_string(line) + ":" + std::to_string(column);
  return where + ": " + message;
}

load_result load_text(std::string_view text, const std::string& file_name) {
  return loader(file_name).run(text);
}

load_result load_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    load_result result;
    result.errors.push_back({path, 0, 0, "cannot open the file"});
    return result;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return load_text(text.str(), path);
}

}  // namespace mockaws::scenario
