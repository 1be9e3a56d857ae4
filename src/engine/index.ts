// The simulated Docker host: pure state and rules, no I/O. Everything observable derives from it.
export type * from './types.js';
export {EngineError, isEngineError} from './errors.js';
export {createWorld, getHost, findContainer, requireContainer, findNetwork, requireNetwork, networkByName, containersOf, DEFAULT_HOST, DEFAULT_LAN_IP, EXTERNAL_LAN_IP, INTERNET_IP, INTERNET_NAMES, type WorldOptions, type HostSpec} from './world.js';
export {createNetwork, removeNetwork, pruneNetworks, activeEndpoints, validateIpam, type NetworkCreateOptions} from './network-ops.js';
export {createContainer, startContainer, stopContainer, removeContainer, restartContainer, connectNetwork, disconnectNetwork, tick, finishContainer, sandboxOwner, resolveImage, type ContainerSpec, type ConnectOptions} from './container-ops.js';
export {attachments, gatewayAttachment, sandboxListeners, hostsFile, resolvConf, isHostMode, isNoneMode, reportsPorts, usesEmbeddedDns, HOST_RESOLV_CONF, hostHostsFile} from './sandbox.js';
export {resolveName, dnsNames, type Viewpoint, type Resolution} from './dns.js';
export {probe, probeFrom, prepareSource, probeContainer, EXAMPLE_BODY, type ProbeRequest, type ProbeResult, type ProbeOptions, type PreparedSource, type Outcome, type Hop} from './reachability.js';
export {planProcess} from './processes.js';
export {listenerBody} from './apps/index.js';
export {builtinImages, makeImage, normalizeImageRef, tagImage, DANGLING, danglingKey, CATALOG_ALIASES} from './images.js';
export {hostSockets} from './ports.js';
export {LOCAL_POOLS} from './ipam.js';
export {swarmInit, swarmJoin, swarmLeave, swarmNodes, isClusterOnly, type SwarmInitResult} from './swarm-ops.js';
export {gwBridgeInterface} from './overlay-cluster.js';
export * as vfs from './fs/index.js';
export type {DirNode, FileNode, FsNode, Errno, Cred} from './fs/index.js';
export {hostRoot, hostFs, withHostFs, hostFiles, PLAYER_USER, PLAYER_HOME, PLAYER_APP_DIR, PLAYER_CRED} from './host-files.js';
