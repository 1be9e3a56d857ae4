# docker events (bounded with --until 0s: the daemon sends what it has and closes) and docker update;
# docker diff and ps -s are in 66-diff-ps-size. The daemon is restarted before the recording, so its
# event log starts empty. `--until 0s` is now rounded down to the second (a duration is sent as whole
# seconds), so each events block waits a second after the last event it should see.
docker run -d --name ev-a busybox sleep 300
docker create --name ev-b --label team=x busybox true
docker start ev-b
docker stop -t 1 ev-a
docker rm ev-b
sleep 1
docker events --since 10m --until 0s --format '{{.Type}} {{.Action}} {{.Actor.Attributes.name}}'
docker events --since 10m --until 0s --filter container=ev-a --format '{{.Status}} {{.From}} {{.Actor.Attributes.signal}}'
docker events --since 10m --until 0s --filter event=start --format '{{.Actor.Attributes.name}}'
docker events --since 10m --until 0s --filter type=network --format '{{.Action}} {{.Actor.Attributes.name}} {{.Actor.Attributes.type}}'
docker events --since 10m --until 0s --filter container=ev-b --filter event=create
docker events --since 10m --until 0s --filter label=team=x --format '{{.Action}}'
docker events --since 10m --until 0s --filter container=ev-a --filter event=die --format '{{.Actor.Attributes.exitCode}}'
docker events --until 0s --format '{{.Action}}'
docker system events --since 10m --until 0s --filter event=destroy --format '{{.Actor.Attributes.name}}'
docker events --since 10m --until 0s --filter nosuch=1
docker events --since 10m --until 0s --filter event=bogus
docker events --since bogus --until 0s
docker events --since 10m --until 0s extra
docker events --since 10m --until 0s --format '{{.Nope}}'
docker run -d --name up-a busybox sleep 300
docker update --restart always up-a
docker inspect -f '{{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}}' up-a
docker update --restart on-failure:3 --memory 64m --cpus 0.5 up-a
docker inspect -f '{{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}} {{.HostConfig.Memory}} {{.HostConfig.MemorySwap}} {{.HostConfig.NanoCpus}}' up-a
docker update --cpu-shares 512 --pids-limit 100 up-a ev-a
docker inspect -f '{{.HostConfig.CpuShares}} {{.HostConfig.PidsLimit}}' ev-a
docker container update --memory 128m --memory-swap 256m up-a
docker inspect -f '{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}}' up-a
docker update up-a
docker update --restart always
docker update --restart bogus up-a
docker update --restart always nosuch
docker update --restart always up-a nosuch
docker update --memory 1k up-a
docker update --memory 32m --memory-swap 16m up-a
docker update --memory 512m up-a
docker update --cpus x up-a
docker run -d --rm --name up-r busybox sleep 300
docker update --restart always up-r
docker rm -f up-r
sleep 1
docker events --since 10m --until 0s --filter event=update --format '{{.Actor.Attributes.name}}'
docker rm -f ev-a up-a
