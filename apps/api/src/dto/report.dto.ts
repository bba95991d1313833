import { IsIn, IsOptional } from 'class-validator';
import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { QueryDateField } from './fields';
import { AssistanceFiltersDto } from './common';
import { type CatalogueLanguage, LangQueryField } from './lang';

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

/** The day a report is about. */
const ReportDayField = () =>
  QueryDateField(
    'The day the report is about, from 1990-01-01 to today + 10 years; default today (UTC), echoed in the report and `X-Report-As-Of`.',
    '2026-11-28',
  );

export class ReportQueryDto {
  /**
   * The day the report is about (YYYY-MM-DD, from 1990-01-01 to today + 10 years); default today
   * (UTC), echoed in the report and `X-Report-As-Of`.
   */
  @ReportDayField()
  asOf?: string;

  /** Default json. */
  @IsOptional()
  @IsIn(HTTP_REPORT_FORMATS)
  @ApiPropertyOptional({
    enum: [...HTTP_REPORT_FORMATS],
    enumName: 'ReportFormat',
    default: 'json',
    description: 'The answer: JSON, CSV (one table), Markdown or a self-contained HTML page.',
  })
  format?: HttpReportFormat;

  /** CSV only: which table (one table per CSV); default the report's main table. */
  @IsOptional()
  @IsIn(TABLE_NAMES)
  @ApiPropertyOptional({
    enum: TABLE_NAMES,
    enumName: 'ReportTable',
    description: "CSV only: which table; default the report's main table. Each report has some of them.",
  })
  table?: string;

  /** Labels, State names and framework titles in English (default) or Russian; CSV column names stay English. */
  @LangQueryField(
    'The language of the labels, State names and framework titles (JSON, Markdown, HTML); CSV column names stay English.',
  )
  lang?: CatalogueLanguage;
}

export class AssistanceReportQueryDto extends IntersectionType(ReportQueryDto, AssistanceFiltersDto) {}

export class IatiReportQueryDto extends AssistanceFiltersDto {
  /** As for the other reports: YYYY-MM-DD, from 1990-01-01 to today + 10 years. */
  @ReportDayField()
  asOf?: string;
}
