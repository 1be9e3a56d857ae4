// STUB: being written.
import type {DockerCommand} from '../command.js';
import {notYet} from './not-yet.js';

export const swarmInitCommand: DockerCommand = notYet('docker swarm init', 'docker swarm init [OPTIONS]');
