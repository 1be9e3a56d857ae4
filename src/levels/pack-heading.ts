// A pack's heading on the level map: its title and the start of its content hash (pack-hash.ts),
// so players and instructors can see at a glance that they have the same version of a pack.
// Its own small file: the first frame (src/cli/first-frame.ts) draws it before anything else loads.
export function packHeading(title: string, hash: string | undefined): string {
	const short = hash?.replace(/^sha256:/, '').slice(0, 8);
	return short ? `${title}  #${short}` : title;
}
