# Compose: the default network, service names, ports, ps/logs/-p/version, up twice
printf 'services:\n  api:\n    image: nginx\n    ports:\n      - "8080:80"\n  client:\n    image: alpine\n    command: sleep 3600\n    depends_on:\n      - api\n' > compose.yaml
docker compose up -d
docker network ls
docker compose ps
docker ps --format '{{.Names}} {{.Image}} {{.Ports}}'
docker exec app-client-1 wget -qO- -T 2 http://api | head -4
docker exec app-client-1 ping -c 1 -W 1 app-api-1
docker network inspect -f '{{json .Labels}}' app_default
docker inspect -f '{{json .NetworkSettings.Networks.app_default.Aliases}} {{json .NetworkSettings.Networks.app_default.DNSNames}}' app-api-1
curl -s -m 2 http://localhost:8080 | head -4
docker compose logs api | head -3
docker compose logs client
docker compose -p other ps
docker compose ps --format '{{.Name}} {{.Service}} {{.State}}'
docker compose version
docker compose stop client && docker compose ps -a
docker compose down
docker network ls
docker ps -a
