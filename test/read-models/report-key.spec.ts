import { reportKey } from '../../libs/read-models/src/deliverable-tracker/deliverable-tracker.tables';

/**
 * tracker_reports.report_key is stored: a store written with one reportKey and read with another
 * would find none of its reports again (corrections and reviews would silently change nothing).
 * The values are pinned; changing the function needs a migration that remakes the tracker's tables.
 */
test('a report id always gets the same key, a 53-bit integer', () => {
  expect(reportKey('3f2b8c1e-5d4a-4b6e-9a7c-1e2d3c4b5a69')).toBe(PINNED.uuid);
  expect(reportKey('')).toBe(PINNED.empty);
  expect(reportKey('report-Ж')).toBe(PINNED.cyrillic);
  for (const id of ['a', 'b', '3f2b8c1e-5d4a-4b6e-9a7c-1e2d3c4b5a69'])
    expect(Number.isSafeInteger(reportKey(id)) && reportKey(id) >= 0).toBe(true);
  // Ids that differ in one character get different keys.
  expect(reportKey('3f2b8c1e-5d4a-4b6e-9a7c-1e2d3c4b5a69')).not.toBe(
    reportKey('3f2b8c1e-5d4a-4b6e-9a7c-1e2d3c4b5a6a'),
  );
});

// cyrb53 as published (its value for '' is the reference's).
const PINNED = { uuid: 2873814205361281, empty: 3338908027751811, cyrillic: 4065025846759709 };
