// STUB: being written.
import type {DockerCommand} from '../command.js';
import {notYet} from './not-yet.js';

export const logsCommand: DockerCommand = notYet('docker logs', 'docker logs [OPTIONS]');
