// STUB: being written.
import type {DockerCommand} from '../command.js';
import {notYet} from './not-yet.js';

export const networkLsCommand: DockerCommand = notYet('docker network ls', 'docker network ls [OPTIONS]');
