export {default as TopologyMap, type TopologyMapProps} from './TopologyMap.js';
export {layoutTopology, truncate, type MapLine, type MapTone, type TopologyLayoutOptions} from './layout-topology.js';
export type {TopologyBridge, TopologyEndpoint, TopologyHost, TopologyModel} from './topology.js';
