# Compose: errors (undefined network, bad YAML, unknown keys, external missing, no file, port conflict), up without -d
printf 'services:\n  a:\n    image: alpine\n    networks:\n      - missing\n' > compose.yaml
docker compose up -d
printf 'services:\n  web:\n    image: nginx\n   ports:\n' > compose.yaml
docker compose up -d
printf 'services:\n\tweb:\n' > compose.yaml
docker compose up -d
printf 'services:\n  web:\n    image: nginx\n    foo: 1\n' > compose.yaml
docker compose up -d
printf 'services:\n  web:\n    image: nginx\nfoo: 1\n' > compose.yaml
docker compose up -d
printf 'services:\n  web:\n    image: nginx\n    networks:\n      - ext\nnetworks:\n  ext:\n    external: true\n' > compose.yaml
docker compose up -d
printf 'services:\n  web:\n    image: nginx\n    ports:\n      - "8080:80"\n' > compose.yaml
docker compose config
docker compose -f nosuch.yaml up -d
docker compose -f nosuch.yaml ps
docker run -d --name blocker -p 8080:80 nginx
printf 'services:\n  web:\n    image: nginx\n    ports:\n      - "8080:80"\n' > compose.yaml
docker compose up -d
docker compose ps -a
docker compose down
printf 'services:\n  hello:\n    image: alpine\n    command: echo hi\n' > compose.yaml
docker compose up
docker compose down
docker compose frob
docker rm -f blocker
