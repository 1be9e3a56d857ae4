// The docker CLI's value types for sizes and CPUs: opts.MemBytes (go-units RAMInBytes: 1024-based,
// `64m`, `1.5g`, `512MiB`) and opts.NanoCPUs (a rational number times 1e9). Errors are their texts.

const SIZE = /^(\d+(?:\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/;
const MULT: Record<string, number> = {'': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5};

/** Bytes, or throws `invalid size: 'x'`. */
export function parseMemBytes(text: string): number {
	const m = SIZE.exec(text);
	const n = m ? Number.parseFloat(m[1]) : Number.NaN;
	if (!m || !Number.isFinite(n)) throw new Error(`invalid size: '${text}'`);
	return Math.trunc(n * MULT[(m[2] ?? '').toLowerCase()]);
}

/** Nano-CPUs, or throws `failed to parse x as a rational number` / `value is too precise`. */
export function parseCpus(text: string): number {
	const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text);
	const frac = /^([+-]?\d+)\/(\d+)$/.exec(text);
	if (frac && Number(frac[2]) !== 0) {
		const nano = (Number(frac[1]) * 1e9) / Number(frac[2]);
		if (!Number.isInteger(nano)) throw new Error('value is too precise');
		return nano;
	}
	if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new Error(`failed to parse ${text} as a rational number`);
	const decimals = m[3] ?? '';
	if (decimals.replace(/0+$/, '').length > 9) throw new Error('value is too precise');
	const nano = Number(m[2] || '0') * 1e9 + Number((decimals + '000000000').slice(0, 9));
	return m[1] === '-' ? -nano : nano;
}
