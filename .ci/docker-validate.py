#!/usr/bin/env python3
"""Checks docker/'s files that CI cannot run (no Grafana or Prometheus image is reachable here):
every YAML and JSON file parses; the compose file keeps to what both `docker compose` and docker-compose v1 read;
Prometheus scrapes the emulator's and the publisher's metrics paths; Grafana's datasource has the uid the
dashboard refers to; the dashboard provider's path is where compose mounts the dashboards; every metric the
dashboard queries is one flowsim registers. With --scrape FILE..., the metric names are checked against real
/metrics scrapes instead of the source code."""
import glob
import json
import os
import re
import sys

import yaml

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
docker = os.path.join(root, "docker")
problems = []


def check(condition, message):
    if not condition:
        problems.append(message)


def load_yaml(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


compose = load_yaml(os.path.join(docker, "docker-compose.yml"))
check("name" not in compose and "include" not in compose, "compose: top-level name:/include: break docker-compose v1")
services = compose.get("services", {})
check(set(services) >= {"emulator", "runner", "prometheus", "grafana"}, "compose: a service is missing")
for name, service in services.items():
    check(service.get("network_mode") == "host", f"compose: {name} must use host networking (loopback admin API)")
check(services["runner"]["depends_on"]["emulator"]["condition"] == "service_healthy",
      "compose: the runner must wait for a healthy emulator")
check("${FLOWSIM_SCENARIO" in json.dumps(services["runner"]["environment"]), "compose: FLOWSIM_SCENARIO not passed")

prometheus = load_yaml(os.path.join(docker, "prometheus", "prometheus.yml"))
paths = {job["metrics_path"] for job in prometheus["scrape_configs"]}
check(paths == {"/_flowsim/metrics", "/metrics"}, f"prometheus: scrape paths {paths}")
mounts = services["prometheus"]["volumes"]
check(any(m.startswith("./prometheus/prometheus.yml:/etc/prometheus/prometheus.yml") for m in mounts),
      "prometheus: its configuration is not mounted where --config.file points")

datasources = load_yaml(os.path.join(docker, "grafana", "provisioning", "datasources", "flowsim.yml"))
uids = {d["uid"] for d in datasources["datasources"]}
check(all(d["type"] == "prometheus" for d in datasources["datasources"]), "grafana: datasource type")
check("PROMETHEUS_URL" in services["grafana"]["environment"], "grafana: PROMETHEUS_URL is not set for the datasource")
providers = load_yaml(os.path.join(docker, "grafana", "provisioning", "dashboards", "flowsim.yml"))
provider_paths = {p["options"]["path"] for p in providers["providers"]}
grafana_mounts = services["grafana"]["volumes"]
check(any(m.endswith(":" + p + ":ro") and m.startswith("./grafana/dashboards:") for p in provider_paths
          for m in grafana_mounts), f"grafana: dashboards not mounted at the provider's path {provider_paths}")
home = services["grafana"]["environment"]["GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH"]
check(os.path.exists(os.path.join(docker, "grafana", "dashboards", os.path.basename(home))),
      f"grafana: home dashboard {home} does not exist")

exprs = []
for path in glob.glob(os.path.join(docker, "grafana", "dashboards", "*.json")):
    with open(path, encoding="utf-8") as f:
        dashboard = json.load(f)
    check(bool(dashboard.get("uid")) and bool(dashboard.get("panels")), f"{path}: no uid or no panels")
    for panel in dashboard["panels"]:
        check(panel["datasource"]["uid"] in uids, f"{path}: panel '{panel['title']}' uses an unknown datasource")
        for target in panel["targets"]:
            check(target["datasource"]["uid"] in uids, f"{path}: a query of '{panel['title']}' uses an unknown datasource")
            exprs.append(target["expr"])
queried = {m for e in exprs for m in re.findall(r"\b(flowsim_[a-z_]+)\b", e)}
check(bool(queried), "dashboard: no flowsim metric queried")

if "--scrape" in sys.argv:
    # Names from live scrapes; a counter registered only on its first increment cannot appear before it.
    lazy = {"flowsim_simulator_calls_retried_total"}
    scraped = set()
    for path in sys.argv[sys.argv.index("--scrape") + 1:]:
        with open(path, encoding="utf-8") as f:
            scraped |= {line.split("{")[0].split(" ")[0] for line in f if line and not line.startswith("#")}
    missing = sorted(queried - scraped - lazy)
    check(not missing, f"dashboard queries metrics no scrape shows: {missing}")
else:
    # Names from the source: Micrometer's Prometheus naming (dots to underscores, counters _total, timers _seconds).
    sources = ""
    for path in glob.glob(os.path.join(root, "*", "src", "main", "java", "**", "*.java"), recursive=True):
        with open(path, encoding="utf-8") as f:
            sources += f.read()
    names = set(re.findall(r'"(flowsim\.[a-z.]+)"', sources))
    base = {n.replace(".", "_") for n in names}
    for metric in queried:
        stem = re.sub(r"_(total|seconds_count|seconds_sum|seconds_max)$", "", metric)
        check(stem in base, f"dashboard queries {metric}, which no flowsim source registers")

if problems:
    print("docker/ validation failed:\n  " + "\n  ".join(problems))
    sys.exit(1)
print(f"docker/ files valid: compose, prometheus, grafana datasource + dashboards ({len(queried)} metrics queried)")
