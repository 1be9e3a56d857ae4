// Addresses beyond the host: the LAN's machine, the other hosts, the simulated internet.
import type {Listener} from './types.js';
import {EXTERNAL_LAN_IP} from './world.js';
import {internetHost, internetPage} from './internet.js';
import {networkOwningIp} from './host-index.js';
import {done, note, type Ctx, type ProbeResult} from './reachability-types.js';
import {arriveFromLan} from './reachability-inbound.js';
import type {Packet} from './netfilter/index.js';

/** `p` as it left its host (after POSTROUTING): its source is the sender's LAN address when masqueraded. */
export function outside(ctx: Ctx, ip: string, p: Packet): ProbeResult {
	for (const other of Object.values(ctx.world.hosts)) {
		if (other.lanIp === ip || other.secondaryLanIps?.includes(ip)) {
			note(ctx, () => ({at: {kind: 'lan'}, step: {kind: 'lan-to-host', host: other.name, ip}}));
			const {outIface: _out, ...arriving} = p;
			return arriveFromLan(ctx, other, arriving);
		}
	}
	if (ip === EXTERNAL_LAN_IP) {
		note(ctx, () => ({at: {kind: 'lan'}, step: {kind: 'lan-to-machine', ip}}));
		if (ctx.protocol === 'icmp') return done(ctx, 'ok', {ip, responder: 'external'});
		note(ctx, () => ({at: {kind: 'external', ip}, step: {kind: 'nothing-listens', port: ctx.port, ...(ctx.protocol === 'udp' ? {udp: true as const} : {})}}));
		return done(ctx, 'refused', {ip, responder: 'external'});
	}
	const remote = internetHost(ip);
	if (remote) {
		const name = ctx.name ?? ip;
		note(ctx, () => ({at: {kind: 'internet'}, step: {kind: 'internet-route', ip}}));
		if (ctx.protocol === 'icmp') return done(ctx, 'ok', {ip, responder: name, remote});
		// The simulated internet's servers answer TCP only; a datagram to them is filtered.
		if (ctx.protocol === 'tcp' && remote.ports.includes(ctx.port)) {
			const web = ctx.port === 80 || ctx.port === 443;
			const listener: Listener = {port: ctx.port, address: '0.0.0.0', protocol: 'tcp', program: name, kind: web ? 'http' : 'raw', ...(web ? {body: internetPage(ip, name)} : {})};
			return done(ctx, 'ok', {ip, responder: name, listener, remote});
		}
		note(ctx, () => ({at: {kind: 'server', name}, step: {kind: 'remote-filtered', port: ctx.port}}));
		return done(ctx, 'timeout', {ip});
	}
	const privateOn = Object.values(ctx.world.hosts).find((h) => networkOwningIp(h, ip));
	if (privateOn) {
		note(ctx, () => ({at: {kind: 'lan'}, step: {kind: 'lan-no-route-private', ip, host: privateOn.name}}));
		return done(ctx, 'timeout', {ip});
	}
	note(ctx, () => ({at: {kind: 'lan'}, step: {kind: 'lan-nobody', ip}}));
	return done(ctx, 'timeout', {ip});
}
