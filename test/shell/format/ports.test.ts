// docker ps PORTS column (docker.md §1.3, formatter.DisplayablePorts at v28.2).
import {describe, expect, it} from 'vitest';
import {displayablePorts} from '../../../src/shell/format/index.js';

describe('displayablePorts', () => {
	it('-p 8080:80 on IPv4 and IPv6', () => {
		expect(
			displayablePorts([
				{PrivatePort: 80, PublicPort: 8080, Type: 'tcp', IP: '::'},
				{PrivatePort: 80, PublicPort: 8080, Type: 'tcp', IP: '0.0.0.0'},
			]),
		).toBe('0.0.0.0:8080->80/tcp, [::]:8080->80/tcp');
	});
	it('-p 127.0.0.1:8080:80', () => {
		expect(displayablePorts([{PrivatePort: 80, PublicPort: 8080, Type: 'tcp', IP: '127.0.0.1'}])).toBe('127.0.0.1:8080->80/tcp');
	});
	it('exposed only, and ranges', () => {
		expect(displayablePorts([{PrivatePort: 80, Type: 'tcp'}])).toBe('80/tcp');
		expect(displayablePorts([8002, 8000, 8001].map((p) => ({PrivatePort: p, Type: 'tcp' as const})))).toBe('8000-8002/tcp');
		expect(
			displayablePorts([
				{PrivatePort: 53, Type: 'udp'},
				{PrivatePort: 53, Type: 'tcp'},
			]),
		).toBe('53/tcp, 53/udp');
	});
	it('same host and container port group per IP, v28 brackets IPv6', () => {
		expect(
			displayablePorts([
				{PrivatePort: 80, PublicPort: 80, Type: 'tcp', IP: '0.0.0.0'},
				{PrivatePort: 80, PublicPort: 80, Type: 'tcp', IP: '::'},
				{PrivatePort: 81, PublicPort: 81, Type: 'tcp', IP: '0.0.0.0'},
			]),
		).toBe('0.0.0.0:80-81->80-81/tcp, [::]:80->80/tcp');
		expect(
			displayablePorts([
				{PrivatePort: 9998, PublicPort: 9998, Type: 'udp', IP: '1.2.3.4'},
				{PrivatePort: 9999, PublicPort: 9999, Type: 'udp', IP: '1.2.3.4'},
			]),
		).toBe('1.2.3.4:9998-9999->9998-9999/udp');
	});
	it('mappings to another host port come after the groups', () => {
		expect(
			displayablePorts([
				{PrivatePort: 80, PublicPort: 8080, Type: 'tcp', IP: '0.0.0.0'},
				{PrivatePort: 443, Type: 'tcp'},
			]),
		).toBe('443/tcp, 0.0.0.0:8080->80/tcp');
	});
	it('a gap flushes the earlier group before the still-open ones', () => {
		expect(
			displayablePorts([
				{PrivatePort: 80, Type: 'tcp'},
				{PrivatePort: 90, Type: 'tcp'},
				{PrivatePort: 85, Type: 'udp'},
			]),
		).toBe('80/tcp, 90/tcp, 85/udp');
	});
	it('nothing published: empty', () => {
		expect(displayablePorts([])).toBe('');
	});
});
