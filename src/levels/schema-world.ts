// The `world:` part of a level: hosts, images, files, setup.
import {z} from 'zod';
import type {HostSpec} from './schema-types.js';
import {ALWAYS, IMAGE_NAME, expected, ipv4, port, stringList} from './schema-parts.js';


const listen = z.strictObject({
	port,
	address: ipv4.default('0.0.0.0'),
	protocol: z.enum(['tcp', 'udp']).default('tcp'),
});

const exposedPort = z.union([port, z.string().regex(/^\d{1,5}(?:\/(?:tcp|udp|sctp))?$/)], {
	error: expected('a port number or "PORT/PROTO" like "8000/tcp"'),
});

const image = z.strictObject({
	expose: z.array(exposedPort, {error: expected('a list of ports')}).default([]),
	cmd: z.string({error: expected('a command line')}).optional(),
	entrypoint: z.string({error: expected('a command line')}).optional(),
	response: z.string({error: expected('the text a request returns (quote it if it looks like YAML)')}).optional(),
	tools: stringList('program name').optional(),
	listens: z.array(listen, {error: expected('a list like [{port: 8000, address: 0.0.0.0}]')}).optional(),
	from: z.string({error: expected('an image name')}).regex(IMAGE_NAME, {error: expected('an image name')}).optional(),
	workdir: z.string({error: expected('a path')}).optional(),
	env: z.record(z.string(), z.string({error: expected('a string (quote numbers)')}), {error: expected('a map of NAME: value')}).optional(),
});

const lanIps = z
	.union([ipv4, z.array(ipv4).min(1, {error: 'needs at least one address'})], {error: expected('an IPv4 address, or a list of them (the first is the main one)')})
	.transform((v) => (typeof v === 'string' ? [v] : v));

// v1.1: `lan-ip` may list several addresses, the first the host's main one; the others sit on the
// same eth0 as secondary addresses (what `ip addr add` gives), for "publish on this address only".
const host = z
	.strictObject({
		name: z.string({error: expected('a host name')}).regex(/^[a-zA-Z0-9][a-zA-Z0-9-]*$/, {error: expected('a host name of letters, digits and "-"')}),
		'lan-ip': lanIps,
	})
	.transform(({name, 'lan-ip': [main, ...more]}): HostSpec => ({name, 'lan-ip': main, ...(more.length > 0 ? {'secondary-ips': more} : {})}));

export const DEFAULT_HOSTS: readonly HostSpec[] = [{name: 'host', 'lan-ip': '192.168.0.10'}];

const hosts = z
	.array(host, {error: expected('a list of hosts like [{name: host, lan-ip: 192.168.0.10}]')})
	.min(1, {error: 'needs at least one host (leave "hosts" out for the default one)'})
	.superRefine((list, ctx) => {
		if (!Array.isArray(list)) return;
		const seen = new Map<string, number>();
		list.forEach((entry, index) => {
			if (typeof entry?.name !== 'string') return;
			const first = seen.get(entry.name);
			if (first === undefined) seen.set(entry.name, index);
			else ctx.addIssue({code: 'custom', path: [index, 'name'], message: `duplicate host name "${entry.name}" (also hosts[${first}])`});
		});
		// No address on two hosts, nor twice on one.
		const owners = new Map<string, number>();
		list.forEach((entry, index) => {
			for (const ip of [entry?.['lan-ip'], ...(entry?.['secondary-ips'] ?? [])]) {
				if (typeof ip !== 'string') continue;
				const first = owners.get(ip);
				if (first === undefined) owners.set(ip, index);
				else ctx.addIssue({code: 'custom', path: [index, 'lan-ip'], message: first === index ? `lan-ip lists "${ip}" twice` : `duplicate host lan-ip "${ip}" (also hosts[${first}])`});
			}
		});
	}, ALWAYS);

export const world = z.strictObject({
	hosts: hosts.default(() => DEFAULT_HOSTS.map((h) => ({...h}))),
	images: z
		.record(z.string().regex(IMAGE_NAME, {error: expected('an image name like my-app or my-app:1.0')}), image, {error: expected('a map of image name: {expose, cmd, ...}')})
		.default(() => ({})),
	files: z.record(z.string(), z.string({error: expected('the file\'s text (use "|" for several lines)')}), {error: expected('a map of file name: content')}).default(() => ({})),
	setup: stringList('command').default(() => []),
});

