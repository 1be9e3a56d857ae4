# network prune and rm
docker network create n1
docker network create n2
docker network create n3
docker run -dit --name app --network n1 alpine sh
docker create --name srv --network n3 alpine sleep 3600
docker network prune
docker network prune -f
docker network ls
docker stop app
docker network prune -f
docker rm app srv
docker network prune -f
docker network prune -f
docker network ls
docker network rm n1
docker network create x1
docker network create x2
docker network rm x1 x2
docker network create y1
docker network rm y1 nosuch
