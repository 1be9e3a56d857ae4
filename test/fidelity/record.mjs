#!/usr/bin/env node
// Records ground-truth transcripts from a REAL Docker engine (see NOTES.md).
// Usage (as root, with the engine from shared/tools/real-docker.sh and the images from
// images/build-images.sh):   node test/fidelity/record.mjs [--out DIR] [scenarios/NN-name.sh ...]
// --out names the folder under test/fidelity/ the transcripts go to: recorded/ (the default) holds
// daemon 26.1's, recorded-28/ daemon 28.5's (record those with PATH=/usr/bin:$PATH, so that CLI and
// daemon are one release).
// For each scenario: removes all containers, custom networks and volumes, restarts dockerd (the v26
// subnet allocator keeps a rotating index in memory), then runs each non-comment line with
// `bash -c LINE` (stdin /dev/null) and writes recorded/NN-name.json.
// After a line that starts or connects a container (docker run/start/restart/network connect) the
// recorder waits SETTLE_MS so that servers are listening and short-lived ones have exited; that
// pause is not part of the transcript.
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const scenDir = path.join(here, 'scenarios');
const argv = process.argv.slice(2);
const outAt = argv.indexOf('--out');
const outDir = path.join(here, outAt === -1 ? 'recorded' : argv.splice(outAt, 2)[1]);
const SETTLE_MS = 800;
const LINE_TIMEOUT_MS = 30000;

const sh = (cmd) => spawnSync('bash', ['-c', cmd], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function dockerUp() {
  return sh('docker info >/dev/null 2>&1').status === 0;
}

function restartDaemon() {
  sh('ids=$(docker ps -aq); [ -n "$ids" ] && docker rm -f $ids >/dev/null 2>&1; true');
  sh('docker network prune -f >/dev/null 2>&1; docker volume prune -af >/dev/null 2>&1; true');
  const pidFile = '/var/run/docker.pid';
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
    if (pid > 0) {
      try { process.kill(pid, 'SIGTERM'); } catch { /* already gone */ }
      // dockerd was spawned by this process, so once it exits it stays a zombie until node reaps it:
      // treat state Z as gone.
      for (let i = 0; i < 150; i++) {
        let st;
        try { st = fs.readFileSync(`/proc/${pid}/stat`, "utf8"); } catch { break; }
        if (/^\d+ \(.*\) Z/.test(st)) break;
        sleep(100);
      }
    }
  }
  const log = fs.openSync('/tmp/dockerd.log', 'a');
  const child = spawn('dockerd', [], { detached: true, stdio: ['ignore', log, log] });
  child.unref();
  for (let i = 0; i < 150; i++) {
    if (dockerUp()) return;
    sleep(200);
  }
  throw new Error('dockerd did not come back');
}

function parse(file) {
  return fs.readFileSync(file, 'utf8').split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
}

// Stand-in images (images/build-images.sh): every other image is a scenario's own build.
const STAND_INS = new Set(['alpine', 'busybox', 'nginx', 'httpd', 'redis', 'postgres', 'python', 'node', 'ubuntu'].map((n) => `${n}:latest`));

/** Before a build scenario: no build cache (a first build is not CACHED) and none of the scenario's own tags left. */
function clearBuilds(lines) {
  sh('docker builder prune -af >/dev/null 2>&1; true');
  const tags = new Set();
  for (const l of lines) for (const m of l.matchAll(/(?:^|\s)(?:-t|--tag)[ =]?(\S+)/g)) tags.add(m[1].includes(':') ? m[1] : `${m[1]}:latest`);
  for (const t of tags) if (!STAND_INS.has(t)) sh(`docker rmi -f ${t} >/dev/null 2>&1; true`);
  sh('docker image prune -f >/dev/null 2>&1; true');
}

// Compose scenarios run in a fresh folder named `app` (the project name is the folder's name, and the
// simulation's working directory is /home/player/app, which also appears in paths Compose prints).
const COMPOSE_DIR = '/home/player/app';

function record(file) {
  const lines = parse(file);
  restartDaemon();
  let cwd;
  const builds = /build|files|apps?-|seed/.test(path.basename(file));
  if (builds) clearBuilds(lines);
  if (/compose/.test(path.basename(file)) || builds) {
    fs.rmSync(COMPOSE_DIR, { recursive: true, force: true });
    fs.mkdirSync(COMPOSE_DIR, { recursive: true });
    cwd = COMPOSE_DIR;
  }
  const out = [];
  for (const command of lines) {
    const r = spawnSync('bash', ['-c', command], {
      encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: LINE_TIMEOUT_MS, cwd,
    });
    out.push({ command, stdout: r.stdout ?? '', stderr: r.stderr ?? '', exitCode: r.status ?? -1 });
    if (/^docker (run|start|restart|container (run|start|restart)|network connect|compose\b.*\b(up|start|restart))\b/.test(command)) sleep(SETTLE_MS);
  }
  const name = path.basename(file).replace(/\.sh$/, '.json');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, name), JSON.stringify(out, null, 2) + '\n');
  console.log(`${name}: ${out.length} commands`);
}

function header() {
  const parts = [
    ['docker version', sh('docker version').stdout],
    ['docker compose version', sh('docker compose version').stdout],
    ['curl --version | head -1', sh('curl --version | head -1').stdout],
    ['busybox | head -1', sh('busybox | head -1').stdout],
    ['uname -r', sh('uname -r').stdout],
  ];
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'ENGINE.txt'), parts.map(([c, o]) => `$ ${c}\n${o}`).join('\n'));
}

const args = argv;
const files = args.length
  ? args.map((a) => (fs.existsSync(a) ? a : path.join(scenDir, a)))
  : fs.readdirSync(scenDir).filter((f) => /^\d\d-.*\.sh$/.test(f)).sort().map((f) => path.join(scenDir, f));
header();
for (const f of files) record(f);
// leave a clean, freshly started daemon behind
restartDaemon();
