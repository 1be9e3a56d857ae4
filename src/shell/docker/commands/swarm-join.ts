// STUB: being written.
import type {DockerCommand} from '../command.js';
import {notYet} from './not-yet.js';

export const swarmJoinCommand: DockerCommand = notYet('docker swarm join', 'docker swarm join [OPTIONS]');
