// STUB: being written.
import type {DockerCommand} from '../command.js';
import {notYet} from './not-yet.js';

export const networkRmCommand: DockerCommand = notYet('docker network rm', 'docker network rm [OPTIONS]');
