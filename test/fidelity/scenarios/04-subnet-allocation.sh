# Subnet allocation order on daemon 26.1 (rotating index), custom subnets, overlap errors
docker network create n1
docker network create n2
docker network create n3
docker network inspect -f '{{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}' n1
docker network inspect -f '{{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}' n2
docker network inspect -f '{{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}' n3
docker network rm n2
docker network create n4
docker network inspect -f '{{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}' n4
docker network create n5
docker network inspect -f '{{range .IPAM.Config}}{{.Subnet}}{{end}}' n5
docker network create n1
docker network create --subnet 172.18.5.0/24 overlapping
docker network create --subnet 172.16.0.0/12 huge
docker network create --subnet 10.10.0.0/24 --gateway 10.10.0.254 custom
docker network inspect -f '{{json .IPAM.Config}}' custom
docker network inspect -f '{{json .IPAM}}' custom
docker network create --subnet 10.10.0.0/16 custom2
docker network create --subnet 10.20.0.1/24 badhost
docker network create --subnet 10.30.0.0/24 --gateway 10.31.0.1 badgw
docker network ls
docker network rm n1 n3
docker network rm n4 n5 custom
docker network ls
