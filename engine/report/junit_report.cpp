#include "engine/report/junit_report.hpp"

#include <map>

namespace engine::report {

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        // XML 1.0 forbids most control characters even escaped.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t' && c != '\r') out += ' ';
        else out += c;
    }
  }
  return out;
}

namespace {

std::string case_name(const evaluation& e) {
  std::string name = e.resource_type + " " + e.resource_id;
  if (!e.resource_name.empty() && e.resource_name != e.resource_id) name += " (" + e.resource_name + ")";
  return name + " in " + e.region;
}

std::string controls_text(const reported_rule* rule) {
  if (!rule || rule->controls.empty()) return "HIPAA controls: none mapped";
  std::string text = "HIPAA controls:";
  for (const auto* c : rule->controls) text += " " + c->id;
  return text;
}

}  // namespace

void write_junit(std::ostream& out, const scan_report& report) {
  std::map<std::string, std::vector<const evaluation*>> by_rule;
  for (const auto& e : report.evaluations) by_rule[e.rule].push_back(&e);
  auto n = report.counts();
  std::size_t tests = report.evaluations.size() + report.not_implemented.size() + report.awaiting.size();
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<testsuites name=\"" << xml_escape("hipaasim " + report.pack + " " + report.target)
      << "\" tests=\"" << tests << "\" failures=\"" << n["NON_COMPLIANT"] << "\" errors=\""
      << n["INSUFFICIENT_DATA"] << "\" skipped=\"" << n["NOT_APPLICABLE"] + report.not_implemented.size() + report.awaiting.size()
      << "\" time=\"" << report.statistics.seconds << "\">\n";
  for (const auto& [rule_id, rows] : by_rule) {
    auto rule = report.rules.find(rule_id);
    const reported_rule* r = rule == report.rules.end() ? nullptr : &rule->second;
    std::size_t failures = 0, errors = 0, skipped = 0;
    for (const auto* e : rows) {
      failures += e->result == compliance::non_compliant;
      errors += e->result == compliance::insufficient_data;
      skipped += e->result == compliance::not_applicable;
    }
    out << "  <testsuite name=\"" << xml_escape(rule_id) << "\" tests=\"" << rows.size()
        << "\" failures=\"" << failures << "\" errors=\"" << errors << "\" skipped=\"" << skipped << "\">\n";
    for (const auto* e : rows) {
      out << "    <testcase classname=\"" << xml_escape(report.pack + "." + rule_id) << "\" name=\""
          << xml_escape(case_name(*e)) << "\">";
      std::string detail = xml_escape(e->annotation + "\n" + controls_text(r));
      switch (e->result) {
        case compliance::non_compliant:
          out << "<failure type=\"NON_COMPLIANT\" message=\"" << xml_escape(e->annotation) << "\">"
              << detail << "</failure>";
          break;
        case compliance::insufficient_data:
          out << "<error type=\"INSUFFICIENT_DATA\" message=\"" << xml_escape(e->annotation) << "\">"
              << detail << "</error>";
          break;
        case compliance::not_applicable:
          out << "<skipped message=\"" << xml_escape(e->annotation) << "\"/>";
          break;
        case compliance::compliant:
          out << "<system-out>" << detail << "</system-out>";
          break;
      }
      out << "</testcase>\n";
    }
    out << "  </testsuite>\n";
  }
  for (const auto& rule_id : report.not_implemented) {
    out << "  <testsuite name=\"" << xml_escape(rule_id) << "\" tests=\"1\" failures=\"0\" errors=\"0\" "
        << "skipped=\"1\">\n    <testcase classname=\"" << xml_escape(report.pack + "." + rule_id)
        << "\" name=\"not implemented\"><skipped message=\"hipaasim does not implement this rule yet\"/>"
        << "</testcase>\n  </testsuite>\n";
  }
  for (const auto& a : report.awaiting) {
    const std::string& rule_id = a.rule.identifier;
    out << "  <testsuite name=\"" << xml_escape(rule_id) << "\" tests=\"1\" failures=\"0\" errors=\"0\" "
        << "skipped=\"1\">\n    <testcase classname=\"" << xml_escape(report.pack + "." + rule_id) << "\" name=\""
        << xml_escape("account [" + a.region + "]") << "\"><skipped message=\"awaiting an operator's attestation\"/>"
        << "</testcase>\n  </testsuite>\n";
  }
  out << "</testsuites>\n";
}

}  // namespace engine::report
