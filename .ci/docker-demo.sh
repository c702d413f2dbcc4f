#!/usr/bin/env bash
# The Docker teaching demo with a real engine (issue 9). Starts its own dockerd (no bridge, no iptables, its own
# data and exec roots under a temporary directory), builds Debian-made base images (no registry is reachable),
# builds docker/Dockerfile on them, brings up the compose file's emulator and runner, and proves with the host's
# AWS CLI that flow-log records arrive; then breaks the role, sees FAILED and the explanation, fixes it and sees
# SUCCESS again. Grafana and Prometheus images cannot be fetched: their files are validated instead.
# Everything it started is stopped by process id and its directory removed, whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
docker_cli=/usr/bin/docker            # Debian's client, matching its engine (another may be first on PATH)
aws_cli=/usr/bin/aws
step_started=$(date +%s)
log() { printf '\n--- docker: %s (%ss) ---\n' "$*" "$(( $(date +%s) - step_started ))"; }
fail() { echo "docker-demo: FAILED: $*" >&2; exit 1; }

log "packages"
if ! [ -x /usr/sbin/dockerd ] || ! [ -x /usr/bin/docker-compose ] || ! [ -x /usr/sbin/debootstrap ]; then
  export DEBIAN_FRONTEND=noninteractive
  timeout 600 apt-get update -qq
  timeout 600 apt-get install -y -qq --no-install-recommends docker.io docker-compose debootstrap >/dev/null
fi

log "validate docker/ files and the compose file (docker-compose v1)"
python3 "$root/.ci/docker-validate.py"
(cd "$root/docker" && timeout 60 docker-compose -f docker-compose.yml config -q)

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
work=$(mktemp -d /tmp/flowsim-docker.XXXXXX)
export DOCKER_HOST="unix://$work/docker.sock"
project="flowsimci$$"
dockerd_pid=""
compose() {
  (cd "$root/docker" && FLOWSIM_PORT="$port" FLOWSIM_METRICS_PORT="$metrics_port" \
    timeout "${COMPOSE_TIMEOUT:-180}" docker-compose -p "$project" -f docker-compose.yml "$@")
}

cleanup() {
  local status=$?
  set +e
  if [ -n "$dockerd_pid" ]; then
    if [ "$status" -ne 0 ]; then
      echo "--- emulator log ---"; compose logs --no-color --tail 60 emulator 2>/dev/null
      echo "--- runner log ---"; compose logs --no-color --tail 60 runner 2>/dev/null
    fi
    compose down --volumes --remove-orphans --timeout 10 >/dev/null 2>&1
    "$docker_cli" ps -aq | xargs -r "$docker_cli" rm -f >/dev/null 2>&1
    kill -TERM "$dockerd_pid" 2>/dev/null
    for _ in $(seq 1 60); do kill -0 "$dockerd_pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$dockerd_pid" 2>/dev/null
    wait "$dockerd_pid" 2>/dev/null
  fi
  # Mounts dockerd may have left (overlay layers, its exec root) must go before the directory can.
  awk -v dir="$work" 'index($2, dir) == 1 { print $2 }' /proc/mounts | sort -r | xargs -r -n1 umount -l 2>/dev/null
  rm -rf "$work"
  echo "docker-demo: stopped the engine and removed $work (status $status)"
  exit "$status"
}
trap cleanup EXIT

log "start dockerd (no bridge, no iptables; data and exec roots in $work)"
mkdir -p "$work/data" "$work/exec"
dockerd --bridge=none --iptables=false --ip6tables=false --ip-forward=false --ip-masq=false \
  --data-root "$work/data" --exec-root "$work/exec" --pidfile "$work/dockerd.pid" --host "$DOCKER_HOST" \
  --containerd-namespace "$project" --containerd-plugins-namespace "$project-plugins" \
  >"$work/dockerd.log" 2>&1 &
dockerd_pid=$!
for _ in $(seq 1 120); do "$docker_cli" info >/dev/null 2>&1 && break; sleep 0.5; done
"$docker_cli" info >/dev/null 2>&1 || { tail -20 "$work/dockerd.log"; fail "dockerd did not start"; }

log "base images from Debian packages"
timeout 1500 bash "$root/.ci/docker-base-images.sh"

log "build flowsim/flowsim:local from docker/Dockerfile on the local bases"
DOCKER_BUILDKIT=1 timeout 900 "$docker_cli" build --network host --progress plain \
  --build-arg BUILD_IMAGE=flowsim/build-base:local --build-arg RUNTIME_IMAGE=flowsim/jre-base:local \
  -f "$root/docker/Dockerfile" -t flowsim/flowsim:local "$root" >"$work/build.log" 2>&1 \
  || { tail -40 "$work/build.log"; fail "image build"; }
"$docker_cli" image inspect flowsim/flowsim:local --format 'image: {{.Id}} user={{.Config.User}} healthcheck={{json .Config.Healthcheck.Test}}'
[ "$("$docker_cli" image inspect flowsim/flowsim:local --format '{{.Config.User}}')" = flowsim ] || fail "image runs as root"

log "compose up: emulator and runner (Prometheus and Grafana are validated above, their images are not reachable)"
port=$(free_port); metrics_port=$(free_port)
endpoint="http://127.0.0.1:$port"
compose up -d --no-build emulator runner
emulator_id=$(compose ps -q emulator)
health=""
for _ in $(seq 1 90); do
  health=$("$docker_cli" inspect -f '{{.State.Health.Status}}' "$emulator_id")
  [ "$health" = healthy ] && break
  sleep 1
done
[ "$health" = healthy ] || fail "the emulator is '$health', not healthy, after 90 s"
echo "emulator healthy on $endpoint"

export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-2 AWS_PAGER=""
unset AWS_SESSION_TOKEN AWS_PROFILE
cli() { timeout 60 "$aws_cli" --endpoint-url "$endpoint" --region us-east-2 "$@"; }
group=/aws/vpc/flow-logs
status() { cli ec2 describe-flow-logs --query 'FlowLogs[0].[DeliverLogsStatus,DeliverLogsErrorMessage]' --output text; }
until_true() { # seconds, description, command...
  local seconds="$1" what="$2"; shift 2
  local deadline=$(( $(date +%s) + seconds ))
  until "$@"; do
    [ "$(date +%s)" -lt "$deadline" ] || fail "$what did not happen within $seconds s"
    sleep 1
  done
}
events_in_group() { cli logs filter-log-events --log-group-name "$group" --query 'length(events)' --output text 2>/dev/null || echo 0; }
has_records() { [ "$(events_in_group)" -gt 0 ] 2>/dev/null; }
is_access_error() { [ "$(status)" = "$(printf 'FAILED\tAccess error')" ]; }
is_success() { [ "$(status | cut -f1)" = SUCCESS ]; }

log "a scenario delivers records; the host's AWS CLI reads them"
until_true 120 "records delivered to $group" has_records
stream=$(cli logs describe-log-streams --log-group-name "$group" --query 'logStreams[0].logStreamName' --output text)
first=$(cli logs get-log-events --log-group-name "$group" --log-stream-name "$stream" --start-from-head --limit 1 \
  --query 'events[0].message' --output text)
echo "get-log-events $stream: $first"
[[ "$first" =~ ^2\ 000000000000\ eni-[0-9a-f]{17}\  ]] || fail "the record is not a default-format (v2) flow-log record"
echo "filter-log-events: $(events_in_group) records in $group"
is_success || fail "describe-flow-logs does not show SUCCESS: $(status)"

log "the workshop: break the role, see FAILED and why, fix it, see SUCCESS"
cli iam put-role-policy --role-name FlowLogsRole --policy-name flow-logs-delivery --policy-document \
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["logs:CreateLogGroup","logs:CreateLogStream","logs:DescribeLogGroups","logs:DescribeLogStreams"],"Resource":"*"}]}'
until_true 90 "FAILED / Access error" is_access_error
echo "describe-flow-logs: $(status)"
explained=$(timeout 60 "$docker_cli" exec "$(compose ps -q runner)" flowsim explain --endpoint "$endpoint" \
  --action logs:PutLogEvents --limit 1)
echo "$explained"
grep -q "logs:PutLogEvents" <<<"$explained" || fail "flowsim explain did not explain the denied PutLogEvents"
cli iam put-role-policy --role-name FlowLogsRole --policy-name flow-logs-delivery --policy-document \
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["logs:CreateLogGroup","logs:CreateLogStream","logs:PutLogEvents","logs:DescribeLogGroups","logs:DescribeLogStreams"],"Resource":"*"}]}'
until_true 90 "recovery to SUCCESS" is_success
echo "describe-flow-logs: $(status)"

log "metrics: the dashboard's queries name metrics the emulator and the publisher serve"
curl -fsS --max-time 10 "$endpoint/_flowsim/metrics" >"$work/emulator.prom"
curl -fsS --max-time 10 "http://127.0.0.1:$metrics_port/metrics" >"$work/publisher.prom"
grep -E '^flowsim_simulator_records_delivered_total [1-9]' "$work/publisher.prom" || fail "publisher metrics show no delivery"
grep -E '^flowsim_simulator_records_dropped_total\{reason="ACCESS_ERROR"\} [1-9]' "$work/publisher.prom" \
  || fail "publisher metrics show no access-error drops"
python3 "$root/.ci/docker-validate.py" --scrape "$work/emulator.prom" "$work/publisher.prom"

log "tear down"
compose down --volumes --remove-orphans --timeout 10
left=$("$docker_cli" ps -aq | wc -l)
[ "$left" -eq 0 ] || fail "$left containers left after compose down"
echo "docker-demo: passed in $(( $(date +%s) - step_started )) s"
