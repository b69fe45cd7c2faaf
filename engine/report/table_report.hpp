#pragma once
// The report for a terminal: grouped by HIPAA safeguard family and control (in the regulation's
// order), each control with its verdict counts and the evaluations that need attention
// (NON_COMPLIANT, INSUFFICIENT_DATA; every one with `all`), then the rules not mapped to a
// control, the rules not implemented yet, the reads that failed, and a summary.

#include <ostream>

#include "engine/report/scan_report.hpp"

namespace engine::report {

void write_table(std::ostream& out, const scan_report& report, const pack::control_catalog& catalog,
                 bool all = false);

}  // namespace engine::report
