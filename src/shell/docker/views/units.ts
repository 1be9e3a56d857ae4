// Sizes as docker prints them (go-units BytesSize: binary units, 4 significant digits) and the
// simulated host's memory, which `docker info` reports and `docker stats` shows as the limit.

/** 7.653GiB: a small cloud VM, the machine the simulated Docker host runs on. */
export const HOST_MEMORY_BYTES = 8_217_346_048;

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];

/** go-units BytesSize: `%.4g` of the value in the largest unit under 1024. */
export function bytesSize(bytes: number): string {
	let size = Math.max(0, bytes);
	let i = 0;
	while (size >= 1024 && i < UNITS.length - 1) {
		size /= 1024;
		i++;
	}
	return `${formatG4(size)}${UNITS[i]}`;
}

/** Go's %.4g for 0 <= v < 1024: four significant digits, trailing zeros dropped. */
function formatG4(v: number): string {
	if (v === 0) return '0';
	const text = v.toPrecision(4);
	return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
