# Seed 003, part 2: a user-defined bridge, DNS by name, isolation from the default bridge
docker network create my_bridge
docker network ls
docker network inspect my_bridge
docker run -dit --name container1 alpine sh
docker run -dit --name container3 --network my_bridge alpine sh
docker run -dit --name container4 --network my_bridge alpine sh
docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' container1
docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' container3
docker inspect -f '{{.NetworkSettings.IPAddress}}' container3
docker exec container3 ping -c 2 -W 1 172.17.0.2
docker exec container3 ping -c 2 -W 1 container4
docker exec container3 ping -c 2 -W 1 172.18.0.3
docker exec container3 cat /etc/resolv.conf
docker exec container3 cat /etc/hosts
docker exec container3 nslookup container4
docker exec container3 ip addr
docker exec container3 ip route
docker exec container3 hostname -i
docker inspect -f '{{json .NetworkSettings.Networks}}' container3
docker network inspect -f '{{json .IPAM.Config}}' my_bridge
docker network inspect -f '{{json .IPAM.Config}}' bridge
docker network inspect -f '{{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}' my_bridge
