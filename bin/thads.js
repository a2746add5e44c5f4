#!/usr/bin/env node
import { main } from '../dist/main.js';
import { realIo } from '../dist/io.js';

process.exitCode = await main(realIo());
