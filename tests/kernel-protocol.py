#!/usr/bin/python3
"""The zkopml kernel through the Jupyter messaging protocol, driven by jupyter_client (Debian's) as a front end
drives it: inspection (Shift-Tab) of a JDK method and of the kit's own, input through the stdin channel (and
end-of-input without it), stop_on_error (the request queued behind a failing one is aborted), rich display,
the magics (%maven from a local repository made here, %%time, %time, %lsmagic, completion after %). The kernel
is the one ./kit setup installed, started from a copy of its spec that points %maven at a local repository in
a temporary folder (with an empty folder as its remote, so nothing is downloaded). Run by ./kit test.

usage: kernel-protocol.py"""
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import zipfile

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIMEOUT = 120  # seconds for one request (a busy 2-core machine; nothing here is timed)
passed, failed = [], []


def check(what, condition, detail=""):
    (passed if condition else failed).append(what)
    print(f"  {'ok  ' if condition else 'FAIL'} {what}{'' if condition else ': ' + str(detail)[:600]}", flush=True)


def local_repository(folder, java):
    """A Maven repository with org.example.kitprobe:kit-probe:1.0 (one class, compiled here), as mvn install lays it out."""
    bin_dir = os.path.dirname(java)
    src = os.path.join(folder, "src", "org", "example", "kitprobe")
    os.makedirs(src)
    with open(os.path.join(src, "Probe.java"), "w") as f:
        f.write("package org.example.kitprobe;\n"
                "public class Probe { public static String hello() { return \"hello from the local repository\"; } }\n")
    classes = os.path.join(folder, "classes")
    subprocess.run([os.path.join(bin_dir, "javac"), "--release", "17", "-d", classes, os.path.join(src, "Probe.java")],
                   check=True)
    artifact = os.path.join(folder, "repository", "org", "example", "kitprobe", "kit-probe", "1.0")
    os.makedirs(artifact)
    with zipfile.ZipFile(os.path.join(artifact, "kit-probe-1.0.jar"), "w") as jar:
        jar.write(os.path.join(classes, "org", "example", "kitprobe", "Probe.class"), "org/example/kitprobe/Probe.class")
    with open(os.path.join(artifact, "kit-probe-1.0.pom"), "w") as f:
        f.write('<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
                "<groupId>org.example.kitprobe</groupId><artifactId>kit-probe</artifactId><version>1.0</version></project>\n")
    os.makedirs(os.path.join(folder, "remote"))
    return os.path.join(folder, "repository"), "file://" + os.path.join(folder, "remote") + "/"


def kernel_spec(folder):
    """A copy of the installed zkopml spec whose JVM uses the test's local repository for %maven."""
    spec = KernelSpecManager().get_kernel_spec("zkopml")
    repository, remote = local_repository(folder, spec.argv[0])
    argv = [spec.argv[0], f"-Dmaven.repo.local={repository}", f"-Dzkopml.kernel.maven.remote={remote}"] + spec.argv[1:]
    target = os.path.join(folder, "kernels", "zkopml-protocol-test")
    os.makedirs(target)
    with open(os.path.join(target, "kernel.json"), "w") as f:
        json.dump({"argv": argv, "display_name": "zkopml (protocol test)", "language": "java",
                   "interrupt_mode": "message", "env": spec.env}, f)
    return spec


class Session:
    """One kernel and a blocking client on it."""

    def __init__(self):
        self.km = KernelManager(kernel_name="zkopml-protocol-test")
        self.km.start_kernel(cwd=os.path.join(ROOT, "notebooks"), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=TIMEOUT)

    def close(self):
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=False)

    def outputs(self, msg_id):
        """The IOPub messages answering msg_id, up to its idle status."""
        seen = []
        while True:
            msg = self.kc.get_iopub_msg(timeout=TIMEOUT)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                return seen
            seen.append(msg)

    def reply(self, msg_id):
        while True:
            msg = self.kc.get_shell_msg(timeout=TIMEOUT)
            if msg["parent_header"].get("msg_id") == msg_id:
                return msg

    def run(self, code, **options):
        msg_id = self.kc.execute(code, **options)
        reply = self.reply(msg_id)
        return reply["content"], self.outputs(msg_id)


def text(outputs, name="stdout"):
    return "".join(m["content"]["text"] for m in outputs if m["msg_type"] == "stream" and m["content"]["name"] == name)


def result(outputs):
    values = [m["content"]["data"].get("text/plain") for m in outputs if m["msg_type"] == "execute_result"]
    return values[-1] if values else None


def displays(outputs):
    return [m["content"]["data"] for m in outputs if m["msg_type"] == "display_data"]


def has_jdk_sources(spec):
    entries = spec.env.get("ZKOPML_KERNEL_SOURCES", "").split(os.pathsep)
    home = os.path.dirname(os.path.dirname(os.path.realpath(spec.argv[0])))
    return any(e.endswith("src.zip") and os.path.isfile(e) for e in entries) or os.path.isfile(
        os.path.join(home, "lib", "src.zip")) or os.path.isfile(os.path.join(os.path.dirname(home), "src.zip"))


def inspection(s, spec):
    content = s.reply(s.kc.inspect("int m = Math.max", len("int m = Math.max"), 0))["content"]
    shown = content.get("data", {}).get("text/plain", "")
    check("inspect_request on Math.max is found, with its signatures", content.get("found") is True
          and "int Math.max(int" in shown, content)
    if has_jdk_sources(spec):
        check("… and its Javadoc", "Returns the greater of two int values." in shown, shown)
    else:
        print("  skip Math.max's Javadoc: this JDK has no src.zip and none was downloaded", flush=True)
    content, _ = s.run("%load ../jshell/kit.jsh")
    check("%load ../jshell/kit.jsh", content["status"] == "ok", content)
    content = s.reply(s.kc.inspect("Keccak256.hash(new byte[0])", len("Keccak256.ha"), 1))["content"]
    shown = content.get("data", {}).get("text/plain", "")
    check("inspect_request on Keccak256.hash shows the kit's own Javadoc (detail level 1)",
          content.get("found") is True and "byte[] Keccak256.hash(byte[]... parts)" in shown
          and "Keccak-256 of the concatenation of the given byte arrays" in shown, shown)
    content = s.reply(s.kc.inspect("Nothing.here", 4, 0))["content"]
    check("inspect_request on an unknown name is not found", content.get("found") is False, content)


def stdin(s):
    msg_id = s.kc.execute('System.out.print("Your name? ");\nnew java.util.Scanner(System.in).nextLine()', allow_stdin=True)
    try:
        request = s.kc.get_stdin_msg(timeout=TIMEOUT)
    except queue.Empty:
        request = None
    check("an execute_request with allow_stdin gets an input_request", request is not None
          and request["msg_type"] == "input_request" and request["parent_header"].get("msg_id") == msg_id, request)
    if request is not None:
        s.kc.input("Ada Lovelace")
    reply = s.reply(msg_id)
    outputs = s.outputs(msg_id)
    check("… and the cell reads what was typed", reply["content"]["status"] == "ok"
          and result(outputs) == '"Ada Lovelace"' and text(outputs) == "Your name? ", (reply["content"], outputs))
    msg_id = s.kc.execute("new java.util.Scanner(System.in).nextLine()", allow_stdin=True)
    try:
        s.kc.get_stdin_msg(timeout=TIMEOUT)
        s.km.interrupt_kernel()
        reply = s.reply(msg_id)["content"]
    except queue.Empty:
        reply = None
    check("an interrupt ends a cell waiting for input", reply is not None and reply["status"] == "error", reply)
    content, outputs = s.run("new java.util.Scanner(System.in).nextLine()", allow_stdin=False)
    check("without allow_stdin a read gets end-of-input at once, with a note", content["status"] == "error"
          and content["ename"] == "java.util.NoSuchElementException" and "does not take input" in text(outputs, "stderr"),
          (content, outputs))


def stop_on_error(s):
    ids = [s.kc.execute("int before = 1;"), s.kc.execute('check(1 + 1 == 3, "a planted failure");'),
           s.kc.execute("int after = 2;"), s.kc.execute('System.out.println("nor this");')]
    replies = {}
    while len(replies) < len(ids):
        msg = s.kc.get_shell_msg(timeout=TIMEOUT)
        replies[msg["parent_header"].get("msg_id")] = msg["content"]
    statuses = [replies[i]["status"] for i in ids]
    check("the requests queued behind a failing check(...) are answered aborted",
          statuses == ["ok", "error", "aborted", "aborted"], statuses)
    content, _ = s.run("after")
    check("… and did not run", content["status"] == "error", content)
    ids = [s.kc.execute('check(false, "another");', stop_on_error=False), s.kc.execute("int later = 3;")]
    replies = {}
    while len(replies) < len(ids):
        msg = s.kc.get_shell_msg(timeout=TIMEOUT)
        replies[msg["parent_header"].get("msg_id")] = msg["content"]
    check("with stop_on_error false the next request runs", [replies[i]["status"] for i in ids] == ["error", "ok"],
          replies)


def magics(s):
    content, outputs = s.run("%maven org.example.kitprobe:kit-probe:1.0")
    check("%maven of an artifact in the local repository", content["status"] == "ok"
          and "1 jar added to the class path (kit-probe-1.0.jar)" in text(outputs), (content, outputs))
    content, outputs = s.run("import org.example.kitprobe.Probe;\nProbe.hello()")
    check("… makes its classes usable in the next cell", result(outputs) == '"hello from the local repository"',
          (content, outputs))
    content, outputs = s.run("%maven org.example.kitprobe:not-there:1.0")
    check("%maven of an artifact that cannot be had is a one-line error", content["status"] == "error"
          and content["evalue"].startswith("org.example.kitprobe:not-there:1.0 cannot be had: ")
          and "\n" not in content["evalue"], content)
    content, outputs = s.run('%%time\nThread.sleep(50);\nSystem.out.println("slept");')
    printed = text(outputs)
    check("%%time prints the cell's wall time after its output", content["status"] == "ok"
          and printed.startswith("slept\nWall time: ") and printed.rstrip().endswith(("ms", "s")), printed)
    content, outputs = s.run("%time 6 * 7")
    check("%time prints the line's wall time and gives its value", result(outputs) == "42"
          and "Wall time: " in text(outputs), outputs)
    content, outputs = s.run("%lsmagic")
    check("%lsmagic lists the magics", all(m in text(outputs) for m in ("%classpath", "%jars", "%maven", "%time", "%%time")),
          text(outputs))
    content = s.reply(s.kc.complete("int x = 1;\n%ma", len("int x = 1;\n%ma")))["content"]
    check("completion offers magics after %", content["matches"] == ["%maven"], content)


def rich_display(s):
    _, outputs = s.run('display(html("<b>bold</b>"));\ndisplay(markdown("**bold**"));\ndisplay(latex("$x^2$"));\n'
                       'display("<b>not html</b>");')
    shown = displays(outputs)
    check("display picks the MIME type: html(...), markdown(...), latex(...) as those, a String as text",
          len(shown) == 4 and shown[0].get("text/html") == "<b>bold</b>" and shown[1].get("text/markdown") == "**bold**"
          and shown[2].get("text/latex") == "$x^2$" and list(shown[3]) == ["text/plain"], shown)
    _, outputs = s.run("var chart = new XYChartBuilder().width(120).height(80).build();\n"
                       'chart.addSeries("s", new double[] {1, 2}, new double[] {2, 1});\ndisplay(chart);')
    shown = displays(outputs)
    check("an XChart chart is shown as PNG", len(shown) == 1 and "image/png" in shown[0], shown)


def main():
    folder = tempfile.mkdtemp(prefix="kernel-protocol-")
    os.environ["JUPYTER_PATH"] = folder + os.pathsep + os.environ.get("JUPYTER_PATH", "")
    print("kernel protocol test (jupyter_client)", flush=True)
    session = None
    try:
        spec = kernel_spec(folder)
        session = Session()
        for part in (lambda s: inspection(s, spec), stdin, stop_on_error, magics, rich_display):
            try:
                part(session)
            except (queue.Empty, RuntimeError, TimeoutError, KeyError) as e:
                check("the kernel answered", False, repr(e))
    finally:
        if session is not None:
            session.close()
        shutil.rmtree(folder, ignore_errors=True)
    print(f"kernel protocol: {len(passed)} passed, {len(failed)} failed", flush=True)
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main())
