# Seed 003, part 1: two alpine containers on the default bridge
docker network ls
docker network ls -q
docker run -dit --name container1 alpine sh
docker run -dit --name container2 alpine sh
docker ps
docker ps -q
docker network inspect bridge
docker inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{$v.IPAddress}}{{end}}' container1
docker inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{$v.IPAddress}}{{end}}' container2
docker inspect -f '{{.NetworkSettings.IPAddress}}' container1
docker inspect -f '{{range .NetworkSettings.Networks}}{{.MacAddress}}{{end}}' container1
docker inspect -f '{{json .NetworkSettings.Networks}}' container1
docker exec container1 ping -c 2 -W 1 172.17.0.3
docker exec container2 ping -c 2 -W 1 172.17.0.2
# default bridge: no DNS for container names (the query goes to the host's resolver and fails)
docker exec container1 ping -c 2 -W 1 container2
docker exec container1 cat /etc/resolv.conf
docker exec container1 cat /etc/hosts
docker exec container1 ip addr
docker exec container1 ip route
docker exec container1 hostname
docker exec container1 hostname -i
docker exec container1 hostname -I
docker exec container1 ping -c 1 -W 1 172.17.0.1
