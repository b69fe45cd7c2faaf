#!/usr/bin/env python3
"""Checks mockaws/scenario/schema.yaml against the AWS models mockaws embeds and the HIPAA rules.

The authoring aid for schema.yaml (the C++ validator's tests will run the same checks later):

- every shape the schema names exists in its service's trimmed model (the shapes reachable from
  the operations of mockaws/models/operations.tsv, extracted here with extract_models.py);
- every id / name member, default key, document path, reference path and `by` member exists in
  the item (its shape's members, its sub-documents, its nested collections), and every default
  value fits its member's type (enums included) and uses known templates;
- every reference names an existing collection;
- each service's scope matches mockaws/store (is_global_service);
- every resource type of hipaa-rules.tsv (column resource_types, AWS::::Account aside) is some
  collection's resource_type, and every service a rule needs has an entry;
- every rule id and every operation of operations.tsv is mentioned (the comments say which
  collection serves and which rule reads what);
- the state layouts mockaws already serves (collections the handlers read, and the members and
  sub-documents their header comments document) are in the schema under the same names.

Prints a coverage table (rule resource types -> collections) and exits 1 on any problem.

usage: check_schema.py [--schema FILE] [--reference DIR] [--botocore-data DIR] [--quiet]
"""

import argparse
import csv
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent  # the repository: mockaws/scenario/ -> .

SCALARS = {"string", "integer", "boolean", "double", "timestamp"}
COLLECTION_KEYS = {"resource_type", "shape", "id", "unique", "name", "also_named", "sub_documents",
                   "defaults", "references", "documents", "nested", "absent"}
REFERENCE_KEYS = {"path", "to", "by", "scope", "except", "severity", "except_other_accounts"}
TEMPLATE_WORDS = {"account", "region", "partition", "now", "uuid"}

# What the handlers of the services mockaws serves read at item level, from the layout comments
# at the top of each <service>_operations.cpp / iam_handlers.hpp (state-level names are found in
# the sources themselves, see served_state_names). Paths are relative to the collection's items;
# "Name/" walks into a nested collection.
SERVED_ITEM_MEMBERS = {
    ("iam", "Users"): ["UserName", "UserId", "Arn", "Path", "CreateDate", "PasswordLastUsed",
                       "Tags", "PermissionsBoundary", "AccessKeys", "AccessKeys/AccessKeyId",
                       "AccessKeys/Status", "AccessKeys/CreateDate",
                       "AccessKeys/AccessKeyLastUsed", "MFADevices", "AttachedPolicies",
                       "InlinePolicies", "LoginProfile", "Groups"],
    ("iam", "Groups"): ["GroupName", "GroupId", "Arn", "Path", "CreateDate", "AttachedPolicies",
                        "InlinePolicies"],
    ("iam", "Roles"): ["RoleName", "RoleId", "Arn", "Path", "CreateDate",
                       "AssumeRolePolicyDocument", "Description", "MaxSessionDuration",
                       "PermissionsBoundary", "Tags", "RoleLastUsed", "AttachedPolicies",
                       "InlinePolicies"],
    ("iam", "Policies"): ["PolicyName", "PolicyId", "Arn", "Path", "DefaultVersionId",
                          "AttachmentCount", "PermissionsBoundaryUsageCount", "IsAttachable",
                          "Description", "CreateDate", "UpdateDate", "Versions",
                          "Versions/VersionId", "Versions/Document", "Versions/IsDefaultVersion",
                          "Versions/CreateDate"],
    ("iam", "VirtualMFADevices"): ["SerialNumber", "EnableDate", "User"],
    ("ec2", "Reservations"): ["ReservationId", "OwnerId", "Groups", "Instances",
                              "Instances/InstanceId"],
    ("ec2", "Snapshots"): ["SnapshotId", "OwnerId", "CreateVolumePermissions", "ProductCodes"],
    ("ec2", "Vpcs"): ["VpcId", "IsDefault"],
    ("s3", "Buckets"): ["Name", "CreationDate", "ServerSideEncryptionConfiguration", "Policy",
                        "PublicAccessBlockConfiguration", "Versioning", "LoggingEnabled",
                        "LifecycleConfiguration", "ReplicationConfiguration",
                        "ObjectLockConfiguration", "NotificationConfiguration", "Acl",
                        "OwnershipControls", "LocationConstraint"],
    ("dynamodb", "Tables"): ["TableName", "TableArn", "TableStatus", "SSEDescription",
                             "ContinuousBackupsDescription", "Tags"],
    ("lambda", "Functions"): ["FunctionName", "FunctionArn", "Runtime", "RevisionId", "Version",
                              "MasterArn", "Policy", "Versions", "Versions/Version",
                              "Versions/Policy", "Aliases", "Aliases/Name",
                              "Aliases/FunctionVersion", "Aliases/Policy"],
    ("cloudtrail", "Trails"): ["Name", "HomeRegion", "TrailARN", "IsMultiRegionTrail",
                               "S3BucketName", "Status", "EventSelectors",
                               "AdvancedEventSelectors"],
    ("kms", "Keys"): ["KeyId", "Arn", "AWSAccountId", "KeyState", "KeyManager",
                      "KeyRotationEnabled"],
    ("kms", "Aliases"): ["AliasName", "AliasArn", "TargetKeyId"],
    ("rds", "DBInstances"): ["DBInstanceIdentifier", "DbiResourceId"],
    ("rds", "DBClusters"): ["DBClusterIdentifier", "DbClusterResourceId", "CloneGroupId"],
    ("rds", "DBSnapshots"): ["DBSnapshotIdentifier", "DBInstanceIdentifier", "SnapshotType",
                             "DbiResourceId", "DBSnapshotAttributes"],
    ("rds", "DBClusterSnapshots"): ["DBClusterSnapshotIdentifier", "DBClusterIdentifier",
                                    "SnapshotType", "DBClusterSnapshotAttributes"],
    ("backup", "BackupPlans"): ["BackupPlanId", "BackupPlanArn", "VersionId", "CreationDate",
                                "CreatorRequestId", "LastExecutionDate", "DeletionDate",
                                "BackupPlan", "Selections", "Selections/SelectionId",
                                "Selections/CreationDate", "Selections/CreatorRequestId",
                                "Selections/BackupSelection"],
    ("backup", "BackupVaults"): ["BackupVaultName", "BackupVaultArn", "NumberOfRecoveryPoints",
                                 "AccessPolicy", "RecoveryPoints",
                                 "RecoveryPoints/ResourceArn", "RecoveryPoints/ResourceType",
                                 "RecoveryPoints/Status", "RecoveryPoints/CreationDate",
                                 "RecoveryPoints/BackupSizeInBytes", "RecoveryPoints/CreatedBy"],
    ("cloudwatch", "MetricAlarms"): ["AlarmName", "StateValue", "AlarmActions", "OKActions",
                                     "InsufficientDataActions"],
    ("cloudwatch", "CompositeAlarms"): ["AlarmName", "StateValue", "AlarmActions"],
}


class Problems:
    def __init__(self):
        self.items = []

    def add(self, where, message):
        self.items.append(f"{where}: {message}")


# --------------------------------------------------------------------------------------------
# Models

def extract_models(botocore_data, tmp):
    models_dir = ROOT / "mockaws" / "models"
    subprocess.run(
        [sys.executable, str(models_dir / "extract_models.py"),
         "--botocore-data", str(botocore_data),
         "--operations", str(models_dir / "operations.tsv"),
         # The build's overlays, in its order: today's output members, then hipaasim's own.
         "--overlays", str(models_dir / "newer_members.json"), str(models_dir / "overlays.json"),
         "--output", str(Path(tmp) / "embedded_models.cpp"),
         "--json-dir", str(tmp)],
        check=True, stdout=subprocess.DEVNULL)
    models = {}
    for path in Path(tmp).glob("*.json"):
        models[path.stem] = json.loads(path.read_text())
    return models


def default_botocore_data():
    """The folder the build extracts the models from (HIPAASIM_BOTOCORE_DATA in CMakeLists.txt,
    Debian's python3-botocore): another botocore version has other shapes."""
    text = (ROOT / "CMakeLists.txt").read_text()
    m = re.search(r'set\(HIPAASIM_BOTOCORE_DATA\s+"([^"]+)"', text)
    return Path(m.group(1) if m else "/usr/lib/python3/dist-packages/botocore/data")


# --------------------------------------------------------------------------------------------
# Types: ("shape", service, name) | ("list", T) | ("map", T) | ("struct", {field: T})
#        | ("scalar", kind) | ("policy",) | ("any",)

class Types:
    def __init__(self, models, problems):
        self.models = models
        self.problems = problems
        self.shapes_used = set()

    def shape(self, service, name):
        return self.models[service]["shapes"].get(name)

    def parse(self, service, node, where):
        if isinstance(node, str):
            if node in SCALARS:
                return ("scalar", node)
            if node == "policy_document":
                return ("policy",)
            if node == "any":
                return ("any",)
            return self.shape_type(service, node, where)
        if isinstance(node, dict) and len(node) == 1:
            (key, value), = node.items()
            if key == "shape":
                return self.shape_type(service, value, where)
            if key == "list_of":
                return ("list", self.parse(service, value, where + "[]"))
            if key == "map_of":
                return ("map", self.parse(service, value, where + "{}"))
            if key == "structure":
                if not isinstance(value, dict) or not value:
                    self.problems.add(where, "a structure is a mapping of fields to types")
                    return ("any",)
                return ("struct", {f: self.parse(service, t, f"{where}.{f}")
                                   for f, t in value.items()})
        self.problems.add(where, f"not a type expression: {node!r}")
        return ("any",)

    def shape_type(self, service, name, where):
        if not isinstance(name, str) or self.shape(service, name) is None:
            self.problems.add(where, f"shape {name!r} is not in the trimmed {service} model")
            return ("any",)
        self.shapes_used.add((service, name))
        return ("shape", service, name)

    def kind(self, t):
        """structure | list | map | string | integer | boolean | double | timestamp | blob |
        policy | any"""
        if t[0] == "shape":
            s = self.shape(t[1], t[2])
            k = s["type"]
            return {"long": "integer", "float": "double"}.get(k, k)
        if t[0] == "struct":
            return "structure"
        if t[0] == "scalar":
            return t[1]
        return t[0] if t[0] in ("list", "map", "policy", "any") else "any"

    def members(self, t):
        if t[0] == "struct":
            return dict(t[1])
        if t[0] == "shape":
            s = self.shape(t[1], t[2])
            if s["type"] == "structure":
                return {m: ("shape", t[1], ref["shape"]) for m, ref in s["members"].items()}
        return None

    def element(self, t):
        if t[0] in ("list", "map"):
            return t[1]
        if t[0] == "shape":
            s = self.shape(t[1], t[2])
            if s["type"] == "list":
                return ("shape", t[1], s["member"]["shape"])
            if s["type"] == "map":
                return ("shape", t[1], s["value"]["shape"])
        return None

    def enum(self, t):
        if t[0] == "shape":
            return self.shape(t[1], t[2]).get("enum")
        return None

    def describe(self, t):
        if t[0] == "shape":
            return t[2]
        if t[0] in ("list", "map"):
            return f"{t[0]}_of {self.describe(t[1])}"
        if t[0] == "scalar":
            return t[1]
        return t[0]


# --------------------------------------------------------------------------------------------
# Collections

class Collection:
    def __init__(self, service, path, spec, item, parent=None):
        self.service = service
        self.path = path            # "Reservations" or "Reservations/Instances"
        self.spec = spec
        self.item = item            # type of an item
        self.parent = parent
        self.sub_documents = {}     # name -> type
        self.nested = {}            # name -> Collection

    @property
    def label(self):
        return f"{self.service}.{self.path.replace('/', '.')}"

    def view(self, types):
        """Members an item may carry: its shape's, its sub-documents, its nested collections."""
        members = dict(types.members(self.item) or {})
        members.update(self.sub_documents)
        for name, nested in self.nested.items():
            members.setdefault(name, ("list", nested.item))
        return members


def split_path(text):
    """'A[].B.C[]' -> ['A', '[]', 'B', 'C', '[]']"""
    out = []
    for part in text.split("."):
        if not part:
            return None
        each = part.endswith("[]")
        name = part[:-2] if each else part
        if not name:
            return None
        out.append(name)
        if each:
            out.append("[]")
    return out


def walk(types, collection, text):
    """The type at `text` inside an item of `collection`, or an error message."""
    if text == "Tags:Name":
        members = collection.view(types)
        return members.get("Tags") or "Tags:Name needs a Tags member"
    segments = split_path(text)
    if segments is None:
        return f"malformed path {text!r}"
    current, first = None, True
    for seg in segments:
        if seg == "[]":
            element = types.element(current) if current else None
            if element is None or types.kind(current) != "list":
                return f"{text!r}: not a list before []"
            current = element
            continue
        members = collection.view(types) if first else types.members(current)
        first = False
        if members is None:
            return f"{text!r}: {seg!r} is not inside a structure"
        if seg not in members:
            return f"{text!r}: no member {seg!r}"
        current = members[seg]
    return current


# --------------------------------------------------------------------------------------------
# Values

TEMPLATE = re.compile(r"\{([^{}]*)\}")


def check_template(types, collection, member, text, earlier, where, problems):
    view = collection.view(types)
    for token in TEMPLATE.findall(text):
        word, _, arg = token.partition(":")
        if word in TEMPLATE_WORDS and not arg:
            continue
        if word in ("hex_id", "unique_id"):
            prefix, _, length = arg.partition(":")
            if length and not (length.isdigit() and 1 <= int(length) <= 64):
                problems.add(where, f"{{{token}}}: length must be 1..64")
            continue
        if word == "parent":
            holder = collection.parent
            if holder is None or arg not in holder.view(types):
                problems.add(where, f"{{{token}}}: the collection is not nested in an item with {arg}")
            continue
        if word in view and not arg:
            if word == member:
                problems.add(where, f"{{{word}}} refers to the member it defaults")
            elif word in collection.spec.get("defaults", {}) and word not in earlier:
                problems.add(where, f"{{{word}}} is defaulted after {member} (defaults apply in "
                                    "order)")
            elif types.kind(view[word]) not in ("string", "integer", "timestamp"):
                problems.add(where, f"{{{word}}} is not a scalar member")
            continue
        problems.add(where, f"unknown template {{{token}}}")
    kind = types.kind(view[member]) if member in view else "any"
    if kind not in ("string", "timestamp", "any"):
        problems.add(where, f"a template fills {member}, which is {kind}: it would be a string")


def check_value(types, t, value, where, problems):
    """A literal default fits type t (no templates below the top level)."""
    kind = types.kind(t)
    if kind in ("any", "policy"):
        return
    if kind == "structure":
        members = types.members(t)
        if not isinstance(value, dict):
            problems.add(where, f"expected a mapping ({types.describe(t)}), got {value!r}")
            return
        for k, v in value.items():
            if k not in members:
                problems.add(where, f"no member {k!r} in {types.describe(t)}")
            else:
                check_value(types, members[k], v, f"{where}.{k}", problems)
        return
    if kind == "list":
        if not isinstance(value, list):
            problems.add(where, f"expected a list ({types.describe(t)}), got {value!r}")
            return
        for i, v in enumerate(value):
            check_value(types, types.element(t), v, f"{where}[{i}]", problems)
        return
    if kind == "map":
        if not isinstance(value, dict):
            problems.add(where, f"expected a mapping ({types.describe(t)}), got {value!r}")
            return
        for k, v in value.items():
            check_value(types, types.element(t), v, f"{where}.{k}", problems)
        return
    if isinstance(value, str) and "{" in value:
        problems.add(where, "templates expand only in a default's top-level value")
    if kind == "boolean" and not isinstance(value, bool):
        problems.add(where, f"expected a boolean, got {value!r}")
    elif kind == "integer" and (isinstance(value, bool) or not isinstance(value, int)):
        problems.add(where, f"expected an integer, got {value!r}")
    elif kind == "double" and (isinstance(value, bool) or not isinstance(value, (int, float))):
        problems.add(where, f"expected a number, got {value!r}")
    elif kind in ("string", "blob", "timestamp") and not isinstance(value, str):
        problems.add(where, f"expected a string, got {value!r} (quote it)")
    enum = types.enum(t)
    if enum and isinstance(value, str) and value not in enum:
        problems.add(where, f"{value!r} is not one of {types.describe(t)}: {', '.join(enum)}")


# --------------------------------------------------------------------------------------------
# The schema

def read_collection(types, service, path, spec, problems, parent=None):
    where = f"{service}.{path.replace('/', '.')}"
    if not isinstance(spec, dict):
        problems.add(where, "a collection is a mapping")
        return None
    for key in spec:
        if key not in COLLECTION_KEYS:
            problems.add(where, f"unknown key {key!r}")
    if "shape" not in spec:
        problems.add(where, "no shape")
        item = ("any",)
    else:
        item = types.parse(service, spec["shape"], where + ".shape")
    if types.members(item) is None and item != ("any",):
        problems.add(where, f"the item shape {types.describe(item)} is not a structure")
    c = Collection(service, path, spec, item, parent)
    for name, t in (spec.get("sub_documents") or {}).items():
        c.sub_documents[name] = types.parse(service, t, f"{where}.sub_documents.{name}")
        if name in (types.members(item) or {}):
            problems.add(where, f"sub-document {name!r} is already a member of the shape")
    read_absent(types, spec.get("absent"), c.sub_documents, f"{where}.absent", problems)
    for name, nested_spec in (spec.get("nested") or {}).items():
        nested = read_collection(types, service, f"{path}/{name}", nested_spec, problems, c)
        if nested is None:
            continue
        c.nested[name] = nested
        shape_members = types.members(item) or {}
        if name in shape_members:
            holder = shape_members[name]
            if types.kind(holder) != "list" or types.element(holder) != nested.item:
                problems.add(f"{where}.nested.{name}",
                             f"the shape's {name} is {types.describe(holder)}, not a list of "
                             f"{types.describe(nested.item)}")
        if name in c.sub_documents:
            problems.add(f"{where}.nested.{name}", "also declared as a sub-document")
    return c


def read_absent(types, absent, documents, where, problems):
    """`absent:` names sub-documents (or singletons), each {value: V} or {error: {code, message}}."""
    for name, answer in (absent or {}).items():
        if name not in documents:
            problems.add(f"{where}.{name}", "is not a sub-document or singleton here")
            continue
        if not isinstance(answer, dict) or len(answer) != 1 or not ({"value", "error"} & set(answer)):
            problems.add(f"{where}.{name}", "needs value: or error: {code:, message:}")
        elif "value" in answer:
            check_value(types, documents[name], answer["value"], f"{where}.{name}.value", problems)
        elif not isinstance(answer["error"], dict) or not answer["error"].get("code"):
            problems.add(f"{where}.{name}.error", "needs a code")


def all_collections(collections):
    for c in collections:
        yield c
        yield from all_collections(c.nested.values())


def check_collection(types, c, index, problems):
    where = c.label
    spec = c.spec
    unique = spec.get("unique", "parent" if c.parent else "collection")
    allowed = {"collection", "account", "global"} | ({"parent"} if c.parent else set())
    if unique not in allowed:
        problems.add(where, f"unique: {unique!r} is not one of {sorted(allowed)}")

    rt = spec.get("resource_type")
    for r in ([rt] if isinstance(rt, str) else rt or []):
        if not re.fullmatch(r"AWS::[A-Za-z0-9]+::[A-Za-z0-9]+", r or ""):
            problems.add(where, f"resource_type {r!r} is not AWS::Service::Type")

    ids = spec.get("id")
    if ids is None:
        problems.add(where, "no id")
    for member in ([ids] if isinstance(ids, str) else ids or []):
        t = walk(types, c, member)
        if isinstance(t, str):
            problems.add(where, f"id {member!r}: {t}")
        elif types.kind(t) not in ("string", "timestamp", "integer"):
            problems.add(where, f"id {member!r} is {types.kind(t)}, not a scalar")
    if "name" in spec:
        t = walk(types, c, spec["name"])
        if isinstance(t, str):
            problems.add(where, f"name {spec['name']!r}: {t}")

    view = c.view(types)
    earlier = set()
    for member, value in (spec.get("defaults") or {}).items():
        at = f"{where}.defaults.{member}"
        if member not in view:
            problems.add(at, "not a member of the item (nor a sub-document)")
            continue
        if isinstance(value, str) and "{" in value:
            check_template(types, c, member, value, earlier, at, problems)
        else:
            check_value(types, view[member], value, at, problems)
        earlier.add(member)

    for doc in spec.get("documents") or []:
        t = walk(types, c, doc)
        if isinstance(t, str):
            problems.add(where, f"documents {doc!r}: {t}")
        elif types.kind(t) != "string":
            problems.add(where, f"documents {doc!r} is {types.kind(t)}, not a string member")

    for i, ref in enumerate(spec.get("references") or []):
        at = f"{where}.references[{i}]"
        if not isinstance(ref, dict):
            problems.add(at, "a reference is a mapping")
            continue
        for key in ref:
            if key not in REFERENCE_KEYS:
                problems.add(at, f"unknown key {key!r}")
        for key in ("path", "to", "by"):
            if key not in ref:
                problems.add(at, f"no {key}")
        if not all(k in ref for k in ("path", "to", "by")):
            continue
        t = walk(types, c, ref["path"])
        if isinstance(t, str):
            problems.add(at, f"path: {t}")
        elif types.kind(t) != "string":
            problems.add(at, f"path {ref['path']!r} is {types.kind(t)}, not a string")
        target = index.get(ref["to"])
        if target is None:
            problems.add(at, f"to: {ref['to']!r} is no collection")
        else:
            tb = walk(types, target, ref["by"])
            if isinstance(tb, str):
                problems.add(at, f"by: {tb}")
            elif types.kind(tb) != "string":
                problems.add(at, f"by {ref['by']!r} is {types.kind(tb)}, not a string")
        if ref.get("scope", "region") not in ("region", "account"):
            problems.add(at, f"scope: {ref['scope']!r} is not region or account")
        if ref.get("severity", "error") not in ("error", "warning"):
            problems.add(at, f"severity: {ref['severity']!r} is not error or warning")
        if "except_other_accounts" in ref and not isinstance(ref["except_other_accounts"], bool):
            problems.add(at, "except_other_accounts is true or false")
        if "except" in ref:
            pattern = ref["except"]
            if re.search(r"\{[A-Za-z_]", pattern):
                problems.add(at, f"except {pattern!r}: no templates (C++ std::regex rejects "
                                 "'{word}')")
            try:
                re.compile(pattern)
            except re.error as e:
                problems.add(at, f"except {pattern!r}: {e}")


def load_schema(path, types, models, problems):
    doc = yaml.safe_load(Path(path).read_text())
    services = {}
    if not isinstance(doc, dict) or not isinstance(doc.get("services"), dict):
        problems.add(str(path), "needs a 'services' mapping")
        return services
    names = list(doc["services"])
    if names != sorted(names):
        problems.add(str(path), "services are not in alphabetical order")
    for service, body in doc["services"].items():
        if service not in models:
            problems.add(service, "no trimmed model (add its operations to operations.tsv)")
            continue
        for key in body:
            if key not in ("scope", "collections", "singletons", "absent"):
                problems.add(service, f"unknown key {key!r}")
        collections = [read_collection(types, service, name, spec, problems)
                       for name, spec in (body.get("collections") or {}).items()]
        singletons = {name: types.parse(service, spec, f"{service}.singletons.{name}")
                      for name, spec in (body.get("singletons") or {}).items()}
        read_absent(types, body.get("absent"), singletons, f"{service}.absent", problems)
        overlap = set(body.get("collections") or {}) & set(singletons)
        for name in overlap:
            problems.add(service, f"{name} is both a collection and a singleton")
        services[service] = {"scope": body.get("scope"),
                             "collections": [c for c in collections if c is not None],
                             "singletons": singletons}
    return services


# --------------------------------------------------------------------------------------------
# Cross-checks with the project

def global_services():
    text = (ROOT / "mockaws" / "store" / "store.cpp").read_text()
    m = re.search(r"is_global_service.*?\{(.*?)\};", text, re.S)
    return set(re.findall(r'"([a-z0-9-]+)"', m.group(1))) if m else set()


def served_state_names():
    """service -> state-level names the handlers read (items(c.state(), "X") and the like)."""
    pattern = re.compile(r'\b(?:items|member)\(\s*(?:c\.state\(\)|state|'
                         r'c\.account\.state\([^)]*\))\s*,\s*"(\w+)"\)')
    # EC2's network.cpp reads its collections through one helper: describe(c, "Vpcs", ...).
    helper = re.compile(r'\bdescribe\(\s*c\s*,\s*"(\w+)"')
    # Plain read rows (plain_reads.hpp) name their collection or singleton; a row with a parent
    # reads inside the parent's items (a nested collection or a sub-document), not the state.
    rows = re.compile(r'(?:\.collection|singleton_read\{\.document) = "(\w+)"(?!\s*,\s*\.parent)')
    out = {}
    for source in (ROOT / "mockaws" / "services").glob("*/*.cpp"):
        service = source.parent.name
        text = source.read_text()
        names = set(pattern.findall(text)) | set(helper.findall(text)) | set(rows.findall(text))
        out.setdefault(service, set()).update(names)
    return out


def served_root_members():
    """The members of IAM's RootAccount singleton the handlers read (through root_account())."""
    pattern = re.compile(r'\b(?:items|member)\(\s*root_account\([^)]*\)\s*,\s*"(\w+)"\)')
    names = set()
    for source in (ROOT / "mockaws" / "services" / "iam").glob("*.cpp"):
        names |= set(pattern.findall(source.read_text()))
    return names


def read_tsv(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--schema", default=HERE / "schema.yaml")
    parser.add_argument("--reference", default=ROOT.parent / "shared" / "reference")
    parser.add_argument("--botocore-data", default=None,
                        help="botocore's data folder (default: the build's, from CMakeLists.txt)")
    parser.add_argument("--quiet", action="store_true", help="no coverage table")
    args = parser.parse_args()
    problems = Problems()

    with tempfile.TemporaryDirectory(prefix="check_schema_") as tmp:
        models = extract_models(args.botocore_data or default_botocore_data(), tmp)
    types = Types(models, problems)
    schema = load_schema(args.schema, types, models, problems)
    schema_text = Path(args.schema).read_text()

    # Collections by reference name, nested ones included ("ec2.Reservations.Instances").
    index = {}
    for service, body in schema.items():
        for c in all_collections(body["collections"]):
            index[c.label] = c

    globals_ = global_services()
    for service, body in schema.items():
        want = "global" if service in globals_ else "regional"
        if body["scope"] != want:
            problems.add(service, f"scope {body['scope']!r}, but mockaws/store keeps it {want}")
        for c in all_collections(body["collections"]):
            check_collection(types, c, index, problems)

    # Resource types and services the rules need.
    rules = read_tsv(Path(args.reference) / "hipaa-rules.tsv")
    by_type = {}
    for c in index.values():
        rt = c.spec.get("resource_type")
        for r in [rt] if isinstance(rt, str) else rt or []:
            by_type.setdefault(r, []).append(c.label)
    coverage = []
    for rule in rules:
        for rtype in filter(None, (t.strip() for t in rule["resource_types"].split(";"))):
            if rtype == "AWS::::Account":
                continue
            coverage.append((rtype, rule["source_identifier"]))
    table = {}
    for rtype, rule in coverage:
        table.setdefault(rtype, []).append(rule)
    for rtype in sorted(table):
        if rtype not in by_type:
            problems.add("coverage", f"{rtype} (read by {', '.join(table[rtype])}) is no "
                                     "collection's resource_type")
    protocols = {row["service"] for row in read_tsv(Path(args.reference) / "service-protocols.tsv")}
    needed = set()
    for rule in rules:
        for s in rule["aws_services"].split(";"):
            s = s.strip()
            if s and s != "none":
                needed.add(s)
    for s in sorted(needed):
        if s not in schema:
            listed = "listed" if s in protocols else "not listed"
            problems.add("coverage", f"service {s} ({listed} in service-protocols.tsv) is needed "
                                     "by a rule and has no entry")

    # Comments: every rule and every extracted operation is mentioned.
    for rule in rules:
        rid = rule["source_identifier"]
        if rid != "AWS_CONFIG_PROCESS_CHECK" and not re.search(rf"\b{rid}\b", schema_text):
            problems.add("comments", f"rule {rid} is not mentioned")
    for line in (ROOT / "mockaws" / "models" / "operations.tsv").read_text().splitlines():
        if not line or line.startswith("#"):
            continue
        service, operation = line.split("\t")[:2]
        if service in ("sts",):
            continue
        if not re.search(rf"\b{operation}\b", schema_text):
            problems.add("comments", f"operation {service}:{operation} is not mentioned")

    # The layouts mockaws serves today.
    for service, names in sorted(served_state_names().items()):
        if service in ("sts",):
            continue
        body = schema.get(service)
        if body is None:
            problems.add("served", f"{service} is served but has no entry")
            continue
        known = ({c.path.split("/")[-1] for c in all_collections(body["collections"])} |
                 set(body["singletons"]))
        for name in sorted(names - known):
            problems.add("served", f"{service} handlers read {name!r}, which the schema lacks")
    root = schema.get("iam", {}).get("singletons", {}).get("RootAccount")
    root_fields = set(root[1]) if root and root[0] == "struct" else set()
    for name in sorted(served_root_members() - root_fields):
        problems.add("served", f"iam handlers read RootAccount.{name}, which the schema lacks")
    for (service, collection), members in SERVED_ITEM_MEMBERS.items():
        c = index.get(f"{service}.{collection}")
        if c is None:
            problems.add("served", f"{service}.{collection} is served but not in the schema")
            continue
        for member in members:
            owner, name = c, member
            while "/" in name:
                head, name = name.split("/", 1)
                owner = owner.nested.get(head)
                if owner is None:
                    break
            if owner is None or name not in owner.view(types):
                problems.add("served", f"{service}.{collection}: the handlers read {member!r}, "
                                       "which the schema lacks")

    # Report.
    if not args.quiet:
        width = max(len(t) for t in table) + 2
        print(f"{'rule resource type':{width}}collection(s)  <- rules")
        for rtype in sorted(table):
            targets = ", ".join(by_type.get(rtype, ["** MISSING **"]))
            print(f"{rtype:{width}}{targets}  <- {len(table[rtype])} rule(s): "
                  f"{', '.join(sorted(set(table[rtype])))}")
        print()
    n_collections = len(index)
    n_singletons = sum(len(b["singletons"]) for b in schema.values())
    n_refs = sum(len(c.spec.get("references") or []) for c in index.values())
    print(f"{len(schema)} services, {n_collections} collections (nested included), "
          f"{n_singletons} singletons, {n_refs} references, {len(types.shapes_used)} model "
          f"shapes; {len(table)} rule resource types, {len(needed)} rule services")
    if problems.items:
        for p in problems.items:
            print("problem:", p)
        print(f"{len(problems.items)} problem(s)")
        return 1
    print("schema ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
