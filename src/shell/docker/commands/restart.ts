// STUB: being written.
import type {DockerCommand} from '../command.js';
import {notYet} from './not-yet.js';

export const restartCommand: DockerCommand = notYet('docker restart', 'docker restart [OPTIONS]');
