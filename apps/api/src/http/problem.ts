/** RFC 9457 problem details, the body of every error this API answers. */
export interface ProblemDetails {
  /** A URI reference naming the kind of problem; documented in the README. */
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** Every invalid field, for 400 and 422. */
  errors?: { field: string; message: string; rule?: string }[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const problemType = (slug: string): string => `/problems/${slug}`;
