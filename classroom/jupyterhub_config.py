# JupyterHub configuration for ./kit classroom (Debian's jupyterhub 3.0): one notebook server per student,
# each on the student's own working copy of the course, with the kit's Java kernel. Everything here is read
# from the environment the kit sets (KIT_CLASSROOM_*), so this file is the same for every class.
import os
import sys

from jupyterhub.auth import Authenticator, PAMAuthenticator
from jupyterhub.spawner import LocalProcessSpawner, SimpleLocalProcessSpawner
from traitlets import Unicode

env = os.environ
state = env["KIT_CLASSROOM_STATE"]          # the hub's database, secrets and pid files (.kit/classroom/)
share = env["KIT_CLASSROOM_SHARE"]          # what every student's server reads: jars, kernel spec, course
students = [s for s in env.get("KIT_CLASSROOM_STUDENTS", "").split(",") if s]
auth = env.get("KIT_CLASSROOM_AUTH", "password")
accounts = env.get("KIT_CLASSROOM_ACCOUNTS", "system")   # system: one Unix account each; shared: the kit's user
activity = int(env.get("KIT_CLASSROOM_ACTIVITY_INTERVAL", "300"))
cull_after = int(env.get("KIT_CLASSROOM_CULL_SECONDS", "3600"))


class WorkshopAuthenticator(Authenticator):
    """The workshop's shared password: any listed student name with it logs in (students are told their name)."""

    password = Unicode(config=True, help="the shared workshop password")

    async def authenticate(self, handler, data):
        import hmac
        if data.get("username") in self.allowed_users and hmac.compare_digest(
                data.get("password", "").encode(), self.password.encode()):
            return data["username"]
        return None


c = get_config()  # noqa: F821 (defined by JupyterHub when it loads this file)

# The hub on the instructor's address; its internal API and the proxy's on free loopback ports the kit chose.
c.JupyterHub.bind_url = "http://%s:%s" % (env.get("KIT_CLASSROOM_IP", "127.0.0.1"), env["KIT_CLASSROOM_PORT"])
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = int(env["KIT_CLASSROOM_HUB_PORT"])
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:%s" % env["KIT_CLASSROOM_PROXY_API_PORT"]
c.ConfigurableHTTPProxy.auth_token = env["KIT_CLASSROOM_PROXY_TOKEN"]
# Debian's configurable-http-proxy requires its modules from /usr/share/nodejs, which only Debian's own
# node searches by itself; with another Node.js first on PATH (e.g. a newer one), they are named here.
os.environ["NODE_PATH"] = os.pathsep.join(
    [d for d in ("/usr/share/nodejs", "/usr/lib/nodejs") if os.path.isdir(d)] + [env.get("NODE_PATH", "")]).strip(os.pathsep)
c.ConfigurableHTTPProxy.pid_file = os.path.join(state, "proxy.pid")
c.JupyterHub.pid_file = os.path.join(state, "hub.pid")
c.JupyterHub.db_url = "sqlite:///" + os.path.join(state, "jupyterhub.sqlite")
c.JupyterHub.cookie_secret_file = os.path.join(state, "cookie_secret")
c.JupyterHub.cleanup_servers = True        # stopping the hub stops every student's server
c.JupyterHub.last_activity_interval = activity

# Who may log in.
if auth == "pam":
    c.JupyterHub.authenticator_class = PAMAuthenticator
    c.Authenticator.blocked_users = {"root"}
    if students:
        c.Authenticator.allowed_users = set(students)
else:
    c.JupyterHub.authenticator_class = WorkshopAuthenticator
    c.WorkshopAuthenticator.password = env["KIT_CLASSROOM_PASSWORD"]
    c.Authenticator.allowed_users = set(students)

# One server per student: as that student's Unix account (LocalProcessSpawner, the hub runs as root), or,
# without root, as the kit's own user with a home folder per student under the classroom's state.
if accounts == "system":
    c.JupyterHub.spawner_class = LocalProcessSpawner
else:
    c.JupyterHub.spawner_class = SimpleLocalProcessSpawner
    c.SimpleLocalProcessSpawner.home_dir_template = os.path.join(state, "home", "{username}")
# The server starts through classroom/start, which makes (or tops up) ~/zkopml-lab, the student's copy.
c.Spawner.cmd = [os.path.join(share, "start"), "jupyterhub-singleuser"]
c.Spawner.notebook_dir = "~/zkopml-lab"
c.Spawner.default_url = "/tree"
c.Spawner.environment = {
    "KIT_COURSE": os.path.join(share, "course"),
    "JUPYTER_PATH": os.path.join(share, "jupyter"),  # the kernel spec "zkopml"
    "JUPYTERHUB_ACTIVITY_INTERVAL": str(activity),
    "PYDEVD_DISABLE_FILE_VALIDATION": "1",           # Python's documented switch for the frozen-modules note
}
if env.get("JAVA_HOME"):
    c.Spawner.environment["JAVA_HOME"] = env["JAVA_HOME"]
c.Spawner.args = [
    # kernels idle longer than the server's culling time are shut down by the server itself
    "--MappingKernelManager.cull_idle_timeout=%d" % cull_after,
    "--MappingKernelManager.cull_interval=%d" % max(10, min(300, cull_after // 2)),
]
c.Spawner.start_timeout = 180               # ten servers starting at once on two cores take a while
c.Spawner.http_timeout = 180

# The idle culler, a service the hub starts and stops: it stops servers idle longer than
# KIT_CLASSROOM_CULL_SECONDS, with only the scopes that needs.
c.JupyterHub.services = [
    {"name": "idle-culler",
     "command": [sys.executable, os.path.join(share, "cull.py"), str(cull_after)]},
]
c.JupyterHub.load_roles = [
    {"name": "idle-culler", "services": ["idle-culler"],
     "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"]},
]
