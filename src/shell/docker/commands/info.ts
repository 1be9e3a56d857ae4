// STUB: being written.
import type {DockerCommand} from '../command.js';
import {notYet} from './not-yet.js';

export const infoCommand: DockerCommand = notYet('docker info', 'docker info [OPTIONS]');
