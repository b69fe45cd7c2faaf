#pragma once
// Suggestions for misspelt names: "unknown key 'Userz' (did you mean 'Users'?)".

#include <string>
#include <string_view>
#include <vector>

namespace mockaws::scenario {

// The candidate closest to `word` when it is close enough to be a likely typo (same letters in
// another case, or a few edits away for its length); empty otherwise.
std::string closest_match(std::string_view word, const std::vector<std::string_view>& candidates);

// " (did you mean 'X'?)" or "".
std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace mockaws::scenario
