// STUB: being written.
import type {DockerCommand} from '../command.js';
import {notYet} from './not-yet.js';

export const portCommand: DockerCommand = notYet('docker port', 'docker port [OPTIONS]');
