# docker ps / network ls formatting
docker run -d --name web -p 8000:80 nginx
docker run -dit --name client alpine sh
docker run -d --name cache redis
docker run -d --name apache -p 8081:80 httpd
docker run --name finished alpine true
docker ps
docker ps -a
docker ps -q
docker ps -aq
docker ps -l --format '{{.Names}}'
docker ps --format '{{.Names}}'
docker ps --format 'table {{.Names}}\t{{.Image}}\t{{.Ports}}'
docker ps --format '{{.ID}}\t{{.Command}}'
docker ps --no-trunc --format '{{.Command}}'
docker ps -a --format '{{.Names}}: {{.Status}}'
docker ps --format '{{.Names}} {{.Networks}} {{.State}}'
docker ps --filter name=web
docker ps -a --filter status=exited --format '{{.Names}}'
docker network create zeta
docker network create alpha
docker network ls
docker network ls --format '{{.Name}} {{.Driver}} {{.Scope}}'
docker network ls --filter driver=bridge --format '{{.Name}}'
docker network ls --format 'table {{.Name}}\t{{.Driver}}'
docker images --format '{{.Repository}}:{{.Tag}}'
curl -s http://localhost:8081/
