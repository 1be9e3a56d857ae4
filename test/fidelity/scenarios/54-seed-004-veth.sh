# Seed article 004 (addresses on docker0, veth pairs, publishing a port with a host address), as
# commands: containers get 172.17.0.x in order, each has eth0 with the gateway 172.17.0.1, and
# `-p [HOST IP:PORT]:[CONTAINER PORT]` publishes on that host address only.
docker run -dit --name c1 alpine sh
docker run -dit --name c2 alpine sh
docker inspect -f '{{.Name}} {{.NetworkSettings.IPAddress}} {{.NetworkSettings.Gateway}}' c1 c2
docker exec c1 ip route
docker exec c1 ping -c 1 172.17.0.3
docker run -d -p 127.0.0.1:8080:80 --name web nginx
docker ps --format '{{.Names}} {{.Ports}}'
docker port web
curl -s -o /dev/null -w '%{http_code}\n' http://127.0.0.1:8080/
docker exec c1 wget -qO- http://172.17.0.4:80/ | head -4
docker run -d --network host --name hostweb httpd
curl -s http://localhost:80/
docker exec c1 wget -qO- http://172.17.0.1:80/
docker inspect -f '{{.NetworkSettings.IPAddress}}|{{.HostConfig.NetworkMode}}' hostweb
