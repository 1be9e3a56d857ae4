# Embedded DNS: names, shared --network-alias, connect --alias, NXDOMAIN
docker network create appnet
docker run -dit --name api1 --network appnet --network-alias api alpine sh
docker run -dit --name api2 --network appnet --network-alias api alpine sh
docker run -dit --name client --network appnet --hostname clienthost alpine sh
docker exec client nslookup api1
docker exec client nslookup api
docker exec client ping -c 1 -W 1 api1
docker exec client nslookup clienthost
docker exec client hostname
docker exec client cat /etc/hosts
docker inspect -f '{{json .NetworkSettings.Networks.appnet.Aliases}}' api1
docker inspect -f '{{json .NetworkSettings.Networks.appnet.DNSNames}}' api1
docker inspect -f '{{json .NetworkSettings.Networks.appnet.DNSNames}}' client
docker run -dit --name db1 alpine sh
docker network connect --alias db appnet db1
docker exec client ping -c 1 -W 1 db
docker inspect -f '{{json .NetworkSettings.Networks.appnet.Aliases}} {{json .NetworkSettings.Networks.bridge.Aliases}}' db1
docker inspect -f '{{json .NetworkSettings.Networks.bridge.DNSNames}}' db1
docker run -dit --name x2 --network-alias foo alpine sh
docker exec client nslookup nosuchname
docker exec client ping -c 1 -W 1 nosuchname
