// STUB: being written.
import type {DockerCommand} from '../command.js';
import {notYet} from './not-yet.js';

export const rmCommand: DockerCommand = notYet('docker rm', 'docker rm [OPTIONS]');
