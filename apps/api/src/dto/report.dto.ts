import { IsIn, IsOptional } from 'class-validator';
import { IntersectionType } from '@nestjs/swagger';
import { AssistanceFiltersDto, IsCalendarDate } from './common';

/** Formats served over HTTP (IATI XML has its own route). */
export const HTTP_REPORT_FORMATS = ['json', 'csv', 'md', 'html'] as const;
export type HttpReportFormat = (typeof HTTP_REPORT_FORMATS)[number];

/** Every table name of every report; whether the report has it is checked per route. */
const TABLE_NAMES = [
  'overdue',
  'assistance',
  'progress',
  'pillars',
  'frameworks',
  'groups',
  'by-provider',
  'by-recipient',
  'by-pillar',
  'by-kind',
  'by-year',
];

export class ReportQueryDto {
  /** The day the report is about (YYYY-MM-DD); default today (UTC), echoed in the report and `X-Report-As-Of`. */
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;

  /** Default json. */
  @IsOptional()
  @IsIn(HTTP_REPORT_FORMATS)
  format?: HttpReportFormat;

  /** CSV only: which table (one table per CSV); default the report's main table. */
  @IsOptional()
  @IsIn(TABLE_NAMES)
  table?: string;
}

export class AssistanceReportQueryDto extends IntersectionType(ReportQueryDto, AssistanceFiltersDto) {}

export class IatiReportQueryDto extends AssistanceFiltersDto {
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}
