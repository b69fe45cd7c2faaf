#include "tests/support/run_command.hpp"

#include <sys/wait.h>

#include <array>
#include <cstdio>

namespace hipaasim::testing {

std::string shell_quoted(const std::string& word) {
  std::string out = "'";
  for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

command_output run_command(const std::string& program, const std::vector<std::string>& args,
                           bool with_stderr) {
  std::string command = shell_quoted(program);
  for (const auto& a : args) command += " " + shell_quoted(a);
  command += with_stderr ? " 2>&1" : " 2>/dev/null";
  command_output out;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return out;
  std::array<char, 4096> buffer;
  std::size_t n = 0;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) out.text.append(buffer.data(), n);
  int status = pclose(pipe);
  out.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return out;
}

}  // namespace hipaasim::testing
