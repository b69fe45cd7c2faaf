#pragma once
// The collector of each service (one file each); registry.cpp lists them with their data keys.

#include "engine/scan/collector.hpp"

namespace engine::collectors {

collector_output collect_backup(client::aws_client& aws, const collect_scope& scope);
collector_output collect_cloudtrail(client::aws_client& aws, const collect_scope& scope);
collector_output collect_dynamodb(client::aws_client& aws, const collect_scope& scope);
collector_output collect_ec2(client::aws_client& aws, const collect_scope& scope);
collector_output collect_iam(client::aws_client& aws, const collect_scope& scope);
collector_output collect_lambda(client::aws_client& aws, const collect_scope& scope);
collector_output collect_rds(client::aws_client& aws, const collect_scope& scope);
collector_output collect_s3(client::aws_client& aws, const collect_scope& scope);

}  // namespace engine::collectors
