// The programs a player runs on the host or inside a container (besides docker and the text filters).
import type {Tool} from '../context.js';
import {curl} from './curl.js';
import {wget} from './wget.js';
import {ping} from './ping.js';
import {nslookup} from './nslookup.js';
import {ip} from './ip.js';
import {hostname} from './hostname.js';
import {cat} from './cat.js';
import {ls} from './ls.js';
import {ss} from './ss.js';
import {netstat} from './netstat.js';
import {iptables} from './iptables.js';
import {nc} from './nc.js';
import {env, pwd} from './env.js';
import {fileTools} from './files/index.js';
import {sysctl} from './sysctl.js';
import {bridge} from './bridge.js';

export const tools: Record<string, Tool> = {curl, wget, ping, nslookup, ip, hostname, cat, ls, ss, netstat, iptables, nc, env, pwd, sysctl, bridge, ...fileTools};
export {traceProbe, type Traced} from './trace.js';
