// STUB: being written.
import type {DockerCommand} from '../command.js';
import {notYet} from './not-yet.js';

export const stopCommand: DockerCommand = notYet('docker stop', 'docker stop [OPTIONS]');
