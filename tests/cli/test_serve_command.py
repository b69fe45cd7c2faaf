#!/usr/bin/env python3
"""`hipaasim serve` as a script sees it: its first line, its exit codes, and how it stops."""

import os
import select
import signal
import socket
import subprocess
import sys
import tempfile
import unittest

SOURCE_DIR = os.environ.get("HIPAASIM_SOURCE_DIR", os.path.dirname(os.path.dirname(
    os.path.dirname(os.path.abspath(__file__)))))
HIPAASIM = os.environ.get("HIPAASIM", os.path.join(SOURCE_DIR, "build", "hipaasim"))
SCENARIO = os.path.join(SOURCE_DIR, "scenarios", "conformance", "clinic-small.yaml")


def start(*args):
    process = subprocess.Popen([HIPAASIM, "serve", *args], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    ready, _, _ = select.select([process.stdout], [], [], 30)
    first = process.stdout.readline() if ready else ""
    return process, first


def run(*args):
    return subprocess.run([HIPAASIM, *args], capture_output=True, text=True, timeout=60)


class serve_command(unittest.TestCase):
    def test_first_line_names_the_endpoint_and_sigterm_stops_it_cleanly(self):
        process, first = start(SCENARIO, "--stop-after", "60")
        self.assertRegex(first, r"^listening on http://127\.0\.0\.1:\d+\n$")
        port = int(first.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=5):
            pass
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=30)
        self.assertEqual(process.returncode, 0)
        self.assertIn("stopped on SIGTERM", err)

    def test_sigint_stops_it_cleanly(self):
        process, first = start(SCENARIO, "--stop-after", "60")
        self.assertTrue(first.startswith("listening on"))
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=30)
        self.assertEqual(process.returncode, 0)

    def test_stop_after_stops_it_by_itself(self):
        process, first = start(SCENARIO, "--stop-after", "1")
        self.assertTrue(first.startswith("listening on"))
        _, err = process.communicate(timeout=30)
        self.assertEqual(process.returncode, 0)
        self.assertIn("stopped on --stop-after", err)

    def test_chosen_port(self):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        process, first = start(SCENARIO, "--port", str(port), "--stop-after", "60")
        self.assertEqual(first, f"listening on http://127.0.0.1:{port}\n")
        process.terminate()
        process.communicate(timeout=30)

    def test_a_port_in_use_exits_1(self):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            s.listen()
            port = s.getsockname()[1]
            result = run("serve", SCENARIO, "--port", str(port), "--stop-after", "5")
        self.assertEqual(result.returncode, 1)
        self.assertIn(f"cannot listen on 127.0.0.1:{port}", result.stderr)

    def test_an_invalid_scenario_exits_2_naming_the_place(self):
        with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as f:
            f.write("global:\n  iam: {}\nregionz: {}\n")
        try:
            result = run("serve", f.name, "--stop-after", "5")
        finally:
            os.unlink(f.name)
        self.assertEqual(result.returncode, 2)
        self.assertIn(f"{f.name}:3:1: unknown key 'regionz'", result.stderr)
        self.assertEqual(result.stdout, "")

    def test_usage_errors_exit_2_and_help_exits_0(self):
        self.assertEqual(run("serve").returncode, 2)
        self.assertEqual(run("serve", SCENARIO, "--port", "99999").returncode, 2)
        self.assertEqual(run("serve", SCENARIO, "--bogus").returncode, 2)
        self.assertEqual(run("frobnicate").returncode, 2)
        self.assertEqual(run().returncode, 2)
        for args in (["--help"], ["serve", "--help"], ["help", "serve"]):
            result = run(*args)
            self.assertEqual(result.returncode, 0, args)
            self.assertIn("usage: hipaasim", result.stdout)
        self.assertIn("--stop-after", run("serve", "--help").stdout)


if __name__ == "__main__":
    unittest.main(verbosity=2, argv=[sys.argv[0]] + sys.argv[1:])
