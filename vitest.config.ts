import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
		testTimeout: 20000,
		// The e2e suite drives real terminals; keep workers few on 2-core machines.
		maxWorkers: 2,
	},
});
