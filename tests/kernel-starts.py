#!/usr/bin/python3
"""Starts the zkopml kernel many times through jupyter_client, as the notebook server does (a fresh start,
then a restart of the same kernel, in turn), and fails on any start that does not answer within the
timeout: kernel_info answered (what a notebook waits for) and, on a fresh start and a restart in every 25,
a first cell that imports a package of the kit's jar and evaluates `1 + 1` to 2 (so a kernel whose class
path is not ready when its first cell comes is caught too). The kernels' own output goes to their logs (.kit/logs/kernel-*.log).
Run by ./kit test (python3 from Debian).

usage: kernel-starts.py STARTS [TIMEOUT_SECONDS]"""
import statistics
import subprocess
import sys
import time

from jupyter_client.manager import KernelManager


def answers(km, timeout, evaluate):
    """True when the kernel answers kernel_info (and, if evaluate, evaluates 1 + 1) within timeout seconds."""
    client = km.client()
    client.start_channels()
    try:
        deadline = time.monotonic() + timeout
        client.wait_for_ready(timeout=timeout)
        if not evaluate:
            return True
        reply = client.execute_interactive("import org.knowm.xchart.*;\n1 + 1", timeout=max(1, deadline - time.monotonic()),
                                           output_hook=lambda msg: results.append(msg))
        return reply["content"]["status"] == "ok" and any(
            m["msg_type"] == "execute_result" and m["content"]["data"].get("text/plain") == "2" for m in results)
    except (RuntimeError, TimeoutError) as e:
        print(f"  {e}", flush=True)
        return False
    finally:
        results.clear()
        client.stop_channels()


results = []


verbose = bool(__import__("os").environ.get("KIT_VERBOSE"))


def main():
    starts = int(sys.argv[1])
    timeout = float(sys.argv[2]) if len(sys.argv) > 2 else 30.0
    times, failures = [], []
    km = None
    for i in range(starts):
        fresh = km is None or i % 2 == 0
        began = time.monotonic()
        if fresh:
            if km is not None:
                km.shutdown_kernel(now=False)
            km = KernelManager(kernel_name="zkopml")
            km.start_kernel(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        else:
            km.restart_kernel(now=False)
        how = "fresh start" if fresh else "restart"
        if answers(km, timeout, evaluate=i % 25 in (0, 1)):
            times.append(time.monotonic() - began)
            if verbose:
                print(f"  start {i + 1} ({how}): {times[-1]:.1f} s", flush=True)
        else:
            failures.append(i)
            print(f"kernel start {i + 1} ({how}) did not answer within {timeout:.0f} s; "
                  f"its log is the newest .kit/logs/kernel-*.log of pid {km.provisioner.process.pid}", flush=True)
            km.shutdown_kernel(now=True)
            km = None
    if km is not None:
        km.shutdown_kernel(now=False)
    if times:
        print(f"kernel starts: {len(times)} answered, {len(failures)} failed (fresh starts and restarts in turn); "
              f"answer within {min(times):.1f}–{max(times):.1f} s, median {statistics.median(times):.1f} s")
    else:
        print(f"kernel starts: none of {starts} answered")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
