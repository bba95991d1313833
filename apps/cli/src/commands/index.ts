import { type CliCommand } from '../cli-command';
import { checkOrganisationsCommand } from './check-organisations.command';
import { exportCommand, importCommand, verifyCommand } from './audit.commands';
import { asOfCommand, historyCommand } from './history.commands';
import { rebuildCommand } from './rebuild.command';
import { loadCommand, seedDemoCommand } from './record.commands';
import { reportCommand } from './report.command';
import { tokenCommand } from './token.command';

/** Every CLI command, in the order the usage lists them. */
export const COMMANDS: readonly CliCommand[] = [
  seedDemoCommand,
  loadCommand,
  tokenCommand,
  rebuildCommand,
  historyCommand,
  asOfCommand,
  verifyCommand,
  exportCommand,
  importCommand,
  reportCommand,
  checkOrganisationsCommand,
];
