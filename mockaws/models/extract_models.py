#!/usr/bin/env python3
"""Build-time extraction of the AWS service models hipaasim speaks.

botocore's `data/` folder holds ~80 MB of JSON for ~340 services. mockaws needs a few dozen
operations of ~40 services, so at build time this script keeps only those operations, the shapes
they reach (input, output, errors, transitively), and their paginators, drops the documentation,
applies the overlays in `overlays.json`, and writes one C++ source file that embeds one compact
JSON document per service. Start-up then parses a few hundred kilobytes instead of 80 MB.

Usage: extract_models.py --botocore-data DIR --operations operations.tsv --overlays overlays.json
                         --output models_data.cpp [--json-dir DIR]
"""
import argparse
import gzip
import json
import os
import sys

# Shape and member keys that matter on the wire or for paging; everything else (documentation,
# examples, deprecation notes, min/max/pattern constraints) is dropped. The range of a paginated
# operation's limit member is kept in its paginator as limitMin/limitMax (see page_limits).
SHAPE_KEYS = {
    "type", "members", "member", "key", "value", "required", "payload", "flattened",
    "locationName", "xmlNamespace", "xmlAttribute", "timestampFormat", "error", "exception",
    "fault", "document", "union", "streaming", "requiresLength", "jsonvalue", "enum",
}
MEMBER_KEYS = {
    "shape", "location", "locationName", "queryName", "flattened", "xmlNamespace",
    "xmlAttribute", "timestampFormat", "jsonvalue", "hostLabel", "idempotencyToken", "streaming",
}
OPERATION_KEYS = {"name", "http", "input", "output", "errors", "endpoint"}
METADATA_KEYS = {
    "apiVersion", "endpointPrefix", "globalEndpoint", "jsonVersion", "protocol", "protocols",
    "serviceId", "signatureVersion", "signingName", "targetPrefix", "xmlNamespace",
    "awsQueryCompatible",
}


def fail(message):
    print(f"extract_models.py: error: {message}", file=sys.stderr)
    sys.exit(1)


def load_json(path):
    """Loads a model file; newer botocore releases ship them gzip-compressed."""
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    if os.path.exists(path + ".gz"):
        with gzip.open(path + ".gz", "rt", encoding="utf-8") as f:
            return json.load(f)
    return None


def newest_version_dir(data_dir, service):
    service_dir = os.path.join(data_dir, service)
    if not os.path.isdir(service_dir):
        fail(f"service '{service}' not found in {data_dir}")
    versions = sorted(d for d in os.listdir(service_dir)
                      if os.path.isdir(os.path.join(service_dir, d)))
    if not versions:
        fail(f"no model version for '{service}' in {service_dir}")
    return os.path.join(service_dir, versions[-1])


def read_operations(path):
    wanted = {}
    with open(path, encoding="utf-8") as f:
        for line_number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) < 2:
                fail(f"{path}:{line_number}: expected 'service<TAB>operation'")
            wanted.setdefault(fields[0], []).append(fields[1])
    return wanted


def shape_refs(shape):
    """The names of the shapes a shape refers to directly."""
    refs = []
    for member in shape.get("members", {}).values():
        refs.append(member["shape"])
    for key in ("member", "key", "value"):
        if key in shape:
            refs.append(shape[key]["shape"])
    return refs


def trim_shape(shape):
    trimmed = {k: v for k, v in shape.items() if k in SHAPE_KEYS}
    if "members" in trimmed:
        trimmed["members"] = {name: {k: v for k, v in m.items() if k in MEMBER_KEYS}
                              for name, m in trimmed["members"].items()}
    for key in ("member", "key", "value"):
        if key in trimmed:
            trimmed[key] = {k: v for k, v in trimmed[key].items() if k in MEMBER_KEYS}
    return trimmed


def limit_range(model, operation, paginator):
    """The documented range of a paginator's limit member, from its shape's min and max."""
    limit_key = paginator.get("limit_key")
    input_name = operation.get("input", {}).get("shape")
    if not limit_key or not input_name:
        return {}
    member = model["shapes"][input_name].get("members", {}).get(limit_key)
    if not member:
        return {}
    shape = model["shapes"][member["shape"]]
    if shape.get("type") not in ("integer", "long"):
        return {}
    return {key: shape[bound] for key, bound in (("limitMin", "min"), ("limitMax", "max"))
            if bound in shape}


def deep_merge(base, overlay):
    for key, value in overlay.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            deep_merge(base[key], value)
        else:
            base[key] = value


def extract_service(data_dir, service, operations, overlay):
    version_dir = newest_version_dir(data_dir, service)
    model = load_json(os.path.join(version_dir, "service-2.json"))
    if model is None:
        fail(f"no service-2.json in {version_dir}")
    paginators = (load_json(os.path.join(version_dir, "paginators-1.json")) or {}).get(
        "pagination", {})

    shapes = model["shapes"]
    kept_operations = {}
    pending = []
    for name in operations:
        if name not in model["operations"]:
            fail(f"operation '{service}:{name}' not in {version_dir}/service-2.json")
        operation = {k: v for k, v in model["operations"][name].items() if k in OPERATION_KEYS}
        kept_operations[name] = operation
        for key in ("input", "output"):
            if key in operation:
                pending.append(operation[key]["shape"])
        pending.extend(error["shape"] for error in operation.get("errors", []))

    kept_shapes = {}
    while pending:
        name = pending.pop()
        if name in kept_shapes:
            continue
        if name not in shapes:
            fail(f"shape '{name}' referenced in {service} but not defined")
        kept_shapes[name] = trim_shape(shapes[name])
        pending.extend(shape_refs(shapes[name]))

    result = {
        "metadata": {k: v for k, v in model["metadata"].items() if k in METADATA_KEYS},
        "operations": kept_operations,
        "shapes": dict(sorted(kept_shapes.items())),
        "pagination": {name: dict(paginators[name],
                                  **limit_range(model, model["operations"][name], paginators[name]))
                       for name in operations if name in paginators},
    }
    if overlay:
        deep_merge(result, overlay)
    return result


def cpp_source(models):
    delimiter = "hipaasim_model"
    lines = [
        "// Generated by mockaws/models/extract_models.py from botocore's service models.",
        "// Do not edit: change operations.tsv or overlays.json and rebuild.",
        "#include \"mockaws/models/embedded_models.hpp\"",
        "",
        "namespace mockaws::models {",
        "",
        "const std::vector<embedded_model>& embedded_models() {",
        "  static const std::vector<embedded_model> models = {",
    ]
    for service, model in sorted(models.items()):
        text = json.dumps(model, separators=(",", ":"), sort_keys=False)
        if f"){delimiter}\"" in text:
            fail(f"model of {service} contains the raw-string delimiter")
        lines.append(f"    {{\"{service}\", R\"{delimiter}({text}){delimiter}\"}},")
    lines += ["  };", "  return models;", "}", "", "}  // namespace mockaws::models", ""]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--botocore-data", required=True)
    parser.add_argument("--operations", required=True)
    parser.add_argument("--overlays", required=True, nargs="+",
                        help="overlay files, merged in the order given (later ones win)")
    parser.add_argument("--output", required=True)
    parser.add_argument("--json-dir", help="also write each trimmed model as DIR/<service>.json")
    args = parser.parse_args()

    if not os.path.isdir(args.botocore_data):
        fail(f"botocore data folder '{args.botocore_data}' not found "
             "(install Debian's python3-botocore or set HIPAASIM_BOTOCORE_DATA)")
    overlays = {}
    for path in args.overlays:
        with open(path, encoding="utf-8") as f:
            for service, overlay in json.load(f).items():
                if not service.startswith("//"):
                    deep_merge(overlays.setdefault(service, {}), overlay)

    wanted = read_operations(args.operations)
    models = {service: extract_service(args.botocore_data, service, ops, overlays.get(service))
              for service, ops in wanted.items()}

    source = cpp_source(models)
    # Only rewrite when the content changes, so an unchanged model does not trigger a rebuild.
    old = None
    if os.path.exists(args.output):
        with open(args.output, encoding="utf-8") as f:
            old = f.read()
    if old != source:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(source)
    if args.json_dir:
        os.makedirs(args.json_dir, exist_ok=True)
        for service, model in models.items():
            with open(os.path.join(args.json_dir, f"{service}.json"), "w", encoding="utf-8") as f:
                json.dump(model, f, indent=1)


if __name__ == "__main__":
    main()
