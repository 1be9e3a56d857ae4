#!/usr/bin/env node
import '../dist/netdojo.js';
