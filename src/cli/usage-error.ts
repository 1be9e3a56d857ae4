// Bad usage found after the arguments were parsed (a --levels folder that is not there): cli.tsx
// prints the message on one line and exits 2, whichever mode found it.
export class UsageError extends Error {
	override name = 'UsageError';
}
