# --network container:X shares X's namespace
docker run -d --name web nginx
docker run -dit --name side --network container:web alpine sh
docker exec side wget -qO- http://127.0.0.1/
docker exec side ip addr
docker exec side hostname
docker exec web hostname
docker inspect -f '{{.HostConfig.NetworkMode}}' side
docker inspect -f '{{json .NetworkSettings.Networks}}' side
docker inspect -f '{{.NetworkSettings.IPAddress}}' side
docker ps
docker run -d --name side2 --network container:web -p 9090:80 alpine sh
docker run -d --name side3 --network container:web --hostname foo alpine sh
docker network connect bridge side
docker run -dit --name side4 --network container:nosuch alpine sh
docker stop web
docker run -dit --name side5 --network container:web alpine sh
docker ps -a --format '{{.Names}}\t{{.Status}}'
