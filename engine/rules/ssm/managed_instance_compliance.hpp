#pragma once
// The two Systems Manager compliance rules judge a managed instance's compliance summary of one
// type (ListResourceComplianceSummaries, ComplianceType Patch or Association) the same way.

#include "engine/rules/rule.hpp"

namespace engine::rules {

verdict judge_compliance_summary(const configuration_item& summary, std::string_view what);

}  // namespace engine::rules
