# Seed 003 host mode: no IP, port collisions, warning for -p, reaching it from a bridge container
docker run -d --network host --name nginx nginx
docker ps
docker network inspect host
docker inspect nginx --format '{{ .NetworkSettings.IPAddress }}'
docker inspect -f '{{json .NetworkSettings.Networks}}' nginx
docker inspect -f '{{.HostConfig.NetworkMode}}' nginx
curl -sS -o /dev/null -w '%{http_code}\n' http://localhost:80/
docker run -d --network host --name nginx2 nginx
docker ps -a
docker logs nginx2
docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' nginx2
docker run -d -p 9000:9000 --network host --name hp python python3 -m http.server 9000
docker ps
docker port hp
curl -sS -o /dev/null -w '%{http_code}\n' http://localhost:9000/
docker run --rm alpine wget -T 2 -qO- http://172.17.0.1:80/
docker run --rm alpine wget -T 2 -qO /dev/null http://172.17.0.1:9000/
docker run --rm --add-host host.docker.internal:host-gateway alpine cat /etc/hosts
docker exec nginx ping -c 1 localhost
docker exec nginx curl -s -o /dev/null -w '%{http_code}\n' http://localhost/
docker run -d --name bridged -p 80:80 nginx
docker ps -a --format '{{.Names}}\t{{.Status}}\t{{.Ports}}'
docker network connect bridge nginx
docker network disconnect host nginx
