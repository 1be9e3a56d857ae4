# docker kill (signals, PID 1 ignoring what it has no handler for), wait, rename, top and stats
# errors. Recorded without a daemon restart (30-*: names prefixed sig-, nothing lists globally).
docker run -d --name sig-a busybox sleep 300
docker run -d --name sig-e busybox sleep 300
docker run -d --name sig-c busybox sleep 2
docker kill sig-a
docker kill sig-a
docker kill nosuch
docker kill -s HUP sig-e
docker kill -s TERM sig-e
docker kill -s FOO sig-e
docker kill -s 99 sig-e
docker kill -s 0 sig-e
docker kill -s sigusr1 sig-e
docker kill
docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' sig-a sig-e
docker top sig-a
docker top nosuch
docker wait sig-a
docker wait nosuch
docker wait sig-c
docker rename sig-a sig-d
docker rename sig-d sig-e
docker rename nosuch x
docker rename sig-d 'bad name'
docker rename sig-d sig-d
docker rename sig-d ''
docker rename sig-d
docker ps -a --filter name=sig- --format '{{.Names}} {{.State}}'
docker stats --no-stream nosuch sig-e
docker stats --no-stream --format '{{.Name}} {{.PIDs}} {{.BlockIO}} {{.CPUPerc}} {{.Container}}' sig-e sig-d
docker kill --signal=KILL sig-e
docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' sig-e
docker rm sig-c sig-d sig-e
