// SHA-1, for the weak ETag Express sends (etag's `W/"<len hex>-<base64 sha1, 27 chars>"`). Pure, no I/O.

function utf8(text: string): number[] {
	const bytes: number[] = [];
	for (const ch of text) {
		const c = ch.codePointAt(0) ?? 0;
		if (c < 0x80) bytes.push(c);
		else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
		else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
		else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
	}
	return bytes;
}

export function sha1(text: string): number[] {
	const msg = utf8(text);
	const bitLen = msg.length * 8;
	msg.push(0x80);
	while (msg.length % 64 !== 56) msg.push(0);
	for (let i = 7; i >= 0; i--) msg.push(i >= 4 ? Math.floor(bitLen / 2 ** (8 * i)) & 255 : (bitLen >>> (8 * i)) & 255);
	let [a0, b0, c0, d0, e0] = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
	const w = new Array<number>(80);
	const rotl = (x: number, n: number) => (x << n) | (x >>> (32 - n));
	for (let off = 0; off < msg.length; off += 64) {
		for (let i = 0; i < 16; i++) w[i] = (msg[off + 4 * i] << 24) | (msg[off + 4 * i + 1] << 16) | (msg[off + 4 * i + 2] << 8) | msg[off + 4 * i + 3];
		for (let i = 16; i < 80; i++) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
		let [a, b, c, d, e] = [a0, b0, c0, d0, e0];
		for (let i = 0; i < 80; i++) {
			const [f, k] = i < 20 ? [(b & c) | (~b & d), 0x5a827999] : i < 40 ? [b ^ c ^ d, 0x6ed9eba1] : i < 60 ? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc] : [b ^ c ^ d, 0xca62c1d6];
			const t = (rotl(a, 5) + f + e + k + w[i]) | 0;
			[e, d, c, b, a] = [d, c, rotl(b, 30), a, t];
		}
		[a0, b0, c0, d0, e0] = [(a0 + a) | 0, (b0 + b) | 0, (c0 + c) | 0, (d0 + d) | 0, (e0 + e) | 0];
	}
	return [a0, b0, c0, d0, e0].flatMap((x) => [(x >>> 24) & 255, (x >>> 16) & 255, (x >>> 8) & 255, x & 255]);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function base64(bytes: readonly number[]): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < bytes.length ? B64[n & 63] : '=');
	}
	return out;
}

/** The weak ETag Express puts on a body. */
export function expressEtag(body: string): string {
	const len = utf8(body).length;
	return `W/"${len.toString(16)}-${base64(sha1(body)).slice(0, 27)}"`;
}
