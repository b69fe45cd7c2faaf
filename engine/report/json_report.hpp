#pragma once
// The report as JSON: every evaluation (rule, config_rule_name, resource_type, resource_id,
// resource_name when the resource has one, region, compliance, annotation, controls), the
// summary, the rules not implemented and the reads that failed. Stable key order.

#include <nlohmann/json.hpp>

#include "engine/report/scan_report.hpp"

namespace engine::report {

nlohmann::ordered_json to_json(const scan_report& report);

}  // namespace engine::report
