#include "engine/cli/report_options.hpp"

#include <fstream>
#include <iostream>

#include "engine/client/endpoints.hpp"
#include "mockaws/protocol/timestamp.hpp"

namespace engine::cli {

bool common_options::parse(const std::vector<std::string_view>& args, std::size_t& i, std::string& error) {
  std::string_view option = args[i];
  auto value = [&]() -> std::optional<std::string> {
    if (i + 1 >= args.size()) {
      error = std::string(option) + " needs a value";
      return std::nullopt;
    }
    return std::string(args[++i]);
  };
  if (option == "--pack") {
    if (auto v = value()) pack = *v;
  } else if (option == "--param") {
    if (auto v = value()) {
      auto eq = v->find('=');
      if (eq == std::string::npos || eq == 0) error = "--param takes NAME=VALUE, got '" + *v + "'";
      else parameters[v->substr(0, eq)] = v->substr(eq + 1);
    }
  } else if (option == "--format") {
    if (auto v = value()) {
      if (*v == "table") format = output_format::table;
      else if (*v == "json") format = output_format::json;
      else if (*v == "junit") format = output_format::junit;
      else error = "--format is table, json or junit, got '" + *v + "'";
    }
  } else if (option == "--output" || option == "-o") {
    if (auto v = value()) output = *v;
  } else if (option == "--region") {
    if (auto v = value()) {
      if (!client::valid_region_name(*v)) error = "--region: '" + *v + "' is not a region name";
      else regions.push_back(*v);
    }
  } else if (option == "--now") {
    if (auto v = value()) {
      auto t = mockaws::protocol::parse_iso8601(*v);
      if (!t) error = "--now takes an ISO 8601 time such as 2026-11-01T00:00:00Z, got '" + *v + "'";
      else now = *t;
    }
  } else if (option == "--all") {
    all = true;
  } else {
    return false;
  }
  return true;
}

int usage_error(std::string_view command, const std::string& message) {
  std::cerr << "hipaasim " << command << ": " << message << "\n(see 'hipaasim " << command
            << " --help')\n";
  return 2;
}

bool write_output(const std::string& text, const common_options& options, std::string_view command) {
  if (options.output.empty()) {
    std::cout << text;
    return true;
  }
  std::ofstream file(options.output, std::ios::binary);
  file << text;
  if (!file) {
    std::cerr << "hipaasim " << command << ": cannot write " << options.output << '\n';
    return false;
  }
  return true;
}

}  // namespace engine::cli
