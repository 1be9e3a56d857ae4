# docker history / docker image history of a built image (FROM scratch, so every row is the
# scenario's own): the default table, --no-trunc, -q, -H=false and --format; and its errors.
printf 'hello\n' > hello.txt
printf 'FROM scratch\nENV A=1\nCOPY hello.txt /hello.txt\nLABEL k=v\nEXPOSE 8080\nCMD ["/hello.txt"]\n' > Dockerfile
docker build -q -t hist .
docker history hist
docker image history hist
docker history --no-trunc --format '{{.CreatedBy}}|{{.Size}}|{{.Comment}}' hist
docker history -q hist
docker history --format '{{.ID}} {{.CreatedSince}} {{.Size}}' hist
docker history -H=false --format '{{.Size}}|{{.CreatedBy}}' hist
docker history --format 'table {{.ID}}\t{{.Size}}' hist
docker history nosuch
docker history
docker history hist hist
