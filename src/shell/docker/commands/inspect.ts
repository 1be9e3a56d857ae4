// STUB: being written.
import type {DockerCommand} from '../command.js';
import {notYet} from './not-yet.js';

export const inspectCommand: DockerCommand = notYet('docker inspect', 'docker inspect [OPTIONS]');
