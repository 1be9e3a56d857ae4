import type {Mode} from './args.js';

const COMMON = `
Options:
  --levels DIR    add a level pack folder (may repeat)
  --lang en|ko    language (default from LANG)
  --no-color      no colours (NO_COLOR is honoured too)
`;

const EXIT_CODES = `
Exit codes: 0 ok, 1 not solved or invalid, 2 bad usage or unreadable input.
`;

/** Each mode's own help: what `netdojo MODE --help` (or `netdojo help MODE`) prints. */
const MODE_HELP: Record<string, string> = {
	play: `Usage: netdojo play [LEVEL] [--record FILE] [--docker 26|28]

Plays LEVEL (an id from 'netdojo levels'), or the first level not solved yet. Needs a terminal.
  --record FILE  keep a transcript (every line typed, with times and outcomes) in FILE
  --docker 26|28  the Docker daemon version to behave as (default 26; a level that pins one keeps it)
`,
	sandbox: `Usage: netdojo sandbox [--record FILE] [--docker 26|28]

A fresh simulated Docker host with no goals, to try things out. Needs a terminal.
  --record FILE  keep a transcript of the session in FILE
  --docker 26|28  the Docker daemon version to behave as (default 26; a level that pins one keeps it)
`,
	speedrun: `Usage: netdojo speedrun [PACK] [--level ID] [--category any%|no-hints] [--briefing] [--run-file PATH] [--record FILE] [--seed N]

Every level of PACK (default: the first pack) in order, timed from the first keystroke.
  --level ID       an individual-level run: only level ID of the pack
  --category C     any% (default) or no-hints: hint and solution are refused, and a run file with them is
  --briefing       show each level's briefing first and wait for Enter (the game clock stops meanwhile)
  --run-file PATH  where to write the run file (default: the progress folder's runs/)
  --record FILE    where to keep the transcript (default: the progress folder's transcripts/)
  --seed N         the simulation's seed (default 1)
Needs a terminal; check a run file headlessly with 'netdojo verify-run FILE'.
`,
	'verify-run': `Usage: netdojo verify-run FILE [--json]

Replays a speed-run's run file and confirms its result (exit 0) or refuses it with the reason (exit 1).
Exit 2 when FILE or its pack cannot be read.
  --json  the verdict as JSON
`,
	script: `Usage: netdojo script [FILE|-] [--json] [--seed N] [--level ID] [--docker 26|28]

Runs commands headlessly, one line at a time, and prints what they print (FILE, or standard input).
  --json      one JSON array of {command, stdout, stderr, exitCode}
  --seed N    the simulation's seed (default 1)
  --level ID  start in that level's world (its setup already played)
  --docker 26|28  the Docker daemon version to behave as (default 26; a level that pins one keeps it)
`,
	check: `Usage: netdojo check LEVEL --solution FILE|DIR... [--json] [--junit FILE] [--seed N]

Grades solution files (one command per line) against LEVEL.
Exit 0 when every solution solves the level, 1 when one does not, 2 on bad input.
  --solution FILE|DIR  a solution file, or a folder of *.txt and *.sh (may repeat)
  --json               the results as JSON
  --junit FILE         also write a JUnit XML report
`,
	grade: `Usage: netdojo grade PACK SUBMISSIONS [--json] [--junit FILE] [--html FILE]

Grades a class: SUBMISSIONS is a folder with one entry per student, each a transcript
(netdojo play --record), a speed-run file, or a folder of per-level solutions (LEVEL.txt).
PACK is a pack folder, a pack file (netdojo pack), a loaded pack's id, or "all".
Prints a table per student (levels solved, commands vs par, hints and solutions used, flags)
and per goal (how many students failed it, and the most common reason).
Exit 0 when every student solved every level, 1 when one did not, 2 on bad input.
  --json        the whole report as JSON
  --junit FILE  a JUnit XML report: one testsuite per student, one testcase per level
  --html FILE   one self-contained HTML page: class overview, goals, each transcript
`,
	pack: `Usage: netdojo pack DIR -o FILE

Writes the pack folder DIR as one file (a YAML bundle with the pack's content hash), after
checking it as 'netdojo validate' does. '-o -' writes it to standard output.
Play it with 'netdojo --levels FILE'; 'netdojo grade FILE ...' grades against it.
`,
	validate: `Usage: netdojo validate [PATH...] [--json]

Checks level files and pack folders: YAML, schema, references, that setup lines run, that each
reference solution solves its level, and that no level id clashes with a loaded pack.
Without PATH: the built-in packs and every --levels folder.
Exit 0 when all are valid, 1 when one is not, 2 when a PATH cannot be read.
  --json  {levels, errors} as JSON
`,
	'build-level': `Usage: netdojo build-level SCRIPT -o FILE [--solution FILE] [--seed N] [--json]

Makes a level from a world: SCRIPT's commands build it on a fresh simulated host. The world is the
level's goal (SCRIPT becomes its reference solution), or with --solution its start (SCRIPT becomes
the setup, and the solution file's commands solve it). Goals: the networks made, the containers
running, and the probes chosen among those offered (every container pair and published port, with
what the probe finds now). SCRIPT's header comments answer the builder's questions:
  # id: my-level        # title: ...        # briefing: ... (one line each)
  # hint: ... (one each)  # goal: PROBE-ID ... | all | none  (default: the probes the commands changed)
The file is loaded and its reference solution played, as validate does, before it is written.
  --json  the file, its goals and the probes offered as JSON
`,
	levels: `Usage: netdojo levels [--json]

Lists every level with its pack and your progress. Reads progress only; never changes it.
  --json  the list as JSON
`,
};

/** The global help, or one mode's. */
export function usage(mode?: Mode): string {
	const own = mode !== undefined ? MODE_HELP[mode] : undefined;
	if (own !== undefined) return `${own}${COMMON}${EXIT_CODES}`;
	return `netdojo: learn Docker networking by doing

Usage:
  netdojo                       the level map (needs a terminal)
  netdojo play [LEVEL]          play a level (--record FILE keeps a transcript)
  netdojo sandbox               a fresh Docker host with no goals
  netdojo speedrun [PACK]       every level of a pack, timed
                                  --briefing  show each briefing first
                                  --level ID  one level   --category no-hints
                                  --run-file PATH  where to write the run file
  netdojo verify-run FILE       replay a run file and confirm or refuse its result
  netdojo script [FILE|-]       run commands headlessly and print what they print
                                  --json  one JSON array of {command, stdout, stderr, exitCode}
                                  --seed N  --level ID
  netdojo check LEVEL --solution FILE|DIR... [--json] [--junit FILE]
                                grade solutions against a level (exit 0 solved, 1 not, 2 bad input)
  netdojo grade PACK SUBMISSIONS [--json] [--junit FILE] [--html FILE]
                                grade a class: a table per student and per goal
  netdojo pack DIR -o FILE      write a pack folder as one file with its content hash
  netdojo validate [PATH...]    check level files: schema, references, setup, reference solutions
  netdojo levels [--json]       list levels and progress
  netdojo build-level SCRIPT -o FILE [--solution FILE]
                                make a level from the world SCRIPT builds
  netdojo MODE --help           one mode's help
${COMMON}  --help, --version
${EXIT_CODES}`;
}
