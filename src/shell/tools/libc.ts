// Some of what a tool prints comes from the C library, not from the tool: errno strings and
// getopt's complaint about an unknown option. The tools word them as glibc does (the host, the
// Debian images and the busybox image); alpine's BusyBox sits on musl, which words them
// differently (musl src/errno/__strerror.h, src/misc/getopt.c), and is a different build.

const GLIBC_TO_MUSL: [RegExp, string][] = [
	[/Network is unreachable/g, 'Network unreachable'],
	[/Address already in use/g, 'Address in use'],
	[/No route to host/g, 'Host is unreachable'],
	[/Connection timed out/g, 'Operation timed out'],
	[/: invalid option -- '(.)'/g, ': unrecognized option: $1'],
	[/BusyBox v1\.37\.0 \(Debian 1:1\.37\.0-6\+b9\) multi-call binary\./g, 'BusyBox v1.36.1 (2024-06-10 07:11:47 UTC) multi-call binary.'],
];

/** Rewrites a tool's glibc-worded output as the same tool on musl prints it. */
export function asMusl(text: string): string {
	if (text === '') return text;
	let out = text;
	for (const [pattern, replacement] of GLIBC_TO_MUSL) out = out.replace(pattern, replacement);
	return out;
}
