# CLI-side and daemon-side error texts
docker frobnicate
docker run --foo alpine
docker run -z alpine
docker network connect onlyone
docker network create
docker network frob
docker network create -d overlay x
docker network create bridge
docker network create host
docker network create none
docker network rm bridge
docker network rm host
docker network rm none
docker network rm nosuchnet
docker network inspect nosuchnet
docker inspect nosuch
docker rm nosuch
docker stop nosuch
docker logs nosuch
docker exec nosuch ls
docker port nosuch
docker network connect bridge nosuch
docker network connect nosuchnet nosuch
docker run -d --name a alpine sleep 3600
docker run -d --name 'bad name' alpine sleep 3600
docker run -d --network nosuchnet --name x1 alpine sleep 3600
docker ps -a
docker exec
