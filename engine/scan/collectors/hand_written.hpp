#pragma once
// The collectors written by hand, for the resource kinds whose listing AWS does not answer
// plainly (resource_kinds.cpp names them); each reads its documents with the kind's own
// supplement rows.

#include "engine/scan/resource_kinds.hpp"

namespace engine::collectors {

collector_output collect_s3(client::aws_client& aws, const resource_kind& kind,
                            const collect_scope& scope, const supplement_set& wanted);
collector_output collect_cloudtrail(client::aws_client& aws, const resource_kind& kind,
                                    const collect_scope& scope, const supplement_set& wanted);
collector_output collect_ec2_instances(client::aws_client& aws, const resource_kind& kind,
                                       const collect_scope& scope, const supplement_set& wanted);
collector_output collect_elbv2(client::aws_client& aws, const resource_kind& kind,
                               const collect_scope& scope, const supplement_set& wanted);
collector_output collect_backup_selections(client::aws_client& aws, const resource_kind& kind,
                                           const collect_scope& scope, const supplement_set& wanted);
collector_output collect_backup_recovery_points(client::aws_client& aws, const resource_kind& kind,
                                                const collect_scope& scope, const supplement_set& wanted);
collector_output collect_wafv2_web_acls(client::aws_client& aws, const resource_kind& kind,
                                        const collect_scope& scope, const supplement_set& wanted);

// Documents.
collector_output collect_credential_report(client::aws_client& aws, const document_row& row,
                                           const collect_scope& scope);
// The credential report's CSV as rows keyed by its header (exposed for tests).
json credential_report_rows(std::string_view csv);

}  // namespace engine::collectors
