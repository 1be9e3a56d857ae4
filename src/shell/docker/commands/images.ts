// STUB: being written.
import type {DockerCommand} from '../command.js';
import {notYet} from './not-yet.js';

export const imagesCommand: DockerCommand = notYet('docker images', 'docker images [OPTIONS]');
