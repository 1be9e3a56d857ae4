// STUB: being written.
import type {DockerCommand} from '../command.js';
import {notYet} from './not-yet.js';

export const runCommand: DockerCommand = notYet('docker run', 'docker run [OPTIONS]');
