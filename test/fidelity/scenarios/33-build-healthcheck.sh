# HEALTHCHECK in a Dockerfile: what the image and the container keep of it, and State.Health / the ps
# STATUS suffix over time (interval 3s, retries 2): starting, then healthy for a check that passes,
# unhealthy for one that fails; and what a stopped container's health says. The waits are long
# compared with the recorder's pauses so that real and simulated clocks agree on the state.
printf 'FROM alpine\nHEALTHCHECK --interval=3s --retries=2 CMD wget -q -O /dev/null http://localhost:8000/hostname || exit 1\nCMD ["httpd", "-f", "-p", "8000", "-h", "/etc"]\n' > Dockerfile
docker build -q -t hc-good .
printf 'FROM alpine\nHEALTHCHECK --interval=3s --timeout=1s --retries=2 CMD wget -q -O /dev/null http://localhost:9999/ || exit 1\nCMD ["sleep", "1000"]\n' > Dockerfile.bad
docker build -q -f Dockerfile.bad -t hc-bad .
docker inspect -f '{{json .Config.Healthcheck}}' hc-good
docker inspect -f '{{json .Config.Healthcheck}}' hc-bad
docker run -d --name good hc-good
docker run -d --name bad hc-bad
docker ps --format '{{.Names}} {{.Status}}'
docker inspect -f '{{.State.Health.Status}} {{.State.Health.FailingStreak}} {{len .State.Health.Log}}' good
docker inspect -f '{{json .Config.Healthcheck}}' good
sleep 8
docker ps --format '{{.Names}} {{.Status}}'
docker inspect -f '{{.State.Health.Status}} {{.State.Health.FailingStreak}}' good
docker inspect -f '{{.State.Health.Status}}' bad
docker stop -t 1 good
docker inspect -f '{{.State.Health.Status}}' good
docker ps -a --format '{{.Names}} {{.Status}}'
docker rm -f good bad
