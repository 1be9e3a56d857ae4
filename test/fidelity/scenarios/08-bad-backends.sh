# Published ports whose backend does not answer: wrong container port, app bound to 127.0.0.1
docker run -d --name wrong -p 8002:8080 nginx
curl -sS http://localhost:8002/
curl -sS http://127.0.0.1:8002/
curl -sS 'http://[::1]:8002/'
docker run -d --name lo -p 8003:8080 alpine httpd -f -p 127.0.0.1:8080 -h /etc
docker exec lo wget -qO- http://127.0.0.1:8080/hostname
docker exec lo netstat -tln
curl -sS http://localhost:8003/
curl -sS --max-time 2 http://172.17.0.3:8080/
docker run -d --name py -p 8004:8000 python python3 -m http.server 8000 --bind 127.0.0.1
docker logs py
curl -sS http://localhost:8004/
docker run -d --name pyok -p 8005:8000 python python3 -m http.server 8000
curl -sS -o /dev/null -w '%{http_code}\n' http://localhost:8005/
docker logs pyok
docker run -d --name pyunbuf -e PYTHONUNBUFFERED=1 python python3 -m http.server 8000
docker logs pyunbuf
docker ps --format '{{.Names}}\t{{.Status}}\t{{.Ports}}'
