import { CheckOrganisationsQuery, GetLogHeadQuery } from '@ct/application';
import { QueryBus } from '@nestjs/cqrs';
import { type CliCommand, withApp } from '../cli-command';

/**
 * Lists every free-text provider (assistance ledger) and lead agency (deliverable tracker) with the
 * organisation it resolves to through the catalogue's ids, names and aliases, and those that
 * resolve to none or to several. Exit code 1 while any does not resolve to exactly one: a check
 * for CI or a cron job, fixed by adding an alias (POST /organisations/{id}/updates) or registering
 * the organisation.
 */
export const checkOrganisationsCommand: CliCommand = {
  name: 'check-organisations',
  synopsis: 'check-organisations',
  summary:
    'list the free-text providers and lead agencies in the read models with the organisation each resolves to (id, name or alias; case and spacing ignored); exit code 1 when some resolve to none or to several',
  run: () =>
    withApp(async (app) => {
      const queries = app.get(QueryBus);
      const { result: check, checkpoint } = await queries.execute(new CheckOrganisationsQuery());
      // The check reads the read models only; the log's head is asked just to warn about stale ones.
      const { result: head } = await queries.execute(new GetLogHeadQuery());
      if (head !== null && BigInt(checkpoint) < BigInt(head))
        process.stderr.write(
          `check-organisations: warning: read models are at log position ${checkpoint}, the event log at ${head}; run the projector (or \`npm run cli -- rebuild\`) first\n`,
        );
      console.log(JSON.stringify(check, null, 2));
      const failing = check.unresolved.length + check.ambiguous.length;
      const total = failing + check.resolved.length;
      process.stderr.write(
        failing === 0
          ? `check-organisations: all ${total} free-text value(s) resolve to an organisation\n`
          : `check-organisations: ${check.unresolved.length} of ${total} free-text value(s) resolve to no organisation, ${check.ambiguous.length} to several\n`,
      );
      return failing === 0 ? 0 : 1;
    }),
};
