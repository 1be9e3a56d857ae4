# Compose: the seed 001 file as written (version: '3', postgres without a password, node without a command)
printf "version: '3'\nservices:\n  web:\n    image: nginx\n    networks:\n      - webnet\n  database:\n    image: postgres\n    networks:\n      - dbnet\n  backend:\n    image: node\n    networks:\n      - webnet\n      - dbnet\n\nnetworks:\n  webnet:\n    driver: bridge\n  dbnet:\n    driver: bridge\n" > compose.yaml
docker compose up -d 2>&1 | sort
docker compose ps
docker compose ps -a
docker network ls
docker compose logs database
docker compose down 2>&1 | sort
docker network ls
