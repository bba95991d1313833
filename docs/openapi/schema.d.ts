/**
 * Generated from openapi.json by openapi-typescript (npm run openapi:client). Do not edit: change
 * the decorators of the API and regenerate. Use with openapi-fetch: createClient<paths>().
 */
export interface paths {
  '/frameworks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that a declaration or plan of action was adopted (DeclarationAdopted). */
    post: operations['frameworks_adopt'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/frameworks/{id}/revisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a revision of the framework (FrameworkRevised). */
    post: operations['frameworks_revise'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/frameworks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Current state of the framework, folded from its own stream (always up to date). */
    get: operations['frameworks_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/processes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that a process was launched (ProcessLaunched). */
    post: operations['processes_launch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/processes/{id}/conferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a conference of the process (ConferenceHeld). */
    post: operations['processes_holdConference'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/processes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Current state of the process, folded from its own stream (always up to date). */
    get: operations['processes_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deliverables': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Define a deliverable under a framework and a pillar (DeliverableDefined). */
    post: operations['deliverables_define'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deliverables/{id}/assignments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assign (or re-assign) the deliverable to a State with a lead agency and a due date (DeliverableAssigned). */
    post: operations['deliverables_assign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deliverables/{id}/progress-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Report an assigned State's progress, with evidence (ProgressReported).
     * @description For a coordinator of that State.
     */
    post: operations['deliverables_reportProgress'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deliverables/{id}/cancellation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel the deliverable for every State (DeliverableCancelled). */
    post: operations['deliverables_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deliverables/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Current state of the deliverable, folded from its own stream (always up to date). */
    get: operations['deliverables_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/assistance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record assistance provided by a UN entity or partner to a State (AssistanceProvided).
     * @description For a coordinator of the recipient State.
     */
    post: operations['assistance_provide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/assistance/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Current state of the assistance record, folded from its own stream (always up to date). */
    get: operations['assistance_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: 200 while the process answers; touches no store. Public. */
    get: operations['operations_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: 200 when this instance can serve with current read models, 503 naming the failing checks. Public. */
    get: operations['operations_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The detail behind readiness, for operators: stores, projector, each projection's lag. */
    get: operations['operations_health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Prometheus text exposition. */
    get: operations['operations_metricsText'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The global log, filterable by type, actor, correlation id and time range. */
    get: operations['audit_log'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/streams/{streamName}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every event of one stream. */
    get: operations['audit_stream'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/states/{stateCode}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every event of every stream that concerns the State. */
    get: operations['audit_state'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/deliverables/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The deliverable's stream and the assistance recorded against it. */
    get: operations['audit_deliverable'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/correlations/{correlationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Everything one request or one batch caused, in order. */
    get: operations['audit_correlation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Walk every hash chain; `ok: false` names the first broken link of each stream. */
    get: operations['audit_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/as-of/scorecards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The State scorecard as it was at the cutoff, recomputed from the events. */
    get: operations['audit_scorecardAsOf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/as-of/deliverables/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One deliverable's tracker entry as it was at the cutoff. */
    get: operations['audit_deliverableAsOf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scorecards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** State x framework x pillar: deliverables by status, percent complete, overdue as of a day. */
    get: operations['readModels_scorecards'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scorecards/assistance-received': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Assistance received per State: count, totals per currency, providers. */
    get: operations['readModels_assistanceReceived'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tracker/deliverables': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Deliverables with every assigned State's lead agency, due date and status. */
    get: operations['readModels_deliverables'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tracker/deliverables/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One deliverable with the dated progress reports of each State. */
    get: operations['readModels_deliverable'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ledger/assistance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Assistance records: provider, recipient, pillar, kind, period, amount. */
    get: operations['readModels_assistance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ledger/assistance/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Provider x recipient x pillar x kind, with totals per currency. */
    get: operations['readModels_assistanceSummary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What was recorded, newest first. */
    get: operations['readModels_timeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/catalogue/frameworks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Frameworks: titles, dates, adopting States. */
    get: operations['readModels_frameworks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/catalogue/processes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Processes and their conferences. */
    get: operations['readModels_processes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/state-scorecard/{stateCode}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One State: frameworks x pillars by status, percent complete, overdue, assistance received. */
    get: operations['reports_stateScorecard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/regional-overview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The five Central Asian States side by side. */
    get: operations['reports_regionalOverview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/framework-progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every framework in the catalogue, by pillar. */
    get: operations['reports_frameworkProgress'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/framework-progress/{frameworkId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One framework, by pillar. */
    get: operations['reports_oneFrameworkProgress'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/assistance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Assistance by provider, recipient State, pillar, kind and year, amounts per currency. */
    get: operations['reports_assistance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/assistance.iati.xml': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The assistance records as IATI activity XML 2.03. */
    get: operations['reports_assistanceIati'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AdoptDeclarationDto: {
      /**
       * @description Identity of the framework; include the year where names repeat. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example dushanbe-declaration-2019
       */
      id: string;
      /**
       * @description Declaration or plan of action.
       * @example declaration
       * @enum {string}
       */
      kind: 'declaration' | 'plan-of-action';
      /**
       * @description Title as published.
       * @example Dushanbe Declaration
       */
      title: string;
      /**
       * Format: date
       * @description Day of adoption. YYYY-MM-DD.
       * @example 2019-05-17
       */
      adoptedOn: string;
      /**
       * @description Where it was adopted.
       * @example Dushanbe
       */
      place: string;
      /**
       * @description The adopting States (1-250, no repeats). ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example [
       *       "KZ",
       *       "KG",
       *       "TJ",
       *       "TM",
       *       "UZ"
       *     ]
       */
      adoptingStates: string[];
      /**
       * @description Where the text is published: a UN document symbol or a URL.
       * @example A/73/892
       */
      sourceReference?: string;
    };
    /** @description Where the events of an accepted command landed. */
    CommandResult: {
      /**
       * @description The aggregate stream written.
       * @example deliverable-criminalise-tf
       */
      streamName: string;
      /**
       * @description Revision of the stream's last event after the command.
       * @example 42
       */
      revision: string;
      /**
       * @description Global position of the command's last event: pass it as `minPosition` to read your own write.
       * @example 42
       */
      position: string;
      /**
       * @description Ids of the events recorded, derived from the command id.
       * @example [
       *       "0f9c1c55-6a39-5d4c-9e55-1d7b1f0e2f4a"
       *     ]
       */
      eventIds: string[];
      /**
       * @description True when this Idempotency-Key had already been handled: the original answer, nothing recorded.
       * @example false
       */
      replayed: boolean;
    };
    ReviseFrameworkDto: {
      /**
       * Format: date
       * @description Day of the revision. YYYY-MM-DD.
       * @example 2022-03-03
       */
      revisedOn: string;
      /**
       * @description What changed.
       * @example Updated Joint Plan of Action adopted in Tashkent
       */
      summary: string;
      /**
       * @description Where it was revised.
       * @example Tashkent
       */
      place?: string;
      /**
       * @description The adopting States after the revision (1-250, no repeats). ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example [
       *       "KZ",
       *       "KG",
       *       "TJ",
       *       "TM",
       *       "UZ"
       *     ]
       */
      adoptingStates?: string[];
      /**
       * @description Where the revised text is published.
       * @example A/76/PV.57
       */
      sourceReference?: string;
    };
    FrameworkState: {
      /** @example true */
      exists: boolean;
      /**
       * @description Declaration or plan of action.
       * @example declaration
       * @enum {string}
       */
      kind?: 'declaration' | 'plan-of-action';
      /** @example Dushanbe Declaration */
      title?: string;
      /**
       * Format: date
       * @description Day of adoption. YYYY-MM-DD.
       * @example 2019-05-17
       */
      adoptedOn?: string;
      /**
       * Format: date
       * @description Day of the latest revision. YYYY-MM-DD.
       * @example 2022-03-03
       */
      lastRevisedOn?: string;
      /**
       * @description Adopting States. ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example [
       *       "KZ",
       *       "KG",
       *       "TJ",
       *       "TM",
       *       "UZ"
       *     ]
       */
      adoptingStates: string[];
    };
    /** @description A framework's current state, from its own stream. */
    FrameworkView: {
      /**
       * @description The aggregate id. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example dushanbe-declaration-2019
       */
      id: string;
      /** @example framework-dushanbe-declaration-2019 */
      streamName: string;
      /**
       * @description Revision of the last event folded.
       * @example 42
       */
      revision: string;
      state: components['schemas']['FrameworkState'];
    };
    LaunchProcessDto: {
      /**
       * @description Identity of the process. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example dushanbe-process
       */
      id: string;
      /**
       * @description Name of the process.
       * @example Dushanbe process
       */
      name: string;
      /**
       * @description Who launched it.
       * @example UN Under-Secretary-General for Counter-Terrorism
       */
      launchedBy: string;
      /**
       * Format: date
       * @description Day of launch. YYYY-MM-DD.
       * @example 2018-05-03
       */
      launchedOn: string;
      /**
       * @description Where it was launched.
       * @example Dushanbe
       */
      place?: string;
      /**
       * @description Frameworks the process supports (at most 100, no repeats). A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example [
       *       "dushanbe-declaration-2019"
       *     ]
       */
      frameworkIds: string[];
      /**
       * @description Participating States (1-250, no repeats). ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example [
       *       "KZ",
       *       "KG",
       *       "TJ",
       *       "TM",
       *       "UZ"
       *     ]
       */
      participatingStates: string[];
    };
    HoldConferenceDto: {
      /**
       * @description Title of the conference.
       * @example High-Level Conference on Countering Terrorism
       */
      title: string;
      /**
       * Format: date
       * @description First day. YYYY-MM-DD.
       * @example 2019-05-16
       */
      startsOn: string;
      /**
       * Format: date
       * @description Last day (not before the first). YYYY-MM-DD.
       * @example 2019-05-17
       */
      endsOn: string;
      /**
       * @description Where it was held.
       * @example Dushanbe
       */
      place: string;
      /**
       * @description Frameworks adopted at the conference (at most 100, no repeats). A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example [
       *       "dushanbe-declaration-2019"
       *     ]
       */
      outcomeFrameworkIds: string[];
    };
    ProcessConferenceState: {
      /** @example High-Level Conference on Countering Terrorism */
      title: string;
      /**
       * Format: date
       * @description First day. YYYY-MM-DD.
       * @example 2019-05-16
       */
      startsOn: string;
    };
    ProcessState: {
      /** @example true */
      exists: boolean;
      /**
       * Format: date
       * @description Day of launch. YYYY-MM-DD.
       * @example 2018-05-03
       */
      launchedOn?: string;
      /**
       * @description Frameworks the process supports. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example [
       *       "dushanbe-declaration-2019"
       *     ]
       */
      frameworkIds: string[];
      conferences: components['schemas']['ProcessConferenceState'][];
    };
    /** @description A process's current state, from its own stream. */
    ProcessView: {
      /**
       * @description The aggregate id. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example dushanbe-declaration-2019
       */
      id: string;
      /** @example framework-dushanbe-declaration-2019 */
      streamName: string;
      /**
       * @description Revision of the last event folded.
       * @example 42
       */
      revision: string;
      state: components['schemas']['ProcessState'];
    };
    DefineDeliverableDto: {
      /**
       * @description Identity of the deliverable. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example criminalise-tf
       */
      id: string;
      /**
       * @description The framework it implements (must exist). A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example dushanbe-declaration-2019
       */
      frameworkId: string;
      /**
       * @description Pillar of the UN Global Counter-Terrorism Strategy: I, II, III or IV.
       * @example I
       * @enum {string}
       */
      pillar: 'I' | 'II' | 'III' | 'IV';
      /**
       * @description Thematic area.
       * @example countering the financing of terrorism
       */
      thematicArea: string;
      /**
       * @description What is to be delivered.
       * @example Criminalise terrorist financing for any purpose
       */
      title: string;
      /**
       * @description Longer description (line feeds and tabs allowed).
       * @example Including the financing of individual terrorists.
       */
      description?: string;
      /**
       * @description Where the commitment is written (paragraph, document symbol).
       * @example UNSCR 2462 (2019)
       */
      reference?: string;
      /**
       * Format: date
       * @description Day of definition (not before the framework was adopted). YYYY-MM-DD.
       * @example 2019-06-01
       */
      definedOn: string;
    };
    AssignDeliverableDto: {
      /**
       * @description The State the deliverable is assigned to. ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example TJ
       */
      stateCode: string;
      /**
       * @description The lead agency in that State.
       * @example Ministry of Internal Affairs
       */
      leadAgency: string;
      /**
       * Format: date
       * @description Due date. YYYY-MM-DD.
       * @example 2021-12-31
       */
      dueOn: string;
      /**
       * Format: date
       * @description Day of assignment. YYYY-MM-DD.
       * @example 2019-07-01
       */
      assignedOn: string;
    };
    ReportProgressDto: {
      /**
       * @description The reporting State (must be assigned; a coordinator reports for their own States). ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example TJ
       */
      stateCode: string;
      /**
       * @description Status as of the report.
       * @example not-started
       * @enum {string}
       */
      status: 'not-started' | 'in-progress' | 'blocked' | 'completed';
      /**
       * @description Percent complete.
       * @example 60
       */
      percentComplete?: number;
      /**
       * @description Note (line feeds and tabs allowed).
       * @example Draft law submitted to parliament
       */
      note?: string;
      /**
       * @description Document symbols or links backing the report (at most 50).
       * @example [
       *       "https://example.org/law-draft.pdf"
       *     ]
       */
      evidence?: string[];
      /**
       * Format: date
       * @description Day of the report (not before the assignment, not before the previous report). YYYY-MM-DD.
       * @example 2020-06-30
       */
      reportedOn: string;
      /**
       * @description `self-reported` (default) or `external` (e.g. a CTED or EAG assessment).
       * @example self-reported
       * @enum {string}
       */
      source?: 'self-reported' | 'external';
    };
    CancelDeliverableDto: {
      /**
       * @description Why it is cancelled (line feeds and tabs allowed).
       * @example Superseded by the 2022 revision of the Joint Plan of Action
       */
      reason: string;
      /**
       * Format: date
       * @description Day of cancellation. YYYY-MM-DD.
       * @example 2022-03-03
       */
      cancelledOn: string;
    };
    DeliverableState: {
      /** @example true */
      exists: boolean;
      /**
       * @description The framework. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example dushanbe-declaration-2019
       */
      frameworkId?: string;
      /**
       * @description Pillar of the UN Global Counter-Terrorism Strategy.
       * @example I
       * @enum {string}
       */
      pillar?: 'I' | 'II' | 'III' | 'IV';
      /**
       * Format: date
       * @description Day of definition. YYYY-MM-DD.
       * @example 2019-06-01
       */
      definedOn?: string;
      /** @example false */
      cancelled: boolean;
      /** @description By State (ISO 3166-1 alpha-2). */
      assignments: {
        [key: string]: components['schemas']['AssignmentState'];
      };
    };
    /** @description A deliverable's current state, from its own stream. */
    DeliverableView: {
      /**
       * @description The aggregate id. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example dushanbe-declaration-2019
       */
      id: string;
      /** @example framework-dushanbe-declaration-2019 */
      streamName: string;
      /**
       * @description Revision of the last event folded.
       * @example 42
       */
      revision: string;
      state: components['schemas']['DeliverableState'];
    };
    MoneyDto: {
      /**
       * @description Amount in the currency, with at most its ISO 4217 minor unit's decimals: 0 for JPY, 2 for most, 3 for KWD (422 `too-many-decimals` otherwise).
       * @example 250000
       */
      value: number;
      /**
       * @description ISO 4217 currency, upper case (`usd` is refused with 400); codes that are not money (XXX, XAU, XAG, XPT, XPD, XTS, XDR…) are refused with 422 `not-money`, unknown codes with 422 `unknown-currency`.
       * @example USD
       */
      currency: string;
    };
    ProvideAssistanceDto: {
      /**
       * @description Identity of the assistance record. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example unodc-tj-cft-2024
       */
      id: string;
      /**
       * @description The UN entity or partner, e.g. UNOCT/UNCCT, UNODC, UNRCCA, OSCE, EU.
       * @example UNODC
       */
      provider: string;
      /**
       * @description The recipient State (a coordinator records for their own States). ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example TJ
       */
      recipientState: string;
      /**
       * @description Pillar of the UN Global Counter-Terrorism Strategy.
       * @example I
       * @enum {string}
       */
      pillar: 'I' | 'II' | 'III' | 'IV';
      /**
       * @description The deliverable supported, if any; it must be assigned to the recipient State. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example criminalise-tf
       */
      deliverableId?: string;
      /**
       * @description Kind of assistance.
       * @example training
       * @enum {string}
       */
      kind: 'training' | 'legislative-drafting' | 'equipment' | 'advisory' | 'other';
      /**
       * @description Description (line feeds and tabs allowed).
       * @example National workshop on terrorist-financing investigations
       */
      description?: string;
      /**
       * Format: date
       * @description First day of the period. YYYY-MM-DD.
       * @example 2024-01-01
       */
      periodStart: string;
      /**
       * Format: date
       * @description Last day of the period (not before the first). YYYY-MM-DD.
       * @example 2024-12-31
       */
      periodEnd?: string;
      /** @description Value of the assistance, if known. */
      amount?: components['schemas']['MoneyDto'];
    };
    AssistanceState: {
      /** @example true */
      exists: boolean;
    };
    /** @description An assistance record's state, from its own stream. */
    AssistanceView: {
      /**
       * @description The aggregate id. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example dushanbe-declaration-2019
       */
      id: string;
      /** @example framework-dushanbe-declaration-2019 */
      streamName: string;
      /**
       * @description Revision of the last event folded.
       * @example 42
       */
      revision: string;
      state: components['schemas']['AssistanceState'];
    };
    Liveness: {
      /** @enum {string} */
      status: 'up';
    };
    Readiness: {
      /** @example true */
      ready: boolean;
      /**
       * @description Failing checks: `event-store`, `read-store`, `projector-erroring`, `projector-stuck`, `projector-standby`, `projection-lag`, `shutting-down`.
       * @example []
       */
      failing: string[];
    };
    /** @description Readiness with the detail behind it: the event store's head, the projector, each projection's lag. */
    HealthDetail: {
      /** @enum {string} */
      status: 'ok' | 'unhealthy';
      /** @example true */
      ready: boolean;
      /** @example [] */
      failing: string[];
      /** @description `ok`, `headPosition` (decimal string or null) and, when down, the error. */
      eventStore: {
        [key: string]: unknown;
      };
      /** @description `ok`, the projector (`mode`, `role`, `live`, `lastError`…) and `projections` (name, checkpoint, lag). */
      readModels: {
        [key: string]: unknown;
      };
    };
    /** @enum {string} */
    HistoryFormat: 'json' | 'jsonl';
    BrokenLink: {
      /** @example deliverable-criminalise-tf */
      streamName: string;
      /**
       * @description Global position.
       * @example 42
       */
      position: string;
      /**
       * @description Revision in its stream.
       * @example 42
       */
      revision: string;
      /** Format: uuid */
      eventId: string;
      /**
       * @description What is wrong: altered content, a broken chain, a revision gap or a missing hash.
       * @enum {string}
       */
      problem: 'content-altered' | 'chain-broken' | 'revision-gap' | 'hash-missing';
    };
    VerificationReport: {
      /**
       * @description True when every hash chain is intact.
       * @example true
       */
      ok: boolean;
      /**
       * @description Events read.
       * @example 12
       */
      eventsChecked: number;
      /**
       * @description Streams read.
       * @example 4
       */
      streamsChecked: number;
      /** @description The first broken link of each broken stream. */
      brokenLinks: components['schemas']['BrokenLink'][];
      /** @description SHA-256 over every stream head: keep it outside the system and compare later. */
      anchor: string;
    };
    /** @enum {string} */
    Pillar: 'I' | 'II' | 'III' | 'IV';
    Cutoff: {
      /**
       * @description The position cut at.
       * @example 42
       */
      position?: string;
      /**
       * Format: date
       * @description The day cut at (end of that day, UTC). YYYY-MM-DD.
       * @example 2024-12-31
       */
      date?: string;
    };
    /** @description Assignments by status. */
    ScorecardStatusCounts: {
      /**
       * @description Not started.
       * @example 0
       */
      'not-started': number;
      /**
       * @description In progress.
       * @example 1
       */
      'in-progress': number;
      /**
       * @description Blocked.
       * @example 0
       */
      blocked: number;
      /**
       * @description Completed.
       * @example 1
       */
      completed: number;
      /**
       * @description Cancelled.
       * @example 0
       */
      cancelled: number;
    };
    ScorecardRow: {
      /**
       * @description The State. ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example TJ
       */
      stateCode: string;
      /**
       * @description The framework. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example dushanbe-declaration-2019
       */
      frameworkId: string;
      /**
       * @description Pillar of the UN Global Counter-Terrorism Strategy.
       * @example I
       * @enum {string}
       */
      pillar: 'I' | 'II' | 'III' | 'IV';
      /**
       * @description Deliverables assigned to the State.
       * @example 2
       */
      deliverables: number;
      byStatus: components['schemas']['ScorecardStatusCounts'];
      /**
       * @description Average latest percent of the assignments not cancelled; null when all are cancelled.
       * @example 57.5
       */
      percentComplete: number | null;
      /**
       * @description Open assignments due before `asOf`.
       * @example 0
       */
      overdue: number;
      /**
       * Format: date
       * @description Day of the latest change. YYYY-MM-DD.
       * @example 2024-06-30
       */
      lastUpdateOn: string;
    };
    ScorecardPage: {
      /**
       * @description Rows matching the filters, all pages.
       * @example 1
       */
      total: number;
      /** @example 50 */
      limit: number;
      /** @example 0 */
      offset: number;
      items: components['schemas']['ScorecardRow'][];
    };
    /** @description The State scorecard as it was at the cutoff. */
    AsOfScorecard: {
      cutoff: components['schemas']['Cutoff'];
      /**
       * Format: date
       * @description The day overdue is judged against. YYYY-MM-DD.
       * @example 2024-12-31
       */
      asOf: string;
      /**
       * @description Events replayed for the answer.
       * @example 12
       */
      eventsReplayed: number;
      lastPosition: string | null;
      result: components['schemas']['ScorecardPage'];
    };
    TrackedAssignment: {
      /**
       * @description The State. ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example TJ
       */
      stateCode: string;
      /** @example Ministry of Internal Affairs */
      leadAgency: string;
      /**
       * Format: date
       * @description Day of assignment. YYYY-MM-DD.
       * @example 2019-07-01
       */
      assignedOn: string;
      /**
       * Format: date
       * @description Due date. YYYY-MM-DD.
       * @example 2021-12-31
       */
      dueOn: string;
      /**
       * @description Latest reported status.
       * @example not-started
       * @enum {string}
       */
      status: 'not-started' | 'in-progress' | 'blocked' | 'completed';
      /** @example 60 */
      percentComplete: number | null;
      /**
       * Format: date
       * @description Day of the latest report.
       * @example 2020-06-30
       */
      lastReportedOn: string | null;
      /**
       * @description Progress reports.
       * @example 2
       */
      reportCount: number;
    };
    ProgressReport: {
      /**
       * @description Global position of the report.
       * @example 42
       */
      position: string;
      /**
       * @description The reporting State. ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example TJ
       */
      stateCode: string;
      /**
       * Format: date
       * @description Day of the report. YYYY-MM-DD.
       * @example 2020-06-30
       */
      reportedOn: string;
      /**
       * @description Reported status.
       * @example not-started
       * @enum {string}
       */
      status: 'not-started' | 'in-progress' | 'blocked' | 'completed';
      /** @example 60 */
      percentComplete: number | null;
      /**
       * @description Note.
       * @example Draft law submitted to parliament
       */
      note: string | null;
      /**
       * @example [
       *       "https://example.org/law-draft.pdf"
       *     ]
       */
      evidence: string[];
    };
    /** @description A deliverable with every progress report. */
    TrackedDeliverableDetail: {
      /**
       * @description The deliverable. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example criminalise-tf
       */
      deliverableId: string;
      /**
       * @description The framework. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example dushanbe-declaration-2019
       */
      frameworkId: string;
      /**
       * @description Pillar of the UN Global Counter-Terrorism Strategy.
       * @example I
       * @enum {string}
       */
      pillar: 'I' | 'II' | 'III' | 'IV';
      /** @example countering the financing of terrorism */
      thematicArea: string;
      /** @example Criminalise terrorist financing for any purpose */
      title: string;
      /** @description Longer description. */
      description: string | null;
      /**
       * @description Where the commitment is written.
       * @example UNSCR 2462 (2019)
       */
      reference: string | null;
      /**
       * Format: date
       * @description Day of definition. YYYY-MM-DD.
       * @example 2019-06-01
       */
      definedOn: string;
      /** @example false */
      cancelled: boolean;
      /**
       * Format: date
       * @description Day of cancellation.
       */
      cancelledOn: string | null;
      /** @description Why it was cancelled. */
      cancellationReason: string | null;
      assignments: components['schemas']['TrackedAssignment'][];
      /** @description Oldest first. */
      reports: components['schemas']['ProgressReport'][];
    };
    /** @description A deliverable's tracker entry as it was at the cutoff. */
    AsOfDeliverable: {
      cutoff: components['schemas']['Cutoff'];
      /**
       * Format: date
       * @description The day overdue is judged against. YYYY-MM-DD.
       * @example 2024-12-31
       */
      asOf: string;
      /**
       * @description Events replayed for the answer.
       * @example 12
       */
      eventsReplayed: number;
      lastPosition: string | null;
      result: components['schemas']['TrackedDeliverableDetail'];
    };
    /** @description A page of the State scorecard, with the day overdue is judged on. */
    Scorecard: {
      /**
       * @description Rows matching the filters, all pages.
       * @example 1
       */
      total: number;
      /** @example 50 */
      limit: number;
      /** @example 0 */
      offset: number;
      items: components['schemas']['ScorecardRow'][];
      /**
       * Format: date
       * @description The day overdue is judged against. YYYY-MM-DD.
       * @example 2026-11-28
       */
      asOf: string;
    };
    CurrencyTotal: {
      /**
       * @description ISO 4217.
       * @example USD
       */
      currency: string;
      /**
       * @description Exact decimal, two decimals.
       * @example 250000.00
       */
      amount: string;
    };
    AssistanceReceived: {
      /**
       * @description The recipient State. ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example TJ
       */
      stateCode: string;
      /**
       * @description Assistance records.
       * @example 3
       */
      count: number;
      /** @description Per currency, never converted. */
      totals: components['schemas']['CurrencyTotal'][];
      /**
       * @example [
       *       "UNODC",
       *       "UNOCT/UNCCT"
       *     ]
       */
      providers: string[];
    };
    /** @enum {string} */
    ProgressStatus: 'not-started' | 'in-progress' | 'blocked' | 'completed';
    TrackedDeliverable: {
      /**
       * @description The deliverable. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example criminalise-tf
       */
      deliverableId: string;
      /**
       * @description The framework. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example dushanbe-declaration-2019
       */
      frameworkId: string;
      /**
       * @description Pillar of the UN Global Counter-Terrorism Strategy.
       * @example I
       * @enum {string}
       */
      pillar: 'I' | 'II' | 'III' | 'IV';
      /** @example countering the financing of terrorism */
      thematicArea: string;
      /** @example Criminalise terrorist financing for any purpose */
      title: string;
      /** @description Longer description. */
      description: string | null;
      /**
       * @description Where the commitment is written.
       * @example UNSCR 2462 (2019)
       */
      reference: string | null;
      /**
       * Format: date
       * @description Day of definition. YYYY-MM-DD.
       * @example 2019-06-01
       */
      definedOn: string;
      /** @example false */
      cancelled: boolean;
      /**
       * Format: date
       * @description Day of cancellation.
       */
      cancelledOn: string | null;
      /** @description Why it was cancelled. */
      cancellationReason: string | null;
      assignments: components['schemas']['TrackedAssignment'][];
    };
    TrackedDeliverablePage: {
      /**
       * @description Rows matching the filters, all pages.
       * @example 1
       */
      total: number;
      /** @example 50 */
      limit: number;
      /** @example 0 */
      offset: number;
      items: components['schemas']['TrackedDeliverable'][];
    };
    /** @enum {string} */
    AssistanceKind: 'training' | 'legislative-drafting' | 'equipment' | 'advisory' | 'other';
    Money: {
      /**
       * @description Exact decimal, two decimals.
       * @example 250000.00
       */
      value: string;
      /**
       * @description ISO 4217.
       * @example USD
       */
      currency: string;
    };
    AssistanceRecord: {
      /**
       * @description The assistance record. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example unodc-tj-cft-2024
       */
      assistanceId: string;
      /**
       * @description Global position of the record.
       * @example 42
       */
      position: string;
      /** @example UNODC */
      provider: string;
      /**
       * @description The recipient State. ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example TJ
       */
      recipientState: string;
      /**
       * @description Pillar of the UN Global Counter-Terrorism Strategy.
       * @example I
       * @enum {string}
       */
      pillar: 'I' | 'II' | 'III' | 'IV';
      /** @example training */
      kind: string;
      deliverableId: string | null;
      /** @description Description. */
      description: string | null;
      /**
       * Format: date
       * @description First day. YYYY-MM-DD.
       * @example 2024-01-01
       */
      periodStart: string;
      /**
       * Format: date
       * @description Last day.
       * @example 2024-12-31
       */
      periodEnd: string | null;
      amount: components['schemas']['Money'] | null;
    };
    AssistanceRecordPage: {
      /**
       * @description Rows matching the filters, all pages.
       * @example 1
       */
      total: number;
      /** @example 50 */
      limit: number;
      /** @example 0 */
      offset: number;
      items: components['schemas']['AssistanceRecord'][];
    };
    AssistanceGroup: {
      /** @example UNODC */
      provider: string;
      /**
       * @description The recipient State. ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example TJ
       */
      recipientState: string;
      /**
       * @description Pillar of the UN Global Counter-Terrorism Strategy.
       * @example I
       * @enum {string}
       */
      pillar: 'I' | 'II' | 'III' | 'IV';
      /** @example training */
      kind: string;
      /**
       * @description Records.
       * @example 2
       */
      count: number;
      /** @description Per currency; records without an amount add nothing. */
      totals: components['schemas']['CurrencyTotal'][];
    };
    AssistanceSummary: {
      groups: components['schemas']['AssistanceGroup'][];
      /**
       * @description Records.
       * @example 2
       */
      count: number;
      totals: components['schemas']['CurrencyTotal'][];
    };
    ActivityEntry: {
      /**
       * @description Global position of the event.
       * @example 42
       */
      position: string;
      /** @example deliverable-criminalise-tf */
      streamName: string;
      /** @example ProgressReported */
      type: string;
      /** @example TJ reported in-progress on criminalise-tf */
      summary: string;
      /**
       * @description States concerned. ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example [
       *       "KZ",
       *       "KG",
       *       "TJ",
       *       "TM",
       *       "UZ"
       *     ]
       */
      states: string[];
      /**
       * @description The framework concerned.
       * @example dushanbe-declaration-2019
       */
      frameworkId: string | null;
      /**
       * @description Who recorded it (the token subject).
       * @example tj-focal-point
       */
      actor: string;
      /**
       * Format: date-time
       * @example 2024-06-30T10:00:00.000Z
       */
      recordedAt: string;
    };
    /** @description Newest first. */
    ActivityPage: {
      items: components['schemas']['ActivityEntry'][];
      /**
       * @description Pass as `cursor` for the next page; absent on the last page.
       * @example 41
       */
      nextCursor?: string;
    };
    /** @enum {string} */
    FrameworkKind: 'declaration' | 'plan-of-action';
    CatalogueFramework: {
      /**
       * @description The framework. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example dushanbe-declaration-2019
       */
      frameworkId: string;
      /**
       * @description Declaration or plan of action.
       * @example declaration
       * @enum {string}
       */
      kind: 'declaration' | 'plan-of-action';
      /** @example Dushanbe Declaration */
      title: string;
      /**
       * Format: date
       * @description Day of adoption. YYYY-MM-DD.
       * @example 2019-05-17
       */
      adoptedOn: string;
      /** @example Dushanbe */
      place: string;
      /**
       * @description Adopting States. ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example [
       *       "KZ",
       *       "KG",
       *       "TJ",
       *       "TM",
       *       "UZ"
       *     ]
       */
      adoptingStates: string[];
      /**
       * @description Where the text is published.
       * @example A/73/892
       */
      sourceReference: string | null;
      /**
       * Format: date
       * @description Day of the latest revision.
       */
      lastRevisedOn: string | null;
      /** @description Summary of the latest revision. */
      lastRevisionSummary: string | null;
      /**
       * @description Revisions.
       * @example 0
       */
      revisionCount: number;
    };
    CatalogueFrameworkPage: {
      /**
       * @description Rows matching the filters, all pages.
       * @example 1
       */
      total: number;
      /** @example 50 */
      limit: number;
      /** @example 0 */
      offset: number;
      items: components['schemas']['CatalogueFramework'][];
    };
    CatalogueConference: {
      /** @example High-Level Conference on Countering Terrorism */
      title: string;
      /**
       * Format: date
       * @description First day. YYYY-MM-DD.
       * @example 2019-05-16
       */
      startsOn: string;
      /**
       * Format: date
       * @description Last day. YYYY-MM-DD.
       * @example 2019-05-17
       */
      endsOn: string;
      /** @example Dushanbe */
      place: string;
      /**
       * @description Frameworks adopted there. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example [
       *       "dushanbe-declaration-2019"
       *     ]
       */
      outcomeFrameworkIds: string[];
    };
    CatalogueProcess: {
      /**
       * @description The process. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example dushanbe-process
       */
      processId: string;
      /** @example Dushanbe process */
      name: string;
      /** @example UN Under-Secretary-General for Counter-Terrorism */
      launchedBy: string;
      /**
       * Format: date
       * @description Day of launch. YYYY-MM-DD.
       * @example 2018-05-03
       */
      launchedOn: string;
      /**
       * @description Where.
       * @example Dushanbe
       */
      place: string | null;
      /**
       * @description Frameworks the process supports. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example [
       *       "dushanbe-declaration-2019"
       *     ]
       */
      frameworkIds: string[];
      /**
       * @description Participating States. ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example [
       *       "KZ",
       *       "KG",
       *       "TJ",
       *       "TM",
       *       "UZ"
       *     ]
       */
      participatingStates: string[];
      conferences: components['schemas']['CatalogueConference'][];
    };
    CatalogueProcessPage: {
      /**
       * @description Rows matching the filters, all pages.
       * @example 1
       */
      total: number;
      /** @example 50 */
      limit: number;
      /** @example 0 */
      offset: number;
      items: components['schemas']['CatalogueProcess'][];
    };
    /** @enum {string} */
    ReportFormat: 'json' | 'csv' | 'md' | 'html';
    /** @enum {string} */
    ReportTable:
      | 'overdue'
      | 'assistance'
      | 'progress'
      | 'pillars'
      | 'frameworks'
      | 'groups'
      | 'by-provider'
      | 'by-recipient'
      | 'by-pillar'
      | 'by-kind'
      | 'by-year';
    ProblemFieldError: {
      /**
       * @description The field: a body path (`amount.currency`, `adoptingStates[1]`), a query parameter, `path:<name>` or `header:<Name>`; empty when a rule concerns the whole command.
       * @example adoptedOn
       */
      field: string;
      /** @example adoptedOn must be a calendar date (YYYY-MM-DD) */
      message: string;
      /**
       * @description The stable name of the domain rule (422 only), e.g. `state-not-assigned`.
       * @example date-before-adoption
       */
      rule?: string;
    };
    /** @description RFC 9457 problem details (application/problem+json); extension members may follow. */
    Problem: {
      /**
       * @description A URI reference naming the kind of problem (`/problems/<slug>`, listed in the README).
       * @example /problems/invalid-input
       */
      type: string;
      /** @example Invalid input */
      title: string;
      /** @example 400 */
      status: number;
      /** @example 1 field(s) are invalid: adoptedOn */
      detail?: string;
      /**
       * @description The request path and query.
       * @example /frameworks
       */
      instance?: string;
      /** @description Every invalid field (400) or every broken rule (422), not only the first. */
      errors?: components['schemas']['ProblemFieldError'][];
      /**
       * @description The stable name of the broken domain rule, when a single rule was broken.
       * @example date-before-adoption
       */
      rule?: string;
      /**
       * @description 503 read-model-behind: the position the client asked to read after.
       * @example 120
       */
      requestedPosition?: string;
      /**
       * @description 503 read-model-behind: the position the read models had reached.
       * @example 118
       */
      checkpoint?: string;
    } & {
      [key: string]: unknown;
    };
    AssignmentState: {
      /**
       * Format: date
       * @description Day of the (latest) assignment. YYYY-MM-DD.
       * @example 2019-07-01
       */
      assignedOn: string;
      /**
       * Format: date
       * @description Due date. YYYY-MM-DD.
       * @example 2021-12-31
       */
      dueOn: string;
      /**
       * @description Latest reported status.
       * @example not-started
       * @enum {string}
       */
      status: 'not-started' | 'in-progress' | 'blocked' | 'completed';
      /**
       * Format: date
       * @description Day of the latest progress report. YYYY-MM-DD.
       * @example 2020-06-30
       */
      lastReportedOn?: string;
    };
    /** @description Who, when, through which command; more keys may follow. */
    EventMetadata: {
      /**
       * @description The verified token subject.
       * @example unoct-admin
       */
      actor: string;
      /** @example adopt-dushanbe-2019 */
      commandId: string;
      /** @example b3c7f1f6-2f0e-4b8e-9a65-1f0b1c2d3e4f */
      correlationId: string;
      /** @example adopt-dushanbe-2019 */
      causationId: string;
      /**
       * Format: date-time
       * @example 2024-06-30T10:00:00.000Z
       */
      recordedAt: string;
      /** @example 1 */
      schemaVersion: number;
      /** @example AdoptDeclaration */
      command?: string;
    } & {
      [key: string]: unknown;
    };
    AuditEvent: {
      /** Format: uuid */
      eventId: string;
      /** @example DeclarationAdopted */
      type: string;
      /** @example 1 */
      schemaVersion: number;
      /** @example framework-dushanbe-declaration-2019 */
      streamName: string;
      /**
       * @description Revision in its stream.
       * @example 42
       */
      revision: string;
      /**
       * @description Global position.
       * @example 42
       */
      position: string;
      /** @description The event as recorded. */
      data: {
        [key: string]: unknown;
      };
      metadata: components['schemas']['EventMetadata'];
    };
    AuditEventPage: {
      items: components['schemas']['AuditEvent'][];
      /** @description Pass as `after` for the next page; null when this page reached the end. */
      next: string | null;
    };
    /** @description A report as JSON. Every kind has these fields; the rest is described by its JSON Schema in libs/application/src/reports/schemas/<report>.schema.json. */
    Report: {
      /** @enum {string} */
      report: 'state-scorecard' | 'regional-overview' | 'framework-progress' | 'assistance';
      /** @example 1 */
      schemaVersion: number;
      /** @example State scorecard: Tajikistan */
      title: string;
      /**
       * Format: date
       * @description The day the report is about. YYYY-MM-DD.
       * @example 2026-11-28
       */
      asOf: string;
      /** Format: date-time */
      generatedAt: string;
      /** @description Every read model had applied the log up to here. */
      readModelPosition: string;
    } & {
      [key: string]: unknown;
    };
  };
  responses: {
    /** @description Invalid input: `errors` names every bad field (body, query, `path:`, `header:`). */
    Problem400: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "type": "/problems/invalid-input",
         *       "title": "Invalid input",
         *       "status": 400,
         *       "detail": "1 field(s) are invalid: adoptedOn",
         *       "instance": "/frameworks",
         *       "errors": [
         *         {
         *           "field": "adoptedOn",
         *           "message": "adoptedOn must be a calendar date (YYYY-MM-DD)"
         *         }
         *       ]
         *     }
         */
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description No valid bearer token. */
    Problem401: {
      headers: {
        /** @description The scheme to use. */
        'WWW-Authenticate'?: string;
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "type": "/problems/unauthenticated",
         *       "title": "Authentication required",
         *       "status": 401,
         *       "detail": "A bearer token is required (Authorization: Bearer <token>)"
         *     }
         */
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description The caller's roles or States do not cover this request. */
    Problem403: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "type": "/problems/forbidden",
         *       "title": "Forbidden",
         *       "status": 403,
         *       "detail": "requires role auditor"
         *     }
         */
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description Unknown id. */
    Problem404: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "type": "/problems/not-found",
         *       "title": "Not found",
         *       "status": 404,
         *       "detail": "deliverable criminalise-tf does not exist"
         *     }
         */
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description The record kept changing while the command was decided; nothing was recorded. Retry with the same Idempotency-Key. */
    Problem409: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "type": "/problems/concurrency-conflict",
         *       "title": "The record changed while the command was decided",
         *       "status": 409
         *     }
         */
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description The body is over 256 kB, or the answer would be too large to compute. */
    Problem413: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "type": "/problems/payload-too-large",
         *       "title": "Payload too large",
         *       "status": 413
         *     }
         */
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description A rule of the domain forbids the command (`errors[].rule` is stable), or an Idempotency-Key was reused for another command. Nothing was recorded. */
    Problem422: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "type": "/problems/domain-rule-violated",
         *       "title": "A rule of the domain forbids this command",
         *       "status": 422,
         *       "detail": "reportedOn is before the deliverable was assigned to TJ",
         *       "errors": [
         *         {
         *           "field": "reportedOn",
         *           "message": "reportedOn is before the assignment",
         *           "rule": "report-before-assignment"
         *         }
         *       ]
         *     }
         */
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description Too many requests from this client address. */
    Problem429: {
      headers: {
        /** @description Seconds to wait before retrying. */
        'Retry-After'?: number;
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "type": "/problems/rate-limited",
         *       "title": "Too many requests",
         *       "status": 429
         *     }
         */
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description The event store cannot write now (nothing was recorded), or the read models have not reached `minPosition` in time. */
    Problem503: {
      headers: {
        /** @description Seconds to wait before retrying. */
        'Retry-After'?: number;
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "type": "/problems/read-model-behind",
         *       "title": "The read models have not reached the requested position yet",
         *       "status": 503,
         *       "requestedPosition": "120",
         *       "checkpoint": "118"
         *     }
         */
        'application/problem+json': components['schemas']['Problem'];
      };
    };
  };
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  frameworks_adopt: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the same key answers the original result with `replayed: true` and records nothing. */
        'Idempotency-Key'?: string;
        /** @description The command or event that caused this one; defaults to the command id. */
        'X-Causation-Id'?: string;
        /** @description Ties the events of one request or batch together; echoed in the answer. Generated when absent. */
        'X-Correlation-Id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AdoptDeclarationDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      201: {
        headers: {
          /** @description The correlation id of this request. */
          'X-Correlation-Id'?: string;
          /** @description Where the new record is read. */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      404: components['responses']['Problem404'];
      409: components['responses']['Problem409'];
      413: components['responses']['Problem413'];
      422: components['responses']['Problem422'];
      429: components['responses']['Problem429'];
      503: components['responses']['Problem503'];
    };
  };
  frameworks_revise: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the same key answers the original result with `replayed: true` and records nothing. */
        'Idempotency-Key'?: string;
        /** @description The command or event that caused this one; defaults to the command id. */
        'X-Causation-Id'?: string;
        /** @description Ties the events of one request or batch together; echoed in the answer. Generated when absent. */
        'X-Correlation-Id'?: string;
      };
      path: {
        /** @description The framework. A slug: 3-64 lowercase letters, digits or hyphens. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReviseFrameworkDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      201: {
        headers: {
          /** @description The correlation id of this request. */
          'X-Correlation-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      404: components['responses']['Problem404'];
      409: components['responses']['Problem409'];
      413: components['responses']['Problem413'];
      422: components['responses']['Problem422'];
      429: components['responses']['Problem429'];
      503: components['responses']['Problem503'];
    };
  };
  frameworks_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The framework. A slug: 3-64 lowercase letters, digits or hyphens. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description The correlation id of this request. */
          'X-Correlation-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FrameworkView'];
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      404: components['responses']['Problem404'];
      429: components['responses']['Problem429'];
      503: components['responses']['Problem503'];
    };
  };
  processes_launch: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the same key answers the original result with `replayed: true` and records nothing. */
        'Idempotency-Key'?: string;
        /** @description The command or event that caused this one; defaults to the command id. */
        'X-Causation-Id'?: string;
        /** @description Ties the events of one request or batch together; echoed in the answer. Generated when absent. */
        'X-Correlation-Id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LaunchProcessDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      201: {
        headers: {
          /** @description The correlation id of this request. */
          'X-Correlation-Id'?: string;
          /** @description Where the new record is read. */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      404: components['responses']['Problem404'];
      409: components['responses']['Problem409'];
      413: components['responses']['Problem413'];
      422: components['responses']['Problem422'];
      429: components['responses']['Problem429'];
      503: components['responses']['Problem503'];
    };
  };
  processes_holdConference: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the same key answers the original result with `replayed: true` and records nothing. */
        'Idempotency-Key'?: string;
        /** @description The command or event that caused this one; defaults to the command id. */
        'X-Causation-Id'?: string;
        /** @description Ties the events of one request or batch together; echoed in the answer. Generated when absent. */
        'X-Correlation-Id'?: string;
      };
      path: {
        /** @description The process. A slug: 3-64 lowercase letters, digits or hyphens. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['HoldConferenceDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      201: {
        headers: {
          /** @description The correlation id of this request. */
          'X-Correlation-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      404: components['responses']['Problem404'];
      409: components['responses']['Problem409'];
      413: components['responses']['Problem413'];
      422: components['responses']['Problem422'];
      429: components['responses']['Problem429'];
      503: components['responses']['Problem503'];
    };
  };
  processes_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The process. A slug: 3-64 lowercase letters, digits or hyphens. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description The correlation id of this request. */
          'X-Correlation-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProcessView'];
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      404: components['responses']['Problem404'];
      429: components['responses']['Problem429'];
      503: components['responses']['Problem503'];
    };
  };
  deliverables_define: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the same key answers the original result with `replayed: true` and records nothing. */
        'Idempotency-Key'?: string;
        /** @description The command or event that caused this one; defaults to the command id. */
        'X-Causation-Id'?: string;
        /** @description Ties the events of one request or batch together; echoed in the answer. Generated when absent. */
        'X-Correlation-Id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DefineDeliverableDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      201: {
        headers: {
          /** @description The correlation id of this request. */
          'X-Correlation-Id'?: string;
          /** @description Where the new record is read. */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      404: components['responses']['Problem404'];
      409: components['responses']['Problem409'];
      413: components['responses']['Problem413'];
      422: components['responses']['Problem422'];
      429: components['responses']['Problem429'];
      503: components['responses']['Problem503'];
    };
  };
  deliverables_assign: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the same key answers the original result with `replayed: true` and records nothing. */
        'Idempotency-Key'?: string;
        /** @description The command or event that caused this one; defaults to the command id. */
        'X-Causation-Id'?: string;
        /** @description Ties the events of one request or batch together; echoed in the answer. Generated when absent. */
        'X-Correlation-Id'?: string;
      };
      path: {
        /** @description The deliverable. A slug: 3-64 lowercase letters, digits or hyphens. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssignDeliverableDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      201: {
        headers: {
          /** @description The correlation id of this request. */
          'X-Correlation-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      404: components['responses']['Problem404'];
      409: components['responses']['Problem409'];
      413: components['responses']['Problem413'];
      422: components['responses']['Problem422'];
      429: components['responses']['Problem429'];
      503: components['responses']['Problem503'];
    };
  };
  deliverables_reportProgress: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the same key answers the original result with `replayed: true` and records nothing. */
        'Idempotency-Key'?: string;
        /** @description The command or event that caused this one; defaults to the command id. */
        'X-Causation-Id'?: string;
        /** @description Ties the events of one request or batch together; echoed in the answer. Generated when absent. */
        'X-Correlation-Id'?: string;
      };
      path: {
        /** @description The deliverable. A slug: 3-64 lowercase letters, digits or hyphens. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReportProgressDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      201: {
        headers: {
          /** @description The correlation id of this request. */
          'X-Correlation-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      404: components['responses']['Problem404'];
      409: components['responses']['Problem409'];
      413: components['responses']['Problem413'];
      422: components['responses']['Problem422'];
      429: components['responses']['Problem429'];
      503: components['responses']['Problem503'];
    };
  };
  deliverables_cancel: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the same key answers the original result with `replayed: true` and records nothing. */
        'Idempotency-Key'?: string;
        /** @description The command or event that caused this one; defaults to the command id. */
        'X-Causation-Id'?: string;
        /** @description Ties the events of one request or batch together; echoed in the answer. Generated when absent. */
        'X-Correlation-Id'?: string;
      };
      path: {
        /** @description The deliverable. A slug: 3-64 lowercase letters, digits or hyphens. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CancelDeliverableDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      201: {
        headers: {
          /** @description The correlation id of this request. */
          'X-Correlation-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      404: components['responses']['Problem404'];
      409: components['responses']['Problem409'];
      413: components['responses']['Problem413'];
      422: components['responses']['Problem422'];
      429: components['responses']['Problem429'];
      503: components['responses']['Problem503'];
    };
  };
  deliverables_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The deliverable. A slug: 3-64 lowercase letters, digits or hyphens. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description The correlation id of this request. */
          'X-Correlation-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliverableView'];
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      404: components['responses']['Problem404'];
      429: components['responses']['Problem429'];
      503: components['responses']['Problem503'];
    };
  };
  assistance_provide: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the same key answers the original result with `replayed: true` and records nothing. */
        'Idempotency-Key'?: string;
        /** @description The command or event that caused this one; defaults to the command id. */
        'X-Causation-Id'?: string;
        /** @description Ties the events of one request or batch together; echoed in the answer. Generated when absent. */
        'X-Correlation-Id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProvideAssistanceDto'];
      };
    };
    responses: {
      /** @description Recorded. */
      201: {
        headers: {
          /** @description The correlation id of this request. */
          'X-Correlation-Id'?: string;
          /** @description Where the new record is read. */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      404: components['responses']['Problem404'];
      409: components['responses']['Problem409'];
      413: components['responses']['Problem413'];
      422: components['responses']['Problem422'];
      429: components['responses']['Problem429'];
      503: components['responses']['Problem503'];
    };
  };
  assistance_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The assistance record. A slug: 3-64 lowercase letters, digits or hyphens. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description The correlation id of this request. */
          'X-Correlation-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssistanceView'];
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      404: components['responses']['Problem404'];
      429: components['responses']['Problem429'];
      503: components['responses']['Problem503'];
    };
  };
  operations_live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Liveness'];
        };
      };
      429: components['responses']['Problem429'];
    };
  };
  operations_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Readiness'];
        };
      };
      429: components['responses']['Problem429'];
      /** @description Not ready. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Readiness'];
        };
      };
    };
  };
  operations_health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthDetail'];
        };
      };
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      429: components['responses']['Problem429'];
      /** @description Not ready. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthDetail'];
        };
      };
    };
  };
  operations_metricsText: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Prometheus text format 0.0.4. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      429: components['responses']['Problem429'];
    };
  };
  audit_log: {
    parameters: {
      query?: {
        /** @description Events strictly after this global position (the `next` of the previous page). */
        after?: string;
        /** @description Events per page (json only). */
        limit?: number;
        /** @description Event types to keep; repeat the parameter for several (`type=A&type=B`). */
        type?: string[];
        /** @description Only events this token subject recorded. */
        actor?: string;
        /** @description Only events of this request or batch. */
        correlationId?: string;
        /** @description Recorded at or after: an ISO 8601 date or instant, from 1990-01-01 to today + 10 years. */
        since?: string;
        /** @description Recorded before: an ISO 8601 date or instant (a date means the start of that day). */
        until?: string;
        /** @description `json`: a page (`limit`, `after`); `jsonl`: every matching event as JSON Lines, for export. */
        format?: components['schemas']['HistoryFormat'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description `format=json` (default): one page; `format=jsonl`: every matching event, one JSON object a line. */
      200: {
        headers: {
          /** @description The correlation id of this request. */
          'X-Correlation-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEventPage'];
          'application/x-ndjson': string;
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      429: components['responses']['Problem429'];
      503: components['responses']['Problem503'];
    };
  };
  audit_stream: {
    parameters: {
      query?: {
        /** @description Events strictly after this global position (the `next` of the previous page). */
        after?: string;
        /** @description Events per page (json only). */
        limit?: number;
        /** @description Event types to keep; repeat the parameter for several (`type=A&type=B`). */
        type?: string[];
        /** @description Only events this token subject recorded. */
        actor?: string;
        /** @description Only events of this request or batch. */
        correlationId?: string;
        /** @description Recorded at or after: an ISO 8601 date or instant, from 1990-01-01 to today + 10 years. */
        since?: string;
        /** @description Recorded before: an ISO 8601 date or instant (a date means the start of that day). */
        until?: string;
        /** @description `json`: a page (`limit`, `after`); `jsonl`: every matching event as JSON Lines, for export. */
        format?: components['schemas']['HistoryFormat'];
      };
      header?: never;
      path: {
        /** @description `<category>-<id>`, e.g. `deliverable-criminalise-tf`. */
        streamName: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description `format=json` (default): one page; `format=jsonl`: every matching event, one JSON object a line. */
      200: {
        headers: {
          /** @description The correlation id of this request. */
          'X-Correlation-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEventPage'];
          'application/x-ndjson': string;
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      429: components['responses']['Problem429'];
      503: components['responses']['Problem503'];
    };
  };
  audit_state: {
    parameters: {
      query?: {
        /** @description Events strictly after this global position (the `next` of the previous page). */
        after?: string;
        /** @description Events per page (json only). */
        limit?: number;
        /** @description Event types to keep; repeat the parameter for several (`type=A&type=B`). */
        type?: string[];
        /** @description Only events this token subject recorded. */
        actor?: string;
        /** @description Only events of this request or batch. */
        correlationId?: string;
        /** @description Recorded at or after: an ISO 8601 date or instant, from 1990-01-01 to today + 10 years. */
        since?: string;
        /** @description Recorded before: an ISO 8601 date or instant (a date means the start of that day). */
        until?: string;
        /** @description `json`: a page (`limit`, `after`); `jsonl`: every matching event as JSON Lines, for export. */
        format?: components['schemas']['HistoryFormat'];
      };
      header?: never;
      path: {
        /** @description ISO 3166-1 alpha-2 code (officially assigned). */
        stateCode: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description `format=json` (default): one page; `format=jsonl`: every matching event, one JSON object a line. */
      200: {
        headers: {
          /** @description The correlation id of this request. */
          'X-Correlation-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEventPage'];
          'application/x-ndjson': string;
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      429: components['responses']['Problem429'];
      503: components['responses']['Problem503'];
    };
  };
  audit_deliverable: {
    parameters: {
      query?: {
        /** @description Events strictly after this global position (the `next` of the previous page). */
        after?: string;
        /** @description Events per page (json only). */
        limit?: number;
        /** @description Event types to keep; repeat the parameter for several (`type=A&type=B`). */
        type?: string[];
        /** @description Only events this token subject recorded. */
        actor?: string;
        /** @description Only events of this request or batch. */
        correlationId?: string;
        /** @description Recorded at or after: an ISO 8601 date or instant, from 1990-01-01 to today + 10 years. */
        since?: string;
        /** @description Recorded before: an ISO 8601 date or instant (a date means the start of that day). */
        until?: string;
        /** @description `json`: a page (`limit`, `after`); `jsonl`: every matching event as JSON Lines, for export. */
        format?: components['schemas']['HistoryFormat'];
      };
      header?: never;
      path: {
        /** @description The deliverable. A slug: 3-64 lowercase letters, digits or hyphens. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description `format=json` (default): one page; `format=jsonl`: every matching event, one JSON object a line. */
      200: {
        headers: {
          /** @description The correlation id of this request. */
          'X-Correlation-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEventPage'];
          'application/x-ndjson': string;
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      429: components['responses']['Problem429'];
      503: components['responses']['Problem503'];
    };
  };
  audit_correlation: {
    parameters: {
      query?: {
        /** @description Events strictly after this global position (the `next` of the previous page). */
        after?: string;
        /** @description Events per page (json only). */
        limit?: number;
        /** @description Event types to keep; repeat the parameter for several (`type=A&type=B`). */
        type?: string[];
        /** @description Only events this token subject recorded. */
        actor?: string;
        /** @description Only events of this request or batch. */
        correlationId?: string;
        /** @description Recorded at or after: an ISO 8601 date or instant, from 1990-01-01 to today + 10 years. */
        since?: string;
        /** @description Recorded before: an ISO 8601 date or instant (a date means the start of that day). */
        until?: string;
        /** @description `json`: a page (`limit`, `after`); `jsonl`: every matching event as JSON Lines, for export. */
        format?: components['schemas']['HistoryFormat'];
      };
      header?: never;
      path: {
        /** @description The X-Correlation-Id of the request or batch. */
        correlationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description `format=json` (default): one page; `format=jsonl`: every matching event, one JSON object a line. */
      200: {
        headers: {
          /** @description The correlation id of this request. */
          'X-Correlation-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEventPage'];
          'application/x-ndjson': string;
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      429: components['responses']['Problem429'];
      503: components['responses']['Problem503'];
    };
  };
  audit_verify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description The correlation id of this request. */
          'X-Correlation-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VerificationReport'];
        };
      };
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      429: components['responses']['Problem429'];
      503: components['responses']['Problem503'];
    };
  };
  audit_scorecardAsOf: {
    parameters: {
      query?: {
        /** @description Cut at the end of this day (UTC), from 1990-01-01 to today + 10 years. Give exactly one of `date` or `position`. YYYY-MM-DD. */
        date?: string;
        /** @description Cut at this global position (at most the head of the log). Give exactly one of `date` or `position`. */
        position?: string;
        /** @description Rows per page. */
        limit?: number;
        /** @description Rows to skip. */
        offset?: number;
        /** @description Only this State. ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ. */
        state?: string;
        /** @description Only this framework. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit. */
        framework?: string;
        /** @description Only this pillar. */
        pillar?: components['schemas']['Pillar'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description The correlation id of this request. */
          'X-Correlation-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AsOfScorecard'];
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      413: components['responses']['Problem413'];
      429: components['responses']['Problem429'];
      503: components['responses']['Problem503'];
    };
  };
  audit_deliverableAsOf: {
    parameters: {
      query?: {
        /** @description Cut at the end of this day (UTC), from 1990-01-01 to today + 10 years. Give exactly one of `date` or `position`. YYYY-MM-DD. */
        date?: string;
        /** @description Cut at this global position (at most the head of the log). Give exactly one of `date` or `position`. */
        position?: string;
      };
      header?: never;
      path: {
        /** @description The deliverable. A slug: 3-64 lowercase letters, digits or hyphens. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description The correlation id of this request. */
          'X-Correlation-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AsOfDeliverable'];
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      404: components['responses']['Problem404'];
      413: components['responses']['Problem413'];
      429: components['responses']['Problem429'];
      503: components['responses']['Problem503'];
    };
  };
  readModels_scorecards: {
    parameters: {
      query?: {
        /** @description The `position` of a command's answer: the query waits (bounded) until the read models include it, else 503. */
        minPosition?: string;
        /** @description Rows per page. */
        limit?: number;
        /** @description Rows to skip. */
        offset?: number;
        /** @description Only this State. ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ. */
        state?: string;
        /** @description Only this framework. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit. */
        framework?: string;
        /** @description Only this pillar. */
        pillar?: components['schemas']['Pillar'];
        /** @description The day overdue is judged against, from 1990-01-01 to today + 10 years; default today (UTC), echoed in the answer. YYYY-MM-DD. */
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description The read models reflect the log at least up to this position. */
          'X-Read-Model-Position'?: string;
          /** @description The correlation id of this request. */
          'X-Correlation-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Scorecard'];
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      429: components['responses']['Problem429'];
      503: components['responses']['Problem503'];
    };
  };
  readModels_assistanceReceived: {
    parameters: {
      query?: {
        /** @description The `position` of a command's answer: the query waits (bounded) until the read models include it, else 503. */
        minPosition?: string;
        /** @description Only this recipient State. ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ. */
        state?: string;
        /** @description Only this pillar. */
        pillar?: components['schemas']['Pillar'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description The read models reflect the log at least up to this position. */
          'X-Read-Model-Position'?: string;
          /** @description The correlation id of this request. */
          'X-Correlation-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssistanceReceived'][];
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      429: components['responses']['Problem429'];
      503: components['responses']['Problem503'];
    };
  };
  readModels_deliverables: {
    parameters: {
      query?: {
        /** @description The `position` of a command's answer: the query waits (bounded) until the read models include it, else 503. */
        minPosition?: string;
        /** @description Rows per page. */
        limit?: number;
        /** @description Rows to skip. */
        offset?: number;
        /** @description Only this framework. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit. */
        framework?: string;
        /** @description Only this pillar. */
        pillar?: components['schemas']['Pillar'];
        /** @description Only this thematic area, exactly as recorded. */
        thematicArea?: string;
        /** @description Only deliverables assigned to this State. ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ. */
        state?: string;
        /** @description Only assignments with this status. */
        status?: components['schemas']['ProgressStatus'];
        /** @description Include cancelled deliverables (`true` or `false`). */
        includeCancelled?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description The read models reflect the log at least up to this position. */
          'X-Read-Model-Position'?: string;
          /** @description The correlation id of this request. */
          'X-Correlation-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrackedDeliverablePage'];
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      429: components['responses']['Problem429'];
      503: components['responses']['Problem503'];
    };
  };
  readModels_deliverable: {
    parameters: {
      query?: {
        /** @description The `position` of a command's answer: the query waits (bounded) until the read models include it, else 503. */
        minPosition?: string;
        /** @description Only this State's assignment and reports. ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ. */
        state?: string;
      };
      header?: never;
      path: {
        /** @description The deliverable. A slug: 3-64 lowercase letters, digits or hyphens. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description The read models reflect the log at least up to this position. */
          'X-Read-Model-Position'?: string;
          /** @description The correlation id of this request. */
          'X-Correlation-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrackedDeliverableDetail'];
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      404: components['responses']['Problem404'];
      429: components['responses']['Problem429'];
      503: components['responses']['Problem503'];
    };
  };
  readModels_assistance: {
    parameters: {
      query?: {
        /** @description The `position` of a command's answer: the query waits (bounded) until the read models include it, else 503. */
        minPosition?: string;
        /** @description Rows per page. */
        limit?: number;
        /** @description Rows to skip. */
        offset?: number;
        /** @description The providing UN entity or partner, exactly as recorded. */
        provider?: string;
        /** @description The recipient State. ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ. */
        recipientState?: string;
        /** @description Pillar of the UN Global Counter-Terrorism Strategy. */
        pillar?: components['schemas']['Pillar'];
        /** @description Kind of assistance. */
        kind?: components['schemas']['AssistanceKind'];
        /** @description Only assistance supporting this deliverable. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit. */
        deliverableId?: string;
        /** @description Only periods ending on or after this day. YYYY-MM-DD. */
        periodFrom?: string;
        /** @description Only periods starting on or before this day. YYYY-MM-DD. */
        periodTo?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description The read models reflect the log at least up to this position. */
          'X-Read-Model-Position'?: string;
          /** @description The correlation id of this request. */
          'X-Correlation-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssistanceRecordPage'];
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      429: components['responses']['Problem429'];
      503: components['responses']['Problem503'];
    };
  };
  readModels_assistanceSummary: {
    parameters: {
      query?: {
        /** @description The `position` of a command's answer: the query waits (bounded) until the read models include it, else 503. */
        minPosition?: string;
        /** @description Rows per page. */
        limit?: number;
        /** @description Rows to skip. */
        offset?: number;
        /** @description The providing UN entity or partner, exactly as recorded. */
        provider?: string;
        /** @description The recipient State. ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ. */
        recipientState?: string;
        /** @description Pillar of the UN Global Counter-Terrorism Strategy. */
        pillar?: components['schemas']['Pillar'];
        /** @description Kind of assistance. */
        kind?: components['schemas']['AssistanceKind'];
        /** @description Only assistance supporting this deliverable. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit. */
        deliverableId?: string;
        /** @description Only periods ending on or after this day. YYYY-MM-DD. */
        periodFrom?: string;
        /** @description Only periods starting on or before this day. YYYY-MM-DD. */
        periodTo?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description The read models reflect the log at least up to this position. */
          'X-Read-Model-Position'?: string;
          /** @description The correlation id of this request. */
          'X-Correlation-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssistanceSummary'];
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      429: components['responses']['Problem429'];
      503: components['responses']['Problem503'];
    };
  };
  readModels_timeline: {
    parameters: {
      query?: {
        /** @description The `position` of a command's answer: the query waits (bounded) until the read models include it, else 503. */
        minPosition?: string;
        /** @description Only what concerns this State. ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ. */
        state?: string;
        /** @description Only what concerns this framework. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit. */
        framework?: string;
        /** @description Only what this token subject recorded. */
        actor?: string;
        /** @description Only this event type. */
        type?: string;
        /** @description The `nextCursor` of the previous page. */
        cursor?: string;
        /** @description Entries per page. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description The read models reflect the log at least up to this position. */
          'X-Read-Model-Position'?: string;
          /** @description The correlation id of this request. */
          'X-Correlation-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActivityPage'];
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      429: components['responses']['Problem429'];
      503: components['responses']['Problem503'];
    };
  };
  readModels_frameworks: {
    parameters: {
      query?: {
        /** @description The `position` of a command's answer: the query waits (bounded) until the read models include it, else 503. */
        minPosition?: string;
        /** @description Rows per page. */
        limit?: number;
        /** @description Rows to skip. */
        offset?: number;
        /** @description Only this kind. */
        kind?: components['schemas']['FrameworkKind'];
        /** @description Only frameworks this State adopted. ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ. */
        state?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description The read models reflect the log at least up to this position. */
          'X-Read-Model-Position'?: string;
          /** @description The correlation id of this request. */
          'X-Correlation-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CatalogueFrameworkPage'];
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      429: components['responses']['Problem429'];
      503: components['responses']['Problem503'];
    };
  };
  readModels_processes: {
    parameters: {
      query?: {
        /** @description The `position` of a command's answer: the query waits (bounded) until the read models include it, else 503. */
        minPosition?: string;
        /** @description Rows per page. */
        limit?: number;
        /** @description Rows to skip. */
        offset?: number;
        /** @description Only processes supporting this framework. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit. */
        framework?: string;
        /** @description Only processes this State participates in. ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ. */
        state?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description The read models reflect the log at least up to this position. */
          'X-Read-Model-Position'?: string;
          /** @description The correlation id of this request. */
          'X-Correlation-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CatalogueProcessPage'];
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      429: components['responses']['Problem429'];
      503: components['responses']['Problem503'];
    };
  };
  reports_stateScorecard: {
    parameters: {
      query?: {
        /** @description The day the report is about, from 1990-01-01 to today + 10 years; default today (UTC), echoed in the report and `X-Report-As-Of`. YYYY-MM-DD. */
        asOf?: string;
        /** @description The answer: JSON, CSV (one table), Markdown or a self-contained HTML page. */
        format?: components['schemas']['ReportFormat'];
        /** @description CSV only: which table; default the report's main table. Each report has some of them. */
        table?: components['schemas']['ReportTable'];
      };
      header?: never;
      path: {
        /** @description ISO 3166-1 alpha-2 code (officially assigned). */
        stateCode: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report, in the format asked for with `format=`. */
      200: {
        headers: {
          /** @description The day the report is about. */
          'X-Report-As-Of'?: string;
          /** @description The read models reflect the log at least up to this position. */
          'X-Read-Model-Position'?: string;
          /** @description The file name of the report. */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Report'];
          'text/csv': string;
          'text/markdown': string;
          'text/html': string;
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      413: components['responses']['Problem413'];
      429: components['responses']['Problem429'];
    };
  };
  reports_regionalOverview: {
    parameters: {
      query?: {
        /** @description The day the report is about, from 1990-01-01 to today + 10 years; default today (UTC), echoed in the report and `X-Report-As-Of`. YYYY-MM-DD. */
        asOf?: string;
        /** @description The answer: JSON, CSV (one table), Markdown or a self-contained HTML page. */
        format?: components['schemas']['ReportFormat'];
        /** @description CSV only: which table; default the report's main table. Each report has some of them. */
        table?: components['schemas']['ReportTable'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report, in the format asked for with `format=`. */
      200: {
        headers: {
          /** @description The day the report is about. */
          'X-Report-As-Of'?: string;
          /** @description The read models reflect the log at least up to this position. */
          'X-Read-Model-Position'?: string;
          /** @description The file name of the report. */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Report'];
          'text/csv': string;
          'text/markdown': string;
          'text/html': string;
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      413: components['responses']['Problem413'];
      429: components['responses']['Problem429'];
    };
  };
  reports_frameworkProgress: {
    parameters: {
      query?: {
        /** @description The day the report is about, from 1990-01-01 to today + 10 years; default today (UTC), echoed in the report and `X-Report-As-Of`. YYYY-MM-DD. */
        asOf?: string;
        /** @description The answer: JSON, CSV (one table), Markdown or a self-contained HTML page. */
        format?: components['schemas']['ReportFormat'];
        /** @description CSV only: which table; default the report's main table. Each report has some of them. */
        table?: components['schemas']['ReportTable'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report, in the format asked for with `format=`. */
      200: {
        headers: {
          /** @description The day the report is about. */
          'X-Report-As-Of'?: string;
          /** @description The read models reflect the log at least up to this position. */
          'X-Read-Model-Position'?: string;
          /** @description The file name of the report. */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Report'];
          'text/csv': string;
          'text/markdown': string;
          'text/html': string;
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      413: components['responses']['Problem413'];
      429: components['responses']['Problem429'];
    };
  };
  reports_oneFrameworkProgress: {
    parameters: {
      query?: {
        /** @description The day the report is about, from 1990-01-01 to today + 10 years; default today (UTC), echoed in the report and `X-Report-As-Of`. YYYY-MM-DD. */
        asOf?: string;
        /** @description The answer: JSON, CSV (one table), Markdown or a self-contained HTML page. */
        format?: components['schemas']['ReportFormat'];
        /** @description CSV only: which table; default the report's main table. Each report has some of them. */
        table?: components['schemas']['ReportTable'];
      };
      header?: never;
      path: {
        /** @description The framework. A slug: 3-64 lowercase letters, digits or hyphens. */
        frameworkId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report, in the format asked for with `format=`. */
      200: {
        headers: {
          /** @description The day the report is about. */
          'X-Report-As-Of'?: string;
          /** @description The read models reflect the log at least up to this position. */
          'X-Read-Model-Position'?: string;
          /** @description The file name of the report. */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Report'];
          'text/csv': string;
          'text/markdown': string;
          'text/html': string;
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      404: components['responses']['Problem404'];
      413: components['responses']['Problem413'];
      429: components['responses']['Problem429'];
    };
  };
  reports_assistance: {
    parameters: {
      query?: {
        /** @description The day the report is about, from 1990-01-01 to today + 10 years; default today (UTC), echoed in the report and `X-Report-As-Of`. YYYY-MM-DD. */
        asOf?: string;
        /** @description The answer: JSON, CSV (one table), Markdown or a self-contained HTML page. */
        format?: components['schemas']['ReportFormat'];
        /** @description CSV only: which table; default the report's main table. Each report has some of them. */
        table?: components['schemas']['ReportTable'];
        /** @description The providing UN entity or partner, exactly as recorded. */
        provider?: string;
        /** @description The recipient State. ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ. */
        recipientState?: string;
        /** @description Pillar of the UN Global Counter-Terrorism Strategy. */
        pillar?: components['schemas']['Pillar'];
        /** @description Kind of assistance. */
        kind?: components['schemas']['AssistanceKind'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report, in the format asked for with `format=`. */
      200: {
        headers: {
          /** @description The day the report is about. */
          'X-Report-As-Of'?: string;
          /** @description The read models reflect the log at least up to this position. */
          'X-Read-Model-Position'?: string;
          /** @description The file name of the report. */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Report'];
          'text/csv': string;
          'text/markdown': string;
          'text/html': string;
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      413: components['responses']['Problem413'];
      429: components['responses']['Problem429'];
    };
  };
  reports_assistanceIati: {
    parameters: {
      query?: {
        /** @description The providing UN entity or partner, exactly as recorded. */
        provider?: string;
        /** @description The recipient State. ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ. */
        recipientState?: string;
        /** @description Pillar of the UN Global Counter-Terrorism Strategy. */
        pillar?: components['schemas']['Pillar'];
        /** @description Kind of assistance. */
        kind?: components['schemas']['AssistanceKind'];
        /** @description The day the report is about, from 1990-01-01 to today + 10 years; default today (UTC), echoed in the report and `X-Report-As-Of`. YYYY-MM-DD. */
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description IATI activity XML 2.03, one iati-activity per assistance record. */
      200: {
        headers: {
          /** @description The day the report is about. */
          'X-Report-As-Of'?: string;
          /** @description The read models reflect the log at least up to this position. */
          'X-Read-Model-Position'?: string;
          /** @description The file name of the report. */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/xml': string;
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      413: components['responses']['Problem413'];
      429: components['responses']['Problem429'];
    };
  };
}
