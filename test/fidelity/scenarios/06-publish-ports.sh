# -p forms, docker port, port already allocated
docker run -d --name web -p 8000:80 nginx
docker ps
docker port web
docker port web 80
docker port web 80/tcp
docker port web 443
docker port web 80/udp
curl -s http://localhost:8000
curl -sS -o /dev/null -w '%{http_code}\n' http://127.0.0.1:8000/
curl -sS -o /dev/null -w '%{http_code}\n' 'http://[::1]:8000/'
curl -sI http://localhost:8000/
docker run -d --name local -p 127.0.0.1:8001:80 nginx
docker ps --format '{{.Names}}\t{{.Ports}}'
docker port local
curl -sS -o /dev/null -w '%{http_code}\n' http://127.0.0.1:8001/
curl -sS -o /dev/null -w '%{http_code}\n' 'http://[::1]:8001/'
docker run -d --name web2 -p 8000:80 nginx
docker ps -a
docker inspect -f '{{.State.Status}}' web2
docker start web2
docker run -d --name multi -p 8080:80 -p 8443:443 -p 9000:9000/udp nginx
docker ps --format 'table {{.Names}}\t{{.Ports}}'
docker port multi
docker run -d --name same -p 80:80 nginx
docker ps --format '{{.Names}}: {{.Ports}}'
docker run -d --name expose-only --expose 9999 nginx
docker ps --format '{{.Names}}: {{.Ports}}'
docker inspect -f '{{json .NetworkSettings.Ports}}' web
docker inspect -f '{{json .NetworkSettings.Ports}}' local
docker inspect -f '{{(index (index .NetworkSettings.Ports "80/tcp") 0).HostPort}}' web
docker inspect -f '{{range $p, $conf := .NetworkSettings.Ports}} {{$p}} -> {{with $conf}}{{(index . 0).HostPort}}{{else}}none{{end}} {{end}}' multi
docker inspect -f '{{json .HostConfig.PortBindings}}' web
docker inspect -f '{{json .Config.ExposedPorts}}' web
docker run -d --name badport -p 99999:80 nginx
docker run -d --name badport -p 8080:abc nginx
