#pragma once
// A small streaming XML writer: appends to one string, escapes text and attribute values.
// Faster than building a DOM, which matters because every Query, EC2 and S3 response is XML.

#include <string>
#include <string_view>

namespace mockaws::protocol {

class xml_writer {
 public:
  // Responses run to kilobytes: start with room for a typical one instead of growing from zero.
  xml_writer() { out_.reserve(16 * 1024); }

  void declaration();                      // <?xml version="1.0" encoding="UTF-8"?>
  void open(std::string_view name);        // "<name"; attributes may follow until content
  void attribute(std::string_view name, std::string_view value);
  void text(std::string_view value);
  // Same, faster for the common case of a stored string with nothing to escape.
  void text(const std::string& value);
  void close(std::string_view name);       // "</name>", or "/>" right after open()
  void element(std::string_view name, std::string_view value);
  // <name>value</name> for a plain element with text: the bulk of every response, written with
  // one resize and straight copies when the text needs no escaping.
  void text_element(std::string_view name, const std::string& value);

  const std::string& str() const { return out_; }
  std::string take() { return std::move(out_); }

 private:
  void end_start_tag();
  void escape(std::string_view value, bool in_attribute);

  std::string out_;
  bool start_tag_open_ = false;
};

}  // namespace mockaws::protocol
