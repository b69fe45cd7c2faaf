#!/usr/bin/env python3
"""The AWS CLI v2 (Debian's awscli) against `hipaasim serve`: every call asserts returned values."""

import json

from harness import Served, main, run_cli, scenario, served_suite


class aws_cli_v2(served_suite):
    def cli(self, *args, **kwargs):
        rc, out, err = run_cli(self.served, *args, **kwargs)
        self.assertEqual(rc, 0, err)
        return out

    def cli_error(self, *args, **kwargs):
        rc, out, err = run_cli(self.served, *args, **kwargs)
        self.assertNotEqual(rc, 0, f"expected a failure, got {out}")
        return err

    def test_iam_list_users(self):
        users = self.cli("iam", "list-users")["Users"]
        self.assertEqual([u["UserName"] for u in users], ["alice", "bob", "svc-billing"])
        self.assertEqual(users[0]["Arn"], "arn:aws:iam::123456789012:user/alice")
        self.assertEqual(users[0]["CreateDate"], "2024-01-15T09:00:00+00:00")
        self.assertEqual(users[2]["Path"], "/service/")

    def test_iam_list_users_pages_of_one_still_return_all(self):
        users = self.cli("iam", "list-users", "--page-size", "1")["Users"]
        self.assertEqual([u["UserName"] for u in users], ["alice", "bob", "svc-billing"])

    def test_iam_get_account_password_policy(self):
        policy = self.cli("iam", "get-account-password-policy")["PasswordPolicy"]
        self.assertEqual(policy["MinimumPasswordLength"], 14)
        self.assertTrue(policy["RequireSymbols"])
        self.assertEqual(policy["MaxPasswordAge"], 90)
        self.assertEqual(policy["PasswordReusePrevention"], 24)

    def test_iam_no_password_policy_is_no_such_entity(self):
        with Served(scenario("empty-account.yaml")) as empty:
            rc, _, err = run_cli(empty, "iam", "get-account-password-policy")
        self.assertNotEqual(rc, 0)
        self.assertIn("(NoSuchEntity)", err)
        self.assertIn("The Password Policy with domain name 123456789012 cannot be found.", err)

    def test_iam_get_account_authorization_details(self):
        out = self.cli("iam", "get-account-authorization-details", "--filter", "User", "LocalManagedPolicy")
        users = out["UserDetailList"]
        self.assertEqual([u["UserName"] for u in users], ["alice", "bob", "svc-billing"])
        alice = users[0]
        self.assertEqual(alice["UserId"], "AIDAALICEEXAMPLE00001")
        self.assertEqual(alice["AttachedManagedPolicies"][0]["PolicyName"], "clinic-billing")
        # The CLI decodes IAM's URL-encoded documents into JSON.
        self.assertEqual(alice["UserPolicyList"][0]["PolicyName"], "kms-use")
        self.assertEqual(alice["UserPolicyList"][0]["PolicyDocument"]["Statement"][0]["Action"], "kms:Decrypt")
        policy = out["Policies"][0]
        self.assertEqual(policy["Arn"], "arn:aws:iam::123456789012:policy/billing/clinic-billing")
        self.assertEqual(policy["AttachmentCount"], 1)
        default = [v for v in policy["PolicyVersionList"] if v["IsDefaultVersion"]]
        self.assertEqual([v["VersionId"] for v in default], ["v2"])
        self.assertEqual(default[0]["Document"]["Statement"][0]["Action"], "ce:Get*")
        self.assertEqual(out.get("RoleDetailList", []), [])

    def test_iam_get_account_authorization_details_pages_of_one_still_return_all(self):
        out = self.cli("iam", "get-account-authorization-details", "--page-size", "1")
        self.assertEqual([u["UserName"] for u in out["UserDetailList"]], ["alice", "bob", "svc-billing"])
        self.assertEqual([p["PolicyName"] for p in out["Policies"]], ["clinic-billing"])

    def test_iam_get_login_profile_and_no_such_entity(self):
        profile = self.cli("iam", "get-login-profile", "--user-name", "alice")["LoginProfile"]
        self.assertEqual(profile["UserName"], "alice")
        self.assertEqual(profile["CreateDate"], "2024-01-15T09:05:00+00:00")
        err = self.cli_error("iam", "get-login-profile", "--user-name", "bob")
        self.assertIn("(NoSuchEntity)", err)
        self.assertIn("Login Profile for User bob cannot be found.", err)

    def test_account_get_alternate_contact(self):
        contact = self.cli("account", "get-alternate-contact", "--alternate-contact-type", "SECURITY")["AlternateContact"]
        self.assertEqual(contact, {"AlternateContactType": "SECURITY", "Name": "Dana Whitfield",
                                   "Title": "Security officer", "EmailAddress": "security@clinic.example",
                                   "PhoneNumber": "+1-555-0100"})
        err = self.cli_error("account", "get-alternate-contact", "--alternate-contact-type", "BILLING")
        self.assertIn("(ResourceNotFoundException)", err)
        self.assertIn("No contact of the inputted alternate contact type found.", err)

    def test_configservice_describe_compliance_by_config_rule(self):
        rules = self.cli("configservice", "describe-compliance-by-config-rule")["ComplianceByConfigRules"]
        self.assertEqual([r["ConfigRuleName"] for r in rules], ["annual-risk-assessment-performed", "access-keys-rotated"])
        self.assertEqual(rules[1]["Compliance"]["ComplianceType"], "NON_COMPLIANT")
        self.assertEqual(rules[1]["Compliance"]["ComplianceContributorCount"]["CappedCount"], 2)
        only = self.cli("configservice", "describe-compliance-by-config-rule", "--compliance-types", "COMPLIANT")
        self.assertEqual([r["ConfigRuleName"] for r in only["ComplianceByConfigRules"]], ["annual-risk-assessment-performed"])
        err = self.cli_error("configservice", "describe-compliance-by-config-rule", "--config-rule-names", "no-such-rule")
        self.assertIn("(NoSuchConfigRuleException)", err)
        self.assertIn("The ConfigRule 'no-such-rule' provided in the request is invalid", err)

    def test_ec2_describe_instances(self):
        reservations = self.cli("ec2", "describe-instances")["Reservations"]
        self.assertEqual(len(reservations), 1)
        instances = reservations[0]["Instances"]
        self.assertEqual([i["InstanceId"] for i in instances],
                         ["i-0ehr0000000000001", "i-0jump000000000002"])
        self.assertEqual(instances[0]["State"], {"Code": 16, "Name": "running"})
        self.assertEqual(instances[1]["SecurityGroups"][0]["GroupName"], "legacy-admin")

    def test_ec2_describe_instances_with_a_filter(self):
        out = self.cli("ec2", "describe-instances", "--filters",
                       "Name=instance-state-name,Values=stopped")
        ids = [i["InstanceId"] for r in out["Reservations"] for i in r["Instances"]]
        self.assertEqual(ids, ["i-0jump000000000002"])

    def test_ec2_describe_security_groups_with_a_filter(self):
        groups = self.cli("ec2", "describe-security-groups", "--filters",
                          "Name=ip-permission.from-port,Values=22",
                          "Name=ip-permission.cidr,Values=0.0.0.0/0")["SecurityGroups"]
        self.assertEqual([g["GroupId"] for g in groups], ["sg-0admin00000000001"])
        self.assertEqual(groups[0]["IpPermissions"][0]["IpRanges"], [{"CidrIp": "0.0.0.0/0"}])

    def test_s3api_list_buckets(self):
        out = self.cli("s3api", "list-buckets")
        self.assertEqual([b["Name"] for b in out["Buckets"]],
                         ["clinic-audit-logs", "clinic-marketing-site", "clinic-phi-records"])
        self.assertEqual(out["Buckets"][2]["CreationDate"], "2024-01-10T12:00:00+00:00")

    def test_s3api_get_bucket_encryption(self):
        rules = self.cli("s3api", "get-bucket-encryption", "--bucket", "clinic-phi-records")[
            "ServerSideEncryptionConfiguration"]["Rules"]
        self.assertEqual(rules[0]["ApplyServerSideEncryptionByDefault"]["SSEAlgorithm"], "aws:kms")
        self.assertTrue(rules[0]["BucketKeyEnabled"])

    def test_s3api_get_bucket_encryption_not_found(self):
        err = self.cli_error("s3api", "get-bucket-encryption", "--bucket", "clinic-marketing-site")
        self.assertIn("(ServerSideEncryptionConfigurationNotFoundError)", err)

    def test_s3api_get_bucket_policy(self):
        policy = json.loads(self.cli("s3api", "get-bucket-policy",
                                     "--bucket", "clinic-phi-records")["Policy"])
        statement = policy["Statement"][0]
        self.assertEqual(statement["Sid"], "DenyInsecureTransport")
        self.assertEqual(statement["Condition"], {"Bool": {"aws:SecureTransport": "false"}})

    def test_dynamodb_list_tables_and_describe_table(self):
        self.assertEqual(self.cli("dynamodb", "list-tables")["TableNames"],
                         ["appointments", "patients"])
        self.assertEqual(self.cli("dynamodb", "list-tables", "--page-size", "1")["TableNames"],
                         ["appointments", "patients"])
        table = self.cli("dynamodb", "describe-table", "--table-name", "patients")["Table"]
        self.assertEqual(table["ItemCount"], 350)
        self.assertEqual(table["SSEDescription"], {"Status": "ENABLED", "SSEType": "KMS"})
        self.assertEqual(table["CreationDateTime"], "2024-03-01T00:00:00+00:00")

    def test_efs_describe_file_systems(self):
        systems = self.cli("efs", "describe-file-systems")["FileSystems"]
        self.assertEqual([f["FileSystemId"] for f in systems],
                         ["fs-0c1a2b3c4d5e6f701", "fs-0c1a2b3c4d5e6f702"])
        self.assertTrue(systems[0]["Encrypted"])
        self.assertNotIn("Encrypted", systems[1])
        self.assertEqual(systems[0]["FileSystemArn"],
                         "arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-0c1a2b3c4d5e6f701")
        one = self.cli("efs", "describe-file-systems", "--file-system-id", "fs-0c1a2b3c4d5e6f702")
        self.assertEqual([f["Name"] for f in one["FileSystems"]], ["imaging-scratch"])
        rc, _, err = run_cli(self.served, "efs", "describe-file-systems", "--file-system-id", "fs-0000")
        self.assertNotEqual(rc, 0)
        self.assertIn("FileSystemNotFound", err)

    def test_ec2_managed_prefix_lists_and_their_entries(self):
        lists = self.cli("ec2", "describe-managed-prefix-lists")["PrefixLists"]
        self.assertEqual([(p["PrefixListId"], p["PrefixListName"], p["MaxEntries"]) for p in lists],
                         [("pl-0office0000000001", "office-networks", 10)])
        self.assertNotIn("Entries", lists[0])
        entries = self.cli("ec2", "get-managed-prefix-list-entries", "--prefix-list-id",
                           "pl-0office0000000001")["Entries"]
        self.assertEqual([e["Cidr"] for e in entries], ["203.0.113.0/24", "198.51.100.0/24"])
        rc, _, err = run_cli(self.served, "ec2", "get-managed-prefix-list-entries", "--prefix-list-id", "pl-0000")
        self.assertNotEqual(rc, 0)
        self.assertIn("InvalidPrefixListID.NotFound", err)

    def test_lambda_list_functions(self):
        functions = self.cli("lambda", "list-functions")["Functions"]
        self.assertEqual([f["FunctionName"] for f in functions], ["intake-processor"])
        self.assertEqual(functions[0]["Runtime"], "python3.12")
        self.assertEqual(functions[0]["MemorySize"], 256)

    def test_cloudtrail_describe_trails(self):
        trails = self.cli("cloudtrail", "describe-trails")["trailList"]
        self.assertEqual(len(trails), 1)
        self.assertEqual(trails[0]["Name"], "clinic-trail")
        self.assertFalse(trails[0]["IsMultiRegionTrail"])
        self.assertFalse(trails[0]["LogFileValidationEnabled"])

    def test_kms_list_keys(self):
        keys = self.cli("kms", "list-keys")["Keys"]
        self.assertEqual(keys, [{
            "KeyId": "1234abcd-12ab-34cd-56ef-1234567890ab",
            "KeyArn": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
        }, {
            "KeyId": "5678abcd-56ef-78ab-90cd-5678901234ef",
            "KeyArn": "arn:aws:kms:us-east-1:123456789012:key/5678abcd-56ef-78ab-90cd-5678901234ef",
        }])
        paged = self.cli("kms", "list-keys", "--page-size", "1")["Keys"]
        self.assertEqual([k["KeyId"] for k in paged], [k["KeyId"] for k in keys])

    def test_kms_describe_key_scheduled_for_deletion(self):
        key = self.cli("kms", "describe-key", "--key-id", "5678abcd-56ef-78ab-90cd-5678901234ef")["KeyMetadata"]
        self.assertEqual(key["KeyState"], "PendingDeletion")
        self.assertFalse(key["Enabled"])
        self.assertEqual(key["DeletionDate"], "2026-11-08T00:00:00+00:00")
        self.assertEqual(key["PendingDeletionWindowInDays"], 7)
        err = self.cli_error("kms", "describe-key", "--key-id", "00000000-0000-4000-8000-000000000000")
        self.assertIn("(NotFoundException)", err)
        self.assertIn("arn:aws:kms:us-east-1:123456789012:key/00000000-0000-4000-8000-000000000000", err)

    def test_secretsmanager_list_and_describe_secrets(self):
        secrets = self.cli("secretsmanager", "list-secrets")["SecretList"]
        self.assertEqual([s["Name"] for s in secrets], ["ehr-db/master", "billing/api-key"])
        self.assertTrue(secrets[0]["RotationEnabled"])
        self.assertEqual(secrets[0]["RotationRules"], {"AutomaticallyAfterDays": 30})
        self.assertNotIn("KmsKeyId", secrets[1])
        paged = self.cli("secretsmanager", "list-secrets", "--page-size", "1")["SecretList"]
        self.assertEqual([s["Name"] for s in paged], ["ehr-db/master", "billing/api-key"])
        one = self.cli("secretsmanager", "describe-secret", "--secret-id",
                       "arn:aws:secretsmanager:us-east-1:123456789012:secret:billing/api-key-Qw34Er")
        self.assertEqual(one["Name"], "billing/api-key")
        self.assertEqual(one["CreatedDate"], "2024-03-01T00:00:00+00:00")
        err = self.cli_error("secretsmanager", "describe-secret", "--secret-id", "no-such-secret")
        self.assertIn("(ResourceNotFoundException)", err)
        self.assertIn("Secrets Manager can't find the specified secret.", err)

    def test_sns_list_topics_and_attributes(self):
        topics = self.cli("sns", "list-topics")["Topics"]
        self.assertEqual(topics, [{"TopicArn": "arn:aws:sns:us-east-1:123456789012:oncall"},
                                  {"TopicArn": "arn:aws:sns:us-east-1:123456789012:reminders"}])
        attributes = self.cli("sns", "get-topic-attributes", "--topic-arn",
                              "arn:aws:sns:us-east-1:123456789012:oncall")["Attributes"]
        self.assertEqual(attributes["KmsMasterKeyId"], "alias/aws/sns")
        self.assertEqual(attributes["Owner"], "123456789012")
        self.assertEqual(attributes["TopicArn"], "arn:aws:sns:us-east-1:123456789012:oncall")
        err = self.cli_error("sns", "get-topic-attributes", "--topic-arn",
                             "arn:aws:sns:us-east-1:123456789012:gone")
        self.assertIn("(NotFound)", err)
        self.assertIn("Topic does not exist", err)

    def test_logs_describe_log_groups(self):
        groups = self.cli("logs", "describe-log-groups")["logGroups"]
        self.assertEqual([g["logGroupName"] for g in groups],
                         ["/aws/lambda/intake-processor", "clinic-trail", "portal-access"])
        self.assertEqual(groups[1]["retentionInDays"], 365)
        self.assertEqual(groups[1]["arn"], "arn:aws:logs:us-east-1:123456789012:log-group:clinic-trail:*")
        self.assertNotIn("retentionInDays", groups[2])
        # The CLI pages by itself: pages of one still list every group.
        paged = self.cli("logs", "describe-log-groups", "--page-size", "1")["logGroups"]
        self.assertEqual(len(paged), 3)
        prefixed = self.cli("logs", "describe-log-groups", "--log-group-name-prefix", "/aws/")["logGroups"]
        self.assertEqual([g["logGroupName"] for g in prefixed], ["/aws/lambda/intake-processor"])
        err = self.cli_error("logs", "describe-log-groups", "--limit", "51")
        self.assertIn("(InvalidParameterException)", err)

    def test_acm_list_and_describe_certificates(self):
        portal = "arn:aws:acm:us-east-1:123456789012:certificate/4c3b2a10-0000-4000-8000-0000000000c1"
        api = "arn:aws:acm:us-east-1:123456789012:certificate/4c3b2a10-0000-4000-8000-0000000000c2"
        listed = self.cli("acm", "list-certificates")["CertificateSummaryList"]
        self.assertEqual([c["CertificateArn"] for c in listed], [portal], "only RSA_2048 unless asked")
        every = self.cli("acm", "list-certificates", "--includes", "keyTypes=RSA_2048,EC_prime256v1")
        self.assertEqual([c["CertificateArn"] for c in every["CertificateSummaryList"]], [portal, api])
        detail = self.cli("acm", "describe-certificate", "--certificate-arn", api)["Certificate"]
        self.assertEqual(detail["Type"], "IMPORTED")
        self.assertTrue(detail["NotAfter"].startswith("2026-11-20T00:00:00"), detail["NotAfter"])
        err = self.cli_error("acm", "describe-certificate", "--certificate-arn", api.replace("c2", "c9"))
        self.assertIn("(ResourceNotFoundException)", err)

    def test_elb_classic_load_balancers_attributes_and_policies(self):
        lbs = self.cli("elb", "describe-load-balancers")["LoadBalancerDescriptions"]
        self.assertEqual([lb["LoadBalancerName"] for lb in lbs], ["portal-classic", "fax-gateway"])
        listener = lbs[0]["ListenerDescriptions"][0]
        self.assertEqual(listener["Listener"]["SSLCertificateId"],
                         "arn:aws:acm:us-east-1:123456789012:certificate/4c3b2a10-0000-4000-8000-0000000000c1")
        self.assertEqual(listener["PolicyNames"], ["portal-tls"])
        self.assertEqual(lbs[1]["Scheme"], "internal")
        # PageSize is the operation's own member, so the CLI does not page by itself: one a page,
        # then the NextMarker it printed.
        first = self.cli("elb", "describe-load-balancers", "--page-size", "1")
        self.assertEqual([lb["LoadBalancerName"] for lb in first["LoadBalancerDescriptions"]], ["portal-classic"])
        second = self.cli("elb", "describe-load-balancers", "--page-size", "1", "--marker", first["NextMarker"])
        self.assertEqual([lb["LoadBalancerName"] for lb in second["LoadBalancerDescriptions"]], ["fax-gateway"])
        self.assertNotIn("NextMarker", second)
        attributes = self.cli("elb", "describe-load-balancer-attributes", "--load-balancer-name",
                              "portal-classic")["LoadBalancerAttributes"]
        self.assertTrue(attributes["CrossZoneLoadBalancing"]["Enabled"])
        self.assertEqual(attributes["AccessLog"]["S3BucketName"], "clinic-elb-logs")
        defaults = self.cli("elb", "describe-load-balancer-attributes", "--load-balancer-name",
                            "fax-gateway")["LoadBalancerAttributes"]
        self.assertFalse(defaults["CrossZoneLoadBalancing"]["Enabled"])
        self.assertEqual(defaults["ConnectionSettings"]["IdleTimeout"], 60)
        policies = self.cli("elb", "describe-load-balancer-policies", "--load-balancer-name",
                            "portal-classic")["PolicyDescriptions"]
        self.assertEqual(policies[0]["PolicyAttributeDescriptions"][0]["AttributeValue"],
                         "ELBSecurityPolicy-TLS-1-2-2017-01")
        err = self.cli_error("elb", "describe-load-balancers", "--load-balancer-names", "gone")
        self.assertIn("(LoadBalancerNotFound)", err)
        self.assertIn("There is no ACTIVE Load Balancer named 'gone'", err)

    def test_elbv2_load_balancers_listeners_and_rules(self):
        portal = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/portal/50dc6c495c0c9188"
        lbs = self.cli("elbv2", "describe-load-balancers")["LoadBalancers"]
        self.assertEqual([(lb["LoadBalancerName"], lb["Type"]) for lb in lbs],
                         [("portal", "application"), ("hl7-feed", "network")])
        self.assertEqual(lbs[0]["State"]["Code"], "active")
        first = self.cli("elbv2", "describe-load-balancers", "--page-size", "1")
        self.assertEqual(len(first["LoadBalancers"]), 1)
        second = self.cli("elbv2", "describe-load-balancers", "--page-size", "1", "--marker", first["NextMarker"])
        self.assertEqual([lb["LoadBalancerName"] for lb in second["LoadBalancers"]], ["hl7-feed"])
        attributes = {a["Key"]: a["Value"] for a in self.cli(
            "elbv2", "describe-load-balancer-attributes", "--load-balancer-arn", portal)["Attributes"]}
        self.assertEqual(attributes["deletion_protection.enabled"], "true")
        self.assertEqual(attributes["access_logs.s3.bucket"], "clinic-alb-logs")
        self.assertEqual(attributes["idle_timeout.timeout_seconds"], "60")
        listeners = self.cli("elbv2", "describe-listeners", "--load-balancer-arn", portal)["Listeners"]
        self.assertEqual([(l["Protocol"], l["Port"]) for l in listeners], [("HTTPS", 443), ("HTTP", 80)])
        self.assertEqual(len(listeners[0]["Certificates"]), 1, "the default certificate only")
        certificates = self.cli("elbv2", "describe-listener-certificates", "--listener-arn",
                                listeners[0]["ListenerArn"])["Certificates"]
        self.assertEqual([c["IsDefault"] for c in certificates], [True, False])
        rules = self.cli("elbv2", "describe-rules", "--listener-arn", listeners[1]["ListenerArn"])["Rules"]
        self.assertEqual([(r["Priority"], r["IsDefault"]) for r in rules], [("default", True)])
        self.assertEqual(rules[0]["Actions"][0]["RedirectConfig"]["Protocol"], "HTTPS")
        err = self.cli_error("elbv2", "describe-load-balancers", "--names", "gone")
        self.assertIn("(LoadBalancerNotFound)", err)
        self.assertIn("One or more load balancers not found", err)
        err = self.cli_error("elbv2", "describe-listeners", "--listener-arns", portal.replace("loadbalancer/", "listener/") + "/0000000000000000")
        self.assertIn("(ListenerNotFound)", err)

    def test_guardduty_detectors_and_administrator(self):
        ids = self.cli("guardduty", "list-detectors")["DetectorIds"]
        self.assertEqual(ids, ["6ec0ffee00000000000000000000d001"])
        detector = self.cli("guardduty", "get-detector", "--detector-id", ids[0])
        self.assertEqual(detector["Status"], "ENABLED")
        administrator = self.cli("guardduty", "get-administrator-account", "--detector-id", ids[0])
        self.assertEqual(administrator["Administrator"]["AccountId"], "999988887777")
        err = self.cli_error("guardduty", "get-detector", "--detector-id", "0" * 32)
        self.assertIn("(BadRequestException)", err)

    def test_securityhub_describe_hub(self):
        hub = self.cli("securityhub", "describe-hub")
        self.assertEqual(hub["HubArn"], "arn:aws:securityhub:us-east-1:123456789012:hub/default")
        self.assertTrue(hub["AutoEnableControls"])
        # A region the account never enabled Security Hub in.
        err = self.cli_error("securityhub", "describe-hub", "--region", "eu-west-1")
        self.assertIn("(InvalidAccessException)", err)
        self.assertIn("is not subscribed to AWS Security Hub", err)
    def test_ssm_instances_compliance_and_documents(self):
        instances = self.cli("ssm", "describe-instance-information")["InstanceInformationList"]
        self.assertEqual([(i["InstanceId"], i["PingStatus"]) for i in instances],
                         [("i-0ehr0000000000001", "Online"), ("i-0jump000000000002", "ConnectionLost")])
        self.assertEqual(instances[0]["LastPingDateTime"], "2026-10-31T23:55:00+00:00")
        paged = self.cli("ssm", "describe-instance-information", "--page-size", "5")["InstanceInformationList"]
        self.assertEqual(len(paged), 2)
        patch = self.cli("ssm", "list-resource-compliance-summaries", "--filters",
                         "Key=ComplianceType,Values=Patch,Type=EQUAL")["ResourceComplianceSummaryItems"]
        self.assertEqual([(s["ResourceId"], s["Status"]) for s in patch], [("i-0ehr0000000000001", "NON_COMPLIANT")])
        self.assertEqual(patch[0]["NonCompliantSummary"]["NonCompliantCount"], 1)
        items = self.cli("ssm", "list-compliance-items", "--resource-ids", "i-0ehr0000000000001",
                         "--resource-types", "ManagedInstance", "--filters",
                         "Key=ComplianceType,Values=Patch")["ComplianceItems"]
        self.assertEqual([(i["Id"], i["Status"], i["ComplianceType"]) for i in items],
                         [("KB5034441", "NON_COMPLIANT", "Patch"), ("KB5034439", "COMPLIANT", "Patch")])
        documents = self.cli("ssm", "list-documents", "--filters", "Key=Owner,Values=Self")["DocumentIdentifiers"]
        self.assertEqual([d["Name"] for d in documents], ["clinic-bootstrap", "clinic-hardening"])
        self.assertEqual(documents[0]["Owner"], "123456789012")
        self.assertNotIn("AccountIds", documents[0])
        one_a_page = self.cli("ssm", "list-documents", "--page-size", "1")["DocumentIdentifiers"]
        self.assertEqual(len(one_a_page), 3)
        shared = self.cli("ssm", "describe-document-permission", "--name", "clinic-bootstrap",
                          "--permission-type", "Share")
        self.assertEqual(shared["AccountIds"], ["all"])
        err = self.cli_error("ssm", "describe-document-permission", "--name", "gone", "--permission-type", "Share")
        self.assertIn("(InvalidDocument)", err)
        self.assertIn("The specified document does not exist.", err)

    def test_autoscaling_groups_and_launch_configurations(self):
        groups = self.cli("autoscaling", "describe-auto-scaling-groups")["AutoScalingGroups"]
        self.assertEqual([(g["AutoScalingGroupName"], g.get("HealthCheckType")) for g in groups],
                         [("kiosk", None), ("portal-web", "ELB")])
        self.assertEqual(groups[0]["LoadBalancerNames"], ["kiosk-classic"])
        self.assertEqual(groups[1]["TargetGroupARNs"],
                         ["arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/portal/73e2d6bc24d8a067"])
        self.assertEqual(groups[1]["DefaultCooldown"], 300)
        self.assertRegex(groups[1]["AutoScalingGroupARN"],
                         r"^arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:[0-9a-f-]{36}:autoScalingGroupName/portal-web$")
        paged = self.cli("autoscaling", "describe-auto-scaling-groups", "--page-size", "1")["AutoScalingGroups"]
        self.assertEqual([g["AutoScalingGroupName"] for g in paged], ["kiosk", "portal-web"])
        tagged = self.cli("autoscaling", "describe-auto-scaling-groups", "--filters", "Name=tag:app,Values=portal")
        self.assertEqual([g["AutoScalingGroupName"] for g in tagged["AutoScalingGroups"]], ["portal-web"])
        configs = self.cli("autoscaling", "describe-launch-configurations")["LaunchConfigurations"]
        self.assertEqual([(c["LaunchConfigurationName"], c["AssociatePublicIpAddress"]) for c in configs],
                         [("portal-v3", False), ("kiosk-v1", True)])
        self.assertEqual(configs[0]["InstanceMonitoring"], {"Enabled": True})
        none = self.cli("autoscaling", "describe-launch-configurations", "--launch-configuration-names", "gone")
        self.assertEqual(none["LaunchConfigurations"], [])
        err = self.cli_error("autoscaling", "describe-launch-configurations", "--max-records", "101")
        self.assertIn("(ValidationError)", err)

    def test_application_autoscaling_targets_and_policies(self):
        targets = self.cli("application-autoscaling", "describe-scalable-targets", "--service-namespace", "dynamodb")
        self.assertEqual([(t["ResourceId"], t["ScalableDimension"], t["MinCapacity"], t["MaxCapacity"])
                          for t in targets["ScalableTargets"]],
                         [("table/patients", "dynamodb:table:ReadCapacityUnits", 5, 500),
                          ("table/patients", "dynamodb:table:WriteCapacityUnits", 5, 100)])
        paged = self.cli("application-autoscaling", "describe-scalable-targets", "--service-namespace", "dynamodb",
                         "--page-size", "1")["ScalableTargets"]
        self.assertEqual(len(paged), 2)
        ecs = self.cli("application-autoscaling", "describe-scalable-targets", "--service-namespace", "ecs",
                       "--resource-ids", "service/clinic/portal")["ScalableTargets"]
        self.assertEqual([t["ScalableDimension"] for t in ecs], ["ecs:service:DesiredCount"])
        policies = self.cli("application-autoscaling", "describe-scaling-policies", "--service-namespace", "dynamodb",
                            "--resource-id", "table/patients")["ScalingPolicies"]
        self.assertEqual([(p["PolicyName"], p["TargetTrackingScalingPolicyConfiguration"]["TargetValue"]) for p in policies],
                         [("patients-read", 70.0)])
        err = self.cli_error("application-autoscaling", "describe-scaling-policies", "--service-namespace", "dynamodb",
                             "--max-results", "11")
        self.assertIn("(ValidationException)", err)

    def test_wafv2_web_acls_logging_and_scopes(self):
        regional = self.cli("wafv2", "list-web-acls", "--scope", "REGIONAL")["WebACLs"]
        self.assertEqual([(a["Name"], a["Id"]) for a in regional],
                         [("clinic-api", "3b1f2a4e-0000-4000-8000-000000000001"),
                          ("clinic-intranet", "3b1f2a4e-0000-4000-8000-000000000002")])
        self.assertEqual(regional[0]["ARN"],
                         "arn:aws:wafv2:us-east-1:123456789012:regional/webacl/clinic-api/3b1f2a4e-0000-4000-8000-000000000001")
        first = self.cli("wafv2", "list-web-acls", "--scope", "REGIONAL", "--limit", "1")
        self.assertEqual([a["Name"] for a in first["WebACLs"]], ["clinic-api"])
        rest = self.cli("wafv2", "list-web-acls", "--scope", "REGIONAL", "--limit", "1", "--next-marker", first["NextMarker"])
        self.assertEqual([a["Name"] for a in rest["WebACLs"]], ["clinic-intranet"])
        self.assertNotIn("NextMarker", rest)
        cloudfront = self.cli("wafv2", "list-web-acls", "--scope", "CLOUDFRONT")["WebACLs"]
        self.assertEqual([a["Name"] for a in cloudfront], ["clinic-cdn"])
        err = self.cli_error("wafv2", "list-web-acls", "--scope", "CLOUDFRONT", region="eu-west-1")
        self.assertIn("(WAFInvalidParameterException)", err)
        logging = self.cli("wafv2", "get-logging-configuration", "--resource-arn", regional[0]["ARN"])["LoggingConfiguration"]
        self.assertEqual(logging["ResourceArn"], regional[0]["ARN"])
        self.assertEqual(logging["LogDestinationConfigs"], ["arn:aws:firehose:us-east-1:123456789012:deliverystream/aws-waf-logs-api"])
        err = self.cli_error("wafv2", "get-logging-configuration", "--resource-arn", regional[1]["ARN"])
        self.assertIn("(WAFNonexistentItemException)", err)
        stage = "arn:aws:apigateway:us-east-1::/restapis/a1b2c3d4e5/stages/prod"
        self.assertEqual(self.cli("wafv2", "get-web-acl-for-resource", "--resource-arn", stage)["WebACL"]["Name"], "clinic-api")
        resources = self.cli("wafv2", "list-resources-for-web-acl", "--web-acl-arn", regional[0]["ARN"],
                             "--resource-type", "API_GATEWAY")
        self.assertEqual(resources["ResourceArns"], [stage])

    def test_waf_associations_of_load_balancers(self):
        portal = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/portal/50dc6c495c0c9188"
        legacy = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/legacy/7a1c9d5e3b2f4a60"
        billing = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/billing/6d0ecf831eec9f09"
        with Served(scenario("waf-associations.yaml")) as served:
            def cli(*args):
                rc, out, err = run_cli(served, *args)
                return rc, out, err
            rc, out, err = cli("wafv2", "get-web-acl-for-resource", "--resource-arn", portal)
            self.assertEqual(rc, 0, err)
            self.assertEqual(out["WebACL"]["Name"], "clinic-portal")
            self.assertEqual(out["WebACL"]["DefaultAction"], {"Allow": {}})
            rc, out, err = cli("wafv2", "get-web-acl-for-resource", "--resource-arn", billing)
            self.assertEqual(rc, 0, err)
            self.assertNotIn("WebACL", out or {})
            rc, out, err = cli("waf-regional", "get-web-acl-for-resource", "--resource-arn", legacy)
            self.assertEqual(rc, 0, err)
            self.assertEqual(out["WebACLSummary"], {"WebACLId": "0d7f3c1e-0000-4000-8000-0000000000a1", "Name": "legacy-portal"})
            rc, out, err = cli("waf-regional", "list-resources-for-web-acl", "--web-acl-id", "0d7f3c1e-0000-4000-8000-0000000000a1")
            self.assertEqual(rc, 0, err)
            self.assertEqual(out["ResourceArns"], [legacy])
            rc, _, err = cli("wafv2", "get-web-acl-for-resource", "--resource-arn",
                             "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/gone/0000000000000000")
            self.assertNotEqual(rc, 0)
            self.assertIn("(WAFNonexistentItemException)", err)
            rc, _, err = cli("waf-regional", "list-resources-for-web-acl", "--web-acl-id", "gone")
            self.assertNotEqual(rc, 0)
            self.assertIn("The referenced item does not exist.", err)

    def test_waf_regional_list_web_acls(self):
        acls = self.cli("waf-regional", "list-web-acls")["WebACLs"]
        self.assertEqual(acls, [{"WebACLId": "0d7f3c1e-0000-4000-8000-0000000000a1", "Name": "legacy-api"}])

    def test_rds_describe_db_instances(self):
        instances = self.cli("rds", "describe-db-instances")["DBInstances"]
        self.assertEqual([i["DBInstanceIdentifier"] for i in instances], ["ehr-db"])
        self.assertTrue(instances[0]["StorageEncrypted"])
        self.assertEqual(instances[0]["BackupRetentionPeriod"], 14)

    def test_rds_describe_db_clusters_and_not_found(self):
        clusters = self.cli("rds", "describe-db-clusters")["DBClusters"]
        self.assertEqual([c["DBClusterIdentifier"] for c in clusters], ["reports-aurora"])
        self.assertEqual(clusters[0]["DbClusterResourceId"], "cluster-REPORTSAURORA0000000000001")
        self.assertTrue(clusters[0]["MultiAZ"])
        self.assertTrue(clusters[0]["DeletionProtection"])
        self.assertEqual(clusters[0]["DBClusterArn"], "arn:aws:rds:us-east-1:123456789012:cluster:reports-aurora")
        self.assertEqual(clusters[0]["ClusterCreateTime"], "2024-03-01T00:00:00+00:00")
        err = self.cli_error("rds", "describe-db-clusters", "--db-cluster-identifier", "gone-cluster")
        self.assertIn("(DBClusterNotFoundFault)", err)
        self.assertIn("DBCluster gone-cluster not found.", err)

    def test_rds_describe_db_snapshots_and_their_attributes(self):
        snapshots = self.cli("rds", "describe-db-snapshots")["DBSnapshots"]
        self.assertEqual([s["DBSnapshotIdentifier"] for s in snapshots], ["ehr-db-before-upgrade", "ehr-db-vendor-export"])
        self.assertEqual([s["Encrypted"] for s in snapshots], [True, False])
        self.assertEqual(snapshots[0]["SnapshotType"], "manual")
        self.assertNotIn("DBSnapshotAttributes", snapshots[1])  # served by its own call
        public = self.cli("rds", "describe-db-snapshot-attributes", "--db-snapshot-identifier",
                          "ehr-db-vendor-export")["DBSnapshotAttributesResult"]
        self.assertEqual(public, {"DBSnapshotIdentifier": "ehr-db-vendor-export",
                                  "DBSnapshotAttributes": [{"AttributeName": "restore", "AttributeValues": ["all"]}]})
        private = self.cli("rds", "describe-db-snapshot-attributes", "--db-snapshot-identifier",
                           "ehr-db-before-upgrade")["DBSnapshotAttributesResult"]
        self.assertEqual(private["DBSnapshotAttributes"], [{"AttributeName": "restore", "AttributeValues": []}])
        err = self.cli_error("rds", "describe-db-snapshot-attributes", "--db-snapshot-identifier", "gone")
        self.assertIn("(DBSnapshotNotFound)", err)
        self.assertIn("DBSnapshot gone not found.", err)

    def test_rds_describe_db_cluster_snapshots_and_their_attributes(self):
        snapshots = self.cli("rds", "describe-db-cluster-snapshots")["DBClusterSnapshots"]
        self.assertEqual([s["DBClusterSnapshotIdentifier"] for s in snapshots], ["reports-aurora-dr-copy"])
        self.assertTrue(snapshots[0]["StorageEncrypted"])
        self.assertEqual(snapshots[0]["DBClusterSnapshotArn"],
                         "arn:aws:rds:us-east-1:123456789012:cluster-snapshot:reports-aurora-dr-copy")
        shared = self.cli("rds", "describe-db-cluster-snapshot-attributes", "--db-cluster-snapshot-identifier",
                          "reports-aurora-dr-copy")["DBClusterSnapshotAttributesResult"]
        self.assertEqual(shared["DBClusterSnapshotAttributes"],
                         [{"AttributeName": "restore", "AttributeValues": ["444455556666"]}])
        err = self.cli_error("rds", "describe-db-cluster-snapshots", "--db-cluster-snapshot-identifier", "gone")
        self.assertIn("(DBClusterSnapshotNotFoundFault)", err)
        self.assertIn("DBClusterSnapshot not found: gone", err)

    def test_rds_pages_clusters_and_snapshots_over_marker(self):
        with Served(scenario("rds-paging.yaml")) as many:
            for command, key, id_key, prefix in (
                    ("describe-db-clusters", "DBClusters", "DBClusterIdentifier", "cluster-"),
                    ("describe-db-snapshots", "DBSnapshots", "DBSnapshotIdentifier", "snapshot-"),
                    ("describe-db-cluster-snapshots", "DBClusterSnapshots", "DBClusterSnapshotIdentifier",
                     "cluster-snapshot-")):
                expected = [f"{prefix}{n:02d}" for n in range(25)]
                rc, out, err = run_cli(many, "rds", command, "--page-size", "20")
                self.assertEqual(rc, 0, err)
                self.assertEqual([i[id_key] for i in out[key]], expected, command)
                rc, first, err = run_cli(many, "rds", command, "--max-items", "20")
                self.assertEqual(rc, 0, err)
                self.assertEqual(len(first[key]), 20, command)
                rc, rest, err = run_cli(many, "rds", command, "--max-items", "20", "--starting-token",
                                        first["NextToken"])
                self.assertEqual(rc, 0, err)
                self.assertEqual([i[id_key] for i in first[key] + rest[key]], expected, command)
                self.assertNotIn("NextToken", rest)
                rc, _, err = run_cli(many, "rds", command, "--page-size", "19")
                self.assertNotEqual(rc, 0, command)
                self.assertIn("InvalidParameterValue", err)

    def test_backup_list_backup_plans(self):
        plans = self.cli("backup", "list-backup-plans")["BackupPlansList"]
        self.assertEqual([p["BackupPlanName"] for p in plans], ["daily-phi"])
        self.assertEqual(plans[0]["BackupPlanId"], "8c5f3e1a-plan-0001")

    def test_backup_selections_of_a_plan(self):
        plan = "8c5f3e1a-plan-0001"
        listed = self.cli("backup", "list-backup-selections", "--backup-plan-id", plan)["BackupSelectionsList"]
        self.assertEqual([s["SelectionName"] for s in listed], ["phi-databases", "phi-volumes"])
        self.assertEqual(listed[0]["BackupPlanId"], plan)
        self.assertEqual(listed[0]["IamRoleArn"], "arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole")
        self.assertEqual(listed[1]["CreationDate"], "2024-02-02T00:00:00+00:00")
        first = self.cli("backup", "list-backup-selections", "--backup-plan-id", plan, "--max-items", "1")
        self.assertEqual([s["SelectionId"] for s in first["BackupSelectionsList"]], ["5e1ec7a0-0000-4000-8000-000000000001"])
        rest = self.cli("backup", "list-backup-selections", "--backup-plan-id", plan, "--starting-token", first["NextToken"])
        self.assertEqual([s["SelectionId"] for s in rest["BackupSelectionsList"]], ["5e1ec7a0-0000-4000-8000-000000000002"])
        got = self.cli("backup", "get-backup-selection", "--backup-plan-id", plan,
                       "--selection-id", "5e1ec7a0-0000-4000-8000-000000000001")
        self.assertEqual(got["BackupPlanId"], plan)
        self.assertEqual(got["BackupSelection"]["Resources"], ["arn:aws:rds:*:*:db:*"])
        self.assertEqual(got["BackupSelection"]["Conditions"]["StringEquals"],
                         [{"ConditionKey": "aws:ResourceTag/backup", "ConditionValue": "daily"}])
        tags = self.cli("backup", "get-backup-selection", "--backup-plan-id", plan,
                        "--selection-id", "5e1ec7a0-0000-4000-8000-000000000002")["BackupSelection"]
        self.assertEqual(tags["ListOfTags"], [{"ConditionType": "STRINGEQUALS", "ConditionKey": "backup", "ConditionValue": "daily"}])
        self.assertEqual(tags["NotResources"], ["arn:aws:ec2:*:*:volume/vol-scratch"])
        err = self.cli_error("backup", "get-backup-selection", "--backup-plan-id", plan, "--selection-id", "no-such-selection")
        self.assertIn("(ResourceNotFoundException)", err)
        err = self.cli_error("backup", "list-backup-selections", "--backup-plan-id", "no-such-plan")
        self.assertIn("(InvalidParameterValueException)", err)
        self.assertIn("Cannot find Backup plan with ID no-such-plan", err)

    def test_backup_vaults_policies_and_recovery_points(self):
        vaults = self.cli("backup", "list-backup-vaults")["BackupVaultList"]
        self.assertEqual([(v["BackupVaultName"], v["NumberOfRecoveryPoints"]) for v in vaults],
                         [("phi-vault", 2), ("scratch-vault", 0)])
        policy = self.cli("backup", "get-backup-vault-access-policy", "--backup-vault-name", "phi-vault")
        self.assertEqual(policy["BackupVaultArn"], "arn:aws:backup:us-east-1:123456789012:backup-vault:phi-vault")
        self.assertEqual(json.loads(policy["Policy"])["Statement"][0]["Action"][0], "backup:DeleteRecoveryPoint")
        err = self.cli_error("backup", "get-backup-vault-access-policy", "--backup-vault-name", "scratch-vault")
        self.assertIn("(ResourceNotFoundException)", err)
        self.assertIn("has no associated POLICY", err)
        points = self.cli("backup", "list-recovery-points-by-backup-vault", "--backup-vault-name", "phi-vault",
                          "--page-size", "1")["RecoveryPoints"]
        self.assertEqual([p["RecoveryPointArn"] for p in points],
                         ["arn:aws:rds:us-east-1:123456789012:snapshot:awsbackup:job-0001",
                          "arn:aws:rds:us-east-1:123456789012:snapshot:awsbackup:job-0002"])
        self.assertTrue(points[0]["IsEncrypted"])
        self.assertEqual(points[0]["Lifecycle"], {"DeleteAfterDays": 35})
        self.assertEqual(points[0]["BackupVaultName"], "phi-vault")
        self.assertEqual(points[0]["CreatedBy"]["BackupPlanId"], "8c5f3e1a-plan-0001")
        err = self.cli_error("backup", "list-recovery-points-by-backup-vault", "--backup-vault-name", "no-such-vault")
        self.assertIn("(AccessDeniedException)", err)
        protected = self.cli("backup", "list-protected-resources")["Results"]
        self.assertEqual(protected, [{"ResourceArn": "arn:aws:rds:us-east-1:123456789012:db:ehr-db", "ResourceType": "RDS",
                                      "LastBackupTime": "2024-03-02T05:00:00+00:00"}])

    def test_cloudwatch_describe_alarms_over_query(self):
        alarms = self.cli("cloudwatch", "describe-alarms")["MetricAlarms"]
        self.assertEqual([a["AlarmName"] for a in alarms], ["ehr-db-cpu-high"])
        self.assertEqual(alarms[0]["Threshold"], 85.0)
        self.assertEqual(alarms[0]["AlarmActions"], ["arn:aws:sns:us-east-1:123456789012:oncall"])

    def test_sts_get_caller_identity(self):
        self.assertEqual(self.cli("sts", "get-caller-identity")["Account"], "123456789012")

    def test_wrong_secret_key_is_signature_does_not_match(self):
        err = self.cli_error("iam", "list-users", secret_key="not-the-secret")
        self.assertIn("(SignatureDoesNotMatch)", err)

    def test_unknown_access_key_is_invalid_client_token_id(self):
        err = self.cli_error("iam", "list-users", access_key="AKIANOTINTHESCENARIO")
        self.assertIn("(InvalidClientTokenId)", err)


if __name__ == "__main__":
    main()
