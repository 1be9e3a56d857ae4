# docker pause/unpause: a paused container still counts as running, refuses exec and rm, and its
# published port accepts connections that never get an answer. Recorded without a daemon restart.
docker run -d --name pz-web -p 127.0.0.1:18080:80 nginx
docker run -d --name pz-nap busybox sleep 300
docker pause pz-web pz-nap
docker pause pz-web
docker ps --filter name=pz- --format '{{.Names}} {{.State}}'
docker ps --filter name=pz- --filter status=paused --format '{{.Names}}'
docker ps --filter name=pz- --filter status=running --format '{{.Names}}'
docker inspect -f '{{.State.Status}} {{.State.Running}} {{.State.Paused}}' pz-web
curl -sS -m 2 -o /dev/null http://127.0.0.1:18080/
docker exec pz-nap true
docker rm pz-nap
docker kill -s TERM pz-nap
docker unpause pz-nap
docker unpause pz-nap
docker unpause nosuch
docker pause nosuch
docker stop -t 1 pz-web
docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' pz-web
docker pause pz-web
docker unpause pz-web
docker pause
docker rm -f pz-web pz-nap
