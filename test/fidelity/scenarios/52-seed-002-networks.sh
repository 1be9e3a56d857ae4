# Seed article 002 (bridge, host and overlay networks; connecting containers), its commands in order.
# my-web-app-image and my-api-app-image are the article's own images: they are not on Docker Hub, and
# `docker run` of a missing image would try to pull it (traffic off this machine), so they are built
# FROM nginx first. The article runs every command in one go: its container names collide.
printf 'FROM nginx\n' > Dockerfile
docker build -q -t my-web-app-image .
docker build -q -t my-api-app-image .
docker network create my-bridge-network
docker run -d --network=my-bridge-network --name=web nginx
docker run -d -p 8080:80 --name=my-web-app --network=my-bridge-network my-web-app-image
docker run -d --network=host --name=web nginx
docker network create --driver=overlay my-overlay-network
docker run -d --network=my-overlay-network --name=web nginx
docker run -d --network=my-bridge-network --name=api my-api-app-image
docker run -d --network=my-bridge-network --name=web my-web-app-image
docker run -d -p 8080:80 --name=my-web-app --network=my-bridge-network my-web-app-image
docker run -d -p 8080:80 --name=my-web-app --network=host my-web-app-image
docker ps -a --format '{{.Names}} {{.Image}} {{.Status}} {{.Ports}}'
curl -s -o /dev/null -w '%{http_code}\n' http://localhost:8080/
docker exec api curl -s -o /dev/null -w '%{http_code}\n' http://web/
docker exec api curl -s -o /dev/null -w '%{http_code}\n' http://my-web-app/
docker network inspect -f '{{range .Containers}}{{.Name}} {{end}}' my-bridge-network
