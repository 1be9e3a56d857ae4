// STUB: being written.
import type {DockerCommand} from '../command.js';
import {notYet} from './not-yet.js';

export const networkConnectCommand: DockerCommand = notYet('docker network connect', 'docker network connect [OPTIONS]');
