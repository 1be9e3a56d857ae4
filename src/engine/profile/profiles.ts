// The profiles themselves. Facts come from moby's source at each tag (shared/reference/docker.md)
// and from transcripts recorded on each real daemon (test/fidelity/recorded/ for 26.1,
// test/fidelity/recorded-28/ for 28.5).
import type {EngineId, EngineProfile} from './types.js';

export const DOCKER_26: EngineProfile = {
	id: '26',
	daemonVersion: '26.1.5+dfsg1',
	apiVersion: '1.45',
	ipamPolicy: 'rotating',
	bridgeMac: 'from-ip',
	firewall: 'docker26',
	lanDirectRouting: true,
	inspectEnableIPv4: false,
	networkingErrorPrefix: '',
	poolsExhausted: 'could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network',
	poolOverlap: 'Pool overlaps with other one on this address space',
	hostsZeroSuffix: true,
	extServersHostMark: false,
	hostPortInUse: 'userland-proxy',
	activeEndpoints: 'network-id',
	hostDisconnect: 'container cannot be disconnected from host network or connected to host network',
	containerModeErrors: 'v26',
	execNotFoundExit: 126,
	cliPortErrorsCapitalised: false,
	rmNameSlash: true,
};

export const DOCKER_28: EngineProfile = {
	id: '28',
	daemonVersion: '28.5.2+dfsg4',
	apiVersion: '1.51',
	ipamPolicy: 'lowest-free',
	bridgeMac: 'random',
	firewall: 'docker28',
	lanDirectRouting: false,
	inspectEnableIPv4: true,
	networkingErrorPrefix: 'failed to set up container networking: ',
	poolsExhausted: 'all predefined address pools have been fully subnetted',
	poolOverlap: 'invalid pool request: Pool overlaps with other one on this address space',
	hostsZeroSuffix: false,
	extServersHostMark: true,
	hostPortInUse: 'bind-host-port',
	activeEndpoints: 'endpoint-names',
	hostDisconnect: 'cannot disconnect container from host network - container was created in host network mode',
	containerModeErrors: 'v28',
	execNotFoundExit: 127,
	cliPortErrorsCapitalised: true,
	rmNameSlash: false,
};

export const PROFILES: Readonly<Record<EngineId, EngineProfile>> = {'26': DOCKER_26, '28': DOCKER_28};

export const ENGINE_IDS: readonly EngineId[] = ['26', '28'];

/** The version a world is when nothing chose one. Switching it to 28 is the last step of issue 16. */
export const DEFAULT_ENGINE: EngineId = '26';
