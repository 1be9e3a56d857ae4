// The ipvlan driver: container interfaces are children of the parent that share its MAC.
// ipvlan_mode l2 (default: the LAN's gateway is the default route), l3/l3s (the parent routes;
// no gateway, a default route through eth0 itself); ipvlan_flag bridge (default), private, vepa.
import type {NetworkDriver} from './driver.js';
import {lanDriver} from './lan-driver.js';

export const ipvlanDriver: NetworkDriver = lanDriver({
	name: 'ipvlan',
	modeOption: 'ipvlan_mode',
	modes: ['l2', 'l3', 'l3s'],
	badMode: (mode) => `requested ipvlan mode '${mode}' is not valid, 'l2' mode is the ipvlan driver default`,
	flagOption: 'ipvlan_flag',
	flags: ['bridge', 'private', 'vepa'],
	badFlag: (flag) => `requested ipvlan flag '${flag}' is not valid, 'bridge' is the ipvlan driver default`,
	dummyPrefix: 'di-',
	ownMac: false,
	usesGateway: (network) => (network.options.ipvlan_mode ?? 'l2') === 'l2',
	childrenTalk: (network) => (network.options.ipvlan_flag ?? 'bridge') === 'bridge',
});
