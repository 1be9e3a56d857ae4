// STUB: being written.
import type {DockerCommand} from '../command.js';
import {notYet} from './not-yet.js';

export const createCommand: DockerCommand = notYet('docker create', 'docker create [OPTIONS]');
