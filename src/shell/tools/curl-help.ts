// `curl --help`: 8.14.1's (the host's curl where the recordings were made) printed from its
// source (src/tool_help.c, tool_listhelp.c at curl-8_14_1, 79 columns as without a terminal, with
// the built-in manual Debian enables); 7.88.1's (the Debian images') measured on Debian 12.
export const CURL_8_14_HELP =
	"Usage: curl [options...] <url>\n" +
	" -d, --data <data>           HTTP POST data\n" +
	" -f, --fail                  Fail fast with no output on HTTP errors\n" +
	" -h, --help <subject>        Get help for commands\n" +
	" -o, --output <file>         Write to file instead of stdout\n" +
	" -O, --remote-name           Write output to file named as remote file\n" +
	" -i, --show-headers          Show response headers in output\n" +
	" -s, --silent                Silent mode\n" +
	" -T, --upload-file <file>    Transfer local FILE to destination\n" +
	" -u, --user <user:password>  Server user and password\n" +
	" -A, --user-agent <name>     Send User-Agent <name> to server\n" +
	" -v, --verbose               Make the operation more talkative\n" +
	" -V, --version               Show version number and quit\n" +
	"\n" +
	"This is not the full help; this menu is split into categories.\n" +
	"Use \"--help category\" to get an overview of all categories, which are:\n" +
	"auth, connection, curl, deprecated, dns, file, ftp, global, http, imap, ldap, \n" +
	"output, pop3, post, proxy, scp, sftp, smtp, ssh, telnet, tftp, timeout, tls, \n" +
	"upload, verbose.\n" +
	"Use \"--help all\" to list all options\n" +
	"Use \"--help [option]\" to view documentation for a given option\n";

export const CURL_7_88_HELP =
	"Usage: curl [options...] <url>\n" +
	" -d, --data <data>          HTTP POST data\n" +
	" -f, --fail                 Fail fast with no output on HTTP errors\n" +
	" -h, --help <category>      Get help for commands\n" +
	" -i, --include              Include protocol response headers in the output\n" +
	" -o, --output <file>        Write to file instead of stdout\n" +
	" -O, --remote-name          Write output to a file named as the remote file\n" +
	" -s, --silent               Silent mode\n" +
	" -T, --upload-file <file>   Transfer local FILE to destination\n" +
	" -u, --user <user:password> Server user and password\n" +
	" -A, --user-agent <name>    Send User-Agent <name> to server\n" +
	" -v, --verbose              Make the operation more talkative\n" +
	" -V, --version              Show version number and quit\n" +
	"\n" +
	"This is not the full help, this menu is stripped into categories.\n" +
	"Use \"--help category\" to get an overview of all categories.\n" +
	"For all options use the manual or \"--help all\".\n";
