#pragma once
// Shared by the pack tests: load a small template and look at what a user would see.

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "engine/pack/conformance_pack.hpp"

namespace engine::pack::pack_test {

inline std::vector<std::string> error_texts(const pack_load_result& result) {
  std::vector<std::string> out;
  for (const auto& e : result.errors) out.push_back(e.to_string());
  return out;
}

inline std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines) out += line + "\n";
  return out;
}

// Loads a template that must be valid; the test fails with its errors otherwise.
inline conformance_pack load_ok(std::string_view yaml,
                                const std::map<std::string, std::string>& overrides = {},
                                const pack_context& context = {}) {
  auto result = load_pack_text(yaml, "p.yaml", overrides, context);
  EXPECT_TRUE(result.errors.empty()) << joined(error_texts(result));
  return result.pack.value_or(conformance_pack{});
}

// Loads a template that must be refused; returns its errors as "file:line:column: message".
inline std::vector<std::string> errors_of(std::string_view yaml,
                                          const std::map<std::string, std::string>& overrides = {},
                                          const pack_context& context = {}) {
  auto result = load_pack_text(yaml, "p.yaml", overrides, context);
  EXPECT_FALSE(result.pack.has_value());
  return error_texts(result);
}

inline const pack_rule* rule_named(const conformance_pack& pack, std::string_view name) {
  for (const auto& rule : pack.rules)
    if (rule.config_rule_name == name) return &rule;
  return nullptr;
}

// The rows of a tab-separated file with a header, as column name -> value.
inline std::vector<std::map<std::string, std::string>> read_tsv(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::map<std::string, std::string>> rows;
  std::vector<std::string> header;
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> cells;
    std::stringstream cells_in(line);
    for (std::string cell; std::getline(cells_in, cell, '\t');) cells.push_back(cell);
    if (header.empty()) {
      header = cells;
      continue;
    }
    std::map<std::string, std::string> row;
    for (std::size_t i = 0; i < header.size() && i < cells.size(); ++i) row[header[i]] = cells[i];
    rows.push_back(std::move(row));
  }
  return rows;
}

inline std::string reference_tsv() {
  return std::string(HIPAASIM_SOURCE_DIR) + "/tests/data/reference/hipaa-rules.tsv";
}

}  // namespace engine::pack::pack_test
