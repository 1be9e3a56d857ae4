# docker container prune and docker system prune: the question, the answer read from stdin, the
# report. Recorded without a daemon restart (see NOTES.md, 30-*/40-*), on an otherwise idle daemon.
docker run --name pr-a busybox true
docker run --name pr-b busybox true
docker run -d --name pr-c busybox sleep 300
docker network create pr-n
echo n | docker container prune
docker ps -a --filter name=pr- --format '{{.Names}}'
echo y | docker container prune
docker ps -a --filter name=pr- --format '{{.Names}}'
docker container prune -f
docker container prune --filter bogus -f
docker container prune --filter foo=bar -f
docker run --name pr-d busybox true
echo | docker system prune
docker system prune -f
docker network ls --filter name=pr- --format '{{.Name}}'
docker rm -f pr-c
