# A container's own files: WORKDIR is where docker exec starts, COPY and RUN put files there, a file
# written inside stays with the container, docker cp copies both ways (and its errors), docker rm
# takes the container's files away.
printf 'print("hi")\n' > app.py
printf 'FROM alpine\nWORKDIR /app\nCOPY app.py .\nRUN echo ready > /app/status\nCMD ["sleep", "1000"]\n' > Dockerfile
docker build -q -t files-app .
docker run -d --name web files-app
docker exec web pwd
docker exec -w /tmp web pwd
docker exec web ls
docker exec web cat app.py
docker exec web cat /app/status
docker exec web ls /nope
docker exec web sh -c 'echo hello > /tmp/note'
docker exec web cat /tmp/note
printf 'from host\n' > host.txt
docker cp host.txt web:/tmp/
docker cp host.txt web:/app/renamed.txt
docker exec web ls /tmp
docker exec web ls
docker cp web:/app/status .
cat status
docker cp web:/app ./fromweb
ls fromweb
docker cp web:/nope .
docker cp host.txt web:/nodir/x
docker cp host.txt web:/tmp/nodir/
docker cp host.txt web:/tmp/note/x
docker cp host.txt nosuch:/tmp/x
docker cp web:/tmp/note web:/tmp/copy
docker cp host.txt other.txt
docker rm -f web
docker run -d --name web files-app
docker exec web ls /tmp
docker exec web ls
