# docker ps --filter (every key), {{.Label "k"}} and .Labels, docker container/image inspect, and
# docker info --format.
docker run -d --name pf-a --label tier=web --label team=blue -p 127.0.0.1:18081:80 nginx
docker run -d --name pf-b --label tier=db --expose 5432 busybox sleep 300
docker run -d --name pf-c busybox sleep 300
docker ps --filter label=tier --format '{{.Names}}'
docker ps --filter label=tier=db --format '{{.Names}}'
docker ps --filter label=tier --filter label=team=blue --format '{{.Names}}'
docker ps --format '{{.Names}} {{.Label "tier"}}|{{.Labels}}'
docker ps --format 'table {{.Names}}\t{{.Label "tier"}}'
docker ps --filter before=pf-c --format '{{.Names}}'
docker ps --filter since=pf-a --format '{{.Names}}'
docker ps --filter before=nosuch
docker ps --filter publish=80 --format '{{.Names}}'
docker ps --filter publish=80/udp --format '{{.Names}}'
docker ps --filter expose=5432 --format '{{.Names}}'
docker ps --filter expose=5000-6000/tcp --format '{{.Names}}'
docker ps --filter expose=80 --format '{{.Names}}'
docker ps --filter health=none --format '{{.Names}}'
docker ps --filter health=healthy --format '{{.Names}}'
docker ps --filter health=bogus
docker ps --filter is-task=false --format '{{.Names}}'
docker ps --filter is-task=true --format '{{.Names}}'
docker ps --filter is-task=maybe
docker ps --filter volume=/data --format '{{.Names}}'
docker ps --filter exited=x
docker ps --filter nosuchkey=1
docker container inspect -f '{{.Name}} {{.Config.Labels.tier}}' pf-a
docker container inspect nosuch
docker container inspect -f '{{.Name}}' bridge
docker image inspect -f '{{.Config.Cmd}}' busybox
docker image inspect pf-a
docker info --format '{{.ServerVersion}} {{.Containers}} {{.ContainersRunning}} {{.ContainersStopped}}'
docker info --format '{{.Driver}} {{.OSType}} {{.Swarm.LocalNodeState}} {{.ContainersPaused}}'
docker info --format '{{.Plugins.Network}}'
docker info --format '{{.Nope}}'
docker system info --format '{{.DefaultRuntime}} {{.LoggingDriver}}'
docker rm -f pf-a pf-b pf-c
