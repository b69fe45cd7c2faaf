#!/usr/bin/env bash
# Sets up, builds, and runs the demo: serves the bundled clinic account and reads it back with the
# AWS CLI v2, the way a developer would look at a real account.
set -euo pipefail
cd "$(dirname "$0")/.."
ci/install-deps.sh
ci/build.sh

scenario=scenarios/conformance/clinic-small.yaml
log=$(mktemp)
build/hipaasim serve "$scenario" --stop-after 600 > "$log" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 100); do grep -q "^listening on" "$log" && break; sleep 0.1; done
endpoint=$(sed -n 's/^listening on //p' "$log")
echo "hipaasim serve $scenario -> $endpoint"

export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
export AWS_DEFAULT_REGION=us-east-1 AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null
aws() { /usr/bin/aws --endpoint-url "$endpoint" --output table "$@"; }

echo; echo "# IAM users and the password policy"
aws iam list-users --query 'Users[].[UserName,CreateDate]'
aws iam get-account-password-policy --query 'PasswordPolicy.[MinimumPasswordLength,MaxPasswordAge]'
echo; echo "# Security groups that open SSH (port 22) to the world"
aws ec2 describe-security-groups --filters Name=ip-permission.from-port,Values=22 \
    Name=ip-permission.cidr,Values=0.0.0.0/0 --query 'SecurityGroups[].[GroupId,GroupName]'
echo; echo "# Buckets and their default encryption"
for bucket in $(/usr/bin/aws --endpoint-url "$endpoint" s3api list-buckets --query 'Buckets[].Name' --output text); do
  if rule=$(/usr/bin/aws --endpoint-url "$endpoint" s3api get-bucket-encryption --bucket "$bucket" \
        --query 'ServerSideEncryptionConfiguration.Rules[0].ApplyServerSideEncryptionByDefault.SSEAlgorithm' \
        --output text 2>/dev/null); then
    echo "  $bucket: encrypted ($rule)"
  else
    echo "  $bucket: NOT encrypted (ServerSideEncryptionConfigurationNotFoundError)"
  fi
done
echo; echo "# CloudTrail"
aws cloudtrail describe-trails --query 'trailList[].[Name,IsMultiRegionTrail,LogFileValidationEnabled]'
