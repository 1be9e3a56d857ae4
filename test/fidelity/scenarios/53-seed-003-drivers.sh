# Seed article 003 (bridge, host and none drivers), its commands in order. Changed: `docker exec -it`
# without -it (the recorder has no terminal); the article's `docker network inspect <id>` uses the
# network's name (ids differ per machine); the interactive `docker run -it --rm alpine sh` + wget is one
# `sh -c` line; none mode pings 8.8.8.8 as written: with --network none the container has only `lo`, so
# sendto fails at once and nothing leaves the machine.
docker network ls
docker run -dit --name container1 alpine sh
docker run -dit --name container2 alpine sh
docker ps
docker network inspect -f '{{.Name}} {{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}' bridge
docker network inspect -f '{{range .Containers}}{{.Name}} {{.IPv4Address}} {{end}}' bridge
docker inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{$v.IPAddress}}{{end}}' container1
docker inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{$v.IPAddress}}{{end}}' container2
docker exec container1 ping -c 3 172.17.0.3
docker exec container2 ping -c 3 172.17.0.2
docker network create my_bridge
docker network ls
docker network inspect -f '{{.Name}} {{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}' my_bridge
docker run -dit --name container3 --network my_bridge alpine sh
docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' container1
docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' container3
docker exec container3 ping -c 3 172.17.0.2
docker run -d --network host --name nginx nginx
docker network inspect -f '{{json .IPAM.Config}} {{range .Containers}}{{.Name}} [{{.IPv4Address}}]{{end}}' host
docker inspect nginx --format '{{ .NetworkSettings.IPAddress }}'
docker run -d -p 8080:80 --name bridge-nginx nginx
docker ps
curl localhost:8080
docker run -d --network host --name nginx2 nginx
docker ps -a
docker logs nginx2
docker run --rm alpine sh -c 'hostname -i; wget -qO- http://172.17.0.1:80 | head -4'
docker run --rm --network none alpine ping -c 3 8.8.8.8
