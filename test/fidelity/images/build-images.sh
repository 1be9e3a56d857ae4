#!/usr/bin/env bash
# Builds stand-in images for the fidelity recordings: no registry is reachable, so each image is a
# busybox rootfs imported with `docker import --change ...` so that its Config (Entrypoint, Cmd,
# ExposedPorts, WorkingDir, Env PATH, StopSignal, Volumes) mimics the real Docker Hub image.
# Servers are faked with busybox httpd / nc on the real port. Re-runnable: it removes and re-imports.
# Needs: root, a running dockerd, /bin/busybox (busybox-static), /usr/bin/curl (copied into nginx).
set -eu
BB=/bin/busybox
WORK=$(mktemp -d /tmp/netdojo-images.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
PATHENV='PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

# every applet busybox has (alpine and busybox images really are busybox)
ALL_APPLETS=$($BB --list)
# what a Debian-based image (nginx, httpd, redis, postgres, python, node, ubuntu) roughly has: coreutils,
# grep, sed, mawk, hostname, bash. No ping, ip, wget, nslookup, nc (the real images lack them too).
DEB_APPLETS="sh ash cat ls echo env hostname sleep grep egrep fgrep awk sed head tail mkdir rm cp mv ln
 touch chmod chown id whoami uname date true false test [ printf tr cut sort uniq wc tee dirname basename
 readlink realpath pwd kill sync stat mktemp xargs find more tac seq yes nproc expr du df mount umount"

mkroot() { # mkroot DIR APPLETS...
  local d=$1; shift
  mkdir -p "$d"/{bin,sbin,usr/bin,usr/sbin,usr/local/bin,etc,tmp,root,var/log,proc,sys,dev,run,home}
  chmod 1777 "$d/tmp"
  cp "$BB" "$d/bin/busybox"
  for a in "$@"; do
    case "$a" in busybox) continue ;; esac
    [ -e "$d/bin/$a" ] || ln -s busybox "$d/bin/$a"
  done
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' > "$d/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' > "$d/etc/group"
  : > "$d/etc/hosts"; : > "$d/etc/resolv.conf"; : > "$d/etc/hostname"
}

copy_bin_with_libs() { # copy_bin_with_libs ROOT BINARY
  local root=$1 bin=$2 lib
  mkdir -p "$root$(dirname "$bin")"
  cp -L "$bin" "$root$bin"
  for lib in $(ldd "$bin" | awk '/=>/ {print $3} /^\t\/lib/ {print $1}'); do
    [ -f "$lib" ] || continue
    mkdir -p "$root$(dirname "$lib")"
    cp -L "$lib" "$root$lib"
  done
  # the dynamic loader under its canonical path
  for lib in /lib64/ld-linux-x86-64.so.2; do mkdir -p "$root/lib64"; cp -L "$lib" "$root$lib"; done
  mkdir -p "$root/etc/ssl/certs"
}

import() { # import DIR TAG --change...
  local d=$1 tag=$2; shift 2
  docker rmi -f "$tag" >/dev/null 2>&1 || true
  tar -C "$d" -cf "$WORK/$(echo "$tag" | tr ':/' '__').tar" .
  docker import "$@" "$WORK/$(echo "$tag" | tr ':/' '__').tar" "$tag" >/dev/null
  echo "built $tag"
}

# ---------------------------------------------------------------- alpine, busybox
R=$WORK/alpine; mkroot "$R" $ALL_APPLETS
echo 'NAME="Alpine Linux"' > "$R/etc/os-release"
import "$R" alpine:latest -c "ENV $PATHENV" -c 'CMD ["/bin/sh"]'

R=$WORK/busybox; mkroot "$R" $ALL_APPLETS
import "$R" busybox:latest -c "ENV $PATHENV" -c 'CMD ["sh"]'

# ---------------------------------------------------------------- nginx
R=$WORK/nginx; mkroot "$R" $DEB_APPLETS bash
copy_bin_with_libs "$R" /usr/bin/curl
mkdir -p "$R/www" "$R/usr/share/nginx/html" "$R/etc/nginx/conf.d" "$R/docker-entrypoint.d"
cat > "$R/www/index.html" <<'EOF'
<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
EOF
cp "$R/www/index.html" "$R/usr/share/nginx/html/index.html"
# The entrypoint prints what the real nginx image prints (stdout: entrypoint lines; stderr: nginx's
# error log, which the real image links to /dev/stderr). The bind failure text and the 5 retries
# ("still could not bind()") are nginx's real behaviour, written from nginx's source, not measured here.
cat > "$R/docker-entrypoint.sh" <<'EOF'
#!/bin/sh
ts() { date '+%Y/%m/%d %H:%M:%S'; }
if [ "$1" = "nginx" ] || [ "$1" = "nginx-debug" ]; then
  echo "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration"
  echo "/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/"
  echo "/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh"
  echo "10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf"
  echo "10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf"
  echo "/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh"
  echo "/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh"
  echo "/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh"
  echo "/docker-entrypoint.sh: Configuration complete; ready for start up"
  /bin/busybox httpd -f -p 80 -h /www 2>/tmp/httpd.err &
  pid=$!
  trap 'kill $pid 2>/dev/null; exit 0' QUIT TERM INT
  sleep 0.3
  if kill -0 $pid 2>/dev/null; then
    {
      echo "$(ts) [notice] 1#1: using the \"epoll\" event method"
      echo "$(ts) [notice] 1#1: nginx/1.27.4"
      echo "$(ts) [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14) "
      echo "$(ts) [notice] 1#1: OS: Linux $(uname -r)"
      echo "$(ts) [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576"
      echo "$(ts) [notice] 1#1: start worker processes"
      echo "$(ts) [notice] 1#1: start worker process 29"
      echo "$(ts) [notice] 1#1: start worker process 30"
    } >&2
    wait $pid
    exit 0
  fi
  {
    for _ in 1 2 3 4 5; do
      echo "$(ts) [emerg] 1#1: bind() to 0.0.0.0:80 failed (98: Address already in use)"
      echo "nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)"
      echo "$(ts) [emerg] 1#1: bind() to [::]:80 failed (98: Address already in use)"
      echo "nginx: [emerg] bind() to [::]:80 failed (98: Address already in use)"
    done
    echo "$(ts) [emerg] 1#1: still could not bind()"
    echo "nginx: [emerg] still could not bind()"
  } >&2
  exit 1
fi
exec "$@"
EOF
chmod +x "$R/docker-entrypoint.sh"
cat > "$R/usr/sbin/nginx" <<'EOF'
#!/bin/sh
exec /docker-entrypoint.sh nginx "$@"
EOF
chmod +x "$R/usr/sbin/nginx"
import "$R" nginx:latest -c "ENV $PATHENV" -c 'ENV NGINX_VERSION=1.27.4' \
  -c 'ENTRYPOINT ["/docker-entrypoint.sh"]' -c 'CMD ["nginx","-g","daemon off;"]' \
  -c 'EXPOSE 80' -c 'STOPSIGNAL SIGQUIT'

# ---------------------------------------------------------------- httpd (Apache)
R=$WORK/httpd; mkroot "$R" $DEB_APPLETS bash
mkdir -p "$R/usr/local/apache2/htdocs"
printf '<html><body><h1>It works!</h1></body></html>\n' > "$R/usr/local/apache2/htdocs/index.html"
cat > "$R/usr/local/bin/httpd-foreground" <<'EOF'
#!/bin/sh
# stand-in for Apache httpd: serves htdocs on :80. Log lines imitate Apache's start-up (not measured).
/bin/busybox httpd -f -p 80 -h /usr/local/apache2/htdocs &
pid=$!
trap 'kill $pid 2>/dev/null; exit 0' WINCH TERM INT
sleep 0.3
ip=$(hostname -i 2>/dev/null | awk '{print $1}')
if kill -0 $pid 2>/dev/null; then
  echo "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using $ip. Set the 'ServerName' directive globally to suppress this message" >&2
  echo "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using $ip. Set the 'ServerName' directive globally to suppress this message" >&2
  echo "[$(date '+%a %b %d %H:%M:%S.000000 %Y')] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/2.4.63 (Unix) configured -- resuming normal operations" >&2
  echo "[$(date '+%a %b %d %H:%M:%S.000000 %Y')] [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'" >&2
  wait $pid; exit 0
fi
echo "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using $ip. Set the 'ServerName' directive globally to suppress this message" >&2
echo "(98)Address already in use: AH00072: make_sock: could not bind to address [::]:80" >&2
echo "(98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:80" >&2
echo "no listening sockets available, shutting down" >&2
echo "AH00015: Unable to open logs" >&2
exit 1
EOF
chmod +x "$R/usr/local/bin/httpd-foreground"
import "$R" httpd:latest -c "ENV PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
  -c 'ENV HTTPD_PREFIX=/usr/local/apache2' -c 'WORKDIR /usr/local/apache2' \
  -c 'CMD ["httpd-foreground"]' -c 'EXPOSE 80' -c 'STOPSIGNAL SIGWINCH'

# ---------------------------------------------------------------- redis
R=$WORK/redis; mkroot "$R" $DEB_APPLETS bash
mkdir -p "$R/data"
cat > "$R/usr/local/bin/redis-reply" <<'EOF'
#!/bin/sh
while read -r line; do case "$line" in *PING*|*ping*) printf '+PONG\r\n' ;; esac; done
EOF
cat > "$R/usr/local/bin/docker-entrypoint.sh" <<'EOF'
#!/bin/sh
# stand-in for redis-server: a TCP listener on 6379 that answers PING with +PONG (log lines not measured)
if [ "$1" = "redis-server" ]; then
  d=$(date '+%d %b %Y %H:%M:%S.000')
  echo "1:C $d # WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition."
  echo "1:C $d * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo"
  echo "1:C $d * Redis version=7.4.2, bits=64, commit=00000000, modified=0, pid=1, just started"
  echo "1:C $d # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf"
  echo "1:M $d * monotonic clock: POSIX clock_gettime"
  echo "1:M $d * Running mode=standalone, port=6379."
  echo "1:M $d * Server initialized"
  echo "1:M $d * Ready to accept connections tcp"
  /bin/busybox nc -ll -p 6379 -e /usr/local/bin/redis-reply &
  pid=$!
  trap 'kill $pid 2>/dev/null; exit 0' TERM INT
  wait $pid; exit 0
fi
exec "$@"
EOF
chmod +x "$R/usr/local/bin/redis-reply" "$R/usr/local/bin/docker-entrypoint.sh"
import "$R" redis:latest -c "ENV $PATHENV" -c 'WORKDIR /data' -c 'VOLUME /data' \
  -c 'ENTRYPOINT ["docker-entrypoint.sh"]' -c 'CMD ["redis-server"]' -c 'EXPOSE 6379'

# ---------------------------------------------------------------- postgres
R=$WORK/postgres; mkroot "$R" $DEB_APPLETS bash
mkdir -p "$R/var/lib/postgresql/data"
cat > "$R/usr/local/bin/docker-entrypoint.sh" <<'EOF'
#!/bin/sh
# stand-in for postgres: refuses to start without POSTGRES_PASSWORD like the real image (text from
# the image's docker-entrypoint.sh, not measured here), else a TCP listener on 5432.
if [ "$1" = "postgres" ]; then
  if [ -z "${POSTGRES_PASSWORD:-}" ] && [ "${POSTGRES_HOST_AUTH_METHOD:-}" != "trust" ]; then
    cat >&2 <<'MSG'
Error: Database is uninitialized and superuser password is not specified.
       You must specify POSTGRES_PASSWORD to a non-empty value for the
       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".

       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all
       connections without a password. This is *not* recommended.

       See PostgreSQL documentation about "trust":
       https://www.postgresql.org/docs/current/auth-trust.html
MSG
    exit 1
  fi
  echo "PostgreSQL init process complete; ready for start up."
  echo "$(date '+%Y-%m-%d %H:%M:%S.000 UTC') [1] LOG:  listening on IPv4 address \"0.0.0.0\", port 5432" >&2
  echo "$(date '+%Y-%m-%d %H:%M:%S.000 UTC') [1] LOG:  database system is ready to accept connections" >&2
  /bin/busybox nc -ll -p 5432 -e /bin/cat &
  pid=$!
  trap 'kill $pid 2>/dev/null; exit 0' INT TERM
  wait $pid; exit 0
fi
exec "$@"
EOF
chmod +x "$R/usr/local/bin/docker-entrypoint.sh"
import "$R" postgres:latest -c "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/postgresql/17/bin" \
  -c 'ENV PGDATA=/var/lib/postgresql/data' -c 'VOLUME /var/lib/postgresql/data' \
  -c 'ENTRYPOINT ["docker-entrypoint.sh"]' -c 'CMD ["postgres"]' -c 'EXPOSE 5432' -c 'STOPSIGNAL SIGINT'

# ---------------------------------------------------------------- python
R=$WORK/python; mkroot "$R" $DEB_APPLETS bash
# `python3 -m http.server [PORT] [--bind ADDR]` is served by busybox httpd; messages are CPython's
# (written from CPython's http/server.py and socketserver, not measured here). Anything else: exit 0
# (an interactive interpreter with no tty reads EOF and exits 0).
cat > "$R/usr/local/bin/python3" <<'EOF'
#!/bin/sh
if [ "$1" = "-m" ] && [ "$2" = "http.server" ]; then
  shift 2; port=8000; bind=""
  while [ $# -gt 0 ]; do
    case "$1" in --bind|-b) bind=$2; shift 2 ;; [0-9]*) port=$1; shift ;; *) shift ;; esac
  done
  addr=${bind:-0.0.0.0}
  if [ -n "$bind" ]; then p="$bind:$port"; else p="$port"; fi
  # python answers GET / with a directory listing of the working directory (approximated here)
  root=/tmp/.pyhttp; mkdir -p $root
  { printf '<!DOCTYPE HTML>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Directory listing for /</title>\n</head>\n<body>\n<h1>Directory listing for /</h1>\n<hr>\n<ul>\n'
    for f in *; do if [ -d "$f" ]; then f="$f/"; fi; printf '<li><a href="%s">%s</a></li>\n' "$f" "$f"; done
    printf '</ul>\n<hr>\n</body>\n</html>\n'; } > $root/index.html
  /bin/busybox httpd -f -p "$p" -h $root 2>/dev/null &
  pid=$!
  trap 'kill $pid 2>/dev/null; exit 0' TERM INT
  sleep 0.3
  if kill -0 $pid 2>/dev/null; then
    # print() to a pipe is block-buffered in CPython: without PYTHONUNBUFFERED (or -u) docker logs
    # shows nothing of this line while the server runs.
    if [ -n "${PYTHONUNBUFFERED:-}" ]; then echo "Serving HTTP on $addr port $port (http://$addr:$port/) ..."; fi
    wait $pid; exit 0
  fi
  cat >&2 <<MSG
Traceback (most recent call last):
  File "<frozen runpy>", line 198, in _run_module_as_main
  File "<frozen runpy>", line 88, in _run_code
  File "/usr/local/lib/python3.13/http/server.py", line 1323, in <module>
    test(
  File "/usr/local/lib/python3.13/http/server.py", line 1270, in test
    with ServerClass(addr, HandlerClass) as httpd:
         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/usr/local/lib/python3.13/socketserver.py", line 457, in __init__
    self.server_bind()
  File "/usr/local/lib/python3.13/http/server.py", line 1317, in server_bind
    return super().server_bind()
           ~~~~~~~~~~~~~~~~~~~^^
  File "/usr/local/lib/python3.13/http/server.py", line 136, in server_bind
    socketserver.TCPServer.server_bind(self)
  File "/usr/local/lib/python3.13/socketserver.py", line 478, in server_bind
    self.socket.bind(self.server_address)
OSError: [Errno 98] Address already in use
MSG
  exit 1
fi
exit 0
EOF
chmod +x "$R/usr/local/bin/python3"; ln -s python3 "$R/usr/local/bin/python"
import "$R" python:latest -c "ENV PATH=/usr/local/bin:/usr/local/sbin:/usr/sbin:/usr/bin:/sbin:/bin" \
  -c 'ENV PYTHON_VERSION=3.13.2' -c 'CMD ["python3"]'

# ---------------------------------------------------------------- node
R=$WORK/node; mkroot "$R" $DEB_APPLETS bash
printf '#!/bin/sh\nexit 0\n' > "$R/usr/local/bin/node"
cat > "$R/usr/local/bin/docker-entrypoint.sh" <<'EOF'
#!/bin/sh
if [ "${1#-}" != "$1" ]; then set -- node "$@"; fi
exec "$@"
EOF
chmod +x "$R/usr/local/bin/node" "$R/usr/local/bin/docker-entrypoint.sh"
import "$R" node:latest -c "ENV $PATHENV" -c 'ENV NODE_VERSION=22.14.0' \
  -c 'ENTRYPOINT ["docker-entrypoint.sh"]' -c 'CMD ["node"]'

# ---------------------------------------------------------------- ubuntu
R=$WORK/ubuntu; mkroot "$R" $DEB_APPLETS bash
printf 'PRETTY_NAME="Ubuntu 24.04 LTS"\n' > "$R/etc/os-release"
import "$R" ubuntu:latest -c "ENV $PATHENV" -c 'CMD ["/bin/bash"]'

docker images
