#include "mockaws/protocol/xml_writer.hpp"

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

void xml_writer::element(std::string_view name, std::string_view value) {
  open(name);
  text(value);
  close(name);
}

void xml_writer::escape(std::string_view value, bool in_attribute) {
  for (char c : value) {
    switch (c) {
      case '&': out_ += "&amp;"; break;
      case '<': out_ += "&lt;"; break;
      case '>': out_ += "&gt;"; break;
      case '"':
        if (in_attribute) out_ += "&quot;";
        else out_ += c;
        break;
      case '\r': out_ += "&#13;"; break;  // XML parsers normalise a raw CR away
      default: out_ += c;
    }
  }
}

}  // namespace mockaws::protocol
