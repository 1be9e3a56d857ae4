/**
 * Formats a duration for people: `0:42` for bests in a list, `1:05.3` with tenths on the
 * solved screen, where a speed-runner compares close times. Hours roll into minutes (`75:00`).
 */
export function formatDuration(ms: number, {tenths = false}: {tenths?: boolean} = {}): string {
	const safe = Number.isFinite(ms) && ms > 0 ? ms : 0;
	// Truncate, never round up: a 59.96 s run must not show as 1:00.0 and beat a real 1:00.0.
	const totalTenths = Math.floor(safe / 100);
	const minutes = Math.floor(totalTenths / 600);
	const seconds = Math.floor(totalTenths / 10) % 60;
	const base = `${minutes}:${String(seconds).padStart(2, '0')}`;
	return tenths ? `${base}.${totalTenths % 10}` : base;
}
