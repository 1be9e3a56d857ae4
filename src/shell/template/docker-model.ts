/**
 * How docker's own Go types shape template results, approximated from the JSON we hold.
 *
 * `docker inspect -f` first runs the template on docker's typed structs and only on failure
 * re-runs it on the decoded JSON (cli/command/inspect/inspector.go). On the typed pass a
 * missing struct field is an error but a missing map key prints `<no value>`
 * (`{{.NetworkSettings.Networks.nosuch.IPAddress}}`), and nil slices / maps print `[]` /
 * `map[]` rather than `<nil>`. JSON alone cannot say which objects were structs, so we use
 * the shape of docker's data: struct fields are exported Go identifiers (`IPAddress`), while
 * map keys are data (`bridge`, `80/tcp`, `com.docker.network.driver.mtu`, container IDs).
 */
import type {ValueModel} from './exec.js';
import {TypedNil} from './values.js';

const GO_EXPORTED = /^[A-Z][A-Za-z0-9_]*$/;

/** True when a JSON object is one of docker's maps rather than a struct. */
export function dockerLooksLikeMap(obj: object): boolean {
	const keys = Object.keys(obj);
	return keys.length === 0 || !keys.every((k) => GO_EXPORTED.test(k));
}

/** Fields of docker's structs declared as slices; a null one prints `[]`. */
const SLICE_FIELDS = new Set([
	'Aliases', 'Links', 'DNSNames', 'Cmd', 'Entrypoint', 'Env', 'OnBuild', 'Mounts', 'Args',
	'SecondaryIPAddresses', 'SecondaryIPv6Addresses', 'Config', 'Binds', 'Dns', 'DnsOptions',
	'DnsSearch', 'ExtraHosts', 'CapAdd', 'CapDrop', 'GroupAdd', 'Devices', 'Peers', 'Shell',
	'VolumesFrom', 'SecurityOpt', 'ConsoleSize',
]);

/** Fields declared as maps; a null one prints `map[]`. */
const MAP_FIELDS = new Set([
	'Options', 'Labels', 'DriverOpts', 'Volumes', 'ExposedPorts', 'Containers', 'Ports',
	'Networks', 'AuxiliaryAddresses', 'Tmpfs', 'Sysctls', 'StorageOpt', 'PortBindings',
]);

/** Typed values are never interface{}, so every null prints as some Go nil; pointers as `<nil>`. */
export function dockerNilText(key: string): string {
	// PortMap values ("80/tcp": null) are nil []PortBinding.
	if (/^\d+(-\d+)?\/(tcp|udp|sctp)$/.test(key)) return '[]';
	if (SLICE_FIELDS.has(key)) return '[]';
	if (MAP_FIELDS.has(key)) return 'map[]';
	return '<nil>';
}

/**
 * The zero value of a typed map's element type, guessed from a sibling value: `""` for
 * map[string]string (Options, Labels), `[]` for PortMap, nil for maps of pointers.
 */
export function dockerZeroElement(map: object): unknown {
	const sample = Object.values(map).find((v) => v !== null && v !== undefined);
	if (typeof sample === 'string') return '';
	if (typeof sample === 'number') return 0;
	if (typeof sample === 'boolean') return false;
	if (Array.isArray(sample)) return new TypedNil('[]');
	// A map of struct pointers (NetworkSettings.Networks): the zero value is a nil pointer.
	if (typeof sample === 'object') return new TypedNil('<nil>');
	return null;
}

/** The typed pass of docker inspect: structs error on unknown fields, maps do not. */
export const DOCKER_TYPED_MODEL: ValueModel = {
	isMap: dockerLooksLikeMap,
	jsonSortsKeys: dockerLooksLikeMap,
	nilText: dockerNilText,
	zeroElement: dockerZeroElement,
};

/** The fallback pass: everything is map[string]interface{}, as json.Decoder produces. */
export const DOCKER_RAW_MODEL: ValueModel = {
	isMap: () => true,
	jsonSortsKeys: () => true,
};
