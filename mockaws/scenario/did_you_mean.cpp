#include "mockaws/scenario/did_you_mean.hpp"

#include <algorithm>
#include <cctype>

namespace mockaws::scenario {

namespace {

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

// Edit distance with transpositions (optimal string alignment), case-insensitive.
std::size_t distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> prev2(b.size() + 1), prev(b.size() + 1), row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  auto lower = [](char c) { return std::tolower(static_cast<unsigned char>(c)); };
  for (std::size_t i = 1; i <= a.size(); ++i) {
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
      row[j] = std::min({prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1]))
        row[j] = std::min(row[j], prev2[j - 2] + 1);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[b.size()];
}

// A word written as the start of a longer name ("ServerSideEncryption" for
// ServerSideEncryptionConfiguration, "Loging" for LoggingEnabled): the candidate whose beginning
// is at most one edit from the word. Short words would match too much.
std::string closest_by_beginning(std::string_view word,
                                 const std::vector<std::string_view>& candidates) {
  if (word.size() < 4) return {};
  for (auto candidate : candidates)
    for (std::size_t n = word.size() - 1; n <= word.size() + 1 && n < candidate.size(); ++n)
      if (distance(word, candidate.substr(0, n)) <= 1) return std::string(candidate);
  return {};
}

}  // namespace

std::string closest_match(std::string_view word, const std::vector<std::string_view>& candidates) {
  for (auto candidate : candidates)
    if (equal_ignoring_case(word, candidate)) return std::string(candidate);
  // Short names tolerate one edit, longer ones a third of their length, at most three.
  std::size_t budget = std::min<std::size_t>(3, std::max<std::size_t>(1, word.size() / 3));
  std::string best;
  std::size_t best_distance = budget + 1;
  for (auto candidate : candidates) {
    if (candidate.size() > word.size() + budget || word.size() > candidate.size() + budget) continue;
    std::size_t d = distance(word, candidate);
    if (d < best_distance) {
      best_distance = d;
      best = std::string(candidate);
    }
  }
  if (best.empty()) best = closest_by_beginning(word, candidates);
  return best;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates) {
  std::string match = closest_match(word, candidates);
  return match.empty() ? std::string() : " (did you mean '" + match + "'?)";
}

}  // namespace mockaws::scenario
