# Seed 000: host-mode server colliding with a port docker-proxy already holds, and the reverse
docker run -d -p 8000:8000 --name api python python3 -m http.server 8000
curl -sS -o /dev/null -w '%{http_code}\n' http://localhost:8000
docker run -d --network host --name api-host python python3 -m http.server 8000
docker ps -a
docker logs api-host
docker rm -f api
docker start api-host
curl -sS -o /dev/null -w '%{http_code}\n' http://localhost:8000
docker run -d -p 8000:8000 --name api2 python python3 -m http.server 8000
docker ps -a
docker run -d -p 8080:80 --name=my-web-app --network=host nginx
docker ps --format '{{.Names}}\t{{.Status}}\t{{.Ports}}'
docker inspect -f '{{json .HostConfig.PortBindings}} {{json .NetworkSettings.Ports}}' my-web-app
curl -sS -o /dev/null -w '%{http_code}\n' http://localhost:8080/
curl -sS -o /dev/null -w '%{http_code}\n' http://localhost:80/
