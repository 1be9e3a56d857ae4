/**
 * encoding/json's float64 text: shortest digits, plain decimal for 1e-6 <= |f| < 1e21,
 * otherwise e-notation with the exponent's leading zero removed (1e-07 becomes 1e-7).
 */
export function formatFloatJSON(f: number): string {
	if (!Number.isFinite(f)) return 'null';
	if (Number.isInteger(f) && Math.abs(f) < 1e21) return BigInt(f).toString();
	const abs = Math.abs(f);
	if (abs !== 0 && (abs < 1e-6 || abs >= 1e21)) {
		const [mant, exp] = f.toExponential().split('e');
		const n = Number(exp);
		return `${mant}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`.replace(/e([+-])0(\d)$/, 'e$1$2');
	}
	// JS prints plain decimals in this range, which matches Go's 'f' formatting with shortest digits.
	return String(f);
}
