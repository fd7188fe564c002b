#!/usr/bin/env node
import { createParser } from './parse/tree-sitter-runtime.js';
const p = await createParser('python');
console.log(p.parse('x=1')?.rootNode.type);
