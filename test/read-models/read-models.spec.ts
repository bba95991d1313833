import { readModelSuite } from './support/read-model-suite';

// Projection unit tests: the scenario's events, every type each read model consumes, on SQLite.
readModelSuite('sqlite');
