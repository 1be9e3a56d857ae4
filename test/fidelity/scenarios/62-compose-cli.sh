# Compose CLI (2.26.1): ls, config --services/--volumes/--format json, port, top, images, restart, kill,
# rm, run, create; extra_hosts (host-gateway too) in /etc/hosts; depends_on conditions (service_healthy,
# service_completed_successfully, service_started) with the progress lines and the errors of an
# unhealthy or failed dependency; flag errors and help in Compose's own words.
printf 'services:\n  web:\n    image: nginx\n    ports:\n      - "8080:80"\n    extra_hosts:\n      - "somehost:10.1.2.3"\n      - "gw:host-gateway"\n  worker:\n    image: alpine\n    command: sleep 3600\n' > compose.yaml
docker compose ls
docker compose up -d
docker compose ls
docker compose ls -a
docker compose ls -q
docker compose ls --format json
docker compose config --services
docker compose config --volumes
docker compose config --format json
docker compose port web 80
docker compose port web 81
docker compose port worker 80
docker compose port nosuch 80
docker compose port web
docker compose top worker
docker compose images
docker exec app-web-1 cat /etc/hosts
docker inspect -f '{{json .HostConfig.ExtraHosts}}' app-web-1
docker compose restart worker
docker compose ps --format '{{.Name}} {{.State}}'
docker compose restart nosuch
docker compose kill worker
docker compose ps -a --format '{{.Name}} {{.State}} {{.ExitCode}}'
docker compose kill nosuch
docker compose rm -f worker
docker compose rm -f worker
docker compose stop web
docker compose rm
docker compose rm -f
docker compose ps -a
docker compose top
docker compose run --rm worker echo hello
docker compose run --name onerun worker echo hi
docker ps -a --format '{{.Names}} {{.Status}}'
docker rm onerun
docker compose run --rm nosuch echo hi
docker compose create
docker compose ps -a --format '{{.Name}} {{.State}}'
docker compose down
docker compose ls
docker compose up --frob
docker compose ps --frob
docker compose --frob ps
docker compose port
docker compose ls --help
docker compose port --help
docker compose --help
printf 'services:\n  db:\n    image: alpine\n    command: sleep 3600\n    healthcheck:\n      test: ["CMD", "true"]\n      interval: 1s\n      retries: 2\n  init:\n    image: alpine\n    command: "true"\n  cache:\n    image: alpine\n    command: sleep 3600\n  web:\n    image: alpine\n    command: sleep 3600\n    depends_on:\n      db:\n        condition: service_healthy\n      init:\n        condition: service_completed_successfully\n      cache:\n        condition: service_started\n' > compose.yaml
docker compose up -d
docker compose ps -a --format '{{.Name}} {{.State}} {{.Health}} {{.ExitCode}}'
docker compose down
printf 'services:\n  db:\n    image: alpine\n    command: sleep 3600\n    healthcheck:\n      test: ["CMD", "false"]\n      interval: 1s\n      retries: 1\n  web:\n    image: alpine\n    command: sleep 3600\n    depends_on:\n      db:\n        condition: service_healthy\n' > compose.yaml
docker compose up -d
docker compose ps -a --format '{{.Name}} {{.State}} {{.Health}}'
docker compose down
printf 'services:\n  init:\n    image: alpine\n    command: sh -c "exit 3"\n  web:\n    image: alpine\n    command: sleep 3600\n    depends_on:\n      init:\n        condition: service_completed_successfully\n' > compose.yaml
docker compose up -d
docker compose ps -a --format '{{.Name}} {{.State}} {{.ExitCode}}'
docker compose down
printf 'services:\n  db:\n    image: alpine\n    command: sleep 3600\n  web:\n    image: alpine\n    command: sleep 3600\n    depends_on:\n      db:\n        condition: service_healthy\n' > compose.yaml
docker compose up -d
docker compose down
printf 'services:\n  web:\n    image: nginx\n    ports:\n      - "8080:80"\n  db:\n    image: alpine\n    command: sleep 3600\n  worker:\n    image: alpine\n    command: sleep 3600\n    depends_on:\n      - db\n  debug:\n    image: alpine\n    profiles: ["tools"]\n' > compose.yaml
docker compose config --services
docker compose --profile tools config --services
docker compose run --rm worker echo x
docker compose ps -a --format '{{.Name}} {{.State}}'
docker compose up -d
docker compose top
docker compose restart
docker compose stop db
docker compose ls
docker compose ls -a
docker compose stop
docker compose ls
docker compose ls -a --format json
docker compose rm -s -f db
docker compose down
docker compose create
docker compose images
docker compose ls -a
docker compose start
docker compose run -d --name bg worker sleep 100
docker compose port --protocol udp web 80
docker compose port --index 2 web 80
docker compose kill -s SIGTERM worker
docker compose ps -a --format '{{.Name}} {{.State}} {{.ExitCode}}'
docker compose down
docker ps -a --format '{{.Names}}'
docker rm -f bg
