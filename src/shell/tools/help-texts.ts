// `--help` of the network tools, as measured on Debian 12 (2026-12-03): iputils ping 20221126 and
// iproute2 6.1 (the host and Debian images), BusyBox 1.35's applet texts under the recorded images'
// 1.37 banner (alpine's musl build rewrites it, libc.ts). Keys: `TOOL busybox|other ARG`.
import type {CommandResult} from '../types.js';

export const TOOL_HELP: Readonly<Record<string, CommandResult>> = {
	'ping busybox --help': {stdout: '', stderr: "BusyBox v1.37.0 (Debian 1:1.37.0-6+b9) multi-call binary.\n\nUsage: ping [OPTIONS] HOST\n\nSend ICMP ECHO_REQUESTs to HOST\n\n\t-4,-6\t\tForce IP or IPv6 name resolution\n\t-c CNT\t\tSend only CNT pings\n" +
		"\t-s SIZE\t\tSend SIZE data bytes in packets (default 56)\n\t-i SECS\t\tInterval\n\t-A\t\tPing as soon as reply is received\n\t-t TTL\t\tSet TTL\n\t-I IFACE/IP\tSource interface or IP address\n" +
		"\t-W SEC\t\tSeconds to wait for the first response (default 10)\n\t\t\t(after all -c CNT packets are sent)\n\t-w SEC\t\tSeconds until ping exits (default:infinite)\n\t\t\t(can exit earlier with -c CNT)\n" +
		"\t-q\t\tQuiet, only display output at start/finish\n\t-p HEXBYTE\tPayload pattern\n", exitCode: 0},
	'ping other --help': {stdout: '', stderr: "ping: invalid option -- '-'\n\nUsage\n  ping [options] <destination>\n\nOptions:\n  <destination>      dns name or ip address\n  -a                 use audible ping\n  -A                 use adaptive ping\n" +
		"  -B                 sticky source address\n  -c <count>         stop after <count> replies\n  -C                 call connect() syscall on socket creation\n  -D                 print timestamps\n" +
		"  -d                 use SO_DEBUG socket option\n  -e <identifier>    define identifier for ping session, default is random for\n                     SOCK_RAW and kernel defined for SOCK_DGRAM\n" +
		"                     Imply using SOCK_RAW (for IPv4 only for identifier 0)\n  -f                 flood ping\n  -h                 print help and exit\n  -I <interface>     either interface name or address\n" +
		"  -i <interval>      seconds between sending each packet\n  -L                 suppress loopback of multicast packets\n  -l <preload>       send <preload> number of packages while waiting replies\n" +
		"  -m <mark>          tag the packets going out\n  -M <pmtud opt>     define mtu discovery, can be one of <do|dont|want>\n  -n                 no dns name resolution\n  -O                 report outstanding replies\n" +
		"  -p <pattern>       contents of padding byte\n  -q                 quiet output\n  -Q <tclass>        use quality of service <tclass> bits\n  -s <size>          use <size> as number of data bytes to be sent\n" +
		"  -S <size>          use <size> as SO_SNDBUF socket option value\n  -t <ttl>           define time to live\n  -U                 print user-to-user latency\n  -v                 verbose output\n" +
		"  -V                 print version and exit\n  -w <deadline>      reply wait <deadline> in seconds\n  -W <timeout>       time to wait for response\n\nIPv4 options:\n  -4                 use IPv4\n" +
		"  -b                 allow pinging broadcast\n  -R                 record route\n  -T <timestamp>     define timestamp, can be one of <tsonly|tsandaddr|tsprespec>\n\nIPv6 options:\n  -6                 use IPv6\n" +
		"  -F <flowlabel>     define flow label, default is random\n  -N <nodeinfo opt>  use icmp6 node info query, try <help> as argument\n\nFor more details see ping(8).\n", exitCode: 2},
	'ping other -h': {stdout: '', stderr: "\nUsage\n  ping [options] <destination>\n\nOptions:\n  <destination>      dns name or ip address\n  -a                 use audible ping\n  -A                 use adaptive ping\n" +
		"  -B                 sticky source address\n  -c <count>         stop after <count> replies\n  -C                 call connect() syscall on socket creation\n  -D                 print timestamps\n" +
		"  -d                 use SO_DEBUG socket option\n  -e <identifier>    define identifier for ping session, default is random for\n                     SOCK_RAW and kernel defined for SOCK_DGRAM\n" +
		"                     Imply using SOCK_RAW (for IPv4 only for identifier 0)\n  -f                 flood ping\n  -h                 print help and exit\n  -I <interface>     either interface name or address\n" +
		"  -i <interval>      seconds between sending each packet\n  -L                 suppress loopback of multicast packets\n  -l <preload>       send <preload> number of packages while waiting replies\n" +
		"  -m <mark>          tag the packets going out\n  -M <pmtud opt>     define mtu discovery, can be one of <do|dont|want>\n  -n                 no dns name resolution\n  -O                 report outstanding replies\n" +
		"  -p <pattern>       contents of padding byte\n  -q                 quiet output\n  -Q <tclass>        use quality of service <tclass> bits\n  -s <size>          use <size> as number of data bytes to be sent\n" +
		"  -S <size>          use <size> as SO_SNDBUF socket option value\n  -t <ttl>           define time to live\n  -U                 print user-to-user latency\n  -v                 verbose output\n" +
		"  -V                 print version and exit\n  -w <deadline>      reply wait <deadline> in seconds\n  -W <timeout>       time to wait for response\n\nIPv4 options:\n  -4                 use IPv4\n" +
		"  -b                 allow pinging broadcast\n  -R                 record route\n  -T <timestamp>     define timestamp, can be one of <tsonly|tsandaddr|tsprespec>\n\nIPv6 options:\n  -6                 use IPv6\n" +
		"  -F <flowlabel>     define flow label, default is random\n  -N <nodeinfo opt>  use icmp6 node info query, try <help> as argument\n\nFor more details see ping(8).\n", exitCode: 2},
	'ip busybox --help': {stdout: '', stderr: "BusyBox v1.37.0 (Debian 1:1.37.0-6+b9) multi-call binary.\n\nUsage: ip [OPTIONS] address|route|link|tunnel|neigh|rule [ARGS]\n\nOPTIONS := -f[amily] inet|inet6|link | -o[neline]\n\n" +
		"ip addr add|del IFADDR dev IFACE | show|flush [dev IFACE] [to PREFIX]\nip route list|flush|add|del|change|append|replace|test ROUTE\nip link set IFACE [up|down] [arp on|off] [multicast on|off]\n" +
		"\t[promisc on|off] [mtu NUM] [name NAME] [qlen NUM] [address MAC]\n\t[master IFACE | nomaster] [netns PID]\nip tunnel add|change|del|show [NAME]\n\t[mode ipip|gre|sit] [remote ADDR] [local ADDR] [ttl TTL]\n" +
		"ip neigh show|flush [to PREFIX] [dev DEV] [nud STATE]\nip rule [list] | add|del SELECTOR ACTION\n", exitCode: 0},
	'ip other --help': {stdout: '', stderr: "Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\n       ip [ -force ] -batch filename\nwhere  OBJECT := { address | addrlabel | amt | fou | help | ila | ioam | l2tp |\n" +
		"                   link | macsec | maddress | monitor | mptcp | mroute | mrule |\n                   neighbor | neighbour | netconf | netns | nexthop | ntable |\n" +
		"                   ntbl | route | rule | sr | tap | tcpmetrics |\n                   token | tunnel | tuntap | vrf | xfrm }\n       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -r[esolve] |\n" +
		"                    -h[uman-readable] | -iec | -j[son] | -p[retty] |\n                    -f[amily] { inet | inet6 | mpls | bridge | link } |\n                    -4 | -6 | -M | -B | -0 |\n" +
		"                    -l[oops] { maximum-addr-flush-attempts } | -br[ief] |\n                    -o[neline] | -t[imestamp] | -ts[hort] | -b[atch] [filename] |\n" +
		"                    -rc[vbuf] [size] | -n[etns] name | -N[umeric] | -a[ll] |\n                    -c[olor]}\n", exitCode: 255},
	'ip other help': {stdout: '', stderr: "Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\n       ip [ -force ] -batch filename\nwhere  OBJECT := { address | addrlabel | amt | fou | help | ila | ioam | l2tp |\n" +
		"                   link | macsec | maddress | monitor | mptcp | mroute | mrule |\n                   neighbor | neighbour | netconf | netns | nexthop | ntable |\n" +
		"                   ntbl | route | rule | sr | tap | tcpmetrics |\n                   token | tunnel | tuntap | vrf | xfrm }\n       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -r[esolve] |\n" +
		"                    -h[uman-readable] | -iec | -j[son] | -p[retty] |\n                    -f[amily] { inet | inet6 | mpls | bridge | link } |\n                    -4 | -6 | -M | -B | -0 |\n" +
		"                    -l[oops] { maximum-addr-flush-attempts } | -br[ief] |\n                    -o[neline] | -t[imestamp] | -ts[hort] | -b[atch] [filename] |\n" +
		"                    -rc[vbuf] [size] | -n[etns] name | -N[umeric] | -a[ll] |\n                    -c[olor]}\n", exitCode: 255},
	'hostname busybox --help': {stdout: '', stderr: "BusyBox v1.37.0 (Debian 1:1.37.0-6+b9) multi-call binary.\n\nUsage: hostname [-sidf] [HOSTNAME | -F FILE]\n\nShow or set hostname or DNS domain name\n\n\t-s\tShort\n\t-i\tAddresses for the hostname\n" +
		"\t-d\tDNS domain name\n\t-f\tFully qualified domain name\n\t-F FILE\tUse FILE's content as hostname\n", exitCode: 0},
	'wget busybox --help': {stdout: '', stderr: "BusyBox v1.37.0 (Debian 1:1.37.0-6+b9) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n" +
		"\t[--no-check-certificate] [-P DIR] [-U AGENT] URL...\n\nRetrieve files via HTTP or FTP\n\n\t--spider\tOnly check URL existence: $? is 0 if exists\n\t--header STR\tAdd STR (of form 'header: value') to headers\n" +
		"\t--post-data STR\tSend STR using POST method\n\t--post-file FILE\tSend FILE using POST method\n\t--no-check-certificate\tDon't validate the server's certificate\n\t-c\t\tContinue retrieval of aborted transfer\n" +
		"\t-q\t\tQuiet\n\t-P DIR\t\tSave to DIR (default .)\n\t-S    \t\tShow server response\n\t-O FILE\t\tSave to FILE ('-' for stdout)\n\t-o LOGFILE\tLog messages to FILE\n\t-U STR\t\tUse STR for User-Agent header\n" +
		"\t-Y on/off\tUse proxy\n", exitCode: 0},
	'nslookup busybox --help': {stdout: '', stderr: "BusyBox v1.37.0 (Debian 1:1.37.0-6+b9) multi-call binary.\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n\nQuery DNS about HOST\n\nQUERY_TYPE: soa,ns,a,aaaa,cname,mx,txt,ptr,srv,any\n", exitCode: 0},
	'nc busybox --help': {stdout: '', stderr: "BusyBox v1.37.0 (Debian 1:1.37.0-6+b9) multi-call binary.\n\nUsage: nc [-iN] [-wN] [-l] [-p PORT] [-f FILE|IPADDR PORT] [-e PROG]\n\nOpen a pipe to IP:PORT or FILE\n\n\t-l\tListen mode, for inbound connects\n" +
		"\t\t(use -ll with -e for persistent server)\n\t-p PORT\tLocal port\n\t-w SEC\tConnect timeout\n\t-i SEC\tDelay interval for lines sent\n\t-f FILE\tUse file (ala /dev/ttyS0) instead of network\n" +
		"\t-e PROG\tRun PROG after connect\n", exitCode: 0},
	'netstat busybox --help': {stdout: '', stderr: "BusyBox v1.37.0 (Debian 1:1.37.0-6+b9) multi-call binary.\n\nUsage: netstat [-ral] [-tuwx] [-en]\n\nDisplay networking information\n\n\t-r\tRouting table\n\t-a\tAll sockets\n\t-l\tListening sockets\n" +
		"\t\tElse: connected sockets\n\t-t\tTCP sockets\n\t-u\tUDP sockets\n\t-w\tRaw sockets\n\t-x\tUnix sockets\n\t\tElse: all socket types\n\t-e\tOther/more information\n\t-n\tDon't resolve names\n", exitCode: 0},
};
