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
    /** Assign (or re-assign) the deliverable to a State (stateCode) or a regional mechanism of the organisations catalogue (mechanismId: its members and reporting rule are recorded with it), with a lead agency and a due date (DeliverableAssigned). */
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
     * Report an assigned State's or regional mechanism's progress, with evidence (ProgressReported).
     * @description For a coordinator of that State, or programme staff. On a regional mechanism's assignment (`mechanismId`): programme staff always; a member State's coordinator (naming it in `reportingState`) only where the mechanism lets its member States report. The answer's `eventIds[0]` is the report's id: the `reportId` with which it is later corrected, withdrawn, validated or returned. Reports may be dated before earlier ones (a backfill); not from the assignment's completion on until it is reopened.
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
  '/deliverables/{id}/progress-reports/{reportId}/corrections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Correct a progress report: its new values (the full set) and why (ProgressReportCorrected).
     * @description A coordinator of the report's State while it is not validated (their correction resubmits it for review, also after a return); programme staff at any time (the review state is kept). A withdrawn report cannot be corrected. The event names the version it supersedes.
     */
    post: operations['deliverables_correctReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deliverables/{id}/progress-reports/{reportId}/withdrawal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Withdraw a progress report, with a reason (ProgressReportWithdrawn); its history stays.
     * @description A coordinator of the report's State while it is not validated; programme staff at any time.
     */
    post: operations['deliverables_withdrawReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deliverables/{id}/progress-reports/{reportId}/validation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Validate a submitted progress report (ProgressReportValidated).
     * @description Programme staff. Only a submitted report (not validated, returned or withdrawn).
     */
    post: operations['deliverables_validateReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deliverables/{id}/progress-reports/{reportId}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Return a submitted progress report for clarification, with a comment (ProgressReportReturned).
     * @description Programme staff. The coordinator's correction resubmits it.
     */
    post: operations['deliverables_returnReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deliverables/{id}/assignments/{stateCode}/reopening': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reopen a State's completed assignment, with a reason (AssignmentReopened).
     * @description Programme staff. From `reopenedOn` the assignment is in progress again, and reports may follow.
     */
    post: operations['deliverables_reopenAssignment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deliverables/{id}/assignments/{stateCode}/withdrawal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Withdraw one State's assignment or mark it not applicable (AssignmentWithdrawn).
     * @description Programme staff. From `withdrawnOn` that State's assignment stops counting; the other States are untouched and its history stays.
     */
    post: operations['deliverables_withdrawAssignment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deliverables/{id}/retirement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Retire the deliverable by a revision of its framework (DeliverableRetired).
     * @description Programme staff. `revision` is the `revisedOn` of one of the framework's revisions; the deliverable stops counting from that day and its history stays.
     */
    post: operations['deliverables_retire'];
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
     * Record assistance provided by a UN entity or partner to one or more States or a region (AssistanceProvided).
     * @description For programme-admin, or a coordinator covering every recipient State (a region without State shares: programme-admin only). `recipients` gives States with percentage shares (summing to 100) and/or a DAC region (619 Central Asia, regional) whose State shares sum to at most 100; legacy clients may send `recipientState` (that State at 100 %).
     */
    post: operations['assistance_provide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/assistance/{id}/amendments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Amend an assistance record: period end, value, disbursements as they happen (AssistanceAmended).
     * @description For programme-admin, or a coordinator covering every recipient State of the record. Only the fields given change; disbursements are added to those recorded. A reason is required and kept in the audit history.
     */
    post: operations['assistance_amend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/assistance/{id}/withdrawal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Withdraw an assistance record (AssistanceWithdrawn): it leaves every total, its history stays.
     * @description For programme-admin, or a coordinator covering every recipient State of the record.
     */
    post: operations['assistance_withdraw'];
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
    /** The State scorecard for a business day (asOf) as known at a record time (knownAt). */
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
    /** One deliverable's tracker entry for a business day (asOf) as known at a record time (knownAt). */
    get: operations['audit_deliverableAsOf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/as-of/assistance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The assistance ledger for a business day (asOf) as known at a record time (knownAt). */
    get: operations['audit_assistanceAsOf'];
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
  '/review-queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Progress reports awaiting review, oldest first, with their age in days.
     * @description Reports in review state `submitted` (not validated, returned or withdrawn), oldest submission first. programme-admin and auditor see every State; a coordinator the assignments of the States of their token and the regional reports those States sent (`reportingState`), but not those another member sent (asking for another State is a 403).
     */
    get: operations['readModels_reviewQueue'];
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
  '/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organisations catalogue, by id; filter by kind, text (q) or member State. */
    get: operations['organisations_list'];
    put?: never;
    /** Register an organisation in the catalogue (OrganisationRegistered). */
    post: operations['organisations_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/organisations/{id}/updates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change names, IATI code or reference, aliases, or a mechanism’s members and reporting rule (OrganisationUpdated). */
    post: operations['organisations_update'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/organisations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One organisation of the catalogue. */
    get: operations['organisations_get'];
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
       * @description Declaration, plan of action, resolution (e.g. Security Council resolution 2462 (2019)) or national strategy (exactly one adopting State).
       * @example declaration
       * @enum {string}
       */
      kind: 'declaration' | 'plan-of-action' | 'resolution' | 'national-strategy';
      /**
       * @description Title as published.
       * @example Dushanbe Declaration
       */
      title: string;
      /**
       * @description The title in Russian, where a source gives it; shown with lang=ru (English `title` otherwise).
       * @example Душанбинская декларация
       */
      titleRu?: string;
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
       * @description Declaration, plan of action, resolution or national strategy.
       * @example declaration
       * @enum {string}
       */
      kind?: 'declaration' | 'plan-of-action' | 'resolution' | 'national-strategy';
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
       * @description The `revisedOn` of every revision, in recording order. YYYY-MM-DD.
       * @example [
       *       "2022-03-03"
       *     ]
       */
      revisions: string[];
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
       * @description The name in Russian, where a source gives it; shown with lang=ru (English `name` otherwise).
       * @example Душанбинский процесс
       */
      nameRu?: string;
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
       * @description The title in Russian, where a source gives it; shown with lang=ru (English `title` otherwise).
       * @example Конференция высокого уровня
       */
      titleRu?: string;
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
      /**
       * @description An earlier conference of the series the process carries on, held before its launch (e.g. the first Dushanbe conference, May 2018): only then may it end before the launch (else 422 date-before-launch).
       * @example false
       */
      partOfSeries?: boolean;
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
      /**
       * Format: date
       * @description The `revisedOn` of the framework revision that introduced the deliverable (one of the framework's revisions; definedOn not before it). Absent = the framework's original text. YYYY-MM-DD.
       * @example 2022-03-03
       */
      revision?: string;
    };
    AssignDeliverableDto: {
      /**
       * @description The State the deliverable is assigned to. Absent when `mechanismId` is given (exactly one of the two). ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example TJ
       */
      stateCode?: string;
      /**
       * @description The regional mechanism the deliverable is assigned to instead of a State: an organisations catalogue entry of kind `regional-mechanism`, whose member States and reporting rule are recorded with the assignment. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example ct-early-warning-network
       */
      mechanismId?: string;
      /**
       * @description The lead agency in that State (for a regional mechanism, the organisation leading the mechanism's work).
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
       * @description The reporting State (must be assigned; a coordinator reports for their own States). Absent when `mechanismId` is given (exactly one of the two). ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example TJ
       */
      stateCode?: string;
      /**
       * @description The regional mechanism whose assignment the report is on, instead of a State. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example ct-early-warning-network
       */
      mechanismId?: string;
      /**
       * @description Only on a regional mechanism's assignment: the member State whose coordinator reports (required from a coordinator, who acts only for their own States; allowed only where the mechanism lets its member States report). Programme staff may leave it out. ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example TJ
       */
      reportingState?: string;
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
       * @description Day the report is about (its business date): not in the future, not before the assignment, not from the assignment's completion on until it is reopened. Earlier than other reports is fine (a backfill). YYYY-MM-DD.
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
    CorrectProgressReportDto: {
      /**
       * @description The reporting State (must be assigned; a coordinator reports for their own States). Absent when `mechanismId` is given (exactly one of the two). ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example TJ
       */
      stateCode?: string;
      /**
       * @description The regional mechanism whose assignment the report is on, instead of a State. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example ct-early-warning-network
       */
      mechanismId?: string;
      /**
       * @description Only on a regional mechanism's assignment: the member State whose coordinator reports (required from a coordinator, who acts only for their own States; allowed only where the mechanism lets its member States report). Programme staff may leave it out. ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example TJ
       */
      reportingState?: string;
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
       * @description Day the report is about (its business date): not in the future, not before the assignment, not from the assignment's completion on until it is reopened. Earlier than other reports is fine (a backfill). YYYY-MM-DD.
       * @example 2020-06-30
       */
      reportedOn: string;
      /**
       * @description `self-reported` or `external`; absent = the report's current source.
       * @example self-reported
       * @enum {string}
       */
      source?: 'self-reported' | 'external';
      /**
       * @description Why the report is corrected (line feeds and tabs allowed).
       * @example Typed 85 instead of 58
       */
      reason: string;
    };
    WithdrawProgressReportDto: {
      /**
       * @description The report's State (a coordinator acts only for their own States). Absent when `mechanismId` is given (exactly one of the two). ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example TJ
       */
      stateCode?: string;
      /**
       * @description The regional mechanism a regional report is on, instead of a State. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example ct-early-warning-network
       */
      mechanismId?: string;
      /**
       * @description Only on a regional report: the member State whose coordinator acts (required from a coordinator, who changes only the reports their State sent). ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example TJ
       */
      reportingState?: string;
      /**
       * @description Why the report is withdrawn (line feeds and tabs allowed).
       * @example Entered on the wrong deliverable
       */
      reason: string;
    };
    ValidateProgressReportDto: {
      /**
       * @description The report's State (a coordinator acts only for their own States). Absent when `mechanismId` is given (exactly one of the two). ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example TJ
       */
      stateCode?: string;
      /**
       * @description The regional mechanism a regional report is on, instead of a State. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example ct-early-warning-network
       */
      mechanismId?: string;
      /**
       * @description Only on a regional report: the member State whose coordinator acts (required from a coordinator, who changes only the reports their State sent). ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example TJ
       */
      reportingState?: string;
      /**
       * @description What was checked (line feeds and tabs allowed).
       * @example Law No. 112 checked
       */
      comment?: string;
    };
    ReturnProgressReportDto: {
      /**
       * @description The report's State (a coordinator acts only for their own States). Absent when `mechanismId` is given (exactly one of the two). ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example TJ
       */
      stateCode?: string;
      /**
       * @description The regional mechanism a regional report is on, instead of a State. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example ct-early-warning-network
       */
      mechanismId?: string;
      /**
       * @description Only on a regional report: the member State whose coordinator acts (required from a coordinator, who changes only the reports their State sent). ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example TJ
       */
      reportingState?: string;
      /**
       * @description What the coordinator should clarify (line feeds and tabs allowed).
       * @example Which law? Give its number.
       */
      comment: string;
    };
    ReopenAssignmentDto: {
      /**
       * @description Why the completed assignment is reopened (line feeds and tabs allowed).
       * @example EAG follow-up found gaps
       */
      reason: string;
      /**
       * Format: date
       * @description From this day the assignment is in progress again (not before its completion). YYYY-MM-DD.
       * @example 2024-02-01
       */
      reopenedOn: string;
    };
    WithdrawAssignmentDto: {
      /**
       * @description `withdrawn` (the State no longer takes part) or `not-applicable` (the deliverable does not apply to it).
       * @example withdrawn
       * @enum {string}
       */
      outcome: 'withdrawn' | 'not-applicable';
      /**
       * @description Why (line feeds and tabs allowed).
       * @example No maritime border
       */
      reason: string;
      /**
       * Format: date
       * @description From this day the State's assignment stops counting (not before the assignment). YYYY-MM-DD.
       * @example 2024-01-15
       */
      withdrawnOn: string;
    };
    RetireDeliverableDto: {
      /**
       * Format: date
       * @description The `revisedOn` of the framework revision that retires the deliverable (one of its framework's revisions); it stops counting from that day. YYYY-MM-DD.
       * @example 2022-03-03
       */
      revision: string;
      /**
       * @description Why (line feeds and tabs allowed).
       * @example Merged into the regional deliverable
       */
      reason?: string;
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
      /** @description By State (ISO 3166-1 alpha-2), and by mechanism id for a regional mechanism's assignment. */
      assignments: {
        [key: string]: components['schemas']['AssignmentState'];
      };
      /**
       * Format: date
       * @description The framework revision that introduced it; absent = the original text. YYYY-MM-DD.
       * @example 2022-03-03
       */
      revision?: string;
      /**
       * Format: date
       * @description The framework revision that retired it. YYYY-MM-DD.
       * @example 2022-03-03
       */
      retiredBy?: string;
      /** @description Progress reports by report id (the event id of their ProgressReported). */
      reports: {
        [key: string]: components['schemas']['ProgressReportState'];
      };
      /**
       * @description Events folded.
       * @example 5
       */
      folded: number;
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
    RecipientShareDto: {
      /**
       * @description A recipient State. ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example TJ
       */
      stateCode: string;
      /**
       * @description The State's share of the record's value in percent, at most two decimals. Without a region the shares sum to 100; with one, to at most 100 (the rest is regional work no State is credited with).
       * @example 40
       */
      percentage: number;
    };
    RecipientRegionDto: {
      /**
       * @description OECD DAC region code (IATI Region code list): 619 Central Asia, regional, 689 South & Central Asia, regional, 798 Asia, regional; others are refused with 422 `unknown-region`.
       * @example 619
       */
      code: string;
      /**
       * @description IATI RegionVocabulary; only 1 (DAC) is accepted. Default 1.
       * @default 1
       * @example 1
       */
      vocabulary: string;
    };
    RecipientsDto: {
      /** @description The recipient States with their shares; absent or empty for a record booked to a region alone. */
      states?: components['schemas']['RecipientShareDto'][];
      /** @description The region of regional work (a UNODC regional programme, an Almaty regional conference): its totals count the whole value. */
      region?: components['schemas']['RecipientRegionDto'];
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
       * @description Legacy shape: the one recipient State, at 100 %. Give either this or `recipients`, not both (a coordinator records for their own States). ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example TJ
       */
      recipientState?: string;
      /** @description Recipient States with percentage shares, and/or a DAC region. A coordinator must cover every recipient State; a region without State shares is recorded by programme-admin. */
      recipients?: components['schemas']['RecipientsDto'];
      /**
       * @description Pillar of the UN Global Counter-Terrorism Strategy.
       * @example I
       * @enum {string}
       */
      pillar: 'I' | 'II' | 'III' | 'IV';
      /**
       * @description The deliverable supported, if any; it must be assigned to every recipient State. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
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
    DisbursementDto: {
      /**
       * Format: date
       * @description Day the money was disbursed (not before the period starts, not in the future). YYYY-MM-DD.
       * @example 2024-03-15
       */
      disbursedOn: string;
      /** @description Amount disbursed, in the record's currency. */
      amount: components['schemas']['MoneyDto'];
    };
    AmendAssistanceDto: {
      /**
       * @description Why the record changes (kept in the audit history).
       * @example Final figures from the project report
       */
      reason: string;
      /**
       * Format: date
       * @description New last day of the period (not before the first). YYYY-MM-DD.
       * @example 2025-06-30
       */
      periodEnd?: string;
      /** @description New value of the assistance, in the record's currency (a record without a value gets its first). */
      amount?: components['schemas']['MoneyDto'];
      /** @description Disbursements made since the last amendment, added to those already recorded. */
      disbursements?: components['schemas']['DisbursementDto'][];
    };
    WithdrawAssistanceDto: {
      /**
       * @description Why the record is withdrawn (kept in the audit history; the record leaves every total).
       * @example Recorded twice: the same workshop is unodc-kg-2024-03
       */
      reason: string;
    };
    AssistanceState: {
      /** @example true */
      exists: boolean;
      /**
       * @description Withdrawn records count in no list or total.
       * @example false
       */
      withdrawn: boolean;
      /**
       * @description The recipient States with a share (empty for a region alone); they never change. ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example [
       *       "KZ",
       *       "KG",
       *       "TJ",
       *       "TM",
       *       "UZ"
       *     ]
       */
      recipientStates: string[];
      /**
       * Format: date
       * @description First day of the period. YYYY-MM-DD.
       * @example 2024-01-01
       */
      periodStart?: string;
      /**
       * @description Currency of the value.
       * @example USD
       */
      currency?: string;
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
    ReportBasis: 'reported' | 'validated';
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
      /** @description The instant cut at (events recorded at or before it). */
      instant?: string;
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
    /** @description Assignments that stopped counting by `asOf` (not in `deliverables`, the percent or overdue). */
    ScorecardNotCounted: {
      /**
       * @description Withdrawn from the State.
       * @example 0
       */
      withdrawn: number;
      /**
       * @description Found not applicable to the State.
       * @example 0
       */
      'not-applicable': number;
      /**
       * @description Retired by a framework revision.
       * @example 0
       */
      retired: number;
    };
    ScorecardRow: {
      /**
       * @description Present on a regional mechanism's row only.
       * @enum {string}
       */
      kind?: 'regional';
      /**
       * @description The regional mechanism (its row's stateCode). A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example ct-early-warning-network
       */
      mechanismId?: string;
      /**
       * @description The mechanism's English name in the organisations catalogue.
       * @example Counter-Terrorism Early Warning Network for Central Asia
       */
      mechanismName?: string;
      /** @description The mechanism's Russian name, when the catalogue has one. */
      mechanismNameRu?: string;
      /**
       * @description The State. ISO 3166-1 alpha-2 code (e.g. TJ), or for a regional mechanism's assignment (kind regional) the mechanism's catalogue id (e.g. ct-early-warning-network).
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
      /**
       * @description Of the completed ones, those completed after their due date.
       * @example 0
       */
      completedLate: number;
      notCounted: components['schemas']['ScorecardNotCounted'];
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
      /** @description Where the log was cut (record time); absent when the live read models answered (knownAt now). */
      cutoff?: components['schemas']['Cutoff'];
      /**
       * Format: date
       * @description Valid time: the business day answered for (statuses valid then, overdue judged then). YYYY-MM-DD.
       * @example 2024-12-31
       */
      asOf: string;
      /**
       * @description Record time: `now` (the live read models answered, no replay), the day or instant given, or for a position the recording instant of the event there.
       * @example 2024-06-01
       */
      knownAt: string;
      /** @description Which progress reports counted. */
      basis: components['schemas']['ReportBasis'];
      /**
       * @description Events replayed for the answer (0 when knownAt is now).
       * @example 12
       */
      eventsReplayed: number;
      /** @description The last event replayed, or the position the live read models had applied (knownAt now). */
      lastPosition: string | null;
      result: components['schemas']['ScorecardPage'];
    };
    TrackedAssignment: {
      /**
       * @description Present on a regional mechanism's row only.
       * @enum {string}
       */
      kind?: 'regional';
      /**
       * @description The regional mechanism (its row's stateCode). A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example ct-early-warning-network
       */
      mechanismId?: string;
      /**
       * @description The mechanism's English name in the organisations catalogue.
       * @example Counter-Terrorism Early Warning Network for Central Asia
       */
      mechanismName?: string;
      /** @description The mechanism's Russian name, when the catalogue has one. */
      mechanismNameRu?: string;
      /**
       * @description The State. ISO 3166-1 alpha-2 code (e.g. TJ), or for a regional mechanism's assignment (kind regional) the mechanism's catalogue id (e.g. ct-early-warning-network).
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
       * @description Status on `asOf` under `basis`: a progress status, or why it no longer counts (withdrawn, not-applicable, retired, cancelled).
       * @example not-started
       * @enum {string}
       */
      status:
        | 'not-started'
        | 'in-progress'
        | 'blocked'
        | 'completed'
        | 'cancelled'
        | 'withdrawn'
        | 'not-applicable'
        | 'retired';
      /** @example 60 */
      percentComplete: number | null;
      /**
       * Format: date
       * @description Day of the latest report counted by `asOf`.
       * @example 2020-06-30
       */
      lastReportedOn: string | null;
      /**
       * @description Progress reports counted by `asOf`.
       * @example 2
       */
      reportCount: number;
      /**
       * Format: date
       * @description `reportedOn` of the report that made it completed, while completed.
       * @example 2021-11-30
       */
      completedOn: string | null;
      /**
       * @description Completed after its due date.
       * @example false
       */
      completedLate: boolean;
    };
    /**
     * @description Self-reported or external.
     * @enum {string}
     */
    ReportSource: 'self-reported' | 'external';
    /**
     * @description Review by programme staff.
     * @enum {string}
     */
    ReviewState: 'submitted' | 'validated' | 'returned';
    /** @description One event about a progress report. */
    ReportTrailEntry: {
      /** Format: uuid */
      eventId: string;
      /** @example ProgressReportCorrected */
      type: string;
      /** @description The version a correction replaced. */
      supersedes: string | null;
      /** @description A correction's new values. */
      values: {
        [key: string]: unknown;
      } | null;
      /** @description A correction's or withdrawal's reason, a review's comment. */
      reason: string | null;
      /** @example focal-point-tj */
      actor: string;
      /** Format: date-time */
      recordedAt: string;
    };
    ProgressReport: {
      /**
       * @description Global position of the report.
       * @example 42
       */
      position: string;
      /**
       * @description The reporting State. ISO 3166-1 alpha-2 code (e.g. TJ), or for a regional mechanism's assignment (kind regional) the mechanism's catalogue id (e.g. ct-early-warning-network).
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
      /**
       * Format: uuid
       * @description The report's identity: its ProgressReported event id (what corrections and reviews name).
       */
      reportId: string;
      /**
       * Format: uuid
       * @description Event id of the current version (the original or its latest correction).
       */
      versionId: string;
      /** @description Self-reported or external. */
      source: components['schemas']['ReportSource'];
      /** @description Review by programme staff. */
      review: components['schemas']['ReviewState'];
      /** @example false */
      withdrawn: boolean;
      /**
       * @description Whether it counts under the `basis` asked for.
       * @example true
       */
      counted: boolean;
      /** @description Every event about the report, oldest first: the corrections chain and the review trail. */
      history: components['schemas']['ReportTrailEntry'][];
    };
    /** @description A reopening or withdrawal of one State assignment. */
    AssignmentLifecycle: {
      /**
       * @description The State. ISO 3166-1 alpha-2 code (e.g. TJ), or for a regional mechanism's assignment (kind regional) the mechanism's catalogue id (e.g. ct-early-warning-network).
       * @example TJ
       */
      stateCode: string;
      /** @enum {string} */
      kind: 'reopened' | 'withdrawn' | 'not-applicable';
      /**
       * Format: date
       * @description From when it holds. YYYY-MM-DD.
       * @example 2024-06-01
       */
      effectiveOn: string;
      /** @example Reassessment by CTED */
      reason: string;
      /** @example unoct-admin */
      actor: string;
      /** Format: date-time */
      recordedAt: string;
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
      /**
       * Format: date
       * @description The framework revision (its `revisedOn`) that introduced it; null = the original text.
       * @example 2022-03-03
       */
      revision: string | null;
      /**
       * @description Retired on or before `asOf`.
       * @example false
       */
      retired: boolean;
      /**
       * Format: date
       * @description The revision that retired it.
       */
      retiredOn: string | null;
      /** @description Why it was retired. */
      retirementReason: string | null;
      assignments: components['schemas']['TrackedAssignment'][];
      /** @description Reports dated by `asOf`, per State in business order (reportedOn, then recording order). */
      reports: components['schemas']['ProgressReport'][];
      /** @description Reopenings and withdrawals dated by `asOf`. */
      lifecycle: components['schemas']['AssignmentLifecycle'][];
      /**
       * Format: date
       * @description The business day answered for. YYYY-MM-DD.
       * @example 2026-11-28
       */
      asOf: string;
      /** @description Which reports counted. */
      basis: components['schemas']['ReportBasis'];
      /**
       * @description Only when `knownAt` was asked: the record time the log was replayed up to (README, Two timelines).
       * @example 2024-06-01
       */
      knownAt?: string;
    };
    /** @description A deliverable's tracker entry as it was at the cutoff. */
    AsOfDeliverable: {
      /** @description Where the log was cut (record time); absent when the live read models answered (knownAt now). */
      cutoff?: components['schemas']['Cutoff'];
      /**
       * Format: date
       * @description Valid time: the business day answered for (statuses valid then, overdue judged then). YYYY-MM-DD.
       * @example 2024-12-31
       */
      asOf: string;
      /**
       * @description Record time: `now` (the live read models answered, no replay), the day or instant given, or for a position the recording instant of the event there.
       * @example 2024-06-01
       */
      knownAt: string;
      /** @description Which progress reports counted. */
      basis: components['schemas']['ReportBasis'];
      /**
       * @description Events replayed for the answer (0 when knownAt is now).
       * @example 12
       */
      eventsReplayed: number;
      /** @description The last event replayed, or the position the live read models had applied (knownAt now). */
      lastPosition: string | null;
      result: components['schemas']['TrackedDeliverableDetail'];
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
    AssistanceRegion: {
      /**
       * @description OECD DAC region code.
       * @example 619
       */
      code: string;
      /**
       * @description IATI RegionVocabulary (1 = DAC).
       * @example 1
       */
      vocabulary: string;
    };
    /** @description A recipient State's share and its part of the value. */
    AssistanceShareView: {
      /**
       * @description A recipient State. ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example TJ
       */
      stateCode: string;
      /** @example 40 */
      percentage: number;
      /** @description Its part of the value, allocated by share without losing a minor unit. */
      amount: components['schemas']['Money'] | null;
    };
    AssistanceRecipientsView: {
      states: components['schemas']['AssistanceShareView'][];
      /** @description The DAC region of a regional record; null when it has none. */
      region: components['schemas']['AssistanceRegion'] | null;
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
      recipients: components['schemas']['AssistanceRecipientsView'];
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
      /** @description The current value (after amendments); null when none was recorded. */
      amount: components['schemas']['Money'] | null;
      /** @description Sum of the disbursements recorded so far; null before the first. */
      disbursed: components['schemas']['Money'] | null;
      /**
       * @description Amendments (the audit history has each, with its reason).
       * @example 0
       */
      amendments: number;
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
      /**
       * @description Only when `knownAt` was asked (GET /ledger/assistance): the record time the log was replayed up to (README, Two timelines).
       * @example 2024-06-01
       */
      knownAt?: string;
    };
    /** @description The assistance ledger for a business day as known at a record time. */
    AsOfAssistancePage: {
      /** @description Where the log was cut (record time); absent when the live read models answered (knownAt now). */
      cutoff?: components['schemas']['Cutoff'];
      /**
       * Format: date
       * @description Valid time: the business day answered for (statuses valid then, overdue judged then). YYYY-MM-DD.
       * @example 2024-12-31
       */
      asOf: string;
      /**
       * @description Record time: `now` (the live read models answered, no replay), the day or instant given, or for a position the recording instant of the event there.
       * @example 2024-06-01
       */
      knownAt: string;
      /** @description Which progress reports counted. */
      basis: components['schemas']['ReportBasis'];
      /**
       * @description Events replayed for the answer (0 when knownAt is now).
       * @example 12
       */
      eventsReplayed: number;
      /** @description The last event replayed, or the position the live read models had applied (knownAt now). */
      lastPosition: string | null;
      result: components['schemas']['AssistanceRecordPage'];
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
      /** @description Which reports counted. */
      basis: components['schemas']['ReportBasis'];
      /**
       * @description Only when `knownAt` was asked: the record time the log was replayed up to (README, Two timelines).
       * @example 2024-06-01
       */
      knownAt?: string;
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
      /**
       * Format: date
       * @description The framework revision (its `revisedOn`) that introduced it; null = the original text.
       * @example 2022-03-03
       */
      revision: string | null;
      /**
       * @description Retired on or before `asOf`.
       * @example false
       */
      retired: boolean;
      /**
       * Format: date
       * @description The revision that retired it.
       */
      retiredOn: string | null;
      /** @description Why it was retired. */
      retirementReason: string | null;
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
      /**
       * Format: date
       * @description The business day answered for. YYYY-MM-DD.
       * @example 2026-11-28
       */
      asOf: string;
      /** @description Which reports counted. */
      basis: components['schemas']['ReportBasis'];
    };
    /** @description A progress report awaiting review. */
    ReviewQueueItem: {
      /**
       * @description Present on a regional mechanism's row only.
       * @enum {string}
       */
      kind?: 'regional';
      /**
       * @description The regional mechanism (its row's stateCode). A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example ct-early-warning-network
       */
      mechanismId?: string;
      /**
       * @description The mechanism's English name in the organisations catalogue.
       * @example Counter-Terrorism Early Warning Network for Central Asia
       */
      mechanismName?: string;
      /** @description The mechanism's Russian name, when the catalogue has one. */
      mechanismNameRu?: string;
      /**
       * Format: uuid
       * @description The report id (its ProgressReported event id).
       */
      reportId: string;
      /**
       * @description The deliverable. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example criminalise-tf
       */
      deliverableId: string;
      /** @description The deliverable title. */
      title: string | null;
      /** @example dushanbe-declaration-2019 */
      frameworkId: string | null;
      /**
       * @description Whom the assignment is for. ISO 3166-1 alpha-2 code (e.g. TJ), or for a regional mechanism's assignment (kind regional) the mechanism's catalogue id (e.g. ct-early-warning-network).
       * @example TJ
       */
      stateCode: string;
      /**
       * @description On a regional mechanism's assignment (kind regional): the member State whose coordinator sent the report; absent when programme staff recorded it.
       * @example KZ
       */
      reportingState?: string;
      /**
       * Format: date
       * @description Day of the report (its current version). YYYY-MM-DD.
       * @example 2024-06-30
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
       * Format: date-time
       * @description When it entered the queue (its report or resubmission).
       */
      submittedAt: string;
      /** @example focal-point-tj */
      submittedBy: string;
      /**
       * @description Whole days from submission to `asOf`.
       * @example 3
       */
      ageDays: number;
    };
    ReviewQueuePage: {
      /**
       * @description Rows matching the filters, all pages.
       * @example 1
       */
      total: number;
      /** @example 50 */
      limit: number;
      /** @example 0 */
      offset: number;
      items: components['schemas']['ReviewQueueItem'][];
      /**
       * Format: date
       * @description The day ages are counted to. YYYY-MM-DD.
       * @example 2026-11-28
       */
      asOf: string;
    };
    AssistanceGroup: {
      /** @example UNODC */
      provider: string;
      /**
       * @description The State credited with its shares of the records; null on a regional group.
       * @example TJ
       */
      recipientState: string | null;
      /**
       * @description A DAC region with the full values of its regional records; null on a State group.
       * @example null
       */
      recipientRegion: string | null;
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
    FrameworkKind: 'declaration' | 'plan-of-action' | 'resolution' | 'national-strategy';
    /** @enum {string} */
    Language: 'en' | 'ru';
    /** @description A name as recorded in English, and in Russian where a source gave one. */
    CatalogueNames: {
      /** @example Dushanbe Declaration */
      en: string;
      /**
       * @description Null when none was recorded.
       * @example null
       */
      ru: string | null;
    };
    CatalogueFramework: {
      /**
       * @description The framework. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example dushanbe-declaration-2019
       */
      frameworkId: string;
      /**
       * @description Declaration, plan of action, resolution or national strategy.
       * @example declaration
       * @enum {string}
       */
      kind: 'declaration' | 'plan-of-action' | 'resolution' | 'national-strategy';
      /**
       * @description In the language asked for (`lang`); English where there is no Russian title.
       * @example Dushanbe Declaration
       */
      title: string;
      titles: components['schemas']['CatalogueNames'];
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
      /**
       * @description In the language asked for (`lang`); English where there is no Russian title.
       * @example High-Level Conference on Countering Terrorism
       */
      title: string;
      titles: components['schemas']['CatalogueNames'];
      /**
       * @description Ended before the process was launched: an earlier conference of the series, recorded with partOfSeries.
       * @example false
       */
      heldBeforeLaunch: boolean;
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
      /**
       * @description In the language asked for (`lang`); English where there is no Russian name.
       * @example Dushanbe process
       */
      name: string;
      names: components['schemas']['CatalogueNames'];
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
    OrganisationNamesDto: {
      /**
       * @description Name in English (always given; the fallback).
       * @example United Nations Office on Drugs and Crime
       */
      en: string;
      /**
       * @description Name in Russian, where an official source gives one.
       * @example Управление Организации Объединенных Наций по наркотикам и преступности
       */
      ru?: string;
    };
    RegisterOrganisationDto: {
      /**
       * @description Other spellings met in free-text providers and lead agencies (at most 50); compared without case or spacing.
       * @example [
       *       "UNOCT/UNCCT"
       *     ]
       */
      aliases?: string[];
      /**
       * @description A regional mechanism only: its member States (1-250, no repeats). ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example [
       *       "KZ",
       *       "KG",
       *       "TJ",
       *       "TM",
       *       "UZ"
       *     ]
       */
      memberStates?: string[];
      /**
       * @description A regional mechanism only: whether member States' coordinators may report progress for the mechanism.
       * @example true
       */
      memberStatesMayReport?: boolean;
      /**
       * @description Stable identity of the organisation. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example unodc
       */
      id: string;
      /**
       * @description What the organisation is.
       * @example un-entity
       * @enum {string}
       */
      kind:
        'un-entity' | 'regional-organisation' | 'donor' | 'national-agency' | 'regional-mechanism' | 'other';
      /** @description Names: English, and Russian where known. */
      name: components['schemas']['OrganisationNamesDto'];
      /**
       * @description IATI OrganisationType code (40 Multilateral…).
       * @example 10
       * @enum {string}
       */
      iatiOrganisationType?:
        | '10'
        | '11'
        | '15'
        | '21'
        | '22'
        | '23'
        | '24'
        | '30'
        | '40'
        | '60'
        | '70'
        | '71'
        | '72'
        | '73'
        | '80'
        | '90';
      /**
       * @description IATI organisation identifier, {RegistrationAgency}-{RegistrationNumber} (e.g. XM-DAC-41128 for UNODC).
       * @example XM-DAC-41128
       */
      iatiRef?: string;
    };
    UpdateOrganisationDto: {
      /**
       * @description Other spellings met in free-text providers and lead agencies (at most 50); compared without case or spacing.
       * @example [
       *       "UNOCT/UNCCT"
       *     ]
       */
      aliases?: string[];
      /**
       * @description A regional mechanism only: its member States (1-250, no repeats). ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example [
       *       "KZ",
       *       "KG",
       *       "TJ",
       *       "TM",
       *       "UZ"
       *     ]
       */
      memberStates?: string[];
      /**
       * @description A regional mechanism only: whether member States' coordinators may report progress for the mechanism.
       * @example true
       */
      memberStatesMayReport?: boolean;
      /** @description New names (both: a Russian name left out is removed). */
      name?: components['schemas']['OrganisationNamesDto'];
      /**
       * @description IATI OrganisationType code; null removes it.
       * @example 40
       * @enum {string|null}
       */
      iatiOrganisationType?:
        | '10'
        | '11'
        | '15'
        | '21'
        | '22'
        | '23'
        | '24'
        | '30'
        | '40'
        | '60'
        | '70'
        | '71'
        | '72'
        | '73'
        | '80'
        | '90'
        | null;
      /**
       * @description IATI organisation identifier, {RegistrationAgency}-{RegistrationNumber} (e.g. XM-DAC-41128 for UNODC). null removes it.
       * @example XM-DAC-41128
       */
      iatiRef?: string | null;
      /**
       * @description Why, for the audit trail.
       * @example spelling used in the 2022 ledger
       */
      reason?: string;
    };
    /** @enum {string} */
    OrganisationKind:
      'un-entity' | 'regional-organisation' | 'donor' | 'national-agency' | 'regional-mechanism' | 'other';
    OrganisationNamesView: {
      /** @example United Nations Office on Drugs and Crime */
      en: string;
      /**
       * @description Null when no Russian name is recorded.
       * @example null
       */
      ru: string | null;
    };
    /** @description An organisations catalogue entry. */
    Organisation: {
      /**
       * @description The organisation. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example unodc
       */
      organisationId: string;
      /**
       * @description What the organisation is.
       * @example un-entity
       * @enum {string}
       */
      kind:
        'un-entity' | 'regional-organisation' | 'donor' | 'national-agency' | 'regional-mechanism' | 'other';
      name: components['schemas']['OrganisationNamesView'];
      /**
       * @description The name in `lang`, English where there is none.
       * @example United Nations Office on Drugs and Crime
       */
      displayName: string;
      /**
       * @description The language `displayName` is in.
       * @example en
       * @enum {string}
       */
      displayLanguage: 'en' | 'ru';
      /**
       * @description IATI OrganisationType code.
       * @example 40
       */
      iatiOrganisationType: string | null;
      /**
       * @description IATI organisation identifier.
       * @example XM-DAC-41128
       */
      iatiRef: string | null;
      /**
       * @description Other spellings resolved to it.
       * @example [
       *       "UNODC"
       *     ]
       */
      aliases: string[];
      /**
       * @description A regional mechanism: its member States; null for any other kind.
       * @example null
       */
      memberStates: string[] | null;
      /**
       * @description A regional mechanism: whether member States' coordinators may report for it; null for any other kind.
       * @example null
       */
      memberStatesMayReport: boolean | null;
    };
    OrganisationPage: {
      /**
       * @description Rows matching the filters, all pages.
       * @example 1
       */
      total: number;
      /** @example 50 */
      limit: number;
      /** @example 0 */
      offset: number;
      items: components['schemas']['Organisation'][];
    };
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
    MechanismSnapshot: {
      /** @description The mechanism's names as of the assignment. */
      name?: {
        en: string;
        ru?: string;
      };
      /**
       * @description Member States as of the assignment. ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example [
       *       "KZ",
       *       "KG",
       *       "TJ",
       *       "TM",
       *       "UZ"
       *     ]
       */
      memberStates: string[];
      /**
       * @description Whether member States' coordinators may report.
       * @example true
       */
      memberStatesMayReport: boolean;
    };
    AssignmentReopening: {
      /**
       * Format: date
       * @description From this day the assignment is in progress again. YYYY-MM-DD.
       * @example 2024-02-01
       */
      reopenedOn: string;
      /**
       * @description Position in the stream.
       * @example 7
       */
      recordedAt: number;
    };
    AssignmentWithdrawal: {
      /**
       * @description Withdrawn or not applicable.
       * @example withdrawn
       * @enum {string}
       */
      outcome: 'withdrawn' | 'not-applicable';
      /**
       * Format: date
       * @description From this day the State's assignment stops counting. YYYY-MM-DD.
       * @example 2024-01-15
       */
      withdrawnOn: string;
    };
    AssignmentState: {
      /** @description Only on a regional mechanism's assignment: the mechanism as of its (latest) assignment. */
      mechanism?: components['schemas']['MechanismSnapshot'];
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
      /**
       * Format: date
       * @description Day of the report that made the assignment completed, while it is. YYYY-MM-DD.
       * @example 2023-06-01
       */
      completedOn?: string;
      /** @description The State's report ids, in recording order. */
      reportIds: string[];
      reopenings: components['schemas']['AssignmentReopening'][];
      withdrawal?: components['schemas']['AssignmentWithdrawal'];
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
    /** @description A report as JSON. Every kind has these fields; the rest is described by its JSON Schema in libs/reports/src/schemas/<report>.schema.json. */
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
    /** @description The current version of a progress report (its latest correction, if any). */
    ProgressReportState: {
      /**
       * @description The report's State; absent on a regional mechanism's report. ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example TJ
       */
      stateCode?: string;
      /**
       * @description The regional mechanism, on a regional report (instead of stateCode). A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.
       * @example ct-early-warning-network
       */
      mechanismId?: string;
      /**
       * @description On a regional report: the member State whose coordinator reported it. ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.
       * @example TJ
       */
      reportingState?: string;
      /**
       * @description Event id of the current version: what the next correction supersedes.
       * @example 1f0c4a9e-2b7d-5c3e-9a4f-6d8e0b1c2a3f
       */
      versionId: string;
      /**
       * @description Status reported.
       * @example not-started
       * @enum {string}
       */
      status: 'not-started' | 'in-progress' | 'blocked' | 'completed';
      /** @example 60 */
      percentComplete?: number;
      /** @example Draft law submitted to parliament */
      note?: string;
      /**
       * @example [
       *       "https://example.org/law-draft.pdf"
       *     ]
       */
      evidence?: string[];
      /**
       * Format: date
       * @description Day the report is about. YYYY-MM-DD.
       * @example 2020-06-30
       */
      reportedOn: string;
      /**
       * @description Self-reported or external.
       * @example self-reported
       * @enum {string}
       */
      source: 'self-reported' | 'external';
      /**
       * @description Submitted, validated or returned by programme staff.
       * @example submitted
       * @enum {string}
       */
      review: 'submitted' | 'validated' | 'returned';
      /** @example false */
      withdrawn: boolean;
      /**
       * @description Position of the original report in the stream (breaks ties between reports of the same day).
       * @example 3
       */
      recordedAt: number;
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
  deliverables_correctReport: {
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
        /** @description The progress report: the event id of its ProgressReported event, i.e. `eventIds[0]` of the report's 201 answer. */
        reportId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CorrectProgressReportDto'];
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
  deliverables_withdrawReport: {
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
        /** @description The progress report: the event id of its ProgressReported event, i.e. `eventIds[0]` of the report's 201 answer. */
        reportId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WithdrawProgressReportDto'];
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
  deliverables_validateReport: {
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
        /** @description The progress report: the event id of its ProgressReported event, i.e. `eventIds[0]` of the report's 201 answer. */
        reportId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ValidateProgressReportDto'];
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
  deliverables_returnReport: {
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
        /** @description The progress report: the event id of its ProgressReported event, i.e. `eventIds[0]` of the report's 201 answer. */
        reportId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReturnProgressReportDto'];
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
  deliverables_reopenAssignment: {
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
        /** @description The assignment: a State's ISO 3166-1 alpha-2 code (e.g. TJ), or for a regional assignment the mechanism's catalogue id (e.g. ct-early-warning-network). */
        stateCode: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReopenAssignmentDto'];
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
  deliverables_withdrawAssignment: {
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
        /** @description The assignment: a State's ISO 3166-1 alpha-2 code (e.g. TJ), or for a regional assignment the mechanism's catalogue id (e.g. ct-early-warning-network). */
        stateCode: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WithdrawAssignmentDto'];
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
  deliverables_retire: {
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
        'application/json': components['schemas']['RetireDeliverableDto'];
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
  assistance_amend: {
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
        /** @description The assistance record. A slug: 3-64 lowercase letters, digits or hyphens. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AmendAssistanceDto'];
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
  assistance_withdraw: {
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
        /** @description The assistance record. A slug: 3-64 lowercase letters, digits or hyphens. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WithdrawAssistanceDto'];
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
        /** @description Valid time: the business day the answer is about (statuses valid then, overdue judged then), from 1990-01-01 to today + 10 years. Default: the day of `knownAt` (today when `knownAt` is now). YYYY-MM-DD. */
        asOf?: string;
        /** @description Record time: answer from the events recorded up to this instant, or up to the end of this day (UTC), replayed into a scratch store. Default: now (the live read models, no replay). At most one of `knownAt`, `date`, `position`. */
        knownAt?: string;
        /** @description Record time, older spelling of `knownAt=<day>`: the events recorded up to the end of this day (UTC). At most one of `knownAt`, `date`, `position`. YYYY-MM-DD. */
        date?: string;
        /** @description Record time: the events up to this global position (at most the head of the log). At most one of `knownAt`, `date`, `position`. */
        position?: string;
        /** @description Which progress reports count: `reported` (every report not withdrawn, as coordinators see it) or `validated` (only reports programme staff validated, as an official publication uses). */
        basis?: components['schemas']['ReportBasis'];
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
        /** @description Only deliverables introduced by the framework revision of this date (`revisedOn`), or by the original text (`original`). */
        revision?: string;
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
        /** @description Valid time: the business day the answer is about (statuses valid then, overdue judged then), from 1990-01-01 to today + 10 years. Default: the day of `knownAt` (today when `knownAt` is now). YYYY-MM-DD. */
        asOf?: string;
        /** @description Record time: answer from the events recorded up to this instant, or up to the end of this day (UTC), replayed into a scratch store. Default: now (the live read models, no replay). At most one of `knownAt`, `date`, `position`. */
        knownAt?: string;
        /** @description Record time, older spelling of `knownAt=<day>`: the events recorded up to the end of this day (UTC). At most one of `knownAt`, `date`, `position`. YYYY-MM-DD. */
        date?: string;
        /** @description Record time: the events up to this global position (at most the head of the log). At most one of `knownAt`, `date`, `position`. */
        position?: string;
        /** @description Which progress reports count: `reported` (every report not withdrawn, as coordinators see it) or `validated` (only reports programme staff validated, as an official publication uses). */
        basis?: components['schemas']['ReportBasis'];
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
  audit_assistanceAsOf: {
    parameters: {
      query?: {
        /** @description Valid time: the business day the answer is about (statuses valid then, overdue judged then), from 1990-01-01 to today + 10 years. Default: the day of `knownAt` (today when `knownAt` is now). YYYY-MM-DD. */
        asOf?: string;
        /** @description Record time: answer from the events recorded up to this instant, or up to the end of this day (UTC), replayed into a scratch store. Default: now (the live read models, no replay). At most one of `knownAt`, `date`, `position`. */
        knownAt?: string;
        /** @description Record time, older spelling of `knownAt=<day>`: the events recorded up to the end of this day (UTC). At most one of `knownAt`, `date`, `position`. YYYY-MM-DD. */
        date?: string;
        /** @description Record time: the events up to this global position (at most the head of the log). At most one of `knownAt`, `date`, `position`. */
        position?: string;
        /** @description Which progress reports count: `reported` (every report not withdrawn, as coordinators see it) or `validated` (only reports programme staff validated, as an official publication uses). */
        basis?: components['schemas']['ReportBasis'];
        /** @description Rows per page. */
        limit?: number;
        /** @description Rows to skip. */
        offset?: number;
        /** @description The providing UN entity or partner, exactly as recorded. */
        provider?: string;
        /** @description The recipient State: records with a share for it (summaries count its share). ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ. */
        recipientState?: string;
        /** @description The DAC region of regional records, e.g. 619 (Central Asia, regional). */
        recipientRegion?: string;
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
      200: {
        headers: {
          /** @description The correlation id of this request. */
          'X-Correlation-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AsOfAssistancePage'];
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
        /** @description The business day answered for: each status is the one valid on that day (reports dated by then), overdue is judged against it. From 1990-01-01 to today + 10 years; default today (UTC), echoed in the answer. YYYY-MM-DD. */
        asOf?: string;
        /** @description Which progress reports count: `reported` (default: every report not withdrawn, so a coordinator sees their report at once) or `validated` (only reports programme staff validated, as an official publication uses). */
        basis?: components['schemas']['ReportBasis'];
        /** @description Only deliverables introduced by the framework revision of this date (`revisedOn`), or by the original text (`original`). */
        revision?: string;
        /** @description Record time: answer from the events recorded up to this instant, or up to the end of this day (UTC), replayed into a scratch store (costs a replay); `asOf` then defaults to its day. Default: now (the live read models, no replay). */
        knownAt?: string;
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
        /** @description The business day answered for: each status is the one valid on that day (reports dated by then), overdue is judged against it. From 1990-01-01 to today + 10 years; default today (UTC), echoed in the answer. YYYY-MM-DD. */
        asOf?: string;
        /** @description Which progress reports count: `reported` (default: every report not withdrawn, so a coordinator sees their report at once) or `validated` (only reports programme staff validated, as an official publication uses). */
        basis?: components['schemas']['ReportBasis'];
        /** @description Only deliverables introduced by the framework revision of this date (`revisedOn`), or by the original text (`original`). */
        revision?: string;
        /** @description Only this framework. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit. */
        framework?: string;
        /** @description Only this pillar. */
        pillar?: components['schemas']['Pillar'];
        /** @description Only this thematic area, exactly as recorded. */
        thematicArea?: string;
        /** @description Only deliverables assigned to this State. ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ. */
        state?: string;
        /** @description Only deliverables with an assignment of this status on `asOf`. */
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
        /** @description The business day answered for: each status is the one valid on that day (reports dated by then), overdue is judged against it. From 1990-01-01 to today + 10 years; default today (UTC), echoed in the answer. YYYY-MM-DD. */
        asOf?: string;
        /** @description Which progress reports count: `reported` (default: every report not withdrawn, so a coordinator sees their report at once) or `validated` (only reports programme staff validated, as an official publication uses). */
        basis?: components['schemas']['ReportBasis'];
        /** @description Record time: answer from the events recorded up to this instant, or up to the end of this day (UTC), replayed into a scratch store (costs a replay); `asOf` then defaults to its day. Default: now (the live read models, no replay). */
        knownAt?: string;
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
  readModels_reviewQueue: {
    parameters: {
      query?: {
        /** @description The `position` of a command's answer: the query waits (bounded) until the read models include it, else 503. */
        minPosition?: string;
        /** @description Rows per page. */
        limit?: number;
        /** @description Rows to skip. */
        offset?: number;
        /** @description Only reports of this State. ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ. */
        state?: string;
        /** @description Only reports on deliverables of this framework. A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit. */
        framework?: string;
        /** @description The day ages are counted to; default today (UTC), echoed in the answer. YYYY-MM-DD. */
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
          'application/json': components['schemas']['ReviewQueuePage'];
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
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
        /** @description The recipient State: records with a share for it (summaries count its share). ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ. */
        recipientState?: string;
        /** @description The DAC region of regional records, e.g. 619 (Central Asia, regional). */
        recipientRegion?: string;
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
        /** @description Record time: answer from the events recorded up to this instant, or up to the end of this day (UTC), replayed into a scratch store (costs a replay); `asOf` then defaults to its day. Default: now (the live read models, no replay). */
        knownAt?: string;
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
        /** @description The recipient State: records with a share for it (summaries count its share). ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ. */
        recipientState?: string;
        /** @description The DAC region of regional records, e.g. 619 (Central Asia, regional). */
        recipientRegion?: string;
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
        /** @description The language of `title`. Default en; English where a name has no Russian form. */
        lang?: components['schemas']['Language'];
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
        /** @description The language of `name` and of the conference titles. Default en; English where a name has no Russian form. */
        lang?: components['schemas']['Language'];
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
        /** @description The language of the labels, State names and framework titles (JSON, Markdown, HTML); CSV column names stay English. Default en; English where a name has no Russian form. */
        lang?: components['schemas']['Language'];
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
        /** @description The language of the labels, State names and framework titles (JSON, Markdown, HTML); CSV column names stay English. Default en; English where a name has no Russian form. */
        lang?: components['schemas']['Language'];
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
        /** @description The language of the labels, State names and framework titles (JSON, Markdown, HTML); CSV column names stay English. Default en; English where a name has no Russian form. */
        lang?: components['schemas']['Language'];
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
        /** @description The language of the labels, State names and framework titles (JSON, Markdown, HTML); CSV column names stay English. Default en; English where a name has no Russian form. */
        lang?: components['schemas']['Language'];
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
        /** @description The language of the labels, State names and framework titles (JSON, Markdown, HTML); CSV column names stay English. Default en; English where a name has no Russian form. */
        lang?: components['schemas']['Language'];
        /** @description The providing UN entity or partner, exactly as recorded. */
        provider?: string;
        /** @description The recipient State: records with a share for it (summaries count its share). ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ. */
        recipientState?: string;
        /** @description The DAC region of regional records, e.g. 619 (Central Asia, regional). */
        recipientRegion?: string;
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
        /** @description The recipient State: records with a share for it (summaries count its share). ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ. */
        recipientState?: string;
        /** @description The DAC region of regional records, e.g. 619 (Central Asia, regional). */
        recipientRegion?: string;
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
  organisations_list: {
    parameters: {
      query?: {
        /** @description The `position` of a command's answer: the query waits (bounded) until the read models include it, else 503. */
        minPosition?: string;
        /** @description Rows per page. */
        limit?: number;
        /** @description Rows to skip. */
        offset?: number;
        /** @description Only this kind. */
        kind?: components['schemas']['OrganisationKind'];
        /** @description Part of the id, a name (English or Russian) or an alias; case and spacing ignored. */
        q?: string;
        /** @description Only the regional mechanisms this State is a member of. ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ. */
        memberState?: string;
        /** @description The language of `displayName`: default en; English where there is no Russian name. */
        lang?: components['schemas']['Language'];
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
          'application/json': components['schemas']['OrganisationPage'];
        };
      };
      400: components['responses']['Problem400'];
      401: components['responses']['Problem401'];
      403: components['responses']['Problem403'];
      429: components['responses']['Problem429'];
      503: components['responses']['Problem503'];
    };
  };
  organisations_register: {
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
        'application/json': components['schemas']['RegisterOrganisationDto'];
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
  organisations_update: {
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
        /** @description The organisation. A slug: 3-64 lowercase letters, digits or hyphens. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateOrganisationDto'];
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
  organisations_get: {
    parameters: {
      query?: {
        /** @description The `position` of a command's answer: the query waits (bounded) until the read models include it, else 503. */
        minPosition?: string;
        /** @description The language of `displayName`: default en; English where there is no Russian name. */
        lang?: components['schemas']['Language'];
      };
      header?: never;
      path: {
        /** @description The organisation. A slug: 3-64 lowercase letters, digits or hyphens. */
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
          'application/json': components['schemas']['Organisation'];
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
}
