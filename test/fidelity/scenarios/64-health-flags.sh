# docker run/create --health-* and --no-healthcheck: Config.Healthcheck, State.Health, the ps STATUS
# suffix and the health filter. Interval 15s: the first probe comes after the first docker ps, and
# after `sleep 13` there has been exactly one, both on the real engine (about 19 s after the first
# run) and on the replay's clock (a second per line: about 28 s).
docker run -d --name hp-good --health-cmd 'true' --health-interval 15s --health-retries 1 busybox sleep 300
docker run -d --name hp-bad --health-cmd 'exit 3' --health-interval 15s --health-retries 1 --health-timeout 2s busybox sleep 300
docker run -d --name hp-slow --health-cmd false --health-interval 15s --health-retries 1 --health-start-period 60s --health-start-interval 15s busybox sleep 300
docker run -d --name hp-none --no-healthcheck busybox sleep 300
docker create --name hp-c --health-cmd 'wget -q -O /dev/null http://localhost/ || exit 1' --health-interval 1m busybox
docker ps -a --format '{{.Names}} {{.Status}}'
docker inspect -f '{{json .Config.Healthcheck}}' hp-good
docker inspect -f '{{json .Config.Healthcheck}}' hp-bad
docker inspect -f '{{json .Config.Healthcheck}}' hp-slow
docker inspect -f '{{json .Config.Healthcheck}}' hp-none
docker inspect -f '{{json .Config.Healthcheck}}' hp-c
docker inspect -f '{{.State.Health.Status}} {{.State.Health.FailingStreak}} {{len .State.Health.Log}}' hp-good
docker inspect -f '{{.State.Health}}' hp-none
docker inspect -f '{{.State.Health}}' hp-c
sleep 13
docker ps --format '{{.Names}} {{.Status}}'
docker inspect -f '{{.State.Health.Status}} {{.State.Health.FailingStreak}} {{(index .State.Health.Log 0).ExitCode}}' hp-good
docker inspect -f '{{.State.Health.Status}} {{.State.Health.FailingStreak}} {{(index .State.Health.Log 0).ExitCode}}' hp-bad
docker inspect -f '{{.State.Health.Status}} {{.State.Health.FailingStreak}} {{len .State.Health.Log}}' hp-slow
docker ps --filter health=healthy --format '{{.Names}}'
docker ps --filter health=unhealthy --format '{{.Names}}'
docker ps --filter health=starting --format '{{.Names}}'
docker ps --filter health=none --format '{{.Names}}'
docker run -d --no-healthcheck --health-cmd true busybox sleep 1
docker run -d --no-healthcheck --health-retries 2 busybox sleep 1
docker run -d --health-interval -1s --health-cmd true busybox sleep 1
docker run -d --health-retries -1 --health-cmd true busybox sleep 1
docker run -d --health-timeout -2s --health-cmd true busybox sleep 1
docker run -d --health-start-period -1s --health-cmd true busybox sleep 1
docker run -d --health-interval 500us --health-cmd true busybox sleep 1
docker run -d --health-timeout 100us --health-cmd true busybox sleep 1
docker run -d --health-interval bogus --health-cmd true busybox sleep 1
docker run -d --health-retries x --health-cmd true busybox sleep 1
docker stop -t 1 hp-good
docker inspect -f '{{.State.Health.Status}}' hp-good
docker ps -a --filter name=hp-good --format '{{.Status}}'
docker rm -f hp-good hp-bad hp-slow hp-none hp-c
