// The macvlan driver: each container gets a child interface of the parent with a MAC of its own
// (derived from its IP, ≤v27), so it sits on the LAN as a machine of its own. Modes (macvlan_mode):
// bridge (default: children of one parent reach each other), private, vepa, passthru.
import type {NetworkDriver} from './driver.js';
import {lanDriver} from './lan-driver.js';

const MODES = ['bridge', 'private', 'vepa', 'passthru'] as const;

export const macvlanDriver: NetworkDriver = lanDriver({
	name: 'macvlan',
	modeOption: 'macvlan_mode',
	modes: MODES,
	badMode: (mode) => `requested macvlan mode '${mode}' is not valid, 'bridge' mode is the macvlan driver default`,
	dummyPrefix: 'dm-',
	ownMac: true,
	usesGateway: () => true,
	// private never forwards between children; vepa hands frames to the LAN switch, which (here)
	// sends none back; passthru has only one child.
	childrenTalk: (network) => (network.options.macvlan_mode ?? 'bridge') === 'bridge',
});
