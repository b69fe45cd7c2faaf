#!/usr/bin/env python3
"""Requests per second of mockaws over keep-alive connections, next to trivial servers on the
same Beast transport, measured in the same run with wrk:

- "replay": a trivial server answering each call with the exact bytes mockaws answers it (same
  status, headers and body), so the two differ only by the work of computing the answer
  (routing, SigV4, decoding, the handler, paging, encoding). The ratio is mockaws / replay.
- "tiny": a trivial server answering 5 bytes: the transport's ceiling, for scale.

Before measuring, each signed request is sent once and its answer checked (status 200 and the
expected content), so the benchmark never times error responses; wrk's count of non-2xx answers
must stay 0.

usage: tests/bench/run_http_bench.py [--build-dir build] [--duration 10] [--connections 8]
                                     [--threads 1] [--moto]

--moto also measures moto (python3 -m moto.server) on the same calls, for scale; it needs moto
and boto3 installed and is never part of CI.
"""

import argparse
import http.client
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

EXPECTED = {
    "iam ListUsers (50 users)": "<UserName>user49</UserName>",
    "ec2 DescribeInstances (10 instances)": "i-0bench0000000019",
    "dynamodb ListTables (20 tables)": "table-119",
}


def lua_script(request):
    lines = [f'wrk.method = {json.dumps(request["method"])}',
             f'wrk.path = {json.dumps(request["target"])}',
             f'wrk.body = {json.dumps(request["body"])}']
    for name, value in request["headers"].items():
        # wrk adds its own Host unless the script sets "Host" spelled so; a second Host header
        # would change what was signed.
        name = "Host" if name == "host" else name
        lines.append(f"wrk.headers[{json.dumps(name)}] = {json.dumps(value)}")
    return "\n".join(lines) + "\n"


def check(endpoint, request, expected):
    host, port = endpoint.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    connection.request(request["method"], request["target"], body=request["body"],
                       headers=request["headers"])
    response = connection.getresponse()
    body = response.read().decode()
    if response.status != 200 or expected not in body:
        sys.exit(f"{endpoint} answered {response.status} without {expected!r}:\n{body[:500]}")


def wrk(wrk_path, endpoint, script_path, duration, connections):
    result = subprocess.run([wrk_path, "-t1", f"-c{connections}", f"-d{duration}s", "-s",
                             script_path, endpoint], capture_output=True, text=True, check=True)
    if "Non-2xx or 3xx responses" in result.stdout:
        sys.exit(f"wrk saw error responses from {endpoint}:\n{result.stdout}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", result.stdout).group(1))


def start_moto():
    """moto on a free port with the same resources; returns (process, endpoint)."""
    import socket
    import boto3
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p",
                                str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    endpoint = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            http.client.HTTPConnection("127.0.0.1", port, timeout=1).request("GET", "/")
            break
        except OSError:
            time.sleep(0.1)
    kwargs = dict(endpoint_url=endpoint, region_name="us-east-1",
                  aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
                  aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    iam = boto3.client("iam", **kwargs)
    for i in range(50):
        iam.create_user(UserName=f"user{i}")
    boto3.client("ec2", **kwargs).run_instances(ImageId="ami-12c6146b", MinCount=10, MaxCount=10)
    ddb = boto3.client("dynamodb", **kwargs)
    for i in range(20):
        ddb.create_table(TableName=f"table-{100 + i}", BillingMode="PAY_PER_REQUEST",
                         KeySchema=[{"AttributeName": "k", "KeyType": "HASH"}],
                         AttributeDefinitions=[{"AttributeName": "k", "AttributeType": "S"}])
    return process, endpoint


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build-dir", default="build")
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--moto", action="store_true")
    args = parser.parse_args()

    wrk_path = shutil.which("wrk")
    if not wrk_path:
        sys.exit("wrk not found: apt-get install wrk")
    server = subprocess.Popen([os.path.join(args.build_dir, "tests", "bench", "http_bench_server"),
                               "--threads", str(args.threads)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    info = json.loads(server.stdout.readline())
    moto = moto_endpoint = None
    if args.moto:
        moto, moto_endpoint = start_moto()
    rows = []
    try:
        with tempfile.TemporaryDirectory() as scratch:
            for name, request in info["requests"].items():
                check(info["mock"], request, EXPECTED[name])
                script = os.path.join(scratch, "request.lua")
                with open(script, "w") as f:
                    f.write(lua_script(request))
                check(request["replay"], request, EXPECTED[name])
                mock_rate = wrk(wrk_path, info["mock"], script, args.duration, args.connections)
                replay_rate = wrk(wrk_path, request["replay"], script, args.duration,
                                  args.connections)
                tiny_rate = wrk(wrk_path, info["tiny"], script, args.duration, args.connections)
                moto_rate = (wrk(wrk_path, moto_endpoint, script, args.duration,
                                 args.connections) if moto else None)
                rows.append((name, mock_rate, replay_rate, tiny_rate, moto_rate))
    finally:
        server.stdin.close()
        server.wait(timeout=30)
        if moto:
            moto.terminate()
            moto.wait(timeout=30)

    print(f"wrk -t1 -c{args.connections} -d{args.duration}s, server I/O threads: "
          f"{info['threads']}\n")
    header = ("| call | mockaws req/s | replay (same bytes) req/s | mockaws / replay "
              "| tiny body req/s | mockaws / tiny |")
    line = "|---|---:|---:|---:|---:|---:|"
    if moto:
        header += " moto req/s |"
        line += "---:|"
    print(header)
    print(line)
    for name, mock_rate, replay_rate, tiny_rate, moto_rate in rows:
        row = (f"| {name} | {mock_rate:,.0f} | {replay_rate:,.0f} | {mock_rate / replay_rate:.2f} "
               f"| {tiny_rate:,.0f} | {mock_rate / tiny_rate:.2f} |")
        if moto:
            row += f" {moto_rate:,.0f} |"
        print(row)

if __name__ == "__main__":
    main()
