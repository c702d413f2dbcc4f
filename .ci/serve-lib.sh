# Sourced by the CI scripts that drive a running `flowsim serve` with the AWS CLI. start_flowsim_serve JAR starts it
# on a free loopback port, waits for /_flowsim/health, and sets endpoint, workdir (removed at exit, serve.log inside)
# and server_pid; the exit trap stops only that server, by its process id. Also points the AWS CLI at test/test.
start_flowsim_serve() {
  local jar="$1" port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
  endpoint="http://127.0.0.1:$port"
  workdir=$(mktemp -d)
  java -jar "$jar" serve --port "$port" >"$workdir/serve.log" 2>&1 &
  server_pid=$!
  trap 'kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; rm -rf "$workdir"' EXIT
  for _ in $(seq 1 100); do
    curl -fsS "$endpoint/_flowsim/health" >/dev/null 2>&1 && break
    sleep 0.2
  done
  curl -fsS "$endpoint/_flowsim/health" >/dev/null || { cat "$workdir/serve.log"; echo "server did not start"; exit 1; }

  export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-2 AWS_PAGER=""
  unset AWS_SESSION_TOKEN AWS_PROFILE
}
