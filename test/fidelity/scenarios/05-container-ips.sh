# Lowest-free addresses, reuse after rm, a restarted container may change IP, --ip rules
docker network create appnet
docker run -dit --name c1 --network appnet alpine sh
docker run -dit --name c2 --network appnet alpine sh
docker run -dit --name c3 --network appnet alpine sh
docker inspect -f '{{.Name}} {{range .NetworkSettings.Networks}}{{.IPAddress}} {{.MacAddress}}{{end}}' c1 c2 c3
docker rm -f c2
docker run -dit --name c4 --network appnet alpine sh
docker inspect -f '{{.Name}} {{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' c4
docker stop c1
docker inspect -f '{{.Name}} [{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}]' c1
docker run -dit --name c5 --network appnet alpine sh
docker inspect -f '{{.Name}} {{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' c5
docker start c1
docker inspect -f '{{.Name}} {{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' c1
docker restart c3
docker inspect -f '{{.Name}} {{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' c3
docker run -dit --name c6 --network appnet --ip 172.18.0.100 alpine sh
docker network create --subnet 172.30.0.0/24 fixed
docker run -dit --name f1 --network fixed --ip 172.30.0.50 alpine sh
docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}} {{json .IPAMConfig}}{{end}}' f1
docker run -dit --name f2 --network fixed --ip 172.30.1.5 alpine sh
docker run -dit --name f3 --network fixed --ip 172.30.0.50 alpine sh
docker run -dit --name f4 --ip 172.17.0.50 alpine sh
docker run -dit --name f5 --network fixed alpine sh
docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' f5
docker ps -a
