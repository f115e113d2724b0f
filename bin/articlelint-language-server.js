#!/usr/bin/env node
// The language server (LSP over stdio), for editors: see README "In the editor".
import { startServer } from '../dist/src/lsp/server.js';

startServer();
