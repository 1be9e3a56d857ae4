// STUB: being written.
import type {DockerCommand} from '../command.js';
import {notYet} from './not-yet.js';

export const networkDisconnectCommand: DockerCommand = notYet('docker network disconnect', 'docker network disconnect [OPTIONS]');
