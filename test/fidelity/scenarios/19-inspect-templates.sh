# inspect -f templates people copy from blogs and the docs
docker network create mynet
docker run -d --name web --network mynet -p 8080:80 nginx
docker run -dit --name c1 alpine sh
docker inspect -f '{{.Name}}' web
docker inspect -f '{{.Config.Image}} {{json .Config.Cmd}} {{json .Config.Entrypoint}}' web
docker inspect -f '{{json .Config.ExposedPorts}}' web
docker inspect -f '{{.HostConfig.NetworkMode}}' web
docker inspect -f '{{.HostConfig.NetworkMode}}' c1
docker inspect -f '{{(index .NetworkSettings.Networks "mynet").IPAddress}}' web
docker inspect -f '{{.NetworkSettings.Networks.mynet.Gateway}}' web
docker inspect -f '{{.NetworkSettings.IPAddress}}' web
docker inspect -f '{{.NetworkSettings.IPAddress}}' c1
docker inspect --format '{{ .NetworkSettings.IPAddress }}' c1
docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' web c1
docker inspect -f '{{json .NetworkSettings.Networks}}' c1
docker inspect -f '{{.State.Status}} {{.State.Running}} {{.RestartCount}}' web
docker inspect -f '{{upper .Name}} {{lower .Config.Image}}' web
docker inspect -f '{{.Foo}}' web
docker inspect -f '{{.NetworkSettings.Networks.nosuch.IPAddress}}' web
docker inspect -f '{{index .NetworkSettings.Networks "nosuch"}}' web
docker inspect -f '{{printf "%s has %d networks" .Name (len .NetworkSettings.Networks)}}' web
docker inspect -f '{{join .Config.Cmd " "}}' web
docker network inspect -f '{{.Name}} {{.Driver}} {{.Scope}} {{.Internal}} {{.Attachable}}' mynet
docker network inspect -f '{{json .IPAM}}' bridge
docker network inspect -f '{{json .IPAM.Config}}' host
docker network inspect -f '{{json .IPAM.Config}}' none
docker network inspect -f '{{json .Options}}' bridge
docker network inspect -f '{{json .Options}} {{json .Labels}}' mynet
docker network inspect -f '{{range $id, $c := .Containers}}{{$c.Name}} {{$c.IPv4Address}} {{$c.MacAddress}}{{end}}' mynet
docker network inspect -f '{{.Name}}' bridge host none mynet
docker inspect -f '{{.Name}}' mynet
