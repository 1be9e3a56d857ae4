// STUB: being written.
import type {DockerCommand} from '../command.js';
import {notYet} from './not-yet.js';

export const swarmLeaveCommand: DockerCommand = notYet('docker swarm leave', 'docker swarm leave [OPTIONS]');
