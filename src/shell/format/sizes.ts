// Sizes as go-units reads and prints them: decimal units (kB = 1000 B).

/** `187MB` → bytes (decimal units, as go-units HumanSize printed them); 0 when unreadable. */
export function parseSize(text: string): number {
	const m = /^([\d.]+)\s*([kMGT]?B)$/.exec(text);
	if (!m) return 0;
	return Number(m[1]) * ({B: 1, kB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12}[m[2]] ?? 1);
}

/** units.HumanSizeWithPrecision: `fmt.Sprintf("%.*g%s", precision, size, unit)` (`5B`, `1.98MB`, `12.3kB`). */
export function humanSizePrecision(bytes: number, precision: number): string {
	const units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
	let v = Math.max(0, bytes);
	let i = 0;
	while (v >= 1000 && i < units.length - 1) {
		v /= 1000;
		i++;
	}
	return `${goG(v, precision)}${units[i]}`;
}

/** Go's %.Ng: N significant digits, trailing zeros dropped, an exponent once it would need more digits. */
function goG(v: number, precision: number): string {
	if (v === 0) return '0';
	const exp = Math.floor(Math.log10(Math.abs(Number(v.toPrecision(precision)))));
	if (exp < -4 || exp >= precision) {
		const [mant, e] = v.toExponential(precision - 1).split('e');
		const n = Number(e);
		return `${mant.includes('.') ? mant.replace(/\.?0+$/, '') : mant}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
	}
	const text = v.toPrecision(precision);
	return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
