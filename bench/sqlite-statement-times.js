/**
 * Preload: the wall time of every better-sqlite3 statement run, summed by its SQL (numbers and
 * multi-row VALUES lists folded, so a batch's inserts into one table add up), printed to stderr at
 * exit, largest first. Statements are synchronous, so this is the SQLite work of the process.
 *
 *   node -r ./bench/sqlite-statement-times.js -r ./test/support/register-ts.js bench/rebuild-cpu.ts /tmp/events.sqlite /tmp/rm.sqlite
 */
const Database = require('better-sqlite3');

const probe = new Database(':memory:');
const Statement = probe.prepare('SELECT 1').constructor;
probe.close();

const totals = new Map();
const keyOf = (sql) =>
  sql
    .replace(/\(\?(, \?)*\)(, \(\?(, \?)*\))*/g, '(?...)')
    .replace(/\d+/g, 'N')
    .slice(0, 110);

for (const method of ['run', 'all', 'get', 'iterate']) {
  const original = Statement.prototype[method];
  Statement.prototype[method] = function timed(...args) {
    const started = process.hrtime.bigint();
    try {
      return original.apply(this, args);
    } finally {
      const key = keyOf(this.source);
      const total = totals.get(key) ?? { ms: 0, calls: 0 };
      total.ms += Number(process.hrtime.bigint() - started) / 1e6;
      total.calls += 1;
      totals.set(key, total);
    }
  };
}

process.on('exit', () => {
  const rows = [...totals].sort((a, b) => b[1].ms - a[1].ms).slice(0, 20);
  for (const [key, { ms, calls }] of rows)
    process.stderr.write(`${ms.toFixed(0).padStart(7)} ms ${String(calls).padStart(7)}x ${key}\n`);
});
