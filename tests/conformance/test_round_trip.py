#!/usr/bin/env python3
"""What `hipaasim serve` answers through the AWS CLI v2 is exactly what the scenario says.

For each scenario, `hipaasim export --json` gives the account as loaded (defaults filled in); the
CLI then reads every served collection back, and each item must match its stored twin: the same
items, in the same order, every value the CLI prints equal to the stored one, and every stored
member the call returns present. Sub-documents served by other calls are compared through those
calls (bucket encryption, table descriptions, key metadata).
"""

import datetime
import json
import os
import re
import subprocess
import unittest

from harness import HIPAASIM, SOURCE_DIR, Served, main, run_cli

# One scenario (ctest runs one process per scenario, in parallel), or all of them.
SCENARIOS = ([os.environ["ROUND_TRIP_SCENARIO"]] if os.environ.get("ROUND_TRIP_SCENARIO") else
             ["scenarios/conformance/clinic-small.yaml"] + sorted(
                 os.path.join("scenarios", "demo", name)
                 for name in (os.listdir(os.path.join(SOURCE_DIR, "scenarios", "demo"))
                              if os.path.isdir(os.path.join(SOURCE_DIR, "scenarios", "demo")) else [])
                 if name.endswith(".yaml")))

ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def normal(value):
    """Values as both sides can agree on: instants for timestamps, floats for numbers."""
    if isinstance(value, str) and ISO.match(value):
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, dict):
        return {k: normal(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normal(v) for v in value]
    return value


class round_trip(unittest.TestCase):
    def compare_items(self, what, stored, served, id_key, returned_members=None, omitted=()):
        """`served` items (from the CLI) against `stored` ones (from export): same ids in the
        same order; each served value equals the stored one; each stored member the call
        returns (returned_members, or every member of the served item) is served."""
        self.assertEqual([s.get(id_key) for s in served], [s.get(id_key) for s in stored], what)
        for stored_item, served_item in zip(stored, served):
            where = f"{what} {stored_item.get(id_key)}"
            for key, value in served_item.items():
                self.assertIn(key, stored_item, f"{where}: served {key} the scenario does not have")
                self.assertEqual(normal(value), normal(stored_item[key]), f"{where}: {key}")
            for key in returned_members or ():
                if key in stored_item and key not in omitted:
                    self.assertIn(key, served_item, f"{where}: {key} not served")

    def check_scenario(self, path):
        export = subprocess.run([HIPAASIM, "export", "--json", os.path.join(SOURCE_DIR, path)],
                                capture_output=True, text=True, check=True)
        account = json.loads(export.stdout)
        with Served(os.path.join(SOURCE_DIR, path)) as served:
            def cli(*args, region="us-east-1"):
                rc, out, err = run_cli(served, *args, region=region)
                self.assertEqual(rc, 0, f"{args}: {err}")
                return out

            iam = account["global"].get("iam", {})
            if "Users" in iam:
                # ListUsers leaves Tags and PermissionsBoundary to GetUser (AWS documents it).
                self.compare_items(f"{path} iam users", iam["Users"],
                                   cli("iam", "list-users")["Users"], "UserName",
                                   ["UserName", "UserId", "Arn", "Path", "CreateDate",
                                    "PasswordLastUsed"], ("Tags", "PermissionsBoundary"))
            for region, services in account["regions"].items():
                self.check_region(path, region, services, cli)

    def check_region(self, path, region, services, cli):
        def r(*args):
            return cli(*args, region=region)

        ec2 = services.get("ec2", {})
        for collection, call, key, id_key in [
                ("SecurityGroups", "describe-security-groups", "SecurityGroups", "GroupId"),
                ("Vpcs", "describe-vpcs", "Vpcs", "VpcId"),
                ("Subnets", "describe-subnets", "Subnets", "SubnetId"),
                ("Volumes", "describe-volumes", "Volumes", "VolumeId")]:
            if collection in ec2:
                self.compare_items(f"{path} {region} ec2 {collection}", ec2[collection],
                                   r("ec2", call)[key], id_key)
        if "Reservations" in ec2:
            served = r("ec2", "describe-instances")["Reservations"]
            stored = [res for res in ec2["Reservations"] if res.get("Instances")]
            self.compare_items(f"{path} {region} ec2 reservations",
                               [{k: v for k, v in res.items() if k != "Instances"} for res in stored],
                               [{k: v for k, v in res.items() if k != "Instances"} for res in served],
                               "ReservationId")
            for stored_res, served_res in zip(stored, served):
                self.compare_items(f"{path} {region} instances of {stored_res['ReservationId']}",
                                   stored_res["Instances"], served_res["Instances"], "InstanceId")

        buckets = services.get("s3", {}).get("Buckets", [])
        if buckets:
            listed = {b["Name"]: b for b in cli("s3api", "list-buckets")["Buckets"]}
            for bucket in buckets:
                self.assertIn(bucket["Name"], listed)
                self.assertEqual(normal(listed[bucket["Name"]]["CreationDate"]),
                                 normal(bucket["CreationDate"]))
                if "ServerSideEncryptionConfiguration" in bucket:
                    got = r("s3api", "get-bucket-encryption", "--bucket", bucket["Name"])
                    self.assertEqual(normal(got["ServerSideEncryptionConfiguration"]),
                                     normal(bucket["ServerSideEncryptionConfiguration"]),
                                     f"{path} bucket {bucket['Name']} encryption")
                if "Policy" in bucket:
                    got = json.loads(r("s3api", "get-bucket-policy", "--bucket", bucket["Name"])["Policy"])
                    stored = bucket["Policy"]
                    stored = json.loads(stored) if isinstance(stored, str) else stored
                    self.assertEqual(got, stored, f"{path} bucket {bucket['Name']} policy")

        for table in services.get("dynamodb", {}).get("Tables", []):
            served = r("dynamodb", "describe-table", "--table-name", table["TableName"])["Table"]
            self.compare_items(f"{path} {region} dynamodb table",
                               [table], [served], "TableName")

        for key in services.get("kms", {}).get("Keys", []):
            served = r("kms", "describe-key", "--key-id", key["KeyId"])["KeyMetadata"]
            self.compare_items(f"{path} {region} kms key", [key], [served], "KeyId")

        for collection, service, call, list_key, id_key in [
                ("Functions", "lambda", "list-functions", "Functions", "FunctionName"),
                ("FileSystems", "efs", "describe-file-systems", "FileSystems", "FileSystemId"),
                ("DBInstances", "rds", "describe-db-instances", "DBInstances", "DBInstanceIdentifier"),
                ("DBClusters", "rds", "describe-db-clusters", "DBClusters", "DBClusterIdentifier"),
                ("DBSnapshots", "rds", "describe-db-snapshots", "DBSnapshots", "DBSnapshotIdentifier"),
                ("DBClusterSnapshots", "rds", "describe-db-cluster-snapshots", "DBClusterSnapshots",
                 "DBClusterSnapshotIdentifier"),
                ("MetricAlarms", "cloudwatch", "describe-alarms", "MetricAlarms", "AlarmName"),
                ("Secrets", "secretsmanager", "list-secrets", "SecretList", "Name"),
                ("LogGroups", "logs", "describe-log-groups", "logGroups", "logGroupName"),
                ("AutoScalingGroups", "autoscaling", "describe-auto-scaling-groups", "AutoScalingGroups",
                 "AutoScalingGroupName"),
                ("LaunchConfigurations", "autoscaling", "describe-launch-configurations", "LaunchConfigurations",
                 "LaunchConfigurationName"),
                ("WebACLs", "waf-regional", "list-web-acls", "WebACLs", "WebACLId")]:
            stored = services.get(service, {}).get(collection)
            if stored:
                self.compare_items(f"{path} {region} {service} {collection}", stored,
                                   r(service, call)[list_key], id_key)

        for certificate in services.get("acm", {}).get("Certificates", []):
            served = r("acm", "describe-certificate", "--certificate-arn", certificate["CertificateArn"])["Certificate"]
            self.compare_items(f"{path} {region} acm certificate", [certificate], [served], "CertificateArn")

        # A topic's served attributes are the stored ones plus TopicArn and Owner, which AWS
        # always answers.
        for topic in services.get("sns", {}).get("Topics", []):
            served = r("sns", "get-topic-attributes", "--topic-arn", topic["TopicArn"])["Attributes"]
            self.assertEqual(served.get("TopicArn"), topic["TopicArn"])
            for key, value in topic.get("Attributes", {}).items():
                self.assertEqual(served.get(key), value, f"{path} {region} topic {topic['TopicArn']}: {key}")

        # Systems Manager: the managed instances as stored; documents without the share
        # permission (served by DescribeDocumentPermission, compared there).
        ssm = services.get("ssm", {})
        if ssm.get("InstanceInformation"):
            self.compare_items(f"{path} {region} ssm instances", ssm["InstanceInformation"],
                               r("ssm", "describe-instance-information")["InstanceInformationList"], "InstanceId")
        for document in ssm.get("Documents", []):
            served = r("ssm", "describe-document-permission", "--name", document["Name"], "--permission-type", "Share")
            self.assertEqual(served["AccountIds"], document.get("AccountIds", []), f"{path} document {document['Name']}")
        if ssm.get("Documents"):
            shared = ("AccountIds", "AccountSharingInfoList")
            self.compare_items(f"{path} {region} ssm documents",
                               [{k: v for k, v in d.items() if k not in shared} for d in ssm["Documents"]],
                               r("ssm", "list-documents")["DocumentIdentifiers"], "Name")

        # Load balancers as stored; ELBv2 listeners without the members DescribeListeners derives
        # (LoadBalancerArn) or narrows (Certificates: the default one only).
        classic = services.get("elb", {}).get("LoadBalancerDescriptions")
        if classic:
            self.compare_items(f"{path} {region} classic load balancers", classic,
                               r("elb", "describe-load-balancers")["LoadBalancerDescriptions"], "LoadBalancerName")
        for lb in services.get("elbv2", {}).get("LoadBalancers", []):
            served = r("elbv2", "describe-load-balancers", "--load-balancer-arns", lb["LoadBalancerArn"])["LoadBalancers"]
            self.compare_items(f"{path} {region} load balancer", [lb], served, "LoadBalancerArn")
            if lb.get("Listeners"):
                derived = ("LoadBalancerArn", "Certificates")
                listeners = r("elbv2", "describe-listeners", "--load-balancer-arn", lb["LoadBalancerArn"])["Listeners"]
                self.compare_items(f"{path} {region} listeners of {lb['LoadBalancerName']}", lb["Listeners"],
                                   [{k: v for k, v in l.items() if k not in derived} for l in listeners], "ListenerArn")

        # WAFv2 web ACLs by scope (CLOUDFRONT ones, global/webacl/ ARNs, only in us-east-1), each
        # with its logging configuration.
        acls = services.get("wafv2", {}).get("WebACLs", [])
        for scope in ("REGIONAL", "CLOUDFRONT"):
            stored = [a for a in acls if (":global/webacl/" in a["ARN"]) == (scope == "CLOUDFRONT")]
            if stored:
                self.compare_items(f"{path} {region} wafv2 {scope} web ACLs", stored,
                                   r("wafv2", "list-web-acls", "--scope", scope)["WebACLs"], "ARN")
        for acl in acls:
            if "LoggingConfiguration" in acl:
                served = r("wafv2", "get-logging-configuration", "--resource-arn", acl["ARN"])["LoggingConfiguration"]
                self.assertEqual(served["LogDestinationConfigs"], acl["LoggingConfiguration"]["LogDestinationConfigs"],
                                 f"{path} web ACL {acl['Name']} logging")

        trails = services.get("cloudtrail", {}).get("Trails", [])
        home = [t for t in trails if t.get("HomeRegion", region) == region]
        if home:
            served = [t for t in r("cloudtrail", "describe-trails")["trailList"]
                      if t.get("HomeRegion") == region]
            self.compare_items(f"{path} {region} trails", home, served, "Name")


def add_scenario_tests():
    for path in SCENARIOS:
        name = "test_" + re.sub(r"\W", "_", path)
        setattr(round_trip, name, lambda self, p=path: self.check_scenario(p))


add_scenario_tests()

if __name__ == "__main__":
    main()
