// The overlay driver (swarm scope): needs `docker swarm init`; subnets come from 10.0.0.0/8 in
// /24 steps; only `--attachable` overlays take standalone containers.
import type {NetworkDriver} from './driver.js';
import {EngineError} from '../errors.js';
import {allocateSwarmSubnet, firstHost} from '../ipam.js';
import {checkUserSubnets, subnetsInUse} from './bridge.js';
import {bridgeDriver} from './bridge.js';

export const NOT_A_SWARM_MANAGER =
	'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.';

export const overlayDriver: NetworkDriver = {
	name: 'overlay',
	create(_world, host, network, request) {
		if (!host.swarm) throw new EngineError(NOT_A_SWARM_MANAGER, 'unavailable');
		network.scope = 'swarm';
		if (request.subnets.length > 0) {
			network.ipamConfig = checkUserSubnets(host, request).map((c) => ({subnet: c.subnet, gateway: c.gateway ?? firstHost(c.subnet)}));
			network.userSubnet = true;
		} else {
			const choice = allocateSwarmSubnet(host.swarm.poolIndex, subnetsInUse(host));
			host.swarm.poolIndex = choice.nextIndex;
			network.ipamConfig = [{subnet: choice.subnet, gateway: firstHost(choice.subnet)}];
		}
		network.options = {'com.docker.network.driver.overlay.vxlanid_list': String(host.swarm.vxlanNext), ...request.options};
		host.swarm.vxlanNext += 1;
		// Swarm networks are stored by the cluster: no IPAM options unless given.
		network.ipamOptions = null;
	},
	join(world, host, network, container, request) {
		return bridgeDriver.join(world, host, network, container, request);
	},
	acceptsContainers(network) {
		return network.attachable;
	},
};
