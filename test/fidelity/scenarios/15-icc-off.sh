# enable_icc=false: names resolve, traffic between peers dropped
docker network create -o com.docker.network.bridge.enable_icc=false noicc
docker network inspect -f '{{json .Options}}' noicc
docker run -d --name web --network noicc nginx
docker run -dit --name client --network noicc alpine sh
docker exec client nslookup web
docker exec client ping -c 2 -W 1 web
docker exec client wget -T 2 -qO- http://web/
docker exec client ping -c 1 -W 1 172.18.0.1
curl -sS --max-time 2 -o /dev/null -w '%{http_code}\n' http://172.18.0.2/
docker run -d --name pubweb --network noicc -p 8090:80 nginx
curl -sS -o /dev/null -w '%{http_code}\n' http://localhost:8090/
docker exec client wget -T 2 -qO /dev/null http://pubweb/
