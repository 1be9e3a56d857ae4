# Compose: webnet/dbnet isolation with running services; aliases, labels, names
printf 'services:\n  web:\n    image: nginx\n    networks:\n      - webnet\n  database:\n    image: postgres\n    environment:\n      POSTGRES_PASSWORD: example\n    networks:\n      - dbnet\n  backend:\n    image: alpine\n    command: sleep 3600\n    networks:\n      - webnet\n      - dbnet\nnetworks:\n  webnet:\n    driver: bridge\n  dbnet:\n    driver: bridge\n' > compose.yaml
docker compose up -d 2>&1 | sort
docker compose ps
docker network ls
docker exec app-backend-1 wget -qO- -T 2 http://web
docker exec app-backend-1 ping -c 1 -W 1 database | grep -c 'bytes from'
docker exec app-web-1 curl -sS -m 2 http://database:5432
docker network inspect -f '{{json .Labels}}' app_webnet
docker network inspect -f '{{.Name}} {{.Driver}} {{.Internal}} {{json .Labels}}' app_webnet app_dbnet
docker inspect -f '{{json .NetworkSettings.Networks.app_webnet.Aliases}} {{json .NetworkSettings.Networks.app_webnet.DNSNames}}' app-backend-1
docker inspect -f '{{json .Config.Labels}}' app-web-1
docker inspect -f '{{.Name}} {{.Config.Hostname}}' app-web-1
docker compose up -d 2>&1 | sort
docker compose down 2>&1 | sort
docker network ls
