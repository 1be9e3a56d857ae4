// `--help` of GNU Wget 1.21.3, ss (iproute2 6.1) and hostname 3.23, as measured on Debian 12
// (2026-12-03): all on stdout; hostname exits 255 after its help, as it does.
import type {CommandResult} from '../types.js';

export const GNU_HELP: Readonly<Record<string, CommandResult>> = {
	'ss other --help': {stdout: "Usage: ss [ OPTIONS ]\n       ss [ OPTIONS ] [ FILTER ]\n   -h, --help          this message\n   -V, --version       output version information\n   -n, --numeric       don't resolve service names\n" +
		"   -r, --resolve       resolve host names\n   -a, --all           display all sockets\n   -l, --listening     display listening sockets\n   -o, --options       show timer information\n" +
		"   -e, --extended      show detailed socket information\n   -m, --memory        show socket memory usage\n   -p, --processes     show process using socket\n   -T, --threads       show thread using socket\n" +
		"   -i, --info          show internal TCP information\n       --tipcinfo      show internal tipc socket information\n   -s, --summary       show socket usage summary\n" +
		"       --tos           show tos and priority information\n       --cgroup        show cgroup information\n   -b, --bpf           show bpf filter socket information\n" +
		"   -E, --events        continually display sockets as they are destroyed\n   -Z, --context       display task SELinux security contexts\n   -z, --contexts      display task and socket SELinux security contexts\n" +
		"   -N, --net           switch to the specified network namespace name\n\n   -4, --ipv4          display only IP version 4 sockets\n   -6, --ipv6          display only IP version 6 sockets\n" +
		"   -0, --packet        display PACKET sockets\n   -t, --tcp           display only TCP sockets\n   -M, --mptcp         display only MPTCP sockets\n   -S, --sctp          display only SCTP sockets\n" +
		"   -u, --udp           display only UDP sockets\n   -d, --dccp          display only DCCP sockets\n   -w, --raw           display only RAW sockets\n   -x, --unix          display only Unix domain sockets\n" +
		"       --tipc          display only TIPC sockets\n       --vsock         display only vsock sockets\n       --xdp           display only XDP sockets\n   -f, --family=FAMILY display sockets of type FAMILY\n" +
		"       FAMILY := {inet|inet6|link|unix|netlink|vsock|tipc|xdp|help}\n\n   -K, --kill          forcibly close sockets, display what was closed\n   -H, --no-header     Suppress header line\n" +
		"   -O, --oneline       socket's data printed on a single line\n       --inet-sockopt  show various inet socket options\n\n   -A, --query=QUERY, --socket=QUERY\n" +
		"       QUERY := {all|inet|tcp|mptcp|udp|raw|unix|unix_dgram|unix_stream|unix_seqpacket|packet|packet_raw|packet_dgram|netlink|dccp|sctp|vsock_stream|vsock_dgram|tipc|xdp}[,QUERY]\n\n" +
		"   -D, --diag=FILE     Dump raw information about TCP sockets to FILE\n   -F, --filter=FILE   read filter information from FILE\n       FILTER := [ state STATE-FILTER ] [ EXPRESSION ]\n" +
		"       STATE-FILTER := {all|connected|synchronized|bucket|big|TCP-STATES}\n         TCP-STATES := {established|syn-sent|syn-recv|fin-wait-{1,2}|time-wait|closed|close-wait|last-ack|listening|closing}\n" +
		"          connected := {established|syn-sent|syn-recv|fin-wait-{1,2}|time-wait|close-wait|last-ack|closing}\n       synchronized := {established|syn-recv|fin-wait-{1,2}|time-wait|close-wait|last-ack|closing}\n" +
		"             bucket := {syn-recv|time-wait}\n                big := {established|syn-sent|fin-wait-{1,2}|closed|close-wait|last-ack|listening|closing}\n", stderr: '', exitCode: 0},
	'hostname other --help': {stdout: "Usage: hostname [-b] {hostname|-F file}         set host name (from file)\n       hostname [-a|-A|-d|-f|-i|-I|-s|-y]       display formatted name\n       hostname                                 display host name\n\n" +
		"       {yp,nis,}domainname {nisdomain|-F file}  set NIS domain name (from file)\n       {yp,nis,}domainname                      display NIS domain name\n\n" +
		"       dnsdomainname                            display dns domain name\n\n       hostname -V|--version|-h|--help          print info and exit\n\nProgram name:\n       {yp,nis,}domainname=hostname -y\n" +
		"       dnsdomainname=hostname -d\n\nProgram options:\n    -a, --alias            alias names\n    -A, --all-fqdns        all long host names (FQDNs)\n    -b, --boot             set default hostname if none available\n" +
		"    -d, --domain           DNS domain name\n    -f, --fqdn, --long     long host name (FQDN)\n    -F, --file             read host name or NIS domain name from given file\n" +
		"    -i, --ip-address       addresses for the host name\n    -I, --all-ip-addresses all addresses for the host\n    -s, --short            short host name\n    -y, --yp, --nis        NIS/YP domain name\n\nDescription:\n" +
		"   This command can get or set the host name or the NIS domain name. You can\n   also get the DNS domain or the FQDN (fully qualified domain name).\n" +
		"   Unless you are using bind or NIS for host lookups you can change the\n   FQDN (Fully Qualified Domain Name) and the DNS domain name (which is\n   part of the FQDN) in the /etc/hosts file.\n", stderr: '', exitCode: 255},
	'wget other --help': {stdout: "GNU Wget 1.21.3, a non-interactive network retriever.\nUsage: wget [OPTION]... [URL]...\n\nMandatory arguments to long options are mandatory for short options too.\n\nStartup:\n" +
		"  -V,  --version                   display the version of Wget and exit\n  -h,  --help                      print this help\n  -b,  --background                go to background after startup\n" +
		"  -e,  --execute=COMMAND           execute a `.wgetrc'-style command\n\nLogging and input file:\n  -o,  --output-file=FILE          log messages to FILE\n  -a,  --append-output=FILE        append messages to FILE\n" +
		"  -d,  --debug                     print lots of debugging information\n  -q,  --quiet                     quiet (no output)\n  -v,  --verbose                   be verbose (this is the default)\n" +
		"  -nv, --no-verbose                turn off verboseness, without being quiet\n       --report-speed=TYPE         output bandwidth as TYPE.  TYPE can be bits\n" +
		"  -i,  --input-file=FILE           download URLs found in local or external FILE\n  -F,  --force-html                treat input file as HTML\n  -B,  --base=URL                  resolves HTML input-file links (-i -F)\n" +
		"                                     relative to URL\n       --config=FILE               specify config file to use\n       --no-config                 do not read any config file\n" +
		"       --rejected-log=FILE         log reasons for URL rejection to FILE\n\nDownload:\n  -t,  --tries=NUMBER              set number of retries to NUMBER (0 unlimits)\n" +
		"       --retry-connrefused         retry even if connection is refused\n       --retry-on-http-error=ERRORS    comma-separated list of HTTP errors to retry\n  -O,  --output-document=FILE      write documents to FILE\n" +
		"  -nc, --no-clobber                skip downloads that would download to\n                                     existing files (overwriting them)\n" +
		"       --no-netrc                  don't try to obtain credentials from .netrc\n  -c,  --continue                  resume getting a partially-downloaded file\n" +
		"       --start-pos=OFFSET          start downloading from zero-based position OFFSET\n       --progress=TYPE             select progress gauge type\n" +
		"       --show-progress             display the progress bar in any verbosity mode\n  -N,  --timestamping              don't re-retrieve files unless newer than\n                                     local\n" +
		"       --no-if-modified-since      don't use conditional if-modified-since get\n                                     requests in timestamping mode\n" +
		"       --no-use-server-timestamps  don't set the local file's timestamp by\n                                     the one on the server\n  -S,  --server-response           print server response\n" +
		"       --spider                    don't download anything\n  -T,  --timeout=SECONDS           set all timeout values to SECONDS\n       --dns-timeout=SECS          set the DNS lookup timeout to SECS\n" +
		"       --connect-timeout=SECS      set the connect timeout to SECS\n       --read-timeout=SECS         set the read timeout to SECS\n  -w,  --wait=SECONDS              wait SECONDS between retrievals\n" +
		"                                     (applies if more then 1 URL is to be retrieved)\n       --waitretry=SECONDS         wait 1..SECONDS between retries of a retrieval\n" +
		"                                     (applies if more then 1 URL is to be retrieved)\n       --random-wait               wait from 0.5*WAIT...1.5*WAIT secs between retrievals\n" +
		"                                     (applies if more then 1 URL is to be retrieved)\n       --no-proxy                  explicitly turn off proxy\n  -Q,  --quota=NUMBER              set retrieval quota to NUMBER\n" +
		"       --bind-address=ADDRESS      bind to ADDRESS (hostname or IP) on local host\n       --limit-rate=RATE           limit download rate to RATE\n       --no-dns-cache              disable caching DNS lookups\n" +
		"       --restrict-file-names=OS    restrict chars in file names to ones OS allows\n       --ignore-case               ignore case when matching files/directories\n" +
		"  -4,  --inet4-only                connect only to IPv4 addresses\n  -6,  --inet6-only                connect only to IPv6 addresses\n       --prefer-family=FAMILY      connect first to addresses of specified family,\n" +
		"                                     one of IPv6, IPv4, or none\n       --user=USER                 set both ftp and http user to USER\n       --password=PASS             set both ftp and http password to PASS\n" +
		"       --ask-password              prompt for passwords\n       --use-askpass=COMMAND       specify credential handler for requesting \n                                     username and password.  If no COMMAND is \n" +
		"                                     specified the WGET_ASKPASS or the SSH_ASKPASS \n                                     environment variable is used.\n       --no-iri                    turn off IRI support\n" +
		"       --local-encoding=ENC        use ENC as the local encoding for IRIs\n       --remote-encoding=ENC       use ENC as the default remote encoding\n       --unlink                    remove file before clobber\n" +
		"       --xattr                     turn on storage of metadata in extended file attributes\n\nDirectories:\n  -nd, --no-directories            don't create directories\n" +
		"  -x,  --force-directories         force creation of directories\n  -nH, --no-host-directories       don't create host directories\n       --protocol-directories      use protocol name in directories\n" +
		"  -P,  --directory-prefix=PREFIX   save files to PREFIX/..\n       --cut-dirs=NUMBER           ignore NUMBER remote directory components\n\nHTTP options:\n       --http-user=USER            set http user to USER\n" +
		"       --http-password=PASS        set http password to PASS\n       --no-cache                  disallow server-cached data\n       --default-page=NAME         change the default page name (normally\n" +
		"                                     this is 'index.html'.)\n  -E,  --adjust-extension          save HTML/CSS documents with proper extensions\n       --ignore-length             ignore 'Content-Length' header field\n" +
		"       --header=STRING             insert STRING among the headers\n       --compression=TYPE          choose compression, one of auto, gzip and none. (default: none)\n" +
		"       --max-redirect              maximum redirections allowed per page\n       --proxy-user=USER           set USER as proxy username\n       --proxy-password=PASS       set PASS as proxy password\n" +
		"       --referer=URL               include 'Referer: URL' header in HTTP request\n       --save-headers              save the HTTP headers to file\n" +
		"  -U,  --user-agent=AGENT          identify as AGENT instead of Wget/VERSION\n       --no-http-keep-alive        disable HTTP keep-alive (persistent connections)\n       --no-cookies                don't use cookies\n" +
		"       --load-cookies=FILE         load cookies from FILE before session\n       --save-cookies=FILE         save cookies to FILE after session\n" +
		"       --keep-session-cookies      load and save session (non-permanent) cookies\n       --post-data=STRING          use the POST method; send STRING as the data\n" +
		"       --post-file=FILE            use the POST method; send contents of FILE\n       --method=HTTPMethod         use method \"HTTPMethod\" in the request\n" +
		"       --body-data=STRING          send STRING as data. --method MUST be set\n       --body-file=FILE            send contents of FILE. --method MUST be set\n" +
		"       --content-disposition       honor the Content-Disposition header when\n                                     choosing local file names (EXPERIMENTAL)\n" +
		"       --content-on-error          output the received content on server errors\n       --auth-no-challenge         send Basic HTTP authentication information\n" +
		"                                     without first waiting for the server's\n                                     challenge\n\nHTTPS (SSL/TLS) options:\n" +
		"       --secure-protocol=PR        choose secure protocol, one of auto, SSLv2,\n                                     SSLv3, TLSv1, TLSv1_1, TLSv1_2, TLSv1_3 and PFS\n" +
		"       --https-only                only follow secure HTTPS links\n       --no-check-certificate      don't validate the server's certificate\n       --certificate=FILE          client certificate file\n" +
		"       --certificate-type=TYPE     client certificate type, PEM or DER\n       --private-key=FILE          private key file\n       --private-key-type=TYPE     private key type, PEM or DER\n" +
		"       --ca-certificate=FILE       file with the bundle of CAs\n       --ca-directory=DIR          directory where hash list of CAs is stored\n       --crl-file=FILE             file with bundle of CRLs\n" +
		"       --pinnedpubkey=FILE/HASHES  Public key (PEM/DER) file, or any number\n                                   of base64 encoded sha256 hashes preceded by\n" +
		"                                   'sha256//' and separated by ';', to verify\n                                   peer against\n\n" +
		"       --ciphers=STR           Set the priority string (GnuTLS) or cipher list string (OpenSSL) directly.\n                                   Use with care. This option overrides --secure-protocol.\n" +
		"                                   The format and syntax of this string depend on the specific SSL/TLS engine.\nHSTS options:\n       --no-hsts                   disable HSTS\n" +
		"       --hsts-file                 path of HSTS database (will override default)\n\nFTP options:\n       --ftp-user=USER             set ftp user to USER\n       --ftp-password=PASS         set ftp password to PASS\n" +
		"       --no-remove-listing         don't remove '.listing' files\n       --no-glob                   turn off FTP file name globbing\n       --no-passive-ftp            disable the \"passive\" transfer mode\n" +
		"       --preserve-permissions      preserve remote file permissions\n       --retr-symlinks             when recursing, get linked-to files (not dir)\n\nFTPS options:\n" +
		"       --ftps-implicit                 use implicit FTPS (default port is 990)\n       --ftps-resume-ssl               resume the SSL/TLS session started in the control connection when\n" +
		"                                         opening a data connection\n       --ftps-clear-data-connection    cipher the control channel only; all the data will be in plaintext\n" +
		"       --ftps-fallback-to-ftp          fall back to FTP if FTPS is not supported in the target server\nWARC options:\n       --warc-file=FILENAME        save request/response data to a .warc.gz file\n" +
		"       --warc-header=STRING        insert STRING into the warcinfo record\n       --warc-max-size=NUMBER      set maximum size of WARC files to NUMBER\n       --warc-cdx                  write CDX index files\n" +
		"       --warc-dedup=FILENAME       do not store records listed in this CDX file\n       --no-warc-compression       do not compress WARC files with GZIP\n" +
		"       --no-warc-digests           do not calculate SHA1 digests\n       --no-warc-keep-log          do not store the log file in a WARC record\n" +
		"       --warc-tempdir=DIRECTORY    location for temporary files created by the\n                                     WARC writer\n\nRecursive download:\n  -r,  --recursive                 specify recursive download\n" +
		"  -l,  --level=NUMBER              maximum recursion depth (inf or 0 for infinite)\n       --delete-after              delete files locally after downloading them\n" +
		"  -k,  --convert-links             make links in downloaded HTML or CSS point to\n                                     local files\n" +
		"       --convert-file-only         convert the file part of the URLs only (usually known as the basename)\n       --backups=N                 before writing file X, rotate up to N backup files\n" +
		"  -K,  --backup-converted          before converting file X, back up as X.orig\n  -m,  --mirror                    shortcut for -N -r -l inf --no-remove-listing\n" +
		"  -p,  --page-requisites           get all images, etc. needed to display HTML page\n       --strict-comments           turn on strict (SGML) handling of HTML comments\n\nRecursive accept/reject:\n" +
		"  -A,  --accept=LIST               comma-separated list of accepted extensions\n  -R,  --reject=LIST               comma-separated list of rejected extensions\n" +
		"       --accept-regex=REGEX        regex matching accepted URLs\n       --reject-regex=REGEX        regex matching rejected URLs\n       --regex-type=TYPE           regex type (posix|pcre)\n" +
		"  -D,  --domains=LIST              comma-separated list of accepted domains\n       --exclude-domains=LIST      comma-separated list of rejected domains\n" +
		"       --follow-ftp                follow FTP links from HTML documents\n       --follow-tags=LIST          comma-separated list of followed HTML tags\n" +
		"       --ignore-tags=LIST          comma-separated list of ignored HTML tags\n  -H,  --span-hosts                go to foreign hosts when recursive\n  -L,  --relative                  follow relative links only\n" +
		"  -I,  --include-directories=LIST  list of allowed directories\n       --trust-server-names        use the name specified by the redirection\n                                     URL's last component\n" +
		"  -X,  --exclude-directories=LIST  list of excluded directories\n  -np, --no-parent                 don't ascend to the parent directory\n\nEmail bug reports, questions, discussions to <bug-wget@gnu.org>\n" +
		"and/or open issues at https://savannah.gnu.org/bugs/?func=additem&group=wget.\n", stderr: '', exitCode: 0},
};
