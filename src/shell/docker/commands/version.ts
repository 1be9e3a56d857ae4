// STUB: being written.
import type {DockerCommand} from '../command.js';
import {notYet} from './not-yet.js';

export const versionCommand: DockerCommand = notYet('docker version', 'docker version [OPTIONS]');
