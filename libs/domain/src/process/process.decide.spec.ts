import {
  AggregateNotFound,
  type ConferenceHeld,
  DomainRuleViolation,
  type HoldConference,
  type LaunchProcess,
  type ProcessContext,
  type ProcessLaunched,
  processDecider,
} from '@ct/domain';
import { given } from '@ct/testing';

const NOW = '2024-06-01T09:30:00.000Z';
const CENTRAL_ASIA = ['KZ', 'KG', 'TJ', 'TM', 'UZ'];

/** What the handler would have looked up: the adoption day of every framework that exists. */
const context: ProcessContext = {
  frameworksAdoptedOn: new Map([
    ['jpoa', '2011-11-30'],
    ['dushanbe-declaration-2018', '2018-05-04'],
    ['dushanbe-declaration-2019', '2019-05-17'],
    ['dushanbe-declaration-2022', '2022-10-19'],
  ]),
};

const PROCESS_NAME =
  'Counter-Terrorism Dushanbe process on Countering Terrorism and its Financing in Central Asia';

/** Launched by the USG for Counter-Terrorism on 17 May 2019, at the close of the Dushanbe conference. */
const launchDushanbeProcess = (overrides: Partial<LaunchProcess> = {}): LaunchProcess => ({
  type: 'LaunchProcess',
  now: NOW,
  processId: 'dushanbe-process',
  name: PROCESS_NAME,
  launchedBy: 'UN Under-Secretary-General for Counter-Terrorism',
  launchedOn: '2019-05-17',
  place: 'Dushanbe',
  frameworkIds: ['dushanbe-declaration-2019', 'jpoa'],
  participatingStates: [...CENTRAL_ASIA],
  ...overrides,
});

const processLaunched: ProcessLaunched = {
  type: 'ProcessLaunched',
  data: {
    processId: 'dushanbe-process',
    name: PROCESS_NAME,
    launchedBy: 'UN Under-Secretary-General for Counter-Terrorism',
    launchedOn: '2019-05-17',
    place: 'Dushanbe',
    frameworkIds: ['dushanbe-declaration-2019', 'jpoa'],
    participatingStates: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
  },
};

const BORDER_CONFERENCE =
  'International and Regional Border Security and Management Cooperation to Counter Terrorism and Prevent the Movement of Terrorists';

/** The third conference of the series: Dushanbe, 18-19 October 2022. */
const holdBorderConference = (overrides: Partial<HoldConference> = {}): HoldConference => ({
  type: 'HoldConference',
  now: NOW,
  processId: 'dushanbe-process',
  title: BORDER_CONFERENCE,
  startsOn: '2022-10-18',
  endsOn: '2022-10-19',
  place: 'Dushanbe',
  outcomeFrameworkIds: ['dushanbe-declaration-2022'],
  ...overrides,
});

const borderConferenceHeld: ConferenceHeld = {
  type: 'ConferenceHeld',
  data: {
    processId: 'dushanbe-process',
    title: BORDER_CONFERENCE,
    startsOn: '2022-10-18',
    endsOn: '2022-10-19',
    place: 'Dushanbe',
    outcomeFrameworkIds: ['dushanbe-declaration-2022'],
  },
};

describe('process decider', () => {
  describe('LaunchProcess', () => {
    it('records the launch with the command data, without its type or clock', () => {
      given(processDecider, [], context).when(launchDushanbeProcess()).then([processLaunched]);
    });

    it('may be launched on the very day a supported framework is adopted', () => {
      given(processDecider, [], context)
        .when(launchDushanbeProcess({ frameworkIds: ['dushanbe-declaration-2019'], place: undefined }))
        .then([
          {
            type: 'ProcessLaunched',
            data: {
              processId: 'dushanbe-process',
              name: PROCESS_NAME,
              launchedBy: 'UN Under-Secretary-General for Counter-Terrorism',
              launchedOn: '2019-05-17',
              frameworkIds: ['dushanbe-declaration-2019'],
              participatingStates: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
            },
          },
        ]);
    });

    it('records a name in Russian and rejects a blank one', () => {
      // A test value: no source in docs/facts gives the process's Russian name.
      const command = launchDushanbeProcess({ nameRu: 'Душанбинский процесс' });
      const { type: _type, now: _now, ...data } = command;
      given(processDecider, [], context)
        .when(command)
        .then([{ type: 'ProcessLaunched', data }]);
      given(processDecider, [], context)
        .when(launchDushanbeProcess({ nameRu: ' ' }))
        .thenViolates([{ rule: 'empty-text', field: 'nameRu' }]);
    });

    it('rejects a process that was already launched', () => {
      given(processDecider, [processLaunched], context)
        .when(launchDushanbeProcess())
        .thenThrows(DomainRuleViolation, { rule: 'process-exists', field: 'id' });
    });

    it('rejects a framework that does not exist, naming its position', () => {
      given(processDecider, [], context)
        .when(launchDushanbeProcess({ frameworkIds: ['jpoa', 'tashkent-declaration-2022'] }))
        .thenViolates([{ rule: 'unknown-framework', field: 'frameworkIds[1]' }]);
    });

    it('rejects every framework when none is known', () => {
      given(processDecider, [], { frameworksAdoptedOn: new Map() })
        .when(launchDushanbeProcess())
        .thenViolates([
          { rule: 'unknown-framework', field: 'frameworkIds[0]' },
          { rule: 'unknown-framework', field: 'frameworkIds[1]' },
        ]);
    });

    it('rejects a launch before the adoption of a framework it supports', () => {
      given(processDecider, [], context)
        .when(launchDushanbeProcess({ launchedOn: '2019-05-16' }))
        .thenViolates([{ rule: 'date-before-adoption', field: 'frameworkIds[0]' }]);
    });

    it('rejects a launch after the day of the command', () => {
      given(processDecider, [], context)
        .when(launchDushanbeProcess({ launchedOn: '2024-06-02' }))
        .thenViolates([{ rule: 'date-in-future', field: 'launchedOn' }]);
    });

    it('rejects an invalid calendar date without comparing it to adoptions', () => {
      given(processDecider, [], context)
        .when(launchDushanbeProcess({ launchedOn: '2019-02-30' }))
        .thenViolates([{ rule: 'invalid-date', field: 'launchedOn' }]);
    });

    it('rejects a blank name or launcher', () => {
      given(processDecider, [], context)
        .when(launchDushanbeProcess({ name: ' ', launchedBy: '' }))
        .thenViolates([
          { rule: 'empty-text', field: 'name' },
          { rule: 'empty-text', field: 'launchedBy' },
        ]);
    });

    it('checks the participating States', () => {
      given(processDecider, [], context)
        .when(launchDushanbeProcess({ participatingStates: [] }))
        .thenViolates([{ rule: 'no-states', field: 'participatingStates' }]);
      given(processDecider, [], context)
        .when(launchDushanbeProcess({ participatingStates: ['TJ', 'TAJ', 'TJ'] }))
        .thenViolates([
          { rule: 'unknown-state', field: 'participatingStates[1]' },
          { rule: 'duplicate-state', field: 'participatingStates' },
        ]);
    });

    it('reports every broken rule at once', () => {
      given(processDecider, [], context)
        .when(
          launchDushanbeProcess({
            name: '',
            launchedOn: '2018-05-04',
            frameworkIds: ['dushanbe-declaration-2019', 'unknown'],
            participatingStates: ['XX'],
          }),
        )
        .thenViolates([
          { rule: 'empty-text', field: 'name' },
          { rule: 'unknown-state', field: 'participatingStates[0]' },
          { rule: 'unknown-framework', field: 'frameworkIds[1]' },
          { rule: 'date-before-adoption', field: 'frameworkIds[0]' },
        ]);
    });
  });

  describe('HoldConference', () => {
    it('records the conference with the command data, without its type or clock', () => {
      given(processDecider, [processLaunched], context)
        .when(holdBorderConference())
        .then([borderConferenceHeld]);
    });

    it('accepts the conference at which the process was launched (16-17 May 2019)', () => {
      given(processDecider, [processLaunched], context)
        .when(
          holdBorderConference({
            title: 'International and Regional Cooperation on Countering Terrorism and its Financing',
            startsOn: '2019-05-16',
            endsOn: '2019-05-17',
            outcomeFrameworkIds: ['dushanbe-declaration-2019'],
          }),
        )
        .then([
          {
            type: 'ConferenceHeld',
            data: {
              processId: 'dushanbe-process',
              title: 'International and Regional Cooperation on Countering Terrorism and its Financing',
              startsOn: '2019-05-16',
              endsOn: '2019-05-17',
              place: 'Dushanbe',
              outcomeFrameworkIds: ['dushanbe-declaration-2019'],
            },
          },
        ]);
    });

    it('accepts a one-day conference', () => {
      given(processDecider, [processLaunched], context)
        .when(holdBorderConference({ startsOn: '2022-10-19' }))
        .then([{ type: 'ConferenceHeld', data: { ...borderConferenceHeld.data, startsOn: '2022-10-19' } }]);
    });

    it('rejects a conference of a process never launched', () => {
      given(processDecider, [], context)
        .when(holdBorderConference())
        .thenThrows(AggregateNotFound, { aggregate: 'process', id: 'dushanbe-process' });
    });

    it('rejects a conference that ends before it starts', () => {
      given(processDecider, [processLaunched], context)
        .when(holdBorderConference({ startsOn: '2022-10-19', endsOn: '2022-10-18' }))
        .thenViolates([{ rule: 'ends-before-start', field: 'endsOn' }]);
    });

    it('rejects a conference that ended before the process was launched (3-4 May 2018)', () => {
      given(processDecider, [processLaunched], context)
        .when(
          holdBorderConference({
            title: 'Countering Terrorism and Preventing Violent Extremism',
            startsOn: '2018-05-03',
            endsOn: '2018-05-04',
            outcomeFrameworkIds: ['dushanbe-declaration-2018'],
          }),
        )
        .thenViolates([{ rule: 'date-before-launch', field: 'endsOn' }]);
    });

    it('accepts the 2018 conference before the 2019 launch when marked as part of the series', () => {
      const firstConference = holdBorderConference({
        title: 'Countering Terrorism and Preventing Violent Extremism',
        startsOn: '2018-05-03',
        endsOn: '2018-05-04',
        outcomeFrameworkIds: ['dushanbe-declaration-2018'],
        partOfSeries: true,
      });
      const { type: _type, now: _now, ...data } = firstConference;
      given(processDecider, [processLaunched], context)
        .when(firstConference)
        .then([{ type: 'ConferenceHeld', data }]);
    });

    it('still rejects a conference before the launch marked as not part of the series', () => {
      given(processDecider, [processLaunched], context)
        .when(holdBorderConference({ startsOn: '2018-05-03', endsOn: '2018-05-04', partOfSeries: false }))
        .thenViolates([{ rule: 'date-before-launch', field: 'endsOn' }]);
    });

    it('checks the other rules on a conference of the series held before the launch', () => {
      given(processDecider, [processLaunched], context)
        .when(
          holdBorderConference({
            startsOn: '2018-05-04',
            endsOn: '2018-05-03',
            outcomeFrameworkIds: ['unknown'],
            partOfSeries: true,
          }),
        )
        .thenViolates([
          { rule: 'ends-before-start', field: 'endsOn' },
          { rule: 'unknown-framework', field: 'outcomeFrameworkIds[0]' },
        ]);
    });

    it('records a title in Russian and rejects a blank one', () => {
      // A test value: no source in docs/facts gives this conference's Russian title.
      const command = holdBorderConference({ titleRu: 'Конференция по безопасности границ' });
      const { type: _type, now: _now, ...data } = command;
      given(processDecider, [processLaunched], context)
        .when(command)
        .then([{ type: 'ConferenceHeld', data }]);
      given(processDecider, [processLaunched], context)
        .when(holdBorderConference({ titleRu: '' }))
        .thenViolates([{ rule: 'empty-text', field: 'titleRu' }]);
    });

    it('rejects an outcome framework that does not exist', () => {
      given(processDecider, [processLaunched], context)
        .when(
          holdBorderConference({ outcomeFrameworkIds: ['dushanbe-declaration-2022', 'kuwait-declaration'] }),
        )
        .thenViolates([{ rule: 'unknown-framework', field: 'outcomeFrameworkIds[1]' }]);
    });

    it('rejects the same conference (title and start) recorded twice', () => {
      given(processDecider, [processLaunched, borderConferenceHeld], context)
        .when(holdBorderConference())
        .thenViolates([{ rule: 'conference-recorded', field: 'title' }]);
    });

    it('accepts a conference with the same title on another start date', () => {
      given(processDecider, [processLaunched, borderConferenceHeld], context)
        .when(holdBorderConference({ startsOn: '2023-10-09', endsOn: '2023-10-13' }))
        .then([
          {
            type: 'ConferenceHeld',
            data: { ...borderConferenceHeld.data, startsOn: '2023-10-09', endsOn: '2023-10-13' },
          },
        ]);
    });

    it('rejects a conference that has not ended by the day of the command', () => {
      given(processDecider, [processLaunched], context)
        .when(holdBorderConference({ startsOn: '2024-06-01', endsOn: '2024-06-02' }))
        .thenViolates([{ rule: 'date-in-future', field: 'endsOn' }]);
    });

    it('rejects a conference that starts after the day of the command', () => {
      given(processDecider, [processLaunched], context)
        .when(holdBorderConference({ startsOn: '2024-11-04', endsOn: '2024-11-05' }))
        .thenViolates([
          { rule: 'date-in-future', field: 'startsOn' },
          { rule: 'date-in-future', field: 'endsOn' },
        ]);
    });

    it('rejects invalid calendar dates', () => {
      given(processDecider, [processLaunched], context)
        .when(holdBorderConference({ startsOn: '2022-09-31', endsOn: '2022-10-32' }))
        .thenViolates([
          { rule: 'invalid-date', field: 'startsOn' },
          { rule: 'invalid-date', field: 'endsOn' },
        ]);
    });

    it('rejects a blank title or place', () => {
      given(processDecider, [processLaunched], context)
        .when(holdBorderConference({ title: '', place: ' ' }))
        .thenViolates([
          { rule: 'empty-text', field: 'title' },
          { rule: 'empty-text', field: 'place' },
        ]);
    });

    it('reports every broken rule at once', () => {
      given(processDecider, [processLaunched, borderConferenceHeld], context)
        .when(holdBorderConference({ endsOn: '2018-05-04', place: '', outcomeFrameworkIds: ['unknown'] }))
        .thenViolates([
          { rule: 'empty-text', field: 'place' },
          { rule: 'ends-before-start', field: 'endsOn' },
          { rule: 'date-before-launch', field: 'endsOn' },
          { rule: 'unknown-framework', field: 'outcomeFrameworkIds[0]' },
          { rule: 'conference-recorded', field: 'title' },
        ]);
    });
  });
});
