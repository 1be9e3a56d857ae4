#!/usr/bin/env bash
# Builds the stand-ins the seed-article scenarios (5N-seed-*) use: python images that run the REAL
# frameworks (Debian's python3-flask, python3-fastapi, python3-uvicorn, with curl), and an ubuntu
# tag with curl, so that what the learner's own main.py/app.py prints and answers is measured, not
# imitated. No registry is reachable here, so each image is a Debian trixie minbase root
# (debootstrap from deb.debian.org) imported with `docker import --change ...` carrying the Config
# of the Docker Hub image it stands in for (Entrypoint/Cmd/Env/WorkingDir, from the images'
# Dockerfiles; not pulled, so not measured).
# Stand-in package managers: `pip install X` and `apt-get install X` succeed without the network
# when X is already in the root (they say "Requirement already satisfied" / "X is already the
# newest version"), and fail as pip/apt-get do for anything else; `apt-get update` does nothing.
# Their output is the stand-in's, so stand-in-artifacts.json compares builds without RUN output.
# Re-runnable: the root is cached in $ROOT (delete it to debootstrap again); tags are re-imported.
# Needs: root, debootstrap (apt-get install debootstrap), a running dockerd (under the lock).
set -eu
ROOT=${ROOT:-/var/cache/netdojo/pyroot-trixie}
WORK=$(mktemp -d /tmp/netdojo-pyimages.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

if [ ! -x "$ROOT/usr/bin/python3" ] || [ ! -e "$ROOT/usr/bin/uvicorn" ]; then
  rm -rf "$ROOT"
  debootstrap --variant=minbase --include=python3,python3-flask,python3-fastapi,python3-uvicorn,uvicorn,curl \
    trixie "$ROOT" http://deb.debian.org/debian
fi

R=$WORK/root
mkdir -p "$R"
# the root without the pseudo file systems debootstrap may have mounted, and without apt's caches
tar -C "$ROOT" --exclude=./proc --exclude=./sys --exclude=./dev --exclude=./var/cache/apt/archives \
  --exclude=./var/lib/apt/lists -cf - . | tar -C "$R" -xf -
mkdir -p "$R/proc" "$R/sys" "$R/dev" "$R/var/lib/apt/lists" "$R/usr/local/bin"
: > "$R/etc/hostname"; : > "$R/etc/resolv.conf"
printf '127.0.0.1\tlocalhost\n' > "$R/etc/hosts"

# the python images put python, python3 and pip in /usr/local/bin
ln -sf /usr/bin/python3 "$R/usr/local/bin/python3"
ln -sf /usr/bin/python3 "$R/usr/local/bin/python"
cat > "$R/usr/local/bin/pip" <<'EOF'
#!/bin/sh
# stand-in pip: no index is reachable; packages already in the root count as installed
[ "$1" = "install" ] || exit 0
shift
rc=0
for p in "$@"; do
  case "$p" in -*) continue ;; esac
  name=$(printf '%s' "$p" | sed 's/\[.*//; s/[=<>~!].*//')
  if python3 -c "import importlib.metadata as m, sys; m.version(sys.argv[1])" "$name" 2>/dev/null; then
    v=$(python3 -c "import importlib.metadata as m, sys; print(m.version(sys.argv[1]))" "$name")
    echo "Requirement already satisfied: $name in /usr/lib/python3/dist-packages ($v)"
  else
    echo "ERROR: Could not find a version that satisfies the requirement $name (from versions: none)"
    echo "ERROR: No matching distribution found for $name"
    rc=1
  fi
done
exit $rc
EOF
chmod +x "$R/usr/local/bin/pip"; ln -sf pip "$R/usr/local/bin/pip3"

# stand-in apt-get (used by the ubuntu tag): the lists are "up to date", installed packages stay
mv "$R/usr/bin/apt-get" "$R/usr/bin/apt-get.real"
cat > "$R/usr/bin/apt-get" <<'EOF'
#!/bin/sh
# stand-in apt-get: no mirror is reachable; packages already in the root count as installed
for a in "$@"; do case "$a" in -*) ;; *) sub=${sub:-$a} ;; esac; done
case "${sub:-}" in
  update) : > /var/lib/apt/lists/lock; echo "Reading package lists..."; exit 0 ;;
  install) ;;
  *) exec /usr/bin/apt-get.real "$@" ;;
esac
echo "Reading package lists..."; echo "Building dependency tree..."; echo "Reading state information..."
rc=0
for p in "$@"; do
  case "$p" in -*|install) continue ;; esac
  if dpkg -s "$p" >/dev/null 2>&1; then
    echo "$p is already the newest version ($(dpkg-query -W -f='${Version}' "$p"))."
  else
    echo "E: Unable to locate package $p"; rc=100
  fi
done
[ $rc -eq 0 ] && echo "0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded."
exit $rc
EOF
chmod +x "$R/usr/bin/apt-get"

tar -C "$R" -cf "$WORK/root.tar" .
imp() { # imp TAG --change...
  local tag=$1; shift
  docker rmi -f "$tag" >/dev/null 2>&1 || true
  docker import "$@" "$WORK/root.tar" "$tag" >/dev/null
  echo "built $tag"
}
# python:3.x and python:3.x-slim (Docker Hub's Dockerfiles: ENV PATH /usr/local/bin:$PATH, LANG, GPG_KEY,
# PYTHON_VERSION, CMD ["python3"]). The full image has curl; so does this stand-in of the slim one,
# which the real slim image lacks (no seed scenario runs curl inside a slim container).
PYPATH='PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
for v in 3.9:3.9.23:E3FF2839C048B25C084DEBE9B26995E310250568 3.12:3.12.11:7169605F62C751356D054A26A821E680E5FA6305; do
  tag=${v%%:*}; rest=${v#*:}; ver=${rest%%:*}; key=${rest#*:}
  for t in "python:$tag" "python:$tag-slim"; do
    imp "$t" -c "ENV $PYPATH" -c 'ENV LANG=C.UTF-8' -c "ENV GPG_KEY=$key" -c "ENV PYTHON_VERSION=$ver" -c 'CMD ["python3"]'
  done
done
# ubuntu:24.04 (a Debian root with curl standing in for Ubuntu's): its own os-release, so that its
# layer differs from the python tags' (a shared layer made BuildKit print `FROM ... CACHED`)
printf 'PRETTY_NAME="Ubuntu 24.04 LTS"\nNAME="Ubuntu"\nVERSION_ID="24.04"\nID=ubuntu\n' > "$R/etc/os-release.ubuntu"
rm -f "$R/etc/os-release"; mv "$R/etc/os-release.ubuntu" "$R/etc/os-release"
tar -C "$R" -cf "$WORK/root.tar" .
imp ubuntu:24.04 -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' -c 'CMD ["/bin/bash"]'
docker images --format '{{.Repository}}:{{.Tag}} {{.Size}}' | grep -E '^(python|ubuntu):'
