#pragma once
// Every rule the engine implements: one line each, naming the function (in its own file under
// engine/rules/<service>/) that returns its definition. This list both declares the functions
// and registers them (registry.cpp); there is no static self-registration, which static
// libraries drop silently.

#include "engine/rules/rule.hpp"

#define HIPAASIM_RULES(RULE) \
  RULE(access_keys_rotated) \
  RULE(account_security_contact_registered) \
  RULE(acm_certificate_expiration_check) \
  RULE(alb_http_to_https_redirection_check) \
  RULE(alb_waf_enabled) \
  RULE(aurora_resources_protected_by_backup_plan) \
  RULE(autoscaling_group_elb_healthcheck_required) \
  RULE(autoscaling_launch_config_public_ip_disabled) \
  RULE(aws_config_process_check) \
  RULE(backup_plan_min_frequency_and_min_retention_check) \
  RULE(backup_recovery_point_encrypted) \
  RULE(backup_recovery_point_manual_deletion_disabled) \
  RULE(backup_recovery_point_minimum_retention_check) \
  RULE(cloud_trail_cloud_watch_logs_enabled) \
  RULE(cloud_trail_enabled) \
  RULE(cloud_trail_encryption_enabled) \
  RULE(cloud_trail_log_file_validation_enabled) \
  RULE(cloudtrail_s3_dataevents_enabled) \
  RULE(cloudwatch_alarm_action_check) \
  RULE(cw_loggroup_retention_period_check) \
  RULE(db_instance_backup_enabled) \
  RULE(dynamodb_autoscaling_enabled) \
  RULE(dynamodb_in_backup_plan) \
  RULE(dynamodb_pitr_enabled) \
  RULE(dynamodb_throughput_limit_check) \
  RULE(ebs_in_backup_plan) \
  RULE(ebs_snapshot_public_restorable_check) \
  RULE(ec2_ebs_encryption_by_default) \
  RULE(ec2_imdsv2_check) \
  RULE(ec2_instance_managed_by_ssm) \
  RULE(ec2_instance_no_public_ip) \
  RULE(ec2_instance_profile_attached) \
  RULE(ec2_managedinstance_association_compliance_status_check) \
  RULE(ec2_managedinstance_patch_compliance_status_check) \
  RULE(ec2_resources_protected_by_backup_plan) \
  RULE(ec2_stopped_instance) \
  RULE(efs_encrypted_check) \
  RULE(efs_in_backup_plan) \
  RULE(elb_acm_certificate_required) \
  RULE(elb_cross_zone_load_balancing_enabled) \
  RULE(elb_deletion_protection_enabled) \
  RULE(elb_logging_enabled) \
  RULE(elb_predefined_security_policy_ssl_check) \
  RULE(elb_tls_https_listeners_only) \
  RULE(elbv2_acm_certificate_required) \
  RULE(encrypted_volumes) \
  RULE(guardduty_enabled_centralized) \
  RULE(iam_customer_policy_blocked_kms_actions) \
  RULE(iam_inline_policy_blocked_kms_actions) \
  RULE(iam_no_inline_policy_check) \
  RULE(iam_password_policy) \
  RULE(iam_policy_no_statements_with_admin_access) \
  RULE(iam_policy_no_statements_with_full_access) \
  RULE(iam_root_access_key_check) \
  RULE(iam_user_mfa_enabled) \
  RULE(iam_user_no_policies_check) \
  RULE(iam_user_unused_credentials_check) \
  RULE(incoming_ssh_disabled) \
  RULE(instances_in_vpc) \
  RULE(internet_gateway_authorized_vpc_only) \
  RULE(kms_cmk_not_scheduled_for_deletion) \
  RULE(lambda_function_public_access_prohibited) \
  RULE(mfa_enabled_for_iam_console_access) \
  RULE(multi_region_cloud_trail_enabled) \
  RULE(no_unrestricted_route_to_igw) \
  RULE(rds_automatic_minor_version_upgrade_enabled) \
  RULE(rds_cluster_deletion_protection_enabled) \
  RULE(rds_cluster_multi_az_enabled) \
  RULE(rds_enhanced_monitoring_enabled) \
  RULE(rds_in_backup_plan) \
  RULE(rds_instance_public_access_check) \
  RULE(rds_logging_enabled) \
  RULE(rds_multi_az_support) \
  RULE(rds_snapshot_encrypted) \
  RULE(rds_snapshots_public_prohibited) \
  RULE(rds_storage_encrypted) \
  RULE(restricted_incoming_traffic) \
  RULE(root_account_hardware_mfa_enabled) \
  RULE(root_account_mfa_enabled) \
  RULE(s3_bucket_default_lock_enabled) \
  RULE(s3_bucket_server_side_encryption_enabled) \
  RULE(s3_bucket_ssl_requests_only) \
  RULE(s3_bucket_versioning_enabled) \
  RULE(secretsmanager_rotation_enabled_check) \
  RULE(secretsmanager_using_cmk) \
  RULE(securityhub_enabled) \
  RULE(sns_encrypted_kms) \
  RULE(ssm_document_not_public) \
  RULE(subnet_auto_assign_public_ip_disabled) \
  RULE(vpc_default_security_group_closed) \
  RULE(vpc_flow_logs_enabled) \
  RULE(vpc_sg_open_only_to_authorized_ports) \
  RULE(vpc_vpn_2_tunnels_up) \
  RULE(wafv2_logging_enabled)

namespace engine::rules {

#define HIPAASIM_DECLARE_RULE(name) rule_definition name();
HIPAASIM_RULES(HIPAASIM_DECLARE_RULE)
#undef HIPAASIM_DECLARE_RULE

}  // namespace engine::rules
