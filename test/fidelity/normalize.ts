// Makes a transcript comparable across runs and machines. Only what differs between two runs of
// the same real engine (ids, timings, the order of a shuffled DNS answer, a race), or between the
// recording machine and the simulated one (its resolver, interface numbers, kernel), is replaced.

export interface Entry {
	command: string;
	stdout: string;
	stderr: string;
	exitCode: number;
}

/** Values of the machine the recordings were made on, and what the simulated host has instead. */
const RECORDING_HOST: [RegExp, string][] = [
	// The recording host's resolver; the simulated host's LAN router answers DNS instead.
	[/\b10\.255\.255\.53\b/g, '192.168.0.1'],
];

const DURATION = '(?:Less than a second|About a minute|About an hour|\\d+ (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?))';

/** curl's two answers to docker-proxy closing a connection it could not forward: which one is a race. */
const PROXY_CLOSED = /curl: \((?:52\) Empty reply from server|56\) Recv failure: Connection reset by peer)/g;

/** busybox nslookup prints the A answers of a shared alias in the order the server shuffled them. */
function sortAnswerPairs(text: string): string {
	return text.replace(/(?:Name:\t\S+\nAddress: \S+\n)+/g, (block) => {
		const pairs = block.match(/Name:\t\S+\nAddress: \S+\n/g) ?? [];
		return pairs.sort().join('');
	});
}

/**
 * BuildKit's plain progress: step durations and the moments a progress line was flushed differ per
 * run (`DONE 0.3s`, `#8 0.320 hi`, `45B 0.0s done`, a partial `transferring context:` line printed
 * before the final one), and the session ref in a missing-file error is random. Whether a step was
 * CACHED, and whether layers were exported (`exporting layers <T>s done` vs `exporting layers done`), stay.
 */
function normalizeBuildKit(text: string): string {
	if (!text.includes('#0 building with') && !/^-{20}$/m.test(text)) return text;
	let t = text;
	t = t.replace(/^#\d+ transferring (?:context|dockerfile):\s*\n/gm, '');
	// A step flushed before it finished prints its line twice, bare and then with `done` (seen for `naming to`).
	t = t.replace(/^(#\d+ [^\n]+)\n(?=\1 (?:\d+\.\d+s )?done$)/gm, '');
	t = t.replace(/^(#\d+) DONE \d+\.\d+s$/gm, '$1 DONE <T>s');
	t = t.replace(/^(#\d+ exporting layers) \d+\.\d+s done$/gm, '$1 <T>s done');
	t = t.replace(/^(#\d+ (?!exporting layers).*?) \d+\.\d+s done$/gm, '$1 done');
	t = t.replace(/^(#\d+) \d+\.\d{3} /gm, '$1 <T> ');
	t = t.replace(/^\d+\.\d{3} /gm, '<T> ');
	t = t.replace(/checksum of ref [0-9a-f-]{36}::[0-9a-z]{25}/g, 'checksum of ref <REF>');
	return t;
}

/**
 * curl's progress meter (stderr when stdout is not a terminal): the average download speed and the
 * current speed depend on how fast this run was; sizes, percentages and the layout stay.
 */
function normalizeCurlMeter(text: string): string {
	if (!text.includes('% Total    % Received % Xferd')) return text;
	const clock = '(?:--:--:--|\\d+:\\d\\d:\\d\\d)';
	// The speeds are right-aligned, so the spaces before them go too.
	return text.replace(new RegExp(` +\\d+[kMG]?( +\\d+[kMG]? +${clock} ${clock} ${clock}) +\\d+[kMG]?`, 'g'), ' <SPEED>$1 <SPEED>');
}

/**
 * App servers' request logs: uvicorn names the client's ephemeral port (`172.17.0.1:52446`), Werkzeug
 * the request's time (`[03/Dec/2026 14:18:49]`); both differ per run. The address, request and status stay.
 */
function normalizeAccessLogs(text: string): string {
	return text
		.replace(/^(INFO: +[0-9a-f.:]+?):\d+ - "/gm, '$1:<PORT> - "')
		.replace(/ - - \[\d{2}\/[A-Z][a-z]{2}\/\d{4} \d{2}:\d{2}:\d{2}\] "/g, ' - - [<LOGTIME>] "');
}

/** What differs between two runs of one engine version beyond what every version shares. */
export interface NormalizeOptions {
	/** Daemon 28 draws a bridge endpoint's MAC at random: every MAC is blanked. */
	readonly randomMacs?: boolean;
}

export function normalizeText(text: string, real: boolean, options: NormalizeOptions = {}): string {
	let t = normalizeAccessLogs(normalizeCurlMeter(normalizeBuildKit(text)));
	if (options.randomMacs) t = t.replace(/\b(?!ff:ff:ff:ff:ff:ff\b)(?!00:00:00:00:00:00\b)[0-9a-f]{2}(?::[0-9a-f]{2}){5}\b/g, '<MAC>');
	if (real) for (const [pattern, replacement] of RECORDING_HOST) t = t.replace(pattern, replacement);
	t = t.replace(/\b[0-9a-f]{64}\b/g, '<ID>');
	t = t.replace(/\b[0-9a-f]{12}\b/g, '<ID12>');
	t = t.replace(/\bveth[0-9a-f]{7}\b/g, '<VETH>');
	// Interface indexes depend on how many interfaces the host made before.
	t = t.replace(/^\d+: (eth\d+|veth\S*?|br-\S+?|docker0)@if\d+:/gm, '<N>: $1@if<N>:');
	t = t.replace(/^\d+: (eth\d+|br-\S+?|docker0):/gm, '<N>: $1:');
	t = t.replace(/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})/g, '<TIME>');
	t = t.replace(/\b\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}\b/g, '<LOGTIME>');
	t = t.replace(/\b\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2}\.\d{3}\b/g, '<LOGTIME>');
	t = t.replace(/\b[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT\b/g, '<HTTPDATE>');
	t = t.replace(/start worker process \d+/g, 'start worker process <PID>');
	// Kernel release in nginx's start-up notice: the recording machine's and the simulated host's.
	t = t.replace(/OS: Linux \S+/g, 'OS: Linux <KERNEL>');
	t = t.replace(new RegExp(`${DURATION} ago`, 'g'), '<AGO>');
	t = t.replace(new RegExp(`Up ${DURATION}`, 'g'), 'Up <DUR>');
	t = t.replace(/time=\d+(?:\.\d+)? ms/g, 'time=<T> ms');
	t = t.replace(/(round-trip|rtt) (min\/avg\/max(?:\/mdev)?) = [\d./]+ ms/g, '$1 $2 = <T> ms');
	t = t.replace(/, time \d+ms/g, ', time <T>ms');
	t = t.replace(/after \d+ ms/g, 'after <N> ms');
	// docker events' die: whole seconds the container ran (2 or 3 for a 2.9 s run).
	t = t.replace(/\bexecDuration=\d+/g, 'execDuration=<N>');
	t = t.replace(/\b(SWMTKN-1-)[0-9a-z]+-[0-9a-z]+/g, '$1<TOKEN>');
	t = t.replace(PROXY_CLOSED, 'curl: (<PROXY-CLOSED>)');
	// The stand-in images run glibc BusyBox; real alpine runs musl BusyBox, which words errno and
	// getopt texts differently (see src/shell/tools/libc.ts). Compare the meaning, not the libc.
	t = t.replace(/Network (?:is )?unreachable/g, '<ENETUNREACH>');
	t = t.replace(/Address (?:already )?in use/g, '<EADDRINUSE>');
	t = t.replace(/No route to host|Host is unreachable/g, '<EHOSTUNREACH>');
	t = t.replace(/Connection timed out|Operation timed out/g, '<ETIMEDOUT>');
	t = t.replace(/: (?:invalid option -- '(.)'|unrecognized option: (.))/g, (_m, a: string | undefined, b: string | undefined) => `: <BADOPT ${a ?? b}>`);
	t = t.replace(/BusyBox v[\d.]+ \([^)]*\) multi-call binary\./g, 'BusyBox <BUILD> multi-call binary.');
	t = sortAnswerPairs(t);
	// Column padding in tables follows the widest cell, and time cells ("1 second ago" vs
	// "Less than a second ago") differ in width between runs: compare cells, not padding.
	t = t.replace(/ {3,}/g, '   ');
	return t;
}

export function normalizeTranscript(entries: readonly Entry[], real: boolean, options: NormalizeOptions = {}): Entry[] {
	return entries.map((e) => {
		const stderr = normalizeText(e.stderr, real, options);
		return {
			command: e.command,
			stdout: normalizeText(e.stdout, real, options),
			stderr,
			// curl's exit status is the error number, so the race shows there too.
			exitCode: stderr.includes('curl: (<PROXY-CLOSED>)') && (e.exitCode === 52 || e.exitCode === 56) ? 52 : e.exitCode,
		};
	});
}

/** The ids a real `docker run -d` / `create` / `network create` printed, to hand to the simulation. */
export function printedId(entry: Entry): string | undefined {
	if (!/^docker (run|create|container (run|create)|network create)\b/.test(entry.command)) return undefined;
	const first = entry.stdout.split('\n')[0];
	return /^[0-9a-f]{64}$/.test(first) ? first : undefined;
}
