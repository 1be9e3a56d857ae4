// STUB: being written.
import type {DockerCommand} from '../command.js';
import {notYet} from './not-yet.js';

export const psCommand: DockerCommand = notYet('docker ps', 'docker ps [OPTIONS]');
