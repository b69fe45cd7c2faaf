#include "engine/report/table_report.hpp"

#include <iomanip>
#include <set>

namespace engine::report {

namespace {

std::string resource_label(const evaluation& e) {
  if (e.resource_type == account_resource_type) return "account " + e.resource_id;
  std::string label = e.resource_id;
  if (!e.resource_name.empty() && e.resource_name != e.resource_id) label += " (" + e.resource_name + ")";
  return label;
}

void write_row(std::ostream& out, const evaluation& e) {
  out << "    " << std::left << std::setw(18) << to_string(e.result) << std::setw(44) << e.rule << ' '
      << resource_label(e) << " [" << e.region << "]\n"
      << "      " << e.annotation << '\n';
}

std::string_view plain_name(compliance c) {
  switch (c) {
    case compliance::compliant: return "compliant";
    case compliance::non_compliant: return "non-compliant";
    case compliance::not_applicable: return "not applicable";
    case compliance::insufficient_data: return "insufficient data";
  }
  return "";
}

std::string counts_text(const std::vector<const evaluation*>& rows) {
  std::map<compliance, std::size_t> n;
  for (const auto* e : rows) ++n[e->result];
  std::string text;
  for (auto c : {compliance::non_compliant, compliance::insufficient_data, compliance::compliant,
                 compliance::not_applicable}) {
    if (!n[c]) continue;
    if (!text.empty()) text += ", ";
    text += std::to_string(n[c]) + " " + std::string(plain_name(c));
  }
  return text;
}

bool needs_attention(const evaluation& e) {
  return e.result == compliance::non_compliant || e.result == compliance::insufficient_data;
}

void write_rows(std::ostream& out, const std::vector<const evaluation*>& rows, bool all) {
  for (const auto* e : rows)
    if (all || needs_attention(*e)) write_row(out, *e);
}

}  // namespace

void write_table(std::ostream& out, const scan_report& report, const pack::control_catalog& catalog,
                 bool all) {
  out << "hipaasim scan of " << report.target << ": pack " << report.pack << ", account "
      << report.account_id << ", regions";
  for (const auto& r : report.regions) out << ' ' << r;
  out << "\n";
  // Evaluations under each control their rule maps to; rules with no control on their own.
  std::map<std::string, std::vector<const evaluation*>> by_control;
  std::vector<const evaluation*> unmapped;
  for (const auto& e : report.evaluations) {
    auto rule = report.rules.find(e.rule);
    if (rule == report.rules.end() || rule->second.controls.empty()) {
      unmapped.push_back(&e);
      continue;
    }
    for (const auto* c : rule->second.controls) by_control[c->id].push_back(&e);
  }
  for (const auto& family : catalog.families()) {
    bool header = false;
    for (const auto* control : catalog.controls_in_family(family)) {
      auto rows = by_control.find(control->id);
      if (rows == by_control.end()) continue;
      if (!header) {
        out << '\n' << family << '\n';
        header = true;
      }
      out << "  " << control->id << ' ' << control->title << ": " << counts_text(rows->second) << '\n';
      write_rows(out, rows->second, all);
    }
  }
  if (!unmapped.empty()) {
    out << "\nNot mapped to a HIPAA control: " << counts_text(unmapped) << '\n';
    write_rows(out, unmapped, all);
  }
  if (!report.not_implemented.empty()) {
    out << "\nRules of the pack not implemented yet (" << report.not_implemented.size()
        << ", no verdict):\n ";
    std::size_t width = 1;
    for (const auto& id : report.not_implemented) {
      if (width + id.size() + 1 > 100) {
        out << "\n ";
        width = 1;
      }
      out << ' ' << id;
      width += id.size() + 1;
    }
    out << '\n';
  }
  if (!report.awaiting.empty()) {
    out << "\nProcess checks awaiting an operator's attestation (no API can show them; record the result with\n"
           "aws configservice put-external-evaluation):\n";
    for (const auto& a : report.awaiting)
      out << "  " << a.rule.identifier << " (" << a.rule.config_rule_name << ") [" << a.region << "]\n";
  }
  if (!report.failures.empty()) {
    out << "\nReads that failed (their rules report INSUFFICIENT_DATA):\n";
    for (const auto& f : report.failures) out << "  " << f.reason << '\n';
  }
  auto n = report.counts();
  std::size_t implemented = report.config_rules - report.not_implemented.size();
  out << "\nSummary: " << n["NON_COMPLIANT"] << " non-compliant, " << n["INSUFFICIENT_DATA"]
      << " insufficient data, " << n["COMPLIANT"] << " compliant, " << n["NOT_APPLICABLE"]
      << " not applicable evaluations; " << implemented << " of " << report.config_rules
      << " config rules evaluated over " << report.statistics.resources << " resources ("
      << report.statistics.requests << " requests, " << std::fixed << std::setprecision(2)
      << report.statistics.seconds << " s)\n";
}

}  // namespace engine::report
