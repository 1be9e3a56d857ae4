/**
 * The STATUS text of `docker ps`, produced by the daemon (moby daemon/container/state.go,
 * State.String) and printed by the CLI unchanged.
 */
import {humanDuration} from './duration.js';

export interface ContainerStatusInput {
	running: boolean;
	paused?: boolean;
	restarting?: boolean;
	removalInProgress?: boolean;
	dead?: boolean;
	exitCode: number;
	/** Epoch ms, or null when the container never started. */
	startedAt: number | null;
	/** Epoch ms, or null when it never stopped. */
	finishedAt: number | null;
	/** 'healthy' | 'unhealthy' | 'starting' when a healthcheck is configured. */
	health?: 'healthy' | 'unhealthy' | 'starting' | null;
}

export function statusText(s: ContainerStatusInput, nowMs: number): string {
	if (s.running) {
		if (s.paused) return `Up ${humanDuration(nowMs - (s.startedAt ?? nowMs))} (Paused)`;
		if (s.restarting) return `Restarting (${s.exitCode}) ${humanDuration(nowMs - (s.finishedAt ?? nowMs))} ago`;
		const up = `Up ${humanDuration(nowMs - (s.startedAt ?? nowMs))}`;
		// Health.String() says "health: starting" while the first checks run.
		if (s.health) return `${up} (${s.health === 'starting' ? 'health: starting' : s.health})`;
		return up;
	}
	if (s.removalInProgress) return 'Removal In Progress';
	if (s.dead) return 'Dead';
	if (s.startedAt === null) return 'Created';
	if (s.finishedAt === null) return '';
	return `Exited (${s.exitCode}) ${humanDuration(nowMs - s.finishedAt)} ago`;
}
