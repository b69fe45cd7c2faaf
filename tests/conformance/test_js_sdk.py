#!/usr/bin/env python3
"""The AWS SDK for JavaScript v3 against `hipaasim serve`. Its CloudWatch client speaks JSON 1.0
(X-Amz-Target GraniteServiceVersion20100801.*), the protocol newer SDKs use for CloudWatch."""

from harness import main, run_js, served_suite


class js_sdk_v3(served_suite):
    def test_cloudwatch_describe_alarms_over_json_1_0(self):
        answer = run_js(self.served, "cloudwatch", "DescribeAlarms")
        self.assertNotIn("error", answer)
        self.assertEqual(answer["protocol"], "AwsJson1_0Protocol")
        alarms = answer["output"]["MetricAlarms"]
        self.assertEqual([a["AlarmName"] for a in alarms], ["ehr-db-cpu-high"])
        self.assertEqual(alarms[0]["Threshold"], 85)
        self.assertEqual(alarms[0]["EvaluationPeriods"], 3)

    def test_cloudwatch_json_error_keeps_the_query_code(self):
        answer = run_js(self.served, "cloudwatch", "DescribeAlarms", {"NextToken": "forged"})
        self.assertEqual(answer["error"]["name"], "InvalidNextToken")
        self.assertEqual(answer["error"]["status"], 400)

    def test_iam_list_users_over_query(self):
        answer = run_js(self.served, "iam", "ListUsers", {"MaxItems": 2})
        self.assertEqual([u["UserName"] for u in answer["output"]["Users"]], ["alice", "bob"])
        self.assertTrue(answer["output"]["IsTruncated"])
        self.assertEqual(answer["output"]["Users"][0]["CreateDate"], "2024-01-15T09:00:00.000Z")


if __name__ == "__main__":
    main()
