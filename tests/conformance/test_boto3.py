#!/usr/bin/env python3
"""boto3 against `hipaasim serve`: the same reads as the CLI suite through the Python SDK, plus
what only an SDK does easily (presigned URLs: SigV4's query-string form)."""

import json
import urllib.error
import urllib.request

import boto3
import botocore
from botocore.config import Config

from harness import ACCESS_KEY, SECRET_KEY, Served, main, scenario, served_suite


class boto3_sdk(served_suite):
    def client(self, service, secret_key=SECRET_KEY):
        return boto3.client(service, endpoint_url=self.served.endpoint, region_name="us-east-1",
                            aws_access_key_id=ACCESS_KEY, aws_secret_access_key=secret_key,
                            config=Config(retries={"max_attempts": 1}))

    def test_iam_paginates_all_users_one_per_page(self):
        pages = list(self.client("iam").get_paginator("list_users").paginate(
            PaginationConfig={"PageSize": 1}))
        self.assertEqual(len(pages), 3)
        self.assertEqual([u["UserName"] for p in pages for u in p["Users"]],
                         ["alice", "bob", "svc-billing"])
        self.assertTrue(pages[0]["IsTruncated"])
        self.assertFalse(pages[-1]["IsTruncated"])

    def test_iam_authorization_details_one_per_page_with_documents_decoded(self):
        iam = self.client("iam")
        pages = list(iam.get_paginator("get_account_authorization_details").paginate(
            Filter=["User", "LocalManagedPolicy"], PaginationConfig={"PageSize": 1}))
        self.assertEqual(len(pages), 3)
        users = [u for p in pages for u in p["UserDetailList"]]
        self.assertEqual([u["UserName"] for u in users], ["alice", "bob", "svc-billing"])
        # botocore decodes IAM's URL-encoded documents (policyDocumentType) into dicts.
        document = users[0]["UserPolicyList"][0]["PolicyDocument"]
        self.assertEqual(document["Statement"][0], {"Effect": "Allow", "Action": "kms:Decrypt", "Resource": "*"})
        policies = [p for page in pages for p in page["Policies"]]
        self.assertEqual([p["PolicyName"] for p in policies], ["clinic-billing"])
        versions = {v["VersionId"]: v["IsDefaultVersion"] for v in policies[0]["PolicyVersionList"]}
        self.assertEqual(versions, {"v1": False, "v2": True})

    def test_iam_login_profile_missing_is_no_such_entity(self):
        with self.assertRaises(botocore.exceptions.ClientError) as caught:
            self.client("iam").get_login_profile(UserName="bob")
        self.assertEqual(caught.exception.response["Error"]["Code"], "NoSuchEntity")
        self.assertEqual(caught.exception.response["ResponseMetadata"]["HTTPStatusCode"], 404)

    def test_account_alternate_contact_and_not_found(self):
        account = self.client("account")
        contact = account.get_alternate_contact(AlternateContactType="SECURITY")["AlternateContact"]
        self.assertEqual(contact["EmailAddress"], "security@clinic.example")
        with self.assertRaises(botocore.exceptions.ClientError) as caught:
            account.get_alternate_contact(AlternateContactType="OPERATIONS")
        self.assertEqual(caught.exception.response["Error"]["Code"], "ResourceNotFoundException")
        self.assertEqual(caught.exception.response["ResponseMetadata"]["HTTPStatusCode"], 404)

    def test_config_compliance_by_config_rule_pages_and_names_rules(self):
        config = self.client("config")
        pages = list(config.get_paginator("describe_compliance_by_config_rule").paginate())
        names = [r["ConfigRuleName"] for p in pages for r in p["ComplianceByConfigRules"]]
        self.assertEqual(names, ["annual-risk-assessment-performed", "access-keys-rotated"])
        one = config.describe_compliance_by_config_rule(ConfigRuleNames=["access-keys-rotated"])
        self.assertEqual(one["ComplianceByConfigRules"][0]["Compliance"]["ComplianceType"], "NON_COMPLIANT")
        with self.assertRaises(botocore.exceptions.ClientError) as caught:
            config.describe_compliance_by_config_rule(ConfigRuleNames=["no-such-rule"])
        self.assertEqual(caught.exception.response["Error"]["Code"], "NoSuchConfigRuleException")

    def test_iam_password_policy(self):
        policy = self.client("iam").get_account_password_policy()["PasswordPolicy"]
        self.assertEqual(policy["MinimumPasswordLength"], 14)

    def test_ec2_describe_security_groups_with_filters(self):
        groups = self.client("ec2").describe_security_groups(Filters=[
            {"Name": "ip-permission.from-port", "Values": ["22"]}])["SecurityGroups"]
        self.assertEqual([g["GroupName"] for g in groups], ["legacy-admin"])

    def test_ec2_describe_instances(self):
        reservations = self.client("ec2").describe_instances()["Reservations"]
        launch = reservations[0]["Instances"][0]["LaunchTime"]
        self.assertEqual(launch.isoformat(), "2025-09-01T08:00:00+00:00")

    def test_s3_encryption_and_its_absence(self):
        s3 = self.client("s3")
        config = s3.get_bucket_encryption(Bucket="clinic-phi-records")
        rule = config["ServerSideEncryptionConfiguration"]["Rules"][0]
        self.assertEqual(rule["ApplyServerSideEncryptionByDefault"]["SSEAlgorithm"], "aws:kms")
        with self.assertRaises(botocore.exceptions.ClientError) as caught:
            s3.get_bucket_encryption(Bucket="clinic-marketing-site")
        error = caught.exception.response["Error"]
        self.assertEqual(error["Code"], "ServerSideEncryptionConfigurationNotFoundError")
        self.assertEqual(caught.exception.response["ResponseMetadata"]["HTTPStatusCode"], 404)

    def test_s3_bucket_policy(self):
        policy = json.loads(self.client("s3").get_bucket_policy(Bucket="clinic-phi-records")["Policy"])
        self.assertEqual(policy["Statement"][0]["Effect"], "Deny")

    def test_dynamodb(self):
        ddb = self.client("dynamodb")
        self.assertEqual(ddb.list_tables()["TableNames"], ["appointments", "patients"])
        self.assertEqual(ddb.describe_table(TableName="appointments")["Table"]["ItemCount"], 1200)

    def test_efs_pages_file_systems(self):
        pages = list(self.client("efs").get_paginator("describe_file_systems").paginate(
            PaginationConfig={"PageSize": 1}))
        self.assertEqual([f["Name"] for p in pages for f in p["FileSystems"]],
                         ["ehr-shared", "imaging-scratch"])
        self.assertEqual(pages[0]["FileSystems"][0]["CreationTime"].isoformat(),
                         "2024-02-01T00:00:00+00:00")

    def test_kms_pages_keys_and_describes_one_scheduled_for_deletion(self):
        kms = self.client("kms")
        pages = list(kms.get_paginator("list_keys").paginate(PaginationConfig={"PageSize": 1}))
        self.assertEqual([k["KeyId"] for p in pages for k in p["Keys"]],
                         ["1234abcd-12ab-34cd-56ef-1234567890ab", "5678abcd-56ef-78ab-90cd-5678901234ef"])
        key = kms.describe_key(KeyId="5678abcd-56ef-78ab-90cd-5678901234ef")["KeyMetadata"]
        self.assertEqual(key["KeyState"], "PendingDeletion")
        self.assertEqual(key["DeletionDate"].isoformat(), "2026-11-08T00:00:00+00:00")
        with self.assertRaises(botocore.exceptions.ClientError) as caught:
            kms.describe_key(KeyId="alias/not-there")
        self.assertEqual(caught.exception.response["Error"]["Code"], "NotFoundException")

    def test_secretsmanager_pages_secrets_and_describes_one(self):
        sm = self.client("secretsmanager")
        pages = list(sm.get_paginator("list_secrets").paginate(PaginationConfig={"PageSize": 1}))
        self.assertEqual([s["Name"] for p in pages for s in p["SecretList"]], ["ehr-db/master", "billing/api-key"])
        secret = sm.describe_secret(SecretId="ehr-db/master")
        self.assertEqual(secret["KmsKeyId"], "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")
        self.assertEqual(secret["LastRotatedDate"].isoformat(), "2026-10-15T00:00:00+00:00")
        with self.assertRaises(botocore.exceptions.ClientError) as caught:
            sm.describe_secret(SecretId="no-such-secret")
        self.assertEqual(caught.exception.response["Error"]["Code"], "ResourceNotFoundException")

    def test_sns_topics_and_attributes(self):
        sns = self.client("sns")
        pages = list(sns.get_paginator("list_topics").paginate())
        self.assertEqual([t["TopicArn"] for p in pages for t in p["Topics"]],
                         ["arn:aws:sns:us-east-1:123456789012:oncall", "arn:aws:sns:us-east-1:123456789012:reminders"])
        attributes = sns.get_topic_attributes(TopicArn="arn:aws:sns:us-east-1:123456789012:reminders")["Attributes"]
        self.assertEqual(attributes["DisplayName"], "Reminders")
        self.assertNotIn("KmsMasterKeyId", attributes)
        with self.assertRaises(botocore.exceptions.ClientError) as caught:
            sns.get_topic_attributes(TopicArn="arn:aws:sns:us-east-1:123456789012:gone")
        self.assertEqual(caught.exception.response["Error"]["Code"], "NotFound")

    def test_logs_acm_guardduty_securityhub(self):
        logs = self.client("logs")
        pages = list(logs.get_paginator("describe_log_groups").paginate(PaginationConfig={"PageSize": 2}))
        self.assertEqual(len(pages), 2)
        self.assertEqual([g["logGroupName"] for p in pages for g in p["logGroups"]],
                         ["/aws/lambda/intake-processor", "clinic-trail", "portal-access"])
        acm = self.client("acm")
        listed = [c for p in acm.get_paginator("list_certificates").paginate(
            Includes={"keyTypes": ["RSA_2048", "EC_prime256v1"]}, PaginationConfig={"PageSize": 1})
            for c in p["CertificateSummaryList"]]
        self.assertEqual(len(listed), 2)
        detail = acm.describe_certificate(CertificateArn=listed[0]["CertificateArn"])["Certificate"]
        self.assertEqual(detail["DomainName"], "portal.clinic.example")
        self.assertEqual(detail["NotAfter"].year, 2027)
        guardduty = self.client("guardduty")
        detector_id = guardduty.list_detectors()["DetectorIds"][0]
        self.assertEqual(guardduty.get_detector(DetectorId=detector_id)["Status"], "ENABLED")
        self.assertEqual(guardduty.get_administrator_account(DetectorId=detector_id)["Administrator"]
                         ["RelationshipStatus"], "Enabled")
        with self.assertRaises(botocore.exceptions.ClientError) as caught:
            guardduty.get_detector(DetectorId="0" * 32)
        self.assertEqual(caught.exception.response["Error"]["Code"], "BadRequestException")
        self.assertTrue(self.client("securityhub").describe_hub()["SubscribedAt"].startswith("2025-02-01T00:00:00"))
        west = boto3.client("securityhub", endpoint_url=self.served.endpoint, region_name="us-west-2",
                            aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY,
                            config=Config(retries={"max_attempts": 1}))
        with self.assertRaises(botocore.exceptions.ClientError) as caught:
            west.describe_hub()
        self.assertEqual(caught.exception.response["Error"]["Code"], "InvalidAccessException")
        self.assertEqual(caught.exception.response["ResponseMetadata"]["HTTPStatusCode"], 401)
    def test_elb_and_elbv2_side_by_side(self):
        # One signing name (elasticloadbalancing), two APIs told apart by Version.
        elb, elbv2 = self.client("elb"), self.client("elbv2")
        pages = list(elb.get_paginator("describe_load_balancers").paginate(PaginationConfig={"PageSize": 1}))
        self.assertEqual(len(pages), 2)
        self.assertEqual([lb["LoadBalancerName"] for p in pages for lb in p["LoadBalancerDescriptions"]],
                         ["portal-classic", "fax-gateway"])
        attributes = elb.describe_load_balancer_attributes(LoadBalancerName="portal-classic")["LoadBalancerAttributes"]
        self.assertTrue(attributes["AccessLog"]["Enabled"])
        policies = elb.describe_load_balancer_policies(LoadBalancerName="portal-classic")["PolicyDescriptions"]
        self.assertEqual(policies[0]["PolicyTypeName"], "SSLNegotiationPolicyType")
        with self.assertRaises(botocore.exceptions.ClientError) as caught:
            elb.describe_load_balancer_attributes(LoadBalancerName="gone")
        self.assertEqual(caught.exception.response["Error"]["Code"], "LoadBalancerNotFound")
        pages = list(elbv2.get_paginator("describe_load_balancers").paginate(PaginationConfig={"PageSize": 1}))
        self.assertEqual([lb["LoadBalancerName"] for p in pages for lb in p["LoadBalancers"]], ["portal", "hl7-feed"])
        portal = pages[0]["LoadBalancers"][0]["LoadBalancerArn"]
        listeners = list(elbv2.get_paginator("describe_listeners").paginate(
            LoadBalancerArn=portal, PaginationConfig={"PageSize": 1}))
        self.assertEqual([l["Port"] for p in listeners for l in p["Listeners"]], [443, 80])
        https = listeners[0]["Listeners"][0]["ListenerArn"]
        certificates = elbv2.describe_listener_certificates(ListenerArn=https)["Certificates"]
        self.assertEqual([c["CertificateArn"][-2:] for c in certificates], ["c1", "c2"])
        rules = elbv2.describe_rules(ListenerArn=https)["Rules"]
        self.assertEqual(rules[0]["Actions"][0]["Type"], "forward")
        self.assertTrue(rules[0]["IsDefault"])
        with self.assertRaises(botocore.exceptions.ClientError) as caught:
            elbv2.describe_rules(ListenerArn=https + "0")
        self.assertEqual(caught.exception.response["Error"]["Code"], "ListenerNotFound")

    def test_ssm_instances_compliance_and_documents(self):
        ssm = self.client("ssm")
        pages = list(ssm.get_paginator("describe_instance_information").paginate(PaginationConfig={"PageSize": 5}))
        self.assertEqual([i["InstanceId"] for p in pages for i in p["InstanceInformationList"]],
                         ["i-0ehr0000000000001", "i-0jump000000000002"])
        pages = list(ssm.get_paginator("list_documents").paginate(PaginationConfig={"PageSize": 1}))
        self.assertEqual(len(pages), 3)
        self.assertEqual([d["Name"] for p in pages for d in p["DocumentIdentifiers"]],
                         ["clinic-bootstrap", "clinic-hardening", "AWS-RunPatchBaseline"])
        association = ssm.list_resource_compliance_summaries(
            Filters=[{"Key": "ComplianceType", "Values": ["Association"], "Type": "EQUAL"}])["ResourceComplianceSummaryItems"]
        self.assertEqual([(s["ResourceId"], s["Status"]) for s in association], [("i-0ehr0000000000001", "COMPLIANT")])
        items = ssm.list_compliance_items(ResourceIds=["i-0ehr0000000000001"], ResourceTypes=["ManagedInstance"],
                                          Filters=[{"Key": "Status", "Values": ["NON_COMPLIANT"]}])["ComplianceItems"]
        self.assertEqual([(i["Id"], i["Severity"]) for i in items], [("KB5034441", "CRITICAL")])
        shared = ssm.describe_document_permission(Name="clinic-hardening", PermissionType="Share")
        self.assertEqual(shared["AccountIds"], ["210987654321"])
        self.assertEqual(shared["AccountSharingInfoList"][0]["AccountId"], "210987654321")
        with self.assertRaises(botocore.exceptions.ClientError) as caught:
            ssm.describe_document_permission(Name="gone", PermissionType="Share")
        self.assertEqual(caught.exception.response["Error"]["Code"], "InvalidDocument")

    def test_autoscaling_paginators(self):
        autoscaling = self.client("autoscaling")
        pages = list(autoscaling.get_paginator("describe_auto_scaling_groups").paginate(PaginationConfig={"PageSize": 1}))
        self.assertEqual(len(pages), 2)
        groups = [g for p in pages for g in p["AutoScalingGroups"]]
        self.assertEqual([g["AutoScalingGroupName"] for g in groups], ["kiosk", "portal-web"])
        self.assertEqual(groups[1]["HealthCheckType"], "ELB")
        self.assertEqual(groups[1]["Tags"][0]["Key"], "app")
        pages = list(autoscaling.get_paginator("describe_launch_configurations").paginate(PaginationConfig={"PageSize": 1}))
        self.assertEqual([(c["LaunchConfigurationName"], c["AssociatePublicIpAddress"]) for p in pages
                          for c in p["LaunchConfigurations"]], [("portal-v3", False), ("kiosk-v1", True)])
        named = autoscaling.describe_auto_scaling_groups(AutoScalingGroupNames=["kiosk", "gone"])["AutoScalingGroups"]
        self.assertEqual([g["AutoScalingGroupName"] for g in named], ["kiosk"])
        with self.assertRaises(botocore.exceptions.ClientError) as caught:
            autoscaling.describe_launch_configurations(NextToken="not-a-token")
        self.assertEqual(caught.exception.response["Error"]["Code"], "InvalidNextToken")

    def test_application_autoscaling_paginators(self):
        scaling = self.client("application-autoscaling")
        pages = list(scaling.get_paginator("describe_scalable_targets").paginate(
            ServiceNamespace="dynamodb", PaginationConfig={"PageSize": 1}))
        self.assertEqual(len(pages), 2)
        self.assertEqual([t["ScalableDimension"] for p in pages for t in p["ScalableTargets"]],
                         ["dynamodb:table:ReadCapacityUnits", "dynamodb:table:WriteCapacityUnits"])
        policies = scaling.describe_scaling_policies(ServiceNamespace="dynamodb", PolicyNames=["patients-read", "gone"])
        self.assertEqual([p["PolicyName"] for p in policies["ScalingPolicies"]], ["patients-read"])
        self.assertEqual(policies["ScalingPolicies"][0]["CreationTime"].year, 2024)
        with self.assertRaises(botocore.exceptions.ClientError) as caught:
            scaling.describe_scalable_targets(ServiceNamespace="dynamodb", MaxResults=51)
        self.assertEqual(caught.exception.response["Error"]["Code"], "ValidationException")

    def test_wafv2_and_waf_regional(self):
        wafv2 = self.client("wafv2")
        acls = wafv2.list_web_acls(Scope="REGIONAL", Limit=1)
        self.assertEqual([a["Name"] for a in acls["WebACLs"]], ["clinic-api"])
        rest = wafv2.list_web_acls(Scope="REGIONAL", Limit=1, NextMarker=acls["NextMarker"])
        self.assertEqual([a["Name"] for a in rest["WebACLs"]], ["clinic-intranet"])
        cdn = wafv2.list_web_acls(Scope="CLOUDFRONT")["WebACLs"][0]
        self.assertTrue(cdn["ARN"].endswith(":global/webacl/clinic-cdn/3b1f2a4e-0000-4000-8000-0000000000c1"))
        logging = wafv2.get_logging_configuration(ResourceArn=cdn["ARN"])["LoggingConfiguration"]
        self.assertEqual(logging["LogDestinationConfigs"], ["arn:aws:s3:::aws-waf-logs-clinic-cdn-123456789012"])
        with self.assertRaises(botocore.exceptions.ClientError) as caught:
            wafv2.get_logging_configuration(ResourceArn=rest["WebACLs"][0]["ARN"])
        self.assertEqual(caught.exception.response["Error"]["Code"], "WAFNonexistentItemException")
        west = boto3.client("wafv2", endpoint_url=self.served.endpoint, region_name="us-west-2",
                            aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY,
                            config=Config(retries={"max_attempts": 1}))
        with self.assertRaises(botocore.exceptions.ClientError) as caught:
            west.list_web_acls(Scope="CLOUDFRONT")
        self.assertEqual(caught.exception.response["Error"]["Code"], "WAFInvalidParameterException")
        regional = self.client("waf-regional")
        self.assertEqual(regional.list_web_acls()["WebACLs"][0]["Name"], "legacy-api")
        summary = regional.get_web_acl_for_resource(
            ResourceArn="arn:aws:apigateway:us-east-1::/restapis/f6e5d4c3b2/stages/v1")["WebACLSummary"]
        self.assertEqual(summary["WebACLId"], "0d7f3c1e-0000-4000-8000-0000000000a1")
        with self.assertRaises(botocore.exceptions.ClientError) as caught:
            regional.list_resources_for_web_acl(WebACLId="gone")
        self.assertEqual(caught.exception.response["Error"]["Code"], "WAFNonexistentItemException")

    def test_lambda_cloudtrail_kms_rds_backup(self):
        self.assertEqual(self.client("lambda").list_functions()["Functions"][0]["Timeout"], 30)
        self.assertEqual(self.client("cloudtrail").describe_trails()["trailList"][0]["S3BucketName"],
                         "clinic-audit-logs")
        self.assertEqual(len(self.client("kms").list_keys()["Keys"]), 2)
        self.assertEqual(self.client("rds").describe_db_instances()["DBInstances"][0]["Engine"],
                         "postgres")
        self.assertEqual(self.client("backup").list_backup_plans()["BackupPlansList"][0]
                         ["BackupPlanName"], "daily-phi")

    def test_rds_clusters_snapshots_attributes_and_paging(self):
        rds = self.client("rds")
        cluster = rds.describe_db_clusters()["DBClusters"][0]
        self.assertEqual((cluster["DBClusterIdentifier"], cluster["MultiAZ"], cluster["DeletionProtection"]),
                         ("reports-aurora", True, True))
        public = rds.describe_db_snapshot_attributes(DBSnapshotIdentifier="ehr-db-vendor-export")
        self.assertEqual(public["DBSnapshotAttributesResult"]["DBSnapshotAttributes"],
                         [{"AttributeName": "restore", "AttributeValues": ["all"]}])
        shared = rds.describe_db_cluster_snapshot_attributes(DBClusterSnapshotIdentifier="reports-aurora-dr-copy")
        self.assertEqual(shared["DBClusterSnapshotAttributesResult"]["DBClusterSnapshotAttributes"][0]["AttributeValues"],
                         ["444455556666"])
        with self.assertRaises(botocore.exceptions.ClientError) as caught:
            rds.describe_db_cluster_snapshot_attributes(DBClusterSnapshotIdentifier="gone")
        self.assertEqual(caught.exception.response["Error"]["Code"], "DBClusterSnapshotNotFoundFault")
        self.assertEqual(caught.exception.response["ResponseMetadata"]["HTTPStatusCode"], 404)
        with Served(scenario("rds-paging.yaml")) as many:
            paged = boto3.client("rds", endpoint_url=many.endpoint, region_name="us-east-1",
                                 aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY)
            for operation, key, id_key in (("describe_db_clusters", "DBClusters", "DBClusterIdentifier"),
                                           ("describe_db_snapshots", "DBSnapshots", "DBSnapshotIdentifier"),
                                           ("describe_db_cluster_snapshots", "DBClusterSnapshots",
                                            "DBClusterSnapshotIdentifier")):
                pages = list(paged.get_paginator(operation).paginate(PaginationConfig={"PageSize": 20}))
                self.assertEqual([len(p[key]) for p in pages], [20, 5], operation)
                ids = [i[id_key] for p in pages for i in p[key]]
                self.assertEqual(len(set(ids)), 25, operation)

    def test_backup_selections_recovery_points_and_policies(self):
        backup = self.client("backup")
        pages = backup.get_paginator("list_backup_selections").paginate(
            BackupPlanId="8c5f3e1a-plan-0001", PaginationConfig={"PageSize": 1})
        names = [s["SelectionName"] for page in pages for s in page["BackupSelectionsList"]]
        self.assertEqual(names, ["phi-databases", "phi-volumes"])
        selection = backup.get_backup_selection(BackupPlanId="8c5f3e1a-plan-0001",
                                                SelectionId="5e1ec7a0-0000-4000-8000-000000000002")
        self.assertEqual(selection["BackupSelection"]["ListOfTags"][0]["ConditionValue"], "daily")
        self.assertEqual(selection["CreationDate"].year, 2024)
        with self.assertRaises(botocore.exceptions.ClientError) as caught:
            backup.get_backup_selection(BackupPlanId="8c5f3e1a-plan-0001", SelectionId="missing")
        self.assertEqual(caught.exception.response["Error"]["Code"], "ResourceNotFoundException")
        pages = backup.get_paginator("list_recovery_points_by_backup_vault").paginate(
            BackupVaultName="phi-vault", PaginationConfig={"PageSize": 1})
        points = [p for page in pages for p in page["RecoveryPoints"]]
        self.assertEqual([p["RecoveryPointArn"][-8:] for p in points], ["job-0001", "job-0002"])
        self.assertEqual(points[1]["CreationDate"].day, 2)
        policy = json.loads(backup.get_backup_vault_access_policy(BackupVaultName="phi-vault")["Policy"])
        self.assertEqual(policy["Statement"][0]["Effect"], "Deny")
        with self.assertRaises(botocore.exceptions.ClientError) as caught:
            backup.get_backup_vault_access_policy(BackupVaultName="scratch-vault")
        self.assertEqual(caught.exception.response["Error"]["Code"], "ResourceNotFoundException")
        protected = backup.list_protected_resources()["Results"]
        self.assertEqual([(r["ResourceArn"], r["ResourceType"]) for r in protected],
                         [("arn:aws:rds:us-east-1:123456789012:db:ehr-db", "RDS")])

    def test_cloudwatch_in_the_protocol_this_boto3_prefers(self):
        # boto3 >= 1.34-ish speaks CloudWatch over JSON 1.0; older ones over Query. Either way
        # the answer is the same.
        cloudwatch = self.client("cloudwatch")
        alarms = cloudwatch.describe_alarms()["MetricAlarms"]
        self.assertEqual([a["AlarmName"] for a in alarms], ["ehr-db-cpu-high"])
        self.assertEqual(alarms[0]["Threshold"], 85.0)
        protocol = getattr(cloudwatch.meta.service_model, "resolved_protocol",
                           cloudwatch.meta.service_model.protocol)
        print(f"\n  boto3 {boto3.__version__} spoke CloudWatch over {protocol}")

    def test_presigned_url_query_form_signature(self):
        # botocore signs a presigned URL for the operation's own method: POST for Query APIs.
        url = self.client("iam").generate_presigned_url("list_users", ExpiresIn=300)
        self.assertIn("X-Amz-Signature=", url)
        post = lambda u: urllib.request.urlopen(urllib.request.Request(u, data=b"", method="POST"),
                                                timeout=30)
        with post(url) as response:
            body = response.read().decode()
        self.assertIn("<UserName>alice</UserName>", body)
        tampered = url.replace("X-Amz-Expires=300", "X-Amz-Expires=301")
        with self.assertRaises(urllib.error.HTTPError) as caught:
            post(tampered)
        self.assertEqual(caught.exception.code, 403)
        self.assertIn("SignatureDoesNotMatch", caught.exception.read().decode())

    def test_wrong_secret(self):
        with self.assertRaises(botocore.exceptions.ClientError) as caught:
            self.client("iam", secret_key="wrong").list_users()
        self.assertEqual(caught.exception.response["Error"]["Code"], "SignatureDoesNotMatch")


if __name__ == "__main__":
    main()
