#include "mockaws/protocol/xml_writer.hpp"

#include <cstring>

namespace mockaws::protocol {

void xml_writer::declaration() { out_ += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"; }

void xml_writer::end_start_tag() {
  if (start_tag_open_) {
    out_ += '>';
    start_tag_open_ = false;
  }
}

void xml_writer::open(std::string_view name) {
  end_start_tag();
  out_ += '<';
  out_ += name;
  start_tag_open_ = true;
}

void xml_writer::attribute(std::string_view name, std::string_view value) {
  out_ += ' ';
  out_ += name;
  out_ += "=\"";
  escape(value, true);
  out_ += '"';
}

void xml_writer::text(std::string_view value) {
  end_start_tag();
  escape(value, false);
}

void xml_writer::text(const std::string& value) {
  end_start_tag();
  // glibc's strcspn scans 16 bytes at a time; a NUL inside the string stops it early and the
  // byte-wise escape below takes over, so the result is the same either way.
  if (std::strcspn(value.c_str(), "&<>\r") == value.size()) {
    out_.append(value);
    return;
  }
  escape(value, false);
}

void xml_writer::close(std::string_view name) {
  if (start_tag_open_) {
    out_ += "/>";
    start_tag_open_ = false;
    return;
  }
  out_ += "</";
  out_ += name;
  out_ += '>';
}

void xml_writer::text_element(std::string_view name, const std::string& value) {
  end_start_tag();
  if (std::strcspn(value.c_str(), "&<>\r") != value.size()) {
    open(name);
    text(value);
    close(name);
    return;
  }
  std::size_t at = out_.size();
  out_.resize(at + 2 * name.size() + 5 + value.size());
  char* p = out_.data() + at;
  auto put = [&p](std::string_view part) {
    std::memcpy(p, part.data(), part.size());
    p += part.size();
  };
  put("<");
  put(name);
  put(">");
  put(value);
  put("</");
  put(name);
  put(">");
}

void xml_writer::element(std::string_view name, std::string_view value) {
  open(name);
  text(value);
  close(name);
}

namespace {

// Which bytes need escaping, as a table: this loop runs over every byte of every XML response.
struct escape_table {
  bool text[256] = {};
  bool attribute[256] = {};
  constexpr escape_table() {
    for (unsigned char c : {'&', '<', '>', '\r'}) text[c] = attribute[c] = true;
    attribute[static_cast<unsigned char>('"')] = true;
  }
};
constexpr escape_table needs_escape;

}  // namespace

void xml_writer::escape(std::string_view value, bool in_attribute) {
  const bool* special = in_attribute ? needs_escape.attribute : needs_escape.text;
  std::size_t run_start = 0;
  for (std::size_t i = 0; i < value.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(value[i]);
    if (!special[c]) continue;
    out_.append(value.data() + run_start, i - run_start);
    run_start = i + 1;
    switch (c) {
      case '&': out_ += "&amp;"; break;
      case '<': out_ += "&lt;"; break;
      case '>': out_ += "&gt;"; break;
      case '"': out_ += "&quot;"; break;
      default: out_ += "&#13;"; break;  // '\r': XML parsers would normalise a raw CR away
    }
  }
  out_.append(value.data() + run_start, value.size() - run_start);
}

}  // namespace mockaws::protocol
