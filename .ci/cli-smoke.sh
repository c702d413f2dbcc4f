#!/usr/bin/env bash
# Starts `flowsim serve` on a free loopback port and drives it with the real AWS CLI (Debian's awscli):
# create-log-group, put-log-events, get-log-events with test/test, and the same call with a wrong secret,
# which must fail with AWS's signature error. Stops the server it started, by its process id.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
aws_cli=/usr/bin/aws
[ -x "$aws_cli" ] || aws_cli=aws

source "$root/.ci/serve-lib.sh"
start_flowsim_serve "$root/scenarios/target/flowsim.jar"
cli() { "$aws_cli" --endpoint-url "$endpoint" --region us-east-2 "$@"; }

passed=0; failed=0
check() { # name, command...
  local name="$1"; shift
  if "$@"; then passed=$((passed+1)); echo "PASS $name"; else failed=$((failed+1)); echo "FAIL $name"; fi
}

now_ms=$(( $(date +%s) * 1000 ))
check "create-log-group" cli logs create-log-group --log-group-name g
check "create-log-stream" cli logs create-log-stream --log-group-name g --log-stream-name s
check "put-log-events" cli logs put-log-events --log-group-name g --log-stream-name s \
  --log-events "timestamp=$now_ms,message=hello-from-cli" "timestamp=$((now_ms+1)),message=second-line"
got=$(cli logs get-log-events --log-group-name g --log-stream-name s --start-from-head --query 'events[].message' --output text || true)
check "get-log-events returns both events" test "$got" = "$(printf 'hello-from-cli\tsecond-line')"
dup=$(cli logs create-log-group --log-group-name g 2>&1 || true)
check "duplicate log group is ResourceAlreadyExistsException" grep -q ResourceAlreadyExistsException <<<"$dup"
wrong=$(AWS_SECRET_ACCESS_KEY=wrong "$aws_cli" --endpoint-url "$endpoint" --region us-east-2 logs describe-log-groups 2>&1 || true)
check "wrong secret is InvalidSignatureException" grep -q InvalidSignatureException <<<"$wrong"
wrong_sts=$(AWS_SECRET_ACCESS_KEY=wrong "$aws_cli" --endpoint-url "$endpoint" --region us-east-2 sts get-caller-identity 2>&1 || true)
check "wrong secret on STS is SignatureDoesNotMatch" grep -q SignatureDoesNotMatch <<<"$wrong_sts"
ident=$(cli sts get-caller-identity --query Account --output text || true)
check "get-caller-identity names account 000000000000" test "$ident" = "000000000000"

# CloudWatch Logs beyond the skeleton (issue 3): filter, retention, tags, resource policies, deletion.
check "filter-log-events returns both events" test "$(cli logs filter-log-events --log-group-name g \
  --query 'events[].message' --output text || true)" = "$(printf 'hello-from-cli\tsecond-line')"
check "a filter pattern keeps only matching events" test "$(cli logs filter-log-events --log-group-name g \
  --filter-pattern second --query 'events[].message' --output text || true)" = "second-line"
bad_pattern=$(cli logs filter-log-events --log-group-name g --filter-pattern '{ $.a = ' 2>&1 || true)
check "a malformed filter pattern is InvalidParameterException" grep -q InvalidParameterException <<<"$bad_pattern"
check "put-retention-policy" cli logs put-retention-policy --log-group-name g --retention-in-days 7
days=$(cli logs describe-log-groups --log-group-name-prefix g --query 'logGroups[0].retentionInDays' --output text || true)
check "describe-log-groups shows the retention" test "$days" = "7"
bad_days=$(cli logs put-retention-policy --log-group-name g --retention-in-days 2 2>&1 || true)
check "retention of 2 days is refused" grep -q "Member must satisfy enum value set" <<<"$bad_days"
check "tag-resource" cli logs tag-resource --resource-arn arn:aws:logs:us-east-2:000000000000:log-group:g --tags team=net
tags=$(cli logs list-tags-log-group --log-group-name g --query 'tags.team' --output text || true)
check "list-tags-log-group sees the tag" test "$tags" = "net"
check "put-resource-policy" cli logs put-resource-policy --policy-name r53 --policy-document \
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"route53.amazonaws.com"},"Action":"logs:PutLogEvents","Resource":"*"}]}'
policies=$(cli logs describe-resource-policies --query 'resourcePolicies[].policyName' --output text || true)
check "describe-resource-policies lists it" test "$policies" = "r53"
no_policy=$(cli logs delete-resource-policy --policy-name nope 2>&1 || true)
check "deleting a missing policy names it" grep -q "Policy with name \[nope\] does not exist." <<<"$no_policy"
check "delete-log-stream" cli logs delete-log-stream --log-group-name g --log-stream-name s
check "delete-log-group" cli logs delete-log-group --log-group-name g
gone=$(cli logs delete-log-group --log-group-name g 2>&1 || true)
check "a deleted group is ResourceNotFoundException" grep -q "The specified log group does not exist." <<<"$gone"

# The front door (docs/SECURITY.md): authentication errors per protocol family, and the HTTP limits.
unknown_ec2=$(AWS_ACCESS_KEY_ID=AKIANOBODYKNOWS00000 "$aws_cli" --endpoint-url "$endpoint" --region us-east-2 ec2 describe-vpcs 2>&1 || true)
check "unknown key on EC2 is AuthFailure" grep -q AuthFailure <<<"$unknown_ec2"
unknown_logs=$(AWS_ACCESS_KEY_ID=AKIANOBODYKNOWS00000 "$aws_cli" --endpoint-url "$endpoint" --region us-east-2 logs describe-log-groups 2>&1 || true)
check "unknown key on Logs is UnrecognizedClientException" grep -q UnrecognizedClientException <<<"$unknown_logs"
unsigned_sts=$(cli --no-sign-request sts get-caller-identity 2>&1 || true)
check "unsigned STS request is MissingAuthenticationToken" grep -q MissingAuthenticationToken <<<"$unsigned_sts"
unsigned_logs=$(cli --no-sign-request logs describe-log-groups 2>&1 || true)
check "unsigned Logs request is MissingAuthenticationTokenException" grep -q MissingAuthenticationTokenException <<<"$unsigned_logs"
big_body=$(curl -s -o /dev/null -w '%{http_code}' -H 'X-Amz-Target: Logs_20140328.DescribeLogGroups' \
  -H 'Content-Type: application/x-amz-json-1.1' --data-binary @<(head -c 3000000 /dev/zero | tr '\0' 'x') "$endpoint/" || true)
check "a 3 MB body is 413" test "$big_body" = "413"

# Metric and subscription filters (issue 8): rejected SSH attempts as a Micrometer metric, and a REJECT subscription
# delivering to a local directory in Firehose's S3 layout through a role the IAM engine checks.
reject_ssh='[version, account, eni, source, destination, srcport, destport=22, protocol=6, packets, bytes, windowstart, windowend, action=REJECT, flowlogstatus]'
check "create flow-log group" cli logs create-log-group --log-group-name /vpc/flows
check "create flow-log stream" cli logs create-log-stream --log-group-name /vpc/flows --log-stream-name eni-1-all
check "put-metric-filter" cli logs put-metric-filter --log-group-name /vpc/flows --filter-name rejected-ssh \
  --filter-pattern "$reject_ssh" --metric-transformations metricName=RejectedSSH,metricNamespace=VPC,metricValue=1,unit=Count
mf=$(cli logs describe-metric-filters --log-group-name /vpc/flows --query 'metricFilters[0].metricTransformations[0].metricName' --output text || true)
check "describe-metric-filters lists it" test "$mf" = "RejectedSSH"
count=$(cli logs describe-log-groups --log-group-name-prefix /vpc/flows --query 'logGroups[0].metricFilterCount' --output text || true)
check "describe-log-groups counts it" test "$count" = "1"
too_many=$(cli logs put-metric-filter --log-group-name /vpc/flows --filter-name two --filter-pattern "" \
  --metric-transformations metricName=A,metricNamespace=N,metricValue=1 metricName=B,metricNamespace=N,metricValue=1 2>&1 || true)
check "two transformations are refused" grep -q "Member must have length less than or equal to 1" <<<"$too_many"
check "create-role for CloudWatch Logs" cli iam create-role --role-name CWLtoFirehose --assume-role-policy-document \
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"logs.amazonaws.com"},"Action":"sts:AssumeRole"}]}'
check "put-role-policy firehose:PutRecord*" cli iam put-role-policy --role-name CWLtoFirehose --policy-name write \
  --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"firehose:PutRecord*","Resource":"*"}]}'
mkdir -p "$workdir/firehose"
check "register a Firehose stand-in" curl -fsS -o /dev/null -X POST "$endpoint/_flowsim/subscription-destinations" \
  -d "{\"deliveryStream\":\"flow-archive\",\"directory\":\"$workdir/firehose\",\"prefix\":\"flows/\"}"
no_role=$(cli logs put-subscription-filter --log-group-name /vpc/flows --filter-name rejects --filter-pattern REJECT \
  --destination-arn arn:aws:kinesis:us-east-2:000000000000:stream/s 2>&1 || true)
check "kinesis without a role is refused" grep -q "destinationArn for vendor kinesis cannot be used without roleArn" <<<"$no_role"
check "put-subscription-filter" cli logs put-subscription-filter --log-group-name /vpc/flows --filter-name rejects \
  --filter-pattern '[version, account, eni, source, destination, srcport, destport, protocol, packets, bytes, windowstart, windowend, action="REJECT", flowlogstatus]' \
  --destination-arn arn:aws:firehose:us-east-2:000000000000:deliverystream/flow-archive \
  --role-arn arn:aws:iam::000000000000:role/CWLtoFirehose
sf=$(cli logs describe-subscription-filters --log-group-name /vpc/flows --query 'subscriptionFilters[0].distribution' --output text || true)
check "describe-subscription-filters lists it" test "$sf" = "ByLogStream"
check "put flow-log records" cli logs put-log-events --log-group-name /vpc/flows --log-stream-name eni-1-all --log-events \
  "timestamp=$now_ms,message=2 123456789010 eni-1 172.31.16.139 172.31.16.21 20641 22 6 20 4249 1418530010 1418530070 ACCEPT OK" \
  "timestamp=$now_ms,message=2 123456789010 eni-1 198.51.100.7 172.31.16.139 51234 22 6 3 180 1432917027 1432917142 REJECT OK"
metric_ok=false
for _ in $(seq 1 50); do
  curl -fsS "$endpoint/_flowsim/metrics" | grep 'flowsim_logs_metric_sum' | grep 'metric="RejectedSSH"' | grep -q ' 1\.0$' && { metric_ok=true; break; }
  sleep 0.1
done
check "RejectedSSH is 1 in /_flowsim/metrics" $metric_ok
delivered=""
for _ in $(seq 1 50); do
  delivered=$(find "$workdir/firehose/flows" -type f -exec cat {} + 2>/dev/null | zcat 2>/dev/null | python3 -c '
import json, sys
text = sys.stdin.read(); dec = json.JSONDecoder(); i = 0; out = []
while i < len(text):
    doc, i = dec.raw_decode(text, i)
    if doc["messageType"] == "DATA_MESSAGE":
        out += [e["message"].split()[12] for e in doc["logEvents"]]
print(" ".join(out))' 2>/dev/null || true)
  [ -n "$delivered" ] && break
  sleep 0.1
done
check "only the REJECT record reached the Firehose directory" test "$delivered" = "REJECT"
check "delete-subscription-filter" cli logs delete-subscription-filter --log-group-name /vpc/flows --filter-name rejects
check "delete-metric-filter" cli logs delete-metric-filter --log-group-name /vpc/flows --filter-name rejected-ssh

echo "cli-smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ] || { echo "--- server log ---"; cat "$workdir/serve.log"; exit 1; }
