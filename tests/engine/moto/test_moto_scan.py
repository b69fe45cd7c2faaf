#!/usr/bin/env python3
"""The engine against a server this project did not write: moto (python3 -m moto.server).

Starts moto on a free loopback port, creates resources with boto3 (a bucket without encryption
or versioning and one encrypted, versioned, under Object Lock, with a TLS-only policy, a user
without MFA and one with, a console password, an inline policy decrypting with any key, an
administrator and a scoped managed policy, alarms with and without actions, an unencrypted and
an encrypted volume attached to an instance, SSH open to the world, a private VPC with a flow
log beside moto's default VPC, a public snapshot, a GuardDuty detector, a certificate, no
Security Hub, a Systems Manager document shared publicly and one shared with one account,
classic load balancers on HTTPS and on HTTP, ALBs with and without deletion protection and an
HTTPS redirect, a WAFv2 web ACL without logging in front of one of them, DynamoDB tables on
demand, scaling and not, RDS databases, snapshots and Aurora clusters with and without the
pack's settings, a backup vault and no backup plan), scans the endpoint with
`hipaasim scan --endpoint`, and checks each verdict. Exits 77 (ctest: skipped) where moto or boto3 is not
installed; CI machines need neither.
"""

import json
import os
import socket
import subprocess
import sys
import time
import unittest

try:
    import boto3
    import moto  # noqa: F401  (only its presence matters; the server runs as a module)
except ImportError as missing:
    print(f"skipped: {missing}")
    sys.exit(77)

HIPAASIM = os.environ.get("HIPAASIM", "build/hipaasim")
KEYS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class moto_scan(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        port = free_port()
        cls.endpoint = f"http://127.0.0.1:{port}"
        cls.server = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        else:
            cls.server.kill()
            raise RuntimeError("moto did not start")
        cls.create_resources()
        env = dict(os.environ, **KEYS, AWS_CONFIG_FILE="/dev/null", AWS_SHARED_CREDENTIALS_FILE="/dev/null")
        scan = subprocess.run([HIPAASIM, "scan", "--endpoint", cls.endpoint, "--region", "us-east-1",
                               "--format", "json"], capture_output=True, text=True, env=env, timeout=300)
        cls.status = scan.returncode
        cls.report = json.loads(scan.stdout)

    @classmethod
    def tearDownClass(cls):
        cls.server.terminate()
        cls.server.wait(timeout=10)

    @classmethod
    def create_resources(cls):
        kw = dict(endpoint_url=cls.endpoint, region_name="us-east-1",
                  aws_access_key_id="testing", aws_secret_access_key="testing")
        s3, iam, ec2 = boto3.client("s3", **kw), boto3.client("iam", **kw), boto3.client("ec2", **kw)
        s3.create_bucket(Bucket="plain-records")
        s3.delete_bucket_encryption(Bucket="plain-records")  # newer moto encrypts new buckets, as AWS does
        s3.create_bucket(Bucket="kms-records", ObjectLockEnabledForBucket=True)
        s3.put_bucket_versioning(Bucket="kms-records", VersioningConfiguration={"Status": "Enabled"})
        s3.put_bucket_encryption(Bucket="kms-records", ServerSideEncryptionConfiguration={
            "Rules": [{"ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "aws:kms"}}]})
        s3.put_bucket_policy(Bucket="kms-records", Policy=json.dumps({
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:*",
                           "Resource": ["arn:aws:s3:::kms-records", "arn:aws:s3:::kms-records/*"],
                           "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}))
        iam.create_user(UserName="no-mfa")
        iam.create_user(UserName="with-mfa")
        device = iam.create_virtual_mfa_device(VirtualMFADeviceName="with-mfa")["VirtualMFADevice"]
        iam.enable_mfa_device(UserName="with-mfa", SerialNumber=device["SerialNumber"],
                              AuthenticationCode1="123456", AuthenticationCode2="654321")
        iam.create_login_profile(UserName="no-mfa", Password="Correct-Horse-Battery-9")
        iam.put_user_policy(UserName="no-mfa", PolicyName="kms-everywhere", PolicyDocument=json.dumps({
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Action": "kms:Decrypt", "Resource": "*"}]}))
        iam.create_policy(PolicyName="admin-all", PolicyDocument=json.dumps({
            "Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}))
        iam.create_policy(PolicyName="read-records", PolicyDocument=json.dumps({
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::kms-records/*"}]}))
        cloudwatch = boto3.client("cloudwatch", **kw)
        alarm = dict(MetricName="CPUUtilization", Namespace="AWS/EC2", Statistic="Average", Period=300,
                     EvaluationPeriods=1, Threshold=90.0, ComparisonOperator="GreaterThanThreshold")
        cloudwatch.put_metric_alarm(AlarmName="silent", **alarm)
        topic = "arn:aws:sns:us-east-1:123456789012:alerts"
        cloudwatch.put_metric_alarm(AlarmName="notifying", AlarmActions=[topic], InsufficientDataActions=[topic],
                                    **alarm)
        image = ec2.describe_images(Owners=["amazon"])["Images"][0]["ImageId"]
        instance = ec2.run_instances(ImageId=image, MinCount=1, MaxCount=1)["Instances"][0]
        zone = instance["Placement"]["AvailabilityZone"]
        for name, encrypted, device_name in (("plain", False, "/dev/sdf"), ("encrypted", True, "/dev/sdg")):
            volume = ec2.create_volume(AvailabilityZone=zone, Size=8, Encrypted=encrypted,
                                       TagSpecifications=[{"ResourceType": "volume",
                                                           "Tags": [{"Key": "Name", "Value": name}]}])
            ec2.attach_volume(VolumeId=volume["VolumeId"], InstanceId=instance["InstanceId"], Device=device_name)
        # A backup vault, and no backup plan: no volume is in one.
        boto3.client("backup", **kw).create_backup_vault(BackupVaultName="phi-vault")
        # GuardDuty on, Security Hub never enabled (moto answers InvalidAccessException, as AWS
        # does); a requested certificate with a year to run.
        boto3.client("guardduty", **kw).create_detector(Enable=True)
        certificate = boto3.client("acm", **kw).request_certificate(DomainName="portal.example.com")["CertificateArn"]
        group = ec2.create_security_group(GroupName="jump-host", Description="ssh from anywhere")
        ec2.authorize_security_group_ingress(GroupId=group["GroupId"], IpPermissions=[
            {"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}])
        # A private VPC with an all-traffic flow log, a subnet that keeps public addresses off
        # and a closed default group; a public snapshot; EBS encryption by default on. moto's
        # own default VPC (public subnets, no flow log, AWS's default group rules) stays as is.
        vpc = ec2.create_vpc(CidrBlock="10.77.0.0/16")["Vpc"]["VpcId"]
        ec2.create_tags(Resources=[vpc], Tags=[{"Key": "Name", "Value": "ehr-private"}])
        subnet = ec2.create_subnet(VpcId=vpc, CidrBlock="10.77.1.0/24")["Subnet"]["SubnetId"]
        ec2.create_tags(Resources=[subnet], Tags=[{"Key": "Name", "Value": "ehr-private-a"}])
        ec2.create_flow_logs(ResourceIds=[vpc], ResourceType="VPC", TrafficType="ALL",
                             LogDestinationType="s3", LogDestination="arn:aws:s3:::kms-records")
        default_group = ec2.describe_security_groups(Filters=[{"Name": "vpc-id", "Values": [vpc]},
                                                              {"Name": "group-name", "Values": ["default"]}])
        default_group = default_group["SecurityGroups"][0]
        cls.closed_default_group = default_group["GroupId"]
        if default_group["IpPermissions"]:
            ec2.revoke_security_group_ingress(GroupId=cls.closed_default_group, IpPermissions=default_group["IpPermissions"])
        if default_group["IpPermissionsEgress"]:
            ec2.revoke_security_group_egress(GroupId=cls.closed_default_group,
                                             IpPermissions=default_group["IpPermissionsEgress"])
        volume = ec2.describe_volumes()["Volumes"][0]["VolumeId"]
        snapshot = ec2.create_snapshot(VolumeId=volume)["SnapshotId"]
        ec2.modify_snapshot_attribute(SnapshotId=snapshot, Attribute="createVolumePermission",
                                      OperationType="add", GroupNames=["all"])
        ec2.enable_ebs_encryption_by_default()
        ssm = boto3.client("ssm", **kw)
        content = json.dumps({"schemaVersion": "2.2", "description": "bootstrap", "mainSteps": [
            {"action": "aws:runShellScript", "name": "run", "inputs": {"runCommand": ["echo hello"]}}]})
        for name, accounts in (("public-bootstrap", ["all"]), ("partner-runbook", ["210987654321"])):
            ssm.create_document(Name=name, Content=content, DocumentType="Command")
            ssm.modify_document_permission(Name=name, PermissionType="Share", AccountIdsToAdd=accounts)

        # Load balancers: a classic one on HTTPS with the ACM certificate and one on plain HTTP; an
        # ALB with deletion protection and one without, whose HTTP listener forwards.
        elb, elbv2 = boto3.client("elb", **kw), boto3.client("elbv2", **kw)
        elb.create_load_balancer(LoadBalancerName="tls-portal", AvailabilityZones=[zone], Listeners=[
            {"Protocol": "HTTPS", "LoadBalancerPort": 443, "InstanceProtocol": "HTTP", "InstancePort": 80,
             "SSLCertificateId": certificate}])
        elb.create_load_balancer(LoadBalancerName="plain-portal", AvailabilityZones=[zone], Listeners=[
            {"Protocol": "HTTP", "LoadBalancerPort": 80, "InstanceProtocol": "HTTP", "InstancePort": 80}])
        subnets = [s["SubnetId"] for s in ec2.describe_subnets()["Subnets"]][:2]
        vpc = ec2.describe_subnets(SubnetIds=subnets)["Subnets"][0]["VpcId"]
        target = elbv2.create_target_group(Name="web", Protocol="HTTP", Port=80, VpcId=vpc)["TargetGroups"][0]
        for name, protected in (("guarded-alb", "true"), ("open-alb", "false")):
            lb = elbv2.create_load_balancer(Name=name, Subnets=subnets)["LoadBalancers"][0]
            elbv2.modify_load_balancer_attributes(LoadBalancerArn=lb["LoadBalancerArn"], Attributes=[
                {"Key": "deletion_protection.enabled", "Value": protected}])
            elbv2.create_listener(LoadBalancerArn=lb["LoadBalancerArn"], Protocol="HTTP", Port=80, DefaultActions=[
                {"Type": "redirect", "RedirectConfig": {"Protocol": "HTTPS", "Port": "443", "StatusCode": "HTTP_301"}}
                if protected == "true" else {"Type": "forward", "TargetGroupArn": target["TargetGroupArn"]}])
            if protected == "true":
                guarded = lb["LoadBalancerArn"]
        # A WAFv2 web ACL in front of the guarded ALB (moto serves no WAF Classic Regional).
        wafv2 = boto3.client("wafv2", **kw)
        acl = wafv2.create_web_acl(Name="portal-waf", Scope="REGIONAL", DefaultAction={"Allow": {}}, VisibilityConfig={
            "SampledRequestsEnabled": True, "CloudWatchMetricsEnabled": True, "MetricName": "portal-waf"})["Summary"]
        wafv2.associate_web_acl(WebACLArn=acl["ARN"], ResourceArn=guarded)

        # DynamoDB capacity: an on-demand table, a provisioned one whose reads and writes scale,
        # and a provisioned one that does not.
        dynamodb, scaling = boto3.client("dynamodb", **kw), boto3.client("application-autoscaling", **kw)
        key = {"KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}],
               "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}]}
        dynamodb.create_table(TableName="on-demand", BillingMode="PAY_PER_REQUEST", **key)
        for name in ("scaled", "fixed"):
            dynamodb.create_table(TableName=name, ProvisionedThroughput={"ReadCapacityUnits": 5, "WriteCapacityUnits": 5},
                                  **key)
        for units in ("Read", "Write"):
            dimension = f"dynamodb:table:{units}CapacityUnits"
            scaling.register_scalable_target(ServiceNamespace="dynamodb", ResourceId="table/scaled",
                                             ScalableDimension=dimension, MinCapacity=5, MaxCapacity=100)
            scaling.put_scaling_policy(
                PolicyName=f"scaled-{units.lower()}", ServiceNamespace="dynamodb", ResourceId="table/scaled",
                ScalableDimension=dimension, PolicyType="TargetTrackingScaling",
                TargetTrackingScalingPolicyConfiguration={"TargetValue": 70.0, "PredefinedMetricSpecification": {
                    "PredefinedMetricType": f"DynamoDB{units}CapacityUtilization"}})

        # RDS: a PostgreSQL database as the pack wants it and a MySQL one with every gap (no
        # backups, public, Single-AZ, pinned minor version, no logs); an unencrypted manual snapshot
        # of it made public; an Aurora cluster with deletion protection and a private copy shared
        # with one account, and one without. moto keeps no MonitoringInterval and gives every
        # cluster MultiAZ false.
        rds = boto3.client("rds", **kw)
        master = dict(MasterUsername="clinic", MasterUserPassword="Correct-Horse-Battery-9")
        rds.create_db_instance(DBInstanceIdentifier="ehr-pg", Engine="postgres", DBInstanceClass="db.m5.large",
                               AllocatedStorage=20, StorageEncrypted=True, MultiAZ=True, BackupRetentionPeriod=7,
                               EnableCloudwatchLogsExports=["postgresql", "upgrade"], PubliclyAccessible=False,
                               AutoMinorVersionUpgrade=True, **master)
        rds.create_db_instance(DBInstanceIdentifier="legacy-mysql", Engine="mysql", DBInstanceClass="db.t3.micro",
                               AllocatedStorage=20, BackupRetentionPeriod=0, PubliclyAccessible=True, MultiAZ=False,
                               AutoMinorVersionUpgrade=False, **master)
        rds.create_db_snapshot(DBSnapshotIdentifier="legacy-export", DBInstanceIdentifier="legacy-mysql")
        rds.modify_db_snapshot_attribute(DBSnapshotIdentifier="legacy-export", AttributeName="restore",
                                         ValuesToAdd=["all"])
        rds.create_db_cluster(DBClusterIdentifier="reports", Engine="aurora-postgresql", DeletionProtection=True,
                              StorageEncrypted=True, **master)
        rds.create_db_cluster(DBClusterIdentifier="scratch", Engine="aurora-mysql", **master)
        rds.create_db_cluster_snapshot(DBClusterSnapshotIdentifier="reports-copy", DBClusterIdentifier="reports")
        rds.modify_db_cluster_snapshot_attribute(DBClusterSnapshotIdentifier="reports-copy", AttributeName="restore",
                                                 ValuesToAdd=["444455556666"])

    def verdict(self, rule, name):
        found = [e["compliance"] for e in self.report["evaluations"]
                 if e["rule"] == rule and (e.get("resource_name") == name or e["resource_id"] == name)]
        self.assertEqual(len(found), 1, f"{rule} {name}: {found}")
        return found[0]

    def test_exit_status_says_something_is_non_compliant(self):
        self.assertEqual(self.status, 1)
        # moto (5.2) answers config:DescribeComplianceByConfigRule with a 500, so the process
        # check's attestation is unreadable there, and serves neither ssm:DescribeInstanceInformation
        # nor ssm:ListResourceComplianceSummaries; every other read must succeed.
        # Its AWS Backup serves plans and vaults but not recovery points nor protected resources.
        unserved = {"config.rule_compliance", "AWS::SSM::ManagedInstanceInventory", "AWS::SSM::PatchCompliance",
                    "AWS::SSM::AssociationCompliance", "AWS::Backup::RecoveryPoint", "backup.protected_resources"}
        failed = [f["data"] for f in self.report["collection_failures"]]
        self.assertEqual(set(failed) - unserved, set(), self.report["collection_failures"])

    def test_buckets(self):
        self.assertEqual(self.verdict("S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED", "plain-records"), "NON_COMPLIANT")
        self.assertEqual(self.verdict("S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED", "kms-records"), "COMPLIANT")
        self.assertEqual(self.verdict("S3_BUCKET_SSL_REQUESTS_ONLY", "plain-records"), "NON_COMPLIANT")
        self.assertEqual(self.verdict("S3_BUCKET_SSL_REQUESTS_ONLY", "kms-records"), "COMPLIANT")
        self.assertEqual(self.verdict("S3_BUCKET_VERSIONING_ENABLED", "plain-records"), "NON_COMPLIANT")
        self.assertEqual(self.verdict("S3_BUCKET_VERSIONING_ENABLED", "kms-records"), "COMPLIANT")
        self.assertEqual(self.verdict("S3_BUCKET_DEFAULT_LOCK_ENABLED", "plain-records"), "NON_COMPLIANT")
        self.assertEqual(self.verdict("S3_BUCKET_DEFAULT_LOCK_ENABLED", "kms-records"), "COMPLIANT")

    def test_users(self):
        self.assertEqual(self.verdict("IAM_USER_MFA_ENABLED", "no-mfa"), "NON_COMPLIANT")
        self.assertEqual(self.verdict("IAM_USER_MFA_ENABLED", "with-mfa"), "COMPLIANT")

    def test_iam_policies_read_through_authorization_details(self):
        self.assertEqual(self.verdict("IAM_NO_INLINE_POLICY_CHECK", "no-mfa"), "NON_COMPLIANT")
        self.assertEqual(self.verdict("IAM_NO_INLINE_POLICY_CHECK", "with-mfa"), "COMPLIANT")
        self.assertEqual(self.verdict("IAM_INLINE_POLICY_BLOCKED_KMS_ACTIONS", "no-mfa"), "NON_COMPLIANT")
        # moto lists managed policies without PolicyId and PolicyName: the engine names them by ARN.
        admin, scoped = (f"arn:aws:iam::123456789012:policy/{name}" for name in ("admin-all", "read-records"))
        self.assertEqual(self.verdict("IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS", admin), "NON_COMPLIANT")
        self.assertEqual(self.verdict("IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS", scoped), "COMPLIANT")
        self.assertEqual(self.verdict("IAM_POLICY_NO_STATEMENTS_WITH_FULL_ACCESS", scoped), "COMPLIANT")

    def test_console_users(self):
        self.assertEqual(self.verdict("MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS", "no-mfa"), "NON_COMPLIANT")
        self.assertEqual(self.verdict("MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS", "with-mfa"), "NOT_APPLICABLE")

    def test_alarms(self):
        self.assertEqual(self.verdict("CLOUDWATCH_ALARM_ACTION_CHECK", "silent"), "NON_COMPLIANT")
        self.assertEqual(self.verdict("CLOUDWATCH_ALARM_ACTION_CHECK", "notifying"), "COMPLIANT")

    def test_volumes_and_ssh(self):
        self.assertEqual(self.verdict("ENCRYPTED_VOLUMES", "plain"), "NON_COMPLIANT")
        self.assertEqual(self.verdict("ENCRYPTED_VOLUMES", "encrypted"), "COMPLIANT")
        self.assertEqual(self.verdict("INCOMING_SSH_DISABLED", "jump-host"), "NON_COMPLIANT")

    def test_backup(self):
        # moto lists no backup plan, so no selection assigns the volumes.
        self.assertEqual(self.verdict("EBS_IN_BACKUP_PLAN", "plain"), "NON_COMPLIANT")
        self.assertEqual(self.verdict("EBS_IN_BACKUP_PLAN", "encrypted"), "NON_COMPLIANT")
        # It answers GetBackupVaultAccessPolicy, ListRecoveryPointsByBackupVault and
        # ListProtectedResources with 404: what reads them is INSUFFICIENT_DATA, never COMPLIANT.
        self.assertEqual(self.verdict("BACKUP_RECOVERY_POINT_MANUAL_DELETION_DISABLED", "phi-vault"), "INSUFFICIENT_DATA")
        for rule in ("EC2_RESOURCES_PROTECTED_BY_BACKUP_PLAN", "BACKUP_RECOVERY_POINT_ENCRYPTED"):
            found = [e["compliance"] for e in self.report["evaluations"] if e["rule"] == rule]
            self.assertEqual(found, ["INSUFFICIENT_DATA"], rule)

    def test_vpc_network(self):
        self.assertEqual(self.verdict("VPC_FLOW_LOGS_ENABLED", "ehr-private"), "COMPLIANT")
        self.assertEqual(self.verdict("SUBNET_AUTO_ASSIGN_PUBLIC_IP_DISABLED", "ehr-private-a"), "COMPLIANT")
        self.assertEqual(self.verdict("VPC_DEFAULT_SECURITY_GROUP_CLOSED", self.closed_default_group), "COMPLIANT")
        self.assertEqual(self.verdict("VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS", "jump-host"), "NON_COMPLIANT")
        # moto's default VPC: default subnets map public addresses, no flow log, and its
        # default group keeps AWS's rules.
        default_vpc = [e for e in self.report["evaluations"]
                       if e["rule"] == "VPC_FLOW_LOGS_ENABLED" and e.get("resource_name") != "ehr-private"]
        self.assertTrue(default_vpc and all(e["compliance"] == "NON_COMPLIANT" for e in default_vpc), default_vpc)
        public_subnets = [e for e in self.report["evaluations"]
                          if e["rule"] == "SUBNET_AUTO_ASSIGN_PUBLIC_IP_DISABLED" and e["compliance"] == "NON_COMPLIANT"]
        self.assertTrue(public_subnets)

    def test_instances_snapshots_and_default_encryption(self):
        regional = {e["rule"]: e["compliance"] for e in self.report["evaluations"]
                    if e["rule"] in ("EC2_EBS_ENCRYPTION_BY_DEFAULT", "EBS_SNAPSHOT_PUBLIC_RESTORABLE_CHECK")}
        self.assertEqual(regional, {"EC2_EBS_ENCRYPTION_BY_DEFAULT": "COMPLIANT",
                                    "EBS_SNAPSHOT_PUBLIC_RESTORABLE_CHECK": "NON_COMPLIANT"})
        # The instance moto ran: in its default VPC, no instance profile.
        for rule, expected in (("INSTANCES_IN_VPC", "COMPLIANT"), ("EC2_INSTANCE_PROFILE_ATTACHED", "NON_COMPLIANT")):
            found = [e["compliance"] for e in self.report["evaluations"] if e["rule"] == rule]
            self.assertEqual(found, [expected], rule)

    def test_ssm_documents(self):
        # Only the account's own documents are judged, not the AWS-owned ones moto lists too.
        self.assertEqual(self.verdict("SSM_DOCUMENT_NOT_PUBLIC", "public-bootstrap"), "NON_COMPLIANT")
        self.assertEqual(self.verdict("SSM_DOCUMENT_NOT_PUBLIC", "partner-runbook"), "COMPLIANT")
        judged = [e for e in self.report["evaluations"] if e["rule"] == "SSM_DOCUMENT_NOT_PUBLIC"]
        self.assertEqual(len(judged), 2, judged)


    def test_load_balancers(self):
        self.assertEqual(self.verdict("ELB_TLS_HTTPS_LISTENERS_ONLY", "tls-portal"), "COMPLIANT")
        self.assertEqual(self.verdict("ELB_TLS_HTTPS_LISTENERS_ONLY", "plain-portal"), "NON_COMPLIANT")
        self.assertEqual(self.verdict("ELB_ACM_CERTIFICATE_REQUIRED", "tls-portal"), "COMPLIANT")
        self.assertEqual(self.verdict("ELB_ACM_CERTIFICATE_REQUIRED", "plain-portal"), "NOT_APPLICABLE")
        self.assertEqual(self.verdict("ELB_DELETION_PROTECTION_ENABLED", "guarded-alb"), "COMPLIANT")
        self.assertEqual(self.verdict("ELB_DELETION_PROTECTION_ENABLED", "open-alb"), "NON_COMPLIANT")
        self.assertEqual(self.verdict("ALB_HTTP_TO_HTTPS_REDIRECTION_CHECK", "guarded-alb"), "COMPLIANT")
        self.assertEqual(self.verdict("ALB_HTTP_TO_HTTPS_REDIRECTION_CHECK", "open-alb"), "NON_COMPLIANT")
        self.assertEqual(self.verdict("ELB_LOGGING_ENABLED", "open-alb"), "NON_COMPLIANT")
        # The WAFv2 web ACL decides for the guarded ALB although moto cannot answer for WAF
        # Classic Regional; for the open one that unanswered question leaves INSUFFICIENT_DATA.
        self.assertEqual(self.verdict("ALB_WAF_ENABLED", "guarded-alb"), "COMPLIANT")
        self.assertEqual(self.verdict("ALB_WAF_ENABLED", "open-alb"), "INSUFFICIENT_DATA")
        self.assertEqual(self.verdict("WAFV2_LOGGING_ENABLED", "portal-waf"), "NON_COMPLIANT")

    def test_dynamodb_capacity(self):
        self.assertEqual(self.verdict("DYNAMODB_AUTOSCALING_ENABLED", "on-demand"), "COMPLIANT")
        self.assertEqual(self.verdict("DYNAMODB_AUTOSCALING_ENABLED", "scaled"), "COMPLIANT")
        self.assertEqual(self.verdict("DYNAMODB_AUTOSCALING_ENABLED", "fixed"), "NON_COMPLIANT")
        regional = [e["compliance"] for e in self.report["evaluations"] if e["rule"] == "DYNAMODB_THROUGHPUT_LIMIT_CHECK"]
        self.assertEqual(regional, ["COMPLIANT"])

    def test_detection_and_certificates(self):
        regional = {e["rule"]: e["compliance"] for e in self.report["evaluations"]
                    if e["rule"] in ("GUARDDUTY_ENABLED_CENTRALIZED", "SECURITYHUB_ENABLED")}
        self.assertEqual(regional, {"GUARDDUTY_ENABLED_CENTRALIZED": "COMPLIANT", "SECURITYHUB_ENABLED": "NON_COMPLIANT"})
        self.assertEqual(self.verdict("ACM_CERTIFICATE_EXPIRATION_CHECK", "portal.example.com"), "COMPLIANT")

    def test_rds(self):
        for rule, good, bad in (("DB_INSTANCE_BACKUP_ENABLED", "ehr-pg", "legacy-mysql"),
                                ("RDS_INSTANCE_PUBLIC_ACCESS_CHECK", "ehr-pg", "legacy-mysql"),
                                ("RDS_MULTI_AZ_SUPPORT", "ehr-pg", "legacy-mysql"),
                                ("RDS_AUTOMATIC_MINOR_VERSION_UPGRADE_ENABLED", "ehr-pg", "legacy-mysql"),
                                ("RDS_LOGGING_ENABLED", "ehr-pg", "legacy-mysql"),
                                ("RDS_STORAGE_ENCRYPTED", "ehr-pg", "legacy-mysql"),
                                ("RDS_CLUSTER_DELETION_PROTECTION_ENABLED", "reports", "scratch"),
                                ("RDS_SNAPSHOT_ENCRYPTED", "reports-copy", "legacy-export"),
                                ("RDS_SNAPSHOTS_PUBLIC_PROHIBITED", "reports-copy", "legacy-export")):
            self.assertEqual(self.verdict(rule, good), "COMPLIANT", rule)
            self.assertEqual(self.verdict(rule, bad), "NON_COMPLIANT", rule)
        self.assertEqual(self.verdict("RDS_ENHANCED_MONITORING_ENABLED", "legacy-mysql"), "NON_COMPLIANT")
        self.assertEqual(self.verdict("RDS_CLUSTER_MULTI_AZ_ENABLED", "scratch"), "NON_COMPLIANT")


if __name__ == "__main__":
    unittest.main(verbosity=2)
