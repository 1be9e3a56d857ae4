# Swarm on one node: an attachable overlay (names and addresses on it), a plain overlay refused for
# docker run, join-token, docker_gwbridge for the way out, leave
docker swarm init --advertise-addr 127.0.0.1 | sed -E 's/node \([a-z0-9]+\)/node (ID)/'
docker swarm join-token -q worker | cut -c1-9
docker swarm join-token worker
docker network create -d overlay --attachable ov | wc -c
docker network create -d overlay plain | wc -c
docker network ls --format '{{.Name}} {{.Driver}} {{.Scope}}'
docker run -d --name nd-a --network ov alpine sleep 3600
docker run -d --name nd-b --network ov alpine sleep 3600
docker exec nd-a ping -c 1 -W 1 nd-b
docker inspect -f '{{json .NetworkSettings.Networks.ov.IPAMConfig}} {{.NetworkSettings.Networks.ov.Gateway}}/{{.NetworkSettings.Networks.ov.MacAddress}} {{json .NetworkSettings.Networks.ov.DNSNames}}' nd-a
docker network inspect -f '{{.Scope}} {{.Attachable}} {{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}' ov
docker network inspect -f '{{range .Containers}}{{.Name}} {{.IPv4Address}}{{println}}{{end}}' ov
docker network inspect -f '{{range .Containers}}{{.Name}} {{.IPv4Address}}{{println}}{{end}}' docker_gwbridge | sort -k2 | sed -E 's/^gateway_[0-9a-f]{12} /gateway_ID /'
docker network inspect -f '{{json .Peers}} {{json .Options}}' ov
docker run -d --name nd-c --network plain alpine sleep 3600
docker ps -a --format '{{.Names}} {{.Status}}'
docker network ls --format '{{.Name}} {{.Driver}} {{.Scope}}'
docker rm -f nd-a nd-b nd-c
docker swarm leave --force
docker network ls --format '{{.Name}} {{.Driver}} {{.Scope}}'
