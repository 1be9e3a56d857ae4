// STUB: being written.
import type {DockerCommand} from '../command.js';
import {notYet} from './not-yet.js';

export const buildCommand: DockerCommand = notYet('docker build', 'docker build [OPTIONS]');
