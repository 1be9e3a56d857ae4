// STUB: being written.
import type {DockerCommand} from '../command.js';
import {notYet} from './not-yet.js';

export const networkCreateCommand: DockerCommand = notYet('docker network create', 'docker network create [OPTIONS]');
