"""Conformance harness: serve a scenario with `hipaasim serve` and drive it with real AWS clients.

Each server is started on 127.0.0.1 port 0 with --stop-after, so it stops by itself even if a test
run is killed. Clients get the scenario's credentials and the server's endpoint through the
standard AWS environment variables, with every config file disabled so that nothing on the
machine leaks in.
"""

import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import unittest

SOURCE_DIR = os.environ.get(
    "HIPAASIM_SOURCE_DIR", os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
HIPAASIM = os.environ.get("HIPAASIM", os.path.join(SOURCE_DIR, "build", "hipaasim"))
ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


def scenario(name):
    return os.path.join(SOURCE_DIR, "scenarios", "conformance", name)


class Served:
    """`hipaasim serve SCENARIO` for the duration of a `with` block."""

    def __init__(self, scenario_path, *extra_args):
        self.args = [HIPAASIM, "serve", scenario_path, "--stop-after", "600", *extra_args]
        self.process = None
        self.endpoint = None

    def __enter__(self):
        self.process = subprocess.Popen(self.args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        text=True)
        ready, _, _ = select.select([self.process.stdout], [], [], 30)
        line = self.process.stdout.readline() if ready else ""
        if not line.startswith("listening on http://127.0.0.1:"):
            self.process.kill()
            raise RuntimeError(f"hipaasim serve did not start: {line!r} {self.process.stderr.read()}")
        self.endpoint = line.split()[-1]
        return self

    def __exit__(self, *exc):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.process.stdout.close()
        self.process.stderr.close()

    def client_env(self, secret_key=SECRET_KEY, region="us-east-1", access_key=ACCESS_KEY):
        env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
        empty = os.path.join(tempfile.gettempdir(), "hipaasim-no-aws-config")
        env.update({
            "AWS_ACCESS_KEY_ID": access_key,
            "AWS_SECRET_ACCESS_KEY": secret_key,
            "AWS_DEFAULT_REGION": region,
            "AWS_REGION": region,
            "AWS_ENDPOINT_URL": self.endpoint,
            "AWS_CONFIG_FILE": empty,
            "AWS_SHARED_CREDENTIALS_FILE": empty,
            "AWS_EC2_METADATA_DISABLED": "true",
            "AWS_PAGER": "",
        })
        return env


class served_suite(unittest.TestCase):
    """A suite whose tests share one `hipaasim serve` of `scenario_name`."""

    scenario_name = "clinic-small.yaml"

    @classmethod
    def setUpClass(cls):
        cls.served = Served(scenario(cls.scenario_name)).__enter__()

    @classmethod
    def tearDownClass(cls):
        cls.served.__exit__(None, None, None)


def aws_cli_v2():
    """The AWS CLI v2 executable: Debian's awscli package, which the image's Python `aws` (v1)
    may shadow on PATH."""
    candidates = ["/usr/bin/aws"] + [os.path.join(d, "aws") for d in os.environ["PATH"].split(":")]
    for path in candidates:
        if os.path.exists(path):
            version = subprocess.run([path, "--version"], capture_output=True, text=True)
            if (version.stdout + version.stderr).startswith("aws-cli/2"):
                return path
    raise RuntimeError("AWS CLI v2 not found: run ci/install-deps.sh (Debian package awscli)")


def run_cli(served, *args, secret_key=SECRET_KEY, region="us-east-1", access_key=ACCESS_KEY):
    """Runs `aws ARGS --output json` against the server: (exit code, parsed stdout, stderr)."""
    command = [aws_cli_v2(), "--endpoint-url", served.endpoint, "--output", "json", *args]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120,
                            env=served.client_env(secret_key, region, access_key))
    output = json.loads(result.stdout) if result.stdout.strip() else None
    return result.returncode, output, result.stderr


def run_js(served, service, command, params=None):
    """One call through the JS SDK v3 (tests/conformance/js/call.mjs)."""
    script = os.path.join(SOURCE_DIR, "tests", "conformance", "js", "call.mjs")
    node = shutil.which("node") or "node"
    result = subprocess.run([node, script, service, command, json.dumps(params or {})],
                            capture_output=True, text=True, timeout=120,
                            env=served.client_env(), cwd=os.path.dirname(script))
    if result.returncode != 0:
        raise RuntimeError(f"node failed: {result.stderr}")
    return json.loads(result.stdout)


def main():
    unittest.main(verbosity=2, argv=[sys.argv[0]] + sys.argv[1:])
