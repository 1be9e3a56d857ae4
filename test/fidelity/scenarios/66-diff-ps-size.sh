# docker diff (A/C/D lines of the container's own layer) and docker ps -s / {{.Size}}: the
# writable layer's size and the image's (virtual) size. The daemon sends diff's lines in no fixed
# order (see NOTES.md); a second container with nothing changed shows 0B. The deletion is of a
# directory the stand-in busybox and the simulated one both have (/home, empty).
docker run -d --name up-a busybox sleep 300
docker run -d --name df-a busybox sleep 300
docker diff df-a
docker exec df-a mkdir -p /data/sub
docker exec df-a sh -c 'echo hi > /data/sub/f; echo x > /tmp/t; rm -r /home'
docker diff df-a
docker container diff df-a
docker diff nosuch
docker diff
docker diff df-a up-a
docker ps -s --filter name=df-a
docker ps -s --format '{{.Names}} {{.Size}}' --filter name=up-a
docker ps --format '{{.Names}} {{.Size}}' --filter name=df-a
docker ps -a -s --format 'table {{.Names}}\t{{.Size}}'
docker stop -t 1 df-a
docker diff df-a
docker ps -a -s --filter name=df-a --format '{{.Size}}'
docker rm -f df-a up-a
