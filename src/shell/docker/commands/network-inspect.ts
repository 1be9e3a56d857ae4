// STUB: being written.
import type {DockerCommand} from '../command.js';
import {notYet} from './not-yet.js';

export const networkInspectCommand: DockerCommand = notYet('docker network inspect', 'docker network inspect [OPTIONS]');
