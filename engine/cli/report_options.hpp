#pragma once
// Options `scan`, `test` and `rules` share: the pack and its parameters, the output format and
// file, the regions and the evaluation clock. parse() consumes what it knows and leaves the rest.
// Also what they share in reporting: bad arguments, and writing where --output says.

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace engine::cli {

enum class output_format { table, json, junit };

struct common_options {
  std::string pack = "hipaa";
  std::map<std::string, std::string> parameters;
  output_format format = output_format::table;
  std::string output;  // empty: standard output
  std::vector<std::string> regions;
  std::optional<std::chrono::system_clock::time_point> now;
  bool all = false;    // table: every evaluation, not only those needing attention

  // Reads the option at args[i] (and its value); returns false when the option is not one of
  // these. Sets `error` when it is but its value is wrong.
  bool parse(const std::vector<std::string_view>& args, std::size_t& i, std::string& error);
};

// Prints "hipaasim COMMAND: message" and where the help is, on standard error; returns 2, the
// exit status for bad arguments.
int usage_error(std::string_view command, const std::string& message);

// Writes a report to the --output file, or to standard output when none was given; false (after
// saying so on standard error) when the file cannot be written.
bool write_output(const std::string& text, const common_options& options, std::string_view command);

}  // namespace engine::cli
