#include "properties/accounts/counterexample.hpp"

#include <filesystem>
#include <fstream>

#include "mockaws/scenario/scenario_loader.hpp"
#include "mockaws/scenario/scenario_writer.hpp"

namespace properties {

std::string write_counterexample(const std::string& directory, const std::string& name, const json& doc,
                                 const verdict_set& declared, const std::string& description) {
  std::filesystem::create_directories(directory);
  std::string path = (std::filesystem::path(directory) / (name + ".yaml")).string();
  std::string text = scenario_text(doc);
  auto loaded = mockaws::scenario::load_text(text, path);
  std::ofstream out(path, std::ios::trunc);
  if (loaded.store) {
    out << "# A counterexample found by hipaasim's properties (properties/README.md). Its expect\n"
           "# block is what the engine must find; check it with `hipaasim test` (with the --param\n"
           "# the description names, if any), and commit it under scenarios/regressions/.\n";
    out << mockaws::scenario::write_scenario(*loaded.store, expected_verdicts(doc, declared), description);
  } else {
    // The generator made a scenario the loader refuses: keep it as generated (JSON is YAML),
    // so `hipaasim validate` shows why.
    out << text << "\n";
  }
  return path;
}

}  // namespace properties
