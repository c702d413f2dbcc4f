#!/usr/bin/env bash
# The policy simulator two ways must agree: `aws iam simulate-custom-policy --cli-input-json` (Debian's AWS CLI)
# against `flowsim serve`, and the offline `flowsim policy simulate --cli-input-json`, on every case in
# .ci/simulate-cases/: byte-identical JSON, and the decisions listed in expected-decisions.txt. A malformed policy
# must fail both ways with MalformedPolicyDocument and AWS's message. Stops only the server it started, by pid.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
cases="$root/.ci/simulate-cases"
aws_cli=/usr/bin/aws
if ! [ -x "$aws_cli" ]; then
  echo "FAIL: $aws_cli is missing; install Debian's awscli (apt-get install awscli) to run this comparison" >&2
  exit 1
fi
jar="$root/scenarios/target/flowsim.jar"
[ -f "$jar" ] || { echo "FAIL: $jar is missing; run mvn -B package first" >&2; exit 1; }

source "$root/.ci/serve-lib.sh"
start_flowsim_serve "$jar"

passed=0; failed=0
fail() { failed=$((failed+1)); echo "FAIL $*"; }
while read -r name expected; do
  case "$name" in ''|\#*) continue ;; esac
  if ! "$aws_cli" --endpoint-url "$endpoint" iam simulate-custom-policy --cli-input-json "file://$cases/$name" \
      >"$workdir/server.json" 2>"$workdir/server.err"; then
    fail "$name: aws CLI failed: $(cat "$workdir/server.err")"; continue
  fi
  if ! java -jar "$jar" policy simulate --cli-input-json "$cases/$name" >"$workdir/offline.json" 2>"$workdir/offline.err"; then
    fail "$name: flowsim policy simulate failed: $(cat "$workdir/offline.err")"; continue
  fi
  if ! diff -u "$workdir/server.json" "$workdir/offline.json"; then
    fail "$name: server and offline results differ"; continue
  fi
  got=$(python3 -c 'import json,sys; print(" ".join(r["EvalDecision"] for r in json.load(open(sys.argv[1]))["EvaluationResults"]))' "$workdir/server.json")
  if [ "$got" != "$expected" ]; then
    fail "$name: decisions '$got', expected '$expected'"; continue
  fi
  passed=$((passed+1)); echo "PASS $name ($got)"
done <"$cases/expected-decisions.txt"

message="An error occurred (MalformedPolicyDocument) when calling the SimulateCustomPolicy operation: Policy statement must contain resources."
bad="$cases/malformed-policy.json.bad"
if "$aws_cli" --endpoint-url "$endpoint" iam simulate-custom-policy --cli-input-json "file://$bad" >/dev/null 2>"$workdir/server.err"; then
  fail "malformed policy: the server accepted it"
elif ! grep -qF "$message" "$workdir/server.err"; then
  fail "malformed policy (server): $(cat "$workdir/server.err")"
else
  passed=$((passed+1)); echo "PASS malformed policy (server)"
fi
if java -jar "$jar" policy simulate --cli-input-json "$bad" >/dev/null 2>"$workdir/offline.err"; then
  fail "malformed policy: flowsim policy simulate exited 0"
elif ! grep -qF "$message" "$workdir/offline.err"; then
  fail "malformed policy (offline): $(cat "$workdir/offline.err")"
else
  passed=$((passed+1)); echo "PASS malformed policy (offline)"
fi

echo "simulate agreement: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
