# The rules Docker 26 writes, read back with iptables (the simulation derives them from state)
docker network create n1
docker run -d --name web -p 8080:80 nginx
docker run -d --name db --network n1 alpine sleep 3600
docker run -d --name admin -p 127.0.0.1:9000:80 nginx
docker network create --internal back
docker network create -o com.docker.network.bridge.enable_icc=false quiet
iptables -t nat -S DOCKER
iptables -S DOCKER
iptables -S DOCKER-ISOLATION-STAGE-1
iptables -S DOCKER-ISOLATION-STAGE-2
iptables -t nat -L DOCKER -n
iptables -L DOCKER -n
