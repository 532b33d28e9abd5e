#!/usr/bin/python3
"""./kit classroom --smoke: a class of N students through a real JupyterHub, measured.

Starts the hub (the command after --), then for every student at once, through the hub's REST API and
the student's own notebook server, as a browser would: logs in with the workshop password (a token
requested with username and password), starts the student's server, opens the notebook in the student's
working copy, starts a zkopml kernel and runs every code cell to the end over the kernel's websocket
(stopping at the first error), saves the notebook with its outputs into the student's copy, shuts the
kernel down and stops the server. Meanwhile it samples the memory (RSS) and CPU time of every process the
hub started, grouped by student (the server and its kernel) and hub (the hub, its proxy, the culler).
Afterwards it checks that each saved notebook is in that student's copy and that the course's notebook is
unchanged, stops the hub, and checks that no process it started is left. Prints one JSON object; exits 0
only if every student ran the notebook to the end and nothing was left behind.

usage: smoke.py --url URL --password P --students a,b,… --home TEMPLATE --course-notebook FILE
                --notebook REL [--timeout S] -- HUB_COMMAND…
"""
import argparse
import asyncio
import hashlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
import uuid

import psutil
from tornado.httpclient import AsyncHTTPClient, HTTPClientError, HTTPRequest
from tornado.websocket import websocket_connect

MB = 1024 * 1024


class Sampler(threading.Thread):
    """Every half second: RSS and CPU time of every process below the hub, per student and for the hub."""

    def __init__(self, hub):
        super().__init__(daemon=True)
        self.hub = hub
        self.stop = threading.Event()
        self.seen = {}             # pid -> create_time of every process seen below the hub
        self.owner = {}            # (server pid, start time) -> student (from its JUPYTERHUB_USER)
        self.peak = {}             # student -> peak RSS of server + kernel (bytes)
        self.cpu = {}              # pid -> (student, last user+system CPU seconds)
        self.hub_peak = 0
        self.hub_cmdline = hub.cmdline()
        self.lock = threading.Lock()

    def student_of(self, proc):
        """The student whose server is proc or one of its ancestors (None for the hub's own helpers)."""
        chain = [proc]
        try:
            while chain[-1].ppid() != self.hub.pid and chain[-1].ppid() > 1:
                chain.append(chain[-1].parent())
            top = chain[-1]
            key = (top.pid, top.create_time())
            if key not in self.owner:
                # a server's process between the hub's fork and its exec still has the hub's environment:
                # only a name once it has its own is remembered
                student = top.environ().get("JUPYTERHUB_USER")
                if student is None:
                    return None
                self.owner[key] = student
            return self.owner[key]
        except (psutil.Error, AttributeError):
            return None

    def sample(self):
        try:
            procs = [self.hub] + self.hub.children(recursive=True)
        except psutil.Error:
            return
        per_student, hub_rss = {}, 0
        for p in procs:
            try:
                self.seen.setdefault(p.pid, p.create_time())
                rss = p.memory_info().rss
                cpu = p.cpu_times()
                student = None if p.pid == self.hub.pid else self.student_of(p)
                if student is None and p.pid != self.hub.pid and p.cmdline() == self.hub_cmdline:
                    continue       # the hub forked, not yet exec'd: its pages are the hub's, counted once
            except psutil.Error:
                continue
            if student:
                per_student[student] = per_student.get(student, 0) + rss
                self.cpu[p.pid] = (student, cpu.user + cpu.system)
            else:
                hub_rss += rss
        with self.lock:
            self.hub_peak = max(self.hub_peak, hub_rss)
            for s, rss in per_student.items():
                self.peak[s] = max(self.peak.get(s, 0), rss)

    def cpu_seconds(self):
        with self.lock:
            total = {}
            for student, seconds in self.cpu.values():
                total[student] = total.get(student, 0.0) + seconds
            return total

    def run(self):
        while not self.stop.is_set():
            self.sample()
            self.stop.wait(0.5)


class Student:
    def __init__(self, name, args, http):
        self.name, self.args, self.http = name, args, http
        self.token = None
        self.error = None
        self.cells = 0
        self.start_seconds = None
        self.run_seconds = None

    async def call(self, method, path, body=None, hub=True, timeout=120):
        url = self.args.url + ("/hub/api" if hub else "/user/%s/api" % self.name) + path
        headers = {"Authorization": "token " + self.token} if self.token else {}
        request = HTTPRequest(url, method=method, headers=headers, request_timeout=timeout,
                              body=None if body is None else json.dumps(body),
                              allow_nonstandard_methods=True)
        response = await self.http.fetch(request)
        return json.loads(response.body) if response.body else None

    async def login(self):
        """A token for the student, requested with the workshop password (the hub's authenticator checks it)."""
        reply = await self.call("POST", "/users/%s/tokens" % self.name,
                                {"auth": {"username": self.name, "password": self.args.password},
                                 "note": "kit classroom --smoke"})
        self.token = reply["token"]

    async def start_server(self):
        began = time.monotonic()
        await self.call("POST", "/users/%s/server" % self.name, {})
        deadline = began + self.args.timeout
        while time.monotonic() < deadline:
            user = await self.call("GET", "/users/%s" % self.name)
            server = (user.get("servers") or {}).get("")
            if server and server.get("ready"):
                self.start_seconds = time.monotonic() - began
                return
            await asyncio.sleep(0.5)
        raise RuntimeError("the server did not start within %d s" % self.args.timeout)

    async def run_notebook(self):
        began = time.monotonic()
        path = self.args.notebook
        model = await self.call("GET", "/contents/%s?content=1" % path, hub=False)
        notebook = model["content"]
        session = await self.call("POST", "/sessions", {"path": path, "type": "notebook", "name": "",
                                                        "kernel": {"name": "zkopml"}}, hub=False)
        kernel = session["kernel"]["id"]
        try:
            ws_url = self.args.url.replace("http", "ws", 1) + "/user/%s/api/kernels/%s/channels" % (self.name, kernel)
            ws = await websocket_connect(HTTPRequest(ws_url, headers={"Authorization": "token " + self.token}),
                                         max_message_size=64 * MB)
            try:
                for cell in notebook["cells"]:
                    if cell["cell_type"] != "code":
                        continue
                    cell["outputs"], count = await self.execute(ws, "".join(cell["source"]))
                    cell["execution_count"] = count
                    self.cells += 1
            finally:
                ws.close()
            # saved like the notebook's Save button does: into the student's copy, through the server
            await self.call("PUT", "/contents/%s" % path, {"type": "notebook", "format": "json",
                                                           "content": notebook}, hub=False)
        finally:
            await self.call("DELETE", "/sessions/%s" % session["id"], hub=False)
        self.run_seconds = time.monotonic() - began

    async def execute(self, ws, code):
        """Runs one cell; returns its outputs and execution count, or raises with the kernel's error."""
        msg_id = uuid.uuid4().hex
        await ws.write_message(json.dumps({
            "header": {"msg_id": msg_id, "msg_type": "execute_request", "username": self.name,
                       "session": uuid.uuid4().hex, "version": "5.3", "date": ""},
            "parent_header": {}, "metadata": {}, "buffers": [], "channel": "shell",
            "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                        "allow_stdin": False, "stop_on_error": True}}))
        outputs, reply, idle, count = [], None, False, None
        deadline = time.monotonic() + self.args.timeout
        while reply is None or not idle:
            left = deadline - time.monotonic()
            if left <= 0:
                raise RuntimeError("a cell did not finish within %d s" % self.args.timeout)
            raw = await asyncio.wait_for(ws.read_message(), left)
            if raw is None:
                raise RuntimeError("the kernel's websocket closed")
            msg = json.loads(raw)
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind, content = msg["msg_type"], msg["content"]
            if msg["channel"] == "shell" and kind == "execute_reply":
                reply = content
            elif kind == "status":
                idle = content["execution_state"] == "idle"
            elif kind == "stream":
                outputs.append({"output_type": "stream", "name": content["name"], "text": content["text"]})
            elif kind in ("display_data", "execute_result"):
                out = {"output_type": kind, "data": content["data"], "metadata": content.get("metadata", {})}
                if kind == "execute_result":
                    out["execution_count"] = content["execution_count"]
                outputs.append(out)
            elif kind == "error":
                outputs.append({"output_type": "error", "ename": content["ename"], "evalue": content["evalue"],
                                "traceback": content["traceback"]})
        if reply["status"] != "ok":
            raise RuntimeError("cell %d failed: %s: %s" % (self.cells + 1, reply.get("ename", reply["status"]),
                                                         reply.get("evalue", "")))
        return outputs, reply.get("execution_count")

    async def stop_server(self):
        await self.call("DELETE", "/users/%s/server" % self.name)

    async def run(self):
        try:
            await self.login()
            await self.start_server()
            await self.run_notebook()
        except (HTTPClientError, RuntimeError, OSError, asyncio.TimeoutError, KeyError) as e:
            body = getattr(getattr(e, "response", None), "body", b"") or b""
            self.error = ("%s %s" % (e, body.decode(errors="replace")[:300])).strip()
        finally:
            if self.token:
                try:
                    await self.stop_server()
                except (HTTPClientError, OSError):
                    pass


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def saved_with_outputs(path, cells):
    """True when the file is a notebook whose first `cells` code cells carry an execution count."""
    try:
        with open(path, encoding="utf-8") as f:
            code = [c for c in json.load(f)["cells"] if c["cell_type"] == "code"]
        return len(code) >= cells > 0 and all(c.get("execution_count") for c in code[:cells])
    except (OSError, ValueError, KeyError):
        return False


async def wait_for_hub(url, hub, seconds):
    http = AsyncHTTPClient()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if hub.poll() is not None:
            raise RuntimeError("the hub exited (status %s) before it answered; its log: see above" % hub.returncode)
        try:
            await http.fetch(url + "/hub/api/", request_timeout=5)
            return
        except (HTTPClientError, OSError):
            await asyncio.sleep(0.5)
    raise RuntimeError("the hub did not answer on %s within %d s" % (url, seconds))


async def main_async(args, hub, sampler):
    await wait_for_hub(args.url, hub, 120)
    http = AsyncHTTPClient()
    students = [Student(name, args, http) for name in args.students.split(",")]
    began = time.monotonic()
    await asyncio.gather(*(s.run() for s in students))
    return students, time.monotonic() - began


def stop_hub(hub, sampler, seconds=60):
    """SIGTERM to the hub (which stops the servers, its proxy and services); then anything still alive."""
    sampler.sample()
    if hub.poll() is None:
        hub.send_signal(signal.SIGTERM)
        try:
            hub.wait(seconds)
        except subprocess.TimeoutExpired:
            hub.kill()
            hub.wait()
    deadline = time.monotonic() + 15
    while True:
        left = []
        for pid, created in sampler.seen.items():
            try:
                p = psutil.Process(pid)
                if p.create_time() == created and p.status() != psutil.STATUS_ZOMBIE:
                    left.append(p)
            except psutil.Error:
                pass
        if not left or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    named = []
    for p in left:
        try:
            named.append("%d %s" % (p.pid, p.name()))
            p.kill()
        except psutil.Error:
            pass
    return named


def main():
    argv = sys.argv[1:]
    split = argv.index("--")
    parser = argparse.ArgumentParser(description="./kit classroom --smoke")
    parser.add_argument("--url", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--students", required=True)
    parser.add_argument("--home", required=True, help="a student's home, {name} for the name")
    parser.add_argument("--course-notebook", required=True)
    parser.add_argument("--notebook", required=True, help="the notebook's path in a student's copy")
    parser.add_argument("--timeout", type=int, default=900)
    args = parser.parse_args(argv[:split])
    AsyncHTTPClient.configure(None, max_clients=1000)

    before = sha256(args.course_notebook)
    load_before = os.getloadavg()
    hub_log = open(os.environ.get("KIT_CLASSROOM_LOG", os.devnull), "ab")
    hub = subprocess.Popen(argv[split + 1:], stdout=hub_log, stderr=subprocess.STDOUT, start_new_session=True)
    sampler = Sampler(psutil.Process(hub.pid))
    sampler.start()
    error = None
    students, seconds = [], 0.0
    try:
        students, seconds = asyncio.run(main_async(args, hub, sampler))
    except RuntimeError as e:
        error = str(e)
    finally:
        sampler.stop.set()
        sampler.join()
        cpu = sampler.cpu_seconds()
        left = stop_hub(hub, sampler)
    load_after = os.getloadavg()

    ran = [s for s in students if s.error is None]
    saved = [s for s in ran if saved_with_outputs(os.path.join(args.home.format(name=s.name), "zkopml-lab",
                                                               args.notebook), s.cells)]
    unchanged = sha256(args.course_notebook) == before
    peaks = [sampler.peak[s.name] for s in students if s.name in sampler.peak]
    cpus = [cpu[s.name] for s in students if s.name in cpu]
    result = {
        "students": len(args.students.split(",")),
        "succeeded": len(saved) if unchanged else 0,
        "seconds": round(seconds, 1),
        "peakMemoryPerStudentMB": round(max(peaks) / MB) if peaks else None,
        "meanPeakMemoryPerStudentMB": round(sum(peaks) / len(peaks) / MB) if peaks else None,
        "studentsMeasured": len(peaks),
        "hubMemoryMB": round(sampler.hub_peak / MB),
        "cpuSecondsPerStudent": round(sum(cpus) / len(cpus), 1) if cpus else None,
        "serverStartSeconds": round(max((s.start_seconds or 0) for s in students), 1) if students else None,
        "notebook": args.notebook,
        "cellsRun": sum(s.cells for s in students),
        "savedInStudentCopies": len(saved),
        "courseNotebookUnchanged": unchanged,
        "leftoverProcesses": len(left),
        "loadAverage": {"before": round(load_before[0], 2), "after": round(load_after[0], 2)},
        "cores": os.cpu_count(),
    }
    failures = ["%s: %s" % (s.name, s.error) for s in students if s.error]
    failures += ["%s: the saved notebook is not in its copy" % s.name for s in ran if s not in saved]
    if error:
        failures.insert(0, error)
    if not unchanged:
        failures.append("the course's notebook %s was changed" % args.course_notebook)
    if left:
        failures.append("left running (now killed): %s" % ", ".join(left))
    if failures:
        result["failures"] = failures
    print(json.dumps(result))
    return 0 if not failures and result["succeeded"] == result["students"] else 1


if __name__ == "__main__":
    sys.exit(main())
