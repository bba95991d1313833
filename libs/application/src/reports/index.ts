// The reports live in @ct/reports; apps reach them, and the queries that run them, through here.
export * from '@ct/reports';
export * from './report.queries';
