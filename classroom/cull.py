#!/usr/bin/python3
"""The classroom's idle culler, a service the hub starts and stops: every INTERVAL seconds it lists the
students' servers through the hub's REST API and stops each one whose last activity (the hub's record,
fed by the proxy's traffic and the server's own activity reports) is older than TIMEOUT seconds. The same
rule as the Zero to JupyterHub chart's culler (cull.timeout), with the standard library only.

usage: cull.py TIMEOUT [INTERVAL]     (JUPYTERHUB_API_URL and JUPYTERHUB_API_TOKEN come from the hub)"""
import datetime
import json
import os
import sys
import time
import urllib.error
import urllib.request

API = os.environ["JUPYTERHUB_API_URL"].rstrip("/")
TOKEN = os.environ["JUPYTERHUB_API_TOKEN"]


def call(method, path):
    request = urllib.request.Request(API + path, method=method, headers={"Authorization": "token " + TOKEN})
    with urllib.request.urlopen(request, timeout=30) as response:
        body = response.read()
        return json.loads(body) if body else None


def when(stamp):
    """An ISO 8601 time from the hub ('2026-12-07T01:02:03.456789Z') as an aware datetime."""
    return datetime.datetime.fromisoformat(stamp.replace("Z", "+00:00"))


def cull_once(timeout):
    now = datetime.datetime.now(datetime.timezone.utc)
    for user in call("GET", "/users?state=ready"):
        for name, server in (user.get("servers") or {}).items():
            if server.get("pending") or not server.get("last_activity"):
                continue
            idle = (now - when(server["last_activity"])).total_seconds()
            if idle > timeout:
                path = "/users/%s/server" % user["name"] if name == "" else "/users/%s/servers/%s" % (user["name"], name)
                call("DELETE", path)
                print("idle-culler: stopped %s's server, idle %d s (limit %d s)" % (user["name"], idle, timeout),
                      flush=True)


def main():
    timeout = int(sys.argv[1])
    interval = int(sys.argv[2]) if len(sys.argv) > 2 else max(5, min(300, timeout // 4))
    print("idle-culler: servers idle longer than %d s are stopped (checked every %d s)" % (timeout, interval), flush=True)
    while True:
        try:
            cull_once(timeout)
        except (urllib.error.URLError, OSError, ValueError) as e:
            print("idle-culler: %s" % e, flush=True)
        time.sleep(interval)


if __name__ == "__main__":
    main()
