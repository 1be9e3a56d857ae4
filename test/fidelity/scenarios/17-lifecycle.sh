# names, conflicts, stop/start/rm, exec into a stopped container, logs
docker run -d --name web nginx
docker run -d --name web nginx
docker rm web
docker logs web
docker stop web
docker ps
docker ps -a
docker exec web ls
docker start web
docker ps --format '{{.Names}} {{.Image}} {{.Command}}'
docker restart web
docker rm -f web
docker ps -a
docker run --name hello alpine echo hi
docker run --rm alpine echo bye
docker run --name failing alpine sh -c 'echo oops >&2; exit 3'
docker logs hello
docker logs failing
docker ps -a --format '{{.Names}}: {{.Status}}'
docker rm hello failing
docker create --name made alpine sleep 3600
docker ps -a --format '{{.Names}}: {{.Status}}'
docker inspect -f '{{.State.Status}} [{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}]' made
docker start made
docker inspect -f '{{.State.Status}} [{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}]' made
docker run -d --name pg postgres
docker logs pg
docker run -d --name pg2 -e POSTGRES_PASSWORD=secret postgres
docker run -d --name cache redis
docker ps --format '{{.Names}} {{.Command}} {{.Ports}}'
docker logs cache
docker rm -f made pg pg2 cache
