// STUB: being written.
import type {DockerCommand} from '../command.js';
import {notYet} from './not-yet.js';

export const networkPruneCommand: DockerCommand = notYet('docker network prune', 'docker network prune [OPTIONS]');
