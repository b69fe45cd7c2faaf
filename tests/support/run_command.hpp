#pragma once
// Test support: runs a command line the way a user's shell would and captures what it printed
// (standard output, and standard error when asked) and its exit status.

#include <string>
#include <vector>

namespace hipaasim::testing {

struct command_output {
  std::string text;
  int status = -1;  // the exit status; -1 when the command did not exit normally
};

// Quotes a word for /bin/sh.
std::string shell_quoted(const std::string& word);
// Runs `program` with `args` (each quoted); `with_stderr` adds standard error to the text.
command_output run_command(const std::string& program, const std::vector<std::string>& args,
                           bool with_stderr = true);

}  // namespace hipaasim::testing
