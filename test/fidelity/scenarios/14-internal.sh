# --internal: peers talk, no published ports, no way out
docker network create --internal secure
docker network inspect secure
docker run -d --name db --network secure -p 8080:80 nginx
docker run -dit --name app --network secure alpine sh
docker ps
docker port db
docker inspect -f '{{json .NetworkSettings.Ports}}' db
curl -sS --max-time 2 http://localhost:8080/
docker exec app wget -T 2 -qO- http://db/
docker exec app ping -c 2 -W 1 db
docker exec app ip route
docker exec app ping -c 1 -W 1 172.17.0.1
docker exec app cat /etc/resolv.conf
docker exec app nslookup nosuchname
docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}} gw={{.Gateway}}{{end}}' db
curl -sS --max-time 2 -o /dev/null -w '%{http_code}\n' http://172.18.0.2/
docker network inspect -f '{{.Internal}} {{json .IPAM.Config}}' secure
