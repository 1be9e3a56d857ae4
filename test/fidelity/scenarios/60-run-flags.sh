# docker run flags that change the container's resolver, hosts file, restart policy, MAC address
# and capabilities: what lands in /etc/resolv.conf, /etc/hosts and inspect, and the CLI's errors.
# (What NET_ADMIN lets ip do inside is in NOTES.md §60: the simulated ip cannot change links yet.)
docker run -d --name rf-dns --dns 1.1.1.1 --dns 8.8.8.8 --dns-search example.com --dns-search corp.local --dns-option ndots:2 --dns-option timeout:3 busybox sleep 300
docker exec rf-dns cat /etc/resolv.conf
docker inspect -f '{{json .HostConfig.Dns}} {{json .HostConfig.DnsSearch}} {{json .HostConfig.DnsOptions}}' rf-dns
docker network create rf-net
docker run -d --name rf-udns --network rf-net --dns 1.1.1.1 --dns-search example.com --dns-option ndots:2 busybox sleep 300
docker exec rf-udns cat /etc/resolv.conf
docker run -d --name rf-plain busybox sleep 300
docker inspect -f '{{json .HostConfig.Dns}} {{json .HostConfig.DnsSearch}} {{json .HostConfig.DnsOptions}} {{json .HostConfig.RestartPolicy}} {{json .HostConfig.CapAdd}} {{.HostConfig.Privileged}} {{json .HostConfig.ExtraHosts}}' rf-plain
docker run -d --name rf-dnsonly --dns 9.9.9.9 busybox sleep 300
docker exec rf-dnsonly cat /etc/resolv.conf
docker run --rm --dns notanip busybox true
docker run --rm --add-host gw:host-gateway --add-host db=10.1.2.3 --add-host two:10.0.0.2 busybox cat /etc/hosts
docker run --rm --add-host bad busybox true
docker run --rm --add-host x:notanip busybox true
docker run -d --name rf-r --restart unless-stopped busybox sleep 300
docker inspect -f '{{json .HostConfig.RestartPolicy}}' rf-r
docker run -d --name rf-r2 --restart on-failure:3 busybox sleep 300
docker inspect -f '{{json .HostConfig.RestartPolicy}}' rf-r2
docker run -d --name rf-r3 --restart always busybox sleep 300
docker inspect -f '{{json .HostConfig.RestartPolicy}}' rf-r3
docker run --rm --restart always busybox true
docker run -d --restart bogus busybox true
docker run -d --restart on-failure:x busybox true
docker run -d --restart always:3 busybox true
docker run -d --name rf-mac --mac-address 02:42:ac:11:00:99 busybox sleep 300
docker exec rf-mac ip link show eth0
docker inspect -f '{{.Config.MacAddress}} {{.NetworkSettings.MacAddress}} {{.NetworkSettings.Networks.bridge.MacAddress}}' rf-mac
docker run --rm --mac-address zz busybox true
docker run --rm --cap-add NOPE busybox true
docker run -d --name rf-cap --cap-add NET_ADMIN --cap-add sys_time --cap-drop MKNOD busybox sleep 300
docker inspect -f '{{json .HostConfig.CapAdd}} {{json .HostConfig.CapDrop}} {{.HostConfig.Privileged}}' rf-cap
docker run -d --name rf-priv --privileged busybox sleep 300
docker inspect -f '{{json .HostConfig.CapAdd}} {{.HostConfig.Privileged}}' rf-priv
docker rm -f rf-dns rf-udns rf-plain rf-dnsonly rf-r rf-r2 rf-r3 rf-mac rf-cap rf-priv
docker network rm rf-net
