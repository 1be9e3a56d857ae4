# Two bridges: dropped traffic, then network connect / disconnect
docker network create net1
docker network create net2
docker run -dit --name app --network net1 alpine sh
docker run -d --name srv --network net2 nginx
docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' srv
docker exec app ping -c 2 -W 1 172.19.0.2
docker exec app wget -T 2 -qO- http://172.19.0.2/
docker network connect net2 app
docker exec app ping -c 2 -W 1 srv
docker exec app wget -T 2 -qO- http://srv/
docker exec app ip addr
docker exec app ip route
docker inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}}={{$v.IPAddress}} {{end}}' app
docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' app
docker network connect net2 app
docker network inspect -f '{{range .Containers}}{{.Name}} {{end}}' net2
docker network rm net2
docker network disconnect net2 app
docker exec app ping -c 2 -W 1 172.19.0.2
docker network disconnect net2 app
docker network disconnect net2 nosuch
docker stop app
docker network connect net2 app
docker network connect net2 app
docker start app
docker inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}}={{$v.IPAddress}} {{end}}' app
