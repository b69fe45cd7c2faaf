#include "mockaws/http/message.hpp"

#include <algorithm>

namespace mockaws::http {

namespace {

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return (x | 0x20) == (y | 0x20) || x == y;
         });
}

std::string_view find_header(const header_list& headers, std::string_view name) {
  for (const auto& [key, value] : headers)
    if (iequals(key, name)) return value;
  return {};
}

void replace_header(header_list& headers, std::string_view name, std::string value) {
  std::string lower = to_lower(name);
  std::erase_if(headers, [&](const auto& h) { return iequals(h.first, lower); });
  headers.emplace_back(std::move(lower), std::move(value));
}

}  // namespace

std::string to_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string_view request::header(std::string_view name) const {
  return find_header(headers, name);
}

bool request::has_header(std::string_view name) const {
  return std::any_of(headers.begin(), headers.end(),
                     [&](const auto& h) { return iequals(h.first, name); });
}

void request::set_header(std::string_view name, std::string value) {
  replace_header(headers, name, std::move(value));
}

std::string_view request::path() const {
  std::string_view t = target;
  return t.substr(0, t.find('?'));
}

std::string_view request::query() const {
  std::string_view t = target;
  auto q = t.find('?');
  return q == std::string_view::npos ? std::string_view{} : t.substr(q + 1);
}

std::string_view response::header(std::string_view name) const {
  return find_header(headers, name);
}

void response::set_header(std::string_view name, std::string value) {
  replace_header(headers, name, std::move(value));
}

}  // namespace mockaws::http
