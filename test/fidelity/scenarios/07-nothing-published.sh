# Nothing published: localhost fails, the container IP works from the host
docker run -d --name web nginx
docker ps
docker port web
curl http://localhost:8000
curl -sS http://localhost/
curl -sS http://127.0.0.1:80/
docker inspect -f '{{.NetworkSettings.IPAddress}}' web
curl -s http://172.17.0.2/
curl -sS -o /dev/null -w '%{http_code}\n' http://172.17.0.2:80/
curl -sS --max-time 2 http://172.17.0.2:8080/
docker inspect -f '{{json .NetworkSettings.Ports}}' web
