# --network none: only lo, nothing leaves
docker run --rm --network none alpine ping -c 2 -W 1 8.8.8.8
docker run -dit --name iso --network none alpine sh
docker exec iso ip addr
docker exec iso ip route
docker exec iso cat /etc/resolv.conf
docker exec iso cat /etc/hosts
docker exec iso hostname -i
docker exec iso ping -c 1 -W 1 127.0.0.1
docker exec iso wget -T 2 -qO- http://172.17.0.1/
docker network inspect none
docker inspect -f '{{json .NetworkSettings.Networks}}' iso
docker inspect -f '{{.NetworkSettings.IPAddress}}|{{.HostConfig.NetworkMode}}' iso
docker network connect bridge iso
docker network create mynet
docker network connect mynet iso
docker run -dit --name both --network none --network mynet alpine sh
docker ps
