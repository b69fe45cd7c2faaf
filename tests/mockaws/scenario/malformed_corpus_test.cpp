// The malformed-scenario corpus (malformed/*.yaml): every file is wrong in a known way, stated in
// its header, and the loader must report exactly those errors at exactly those places; the
// `hipaasim validate` command must refuse each file (exit status 2) naming every place.
//
// A case's header is its leading comment block. Each line
//   # expect-error: [FILE:]LINE:COLUMN: TEXT
// is one error the loader must report, listed in the loader's order (by file, line, column).
// TEXT must occur in the message; `{file}` in it stands for the case's own path, for messages
// that cite another place ("first at ..."). FILE is for errors inside a file the case extends,
// relative to the case's directory. Files under malformed/bases/ are only read through
// `extends:`, never as cases of their own: their errors are expected by the cases extending them.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>

#include "mockaws/scenario/scenario_loader.hpp"
#include "tests/support/run_command.hpp"

namespace mockaws::scenario {
namespace {

namespace fs = std::filesystem;

const fs::path corpus_dir =
    fs::path(HIPAASIM_SOURCE_DIR) / "tests" / "mockaws" / "scenario" / "malformed";

struct expected_error {
  std::string file;  // the path the loader names: the case's, or a base's beside it
  int line = 0;
  int column = 0;
  std::string text;  // a part of the message, {file} expanded

  std::string place() const { return file + ":" + std::to_string(line) + ":" + std::to_string(column); }
};

std::string replace_all(std::string text, std::string_view from, const std::string& to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

// The expected errors of the case at `path` whose text is `text`. Throws when a header line is
// malformed or there is none: a case that expects nothing would pass whatever the loader did.
std::vector<expected_error> parse_expected_errors(std::string_view text, const fs::path& path) {
  static const std::regex header(R"(# expect-error: (?:([^:\s]+):)?(\d+):(\d+): (.+))");
  std::vector<expected_error> out;
  std::istringstream lines{std::string(text)};
  for (std::string line; std::getline(lines, line) && line.starts_with("#");) {
    if (!line.starts_with("# expect-error:")) continue;  // the comment saying what is wrong
    std::smatch m;
    if (!std::regex_match(line, m, header))
      throw std::invalid_argument(path.string() + ": malformed header line: " + line);
    fs::path file = m[1].matched ? path.parent_path() / m[1].str() : path;
    out.push_back({file.string(), std::stoi(m[2]), std::stoi(m[3]),
                   replace_all(m[4].str(), "{file}", path.string())});
  }
  if (out.empty())
    throw std::invalid_argument(path.string() + ": no '# expect-error: LINE:COLUMN: TEXT' header");
  return out;
}

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<expected_error> expected_errors_of(const fs::path& path) {
  return parse_expected_errors(read_text(path), path);
}

// The cases: malformed/*.yaml, not recursing into bases/.
std::vector<std::string> corpus_files() {
  std::vector<std::string> out;
  for (const auto& entry : fs::directory_iterator(corpus_dir))
    if (entry.is_regular_file() && entry.path().extension() == ".yaml")
      out.push_back(entry.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::string describe(const std::vector<expected_error>& expected) {
  std::string out;
  for (const auto& e : expected) out += "  " + e.place() + ": ..." + e.text + "...\n";
  return out;
}

std::string describe(const std::vector<load_error>& errors) {
  std::string out;
  for (const auto& e : errors) out += "  " + e.to_string() + "\n";
  return out;
}

class malformed_file : public ::testing::TestWithParam<std::string> {
 protected:
  fs::path path() const { return corpus_dir / GetParam(); }
};

TEST_P(malformed_file, loader_reports_exactly_the_expected_errors) {
  std::vector<expected_error> expected;
  ASSERT_NO_THROW(expected = expected_errors_of(path()));
  load_result result = load_file(path().string());
  EXPECT_EQ(result.store, nullptr);
  ASSERT_EQ(result.errors.size(), expected.size())
      << "expected:\n" << describe(expected) << "got:\n" << describe(result.errors);
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const load_error& got = result.errors[i];
    const expected_error& want = expected[i];
    EXPECT_EQ(got.file, want.file) << got.to_string();
    EXPECT_EQ(got.line, want.line) << got.to_string();
    EXPECT_EQ(got.column, want.column) << got.to_string();
    EXPECT_TRUE(got.to_string().starts_with(want.place() + ": ")) << got.to_string();
    EXPECT_NE(got.message.find(want.text), std::string::npos)
        << "message lacks '" << want.text << "': " << got.to_string();
  }
}

using hipaasim::testing::command_output;

command_output run_validate(const std::vector<std::string>& files) {
  std::vector<std::string> args = {"validate"};
  args.insert(args.end(), files.begin(), files.end());
  return hipaasim::testing::run_command(HIPAASIM_EXECUTABLE, args);
}

// Whether a line of `output` starts with the error's place and holds its text.
bool reports(const std::string& output, const expected_error& e) {
  std::istringstream lines(output);
  for (std::string line; std::getline(lines, line);)
    if (line.starts_with(e.place() + ": ") && line.find(e.text) != std::string::npos) return true;
  return false;
}

TEST_P(malformed_file, validate_exits_2_and_names_every_place) {
  std::vector<expected_error> expected;
  ASSERT_NO_THROW(expected = expected_errors_of(path()));
  command_output run = run_validate({path().string()});
  EXPECT_EQ(run.status, 2) << run.text;
  for (const auto& e : expected)
    EXPECT_TRUE(reports(run.text, e)) << "no line '" << e.place() << ": ..." << e.text
                                      << "...' in:\n" << run.text;
}

INSTANTIATE_TEST_SUITE_P(corpus, malformed_file, ::testing::ValuesIn(corpus_files()),
                         [](const auto& param_info) {
                           std::string name = fs::path(param_info.param).stem().string();
                           for (char& c : name)
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           return name;
                         });

TEST(malformed_corpus, covers_at_least_twenty_cases) {
  EXPECT_GE(corpus_files().size(), 20u);
}

// The guard against a case that cannot fail: without a header there is nothing to check.
TEST(malformed_corpus, a_case_without_an_expect_error_header_is_refused) {
  EXPECT_THROW(parse_expected_errors("# says what is wrong, expects nothing\nnow: x\n", "x.yaml"),
               std::invalid_argument);
  EXPECT_THROW(parse_expected_errors("now: x\n# expect-error: 1:6: not a header: after the body\n",
                                     "x.yaml"),
               std::invalid_argument);
  EXPECT_THROW(parse_expected_errors("# expect-error: line 3: no column\nnow: x\n", "x.yaml"),
               std::invalid_argument);
}

TEST(malformed_corpus, header_lines_name_places_in_the_case_or_its_bases) {
  auto expected = parse_expected_errors(
      "# what is wrong\n"
      "# expect-error: 3:1: duplicate Name 'b' (first at {file}:2:1)\n"
      "# expect-error: bases/base.yaml:7:11: unknown key\n"
      "extends: bases/base.yaml\n",
      "/corpus/case.yaml");
  ASSERT_EQ(expected.size(), 2u);
  EXPECT_EQ(expected[0].place(), "/corpus/case.yaml:3:1");
  EXPECT_EQ(expected[0].text, "duplicate Name 'b' (first at /corpus/case.yaml:2:1)");
  EXPECT_EQ(expected[1].place(), "/corpus/bases/base.yaml:7:11");
  EXPECT_EQ(expected[1].text, "unknown key");
}

TEST(malformed_corpus_cli, validate_accepts_a_valid_scenario) {
  std::string valid = std::string(HIPAASIM_SOURCE_DIR) + "/scenarios/conformance/clinic-small.yaml";
  command_output run = run_validate({valid});
  EXPECT_EQ(run.status, 0) << run.text;
  EXPECT_NE(run.text.find(valid + ": ok"), std::string::npos) << run.text;
}

TEST(malformed_corpus_cli, validate_of_a_valid_and_an_invalid_file_exits_2_and_reports_both) {
  std::string valid = std::string(HIPAASIM_SOURCE_DIR) + "/scenarios/conformance/clinic-small.yaml";
  fs::path invalid = corpus_dir / "trail_to_missing_bucket.yaml";
  command_output run = run_validate({valid, invalid.string()});
  EXPECT_EQ(run.status, 2) << run.text;
  EXPECT_NE(run.text.find(valid + ": ok"), std::string::npos) << run.text;
  for (const auto& e : expected_errors_of(invalid)) EXPECT_TRUE(reports(run.text, e)) << run.text;
}

TEST(malformed_corpus_cli, validate_of_a_missing_file_exits_2) {
  fs::path missing = corpus_dir / "no-such-case.yaml";
  command_output run = run_validate({missing.string()});
  EXPECT_EQ(run.status, 2) << run.text;
  EXPECT_NE(run.text.find(missing.string() + ": cannot open the file"), std::string::npos)
      << run.text;
}

}  // namespace
}  // namespace mockaws::scenario
