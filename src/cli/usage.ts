export function usage(): string {
	return `netdojo: learn Docker networking by doing

Usage:
  netdojo                       the level map (needs a terminal)
  netdojo play [LEVEL]          play a level
  netdojo sandbox               a fresh Docker host with no goals
  netdojo speedrun [PACK]       every level of a pack, timed
                                  --briefing  show each briefing first
                                  --run-file PATH  where to write the run file
  netdojo verify-run FILE       replay a run file and confirm or refuse its result
  netdojo script [FILE|-]       run commands headlessly and print what they print
                                  --json  one JSON array of {command, stdout, stderr, exitCode}
                                  --seed N  --level ID
  netdojo check LEVEL --solution FILE|DIR... [--json] [--junit FILE]
                                grade solutions against a level (exit 0 solved, 1 not, 2 bad input)
  netdojo validate [PATH...]    check level files: schema, references, reference solutions
  netdojo levels [--json]       list levels and progress

Options:
  --levels DIR    add a level pack folder (may repeat)
  --lang en|ko    language (default from LANG)
  --no-color      no colours (NO_COLOR is honoured too)
  --help, --version
`;
}
