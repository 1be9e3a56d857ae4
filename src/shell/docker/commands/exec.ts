// STUB: being written.
import type {DockerCommand} from '../command.js';
import {notYet} from './not-yet.js';

export const execCommand: DockerCommand = notYet('docker exec', 'docker exec [OPTIONS]');
