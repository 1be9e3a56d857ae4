// STUB: being written.
import type {DockerCommand} from '../command.js';
import {notYet} from './not-yet.js';

export const startCommand: DockerCommand = notYet('docker start', 'docker start [OPTIONS]');
