#!/usr/bin/env python3
"""How long listing every page of a large collection takes, as the number of items grows.

For each size N, a scenario with N IAM users and N DynamoDB tables is served by `hipaasim serve`
and read to the end by boto3's paginators at 100 items a page (ListUsers MaxItems, ListTables
Limit): N/100 pages each. Server time per page that grows with N shows a listing costing
O(N x pages); a flat time per page shows O(N) in all. The boto3 client's own cost per page is
the same at every size.

usage: tests/bench/paged_listing_bench.py [--hipaasim build/hipaasim] [--sizes 1000,10000,40000]
                                          [--runs 3]
"""

import argparse
import os
import statistics
import subprocess
import tempfile
import time

import boto3
from botocore.config import Config

ACCESS_KEY, SECRET_KEY = "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


def scenario(n):
    lines = ["global:", "  iam:", "    Users:"]
    lines += [f"      - {{UserName: user{i:06d}}}" for i in range(n)]
    lines += ["regions:", "  us-east-1:", "    dynamodb:", "      Tables:"]
    # Declared out of name order: ListTables sorts them.
    lines += [f"        - {{TableName: table{(i * 7919) % n:06d}}}" for i in range(n)]
    return "\n".join(lines) + "\n"


def time_listing(client, operation, key, expected):
    start = time.perf_counter()
    pages = seen = 0
    for page in client.get_paginator(operation).paginate(PaginationConfig={"PageSize": 100}):
        pages += 1
        seen += len(page[key])
    elapsed = time.perf_counter() - start
    assert seen == expected, f"{operation}: {seen} of {expected}"
    return elapsed, pages


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hipaasim", default="build/hipaasim")
    parser.add_argument("--sizes", default="1000,10000,40000")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"{'N':>7} {'call':<20} {'pages':>6} {'total s (median)':>17} {'ms per page':>12}")
    for n in [int(s) for s in args.sizes.split(",")]:
        with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as f:
            f.write(scenario(n))
        server = subprocess.Popen([args.hipaasim, "serve", f.name, "--stop-after", "600"],
                                  stdout=subprocess.PIPE, text=True)
        try:
            endpoint = server.stdout.readline().split()[-1]
            config = Config(retries={"max_attempts": 1})
            make = lambda service: boto3.client(service, endpoint_url=endpoint, region_name="us-east-1",
                                                aws_access_key_id=ACCESS_KEY,
                                                aws_secret_access_key=SECRET_KEY, config=config)
            for service, operation, key in [("iam", "list_users", "Users"),
                                            ("dynamodb", "list_tables", "TableNames")]:
                client = make(service)
                times = []
                for _ in range(args.runs):
                    elapsed, pages = time_listing(client, operation, key, n)
                    times.append(elapsed)
                total = statistics.median(times)
                print(f"{n:>7} {service + ' ' + operation:<20} {pages:>6} {total:>17.3f} "
                      f"{1000 * total / pages:>12.2f}")
        finally:
            server.terminate()
            server.wait()
            os.unlink(f.name)


if __name__ == "__main__":
    main()
