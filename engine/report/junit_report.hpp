#pragma once
// The report as JUnit XML for CI systems: one test suite per rule, one test case per resource
// and region. NON_COMPLIANT is a failure, INSUFFICIENT_DATA an error, NOT_APPLICABLE skipped; a
// rule the engine does not implement is one skipped case, so it stays visible.

#include <ostream>

#include "engine/report/scan_report.hpp"

namespace engine::report {

void write_junit(std::ostream& out, const scan_report& report);

// Escapes text for XML attributes and character data.
std::string xml_escape(std::string_view text);

}  // namespace engine::report
