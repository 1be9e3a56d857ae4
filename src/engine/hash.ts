// A stable 64-hex digest of a string (FNV-1a, stretched). Used where Docker shows a content
// digest (image ids): the same image name always gets the same id, on every machine.
export function digest64(text: string): string {
	let out = '';
	let h = 0x811c9dc5;
	for (let round = 0; out.length < 64; round++) {
		for (let i = 0; i < text.length; i++) {
			h ^= text.charCodeAt(i);
			h = Math.imul(h, 0x01000193) >>> 0;
		}
		h ^= round;
		h = Math.imul(h, 0x01000193) >>> 0;
		out += h.toString(16).padStart(8, '0');
	}
	return out.slice(0, 64);
}
