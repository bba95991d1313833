import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';

/** One bad field of a 400, or one broken rule of a 422. */
@ApiSchema({ name: 'ProblemFieldError' })
export class ProblemFieldErrorDto {
  @ApiProperty({
    description:
      'The field: a body path (`amount.currency`, `adoptingStates[1]`), a query parameter, `path:<name>` or `header:<Name>`; empty when a rule concerns the whole command.',
    example: 'adoptedOn',
  })
  field!: string;

  @ApiProperty({ example: 'adoptedOn must be a calendar date (YYYY-MM-DD)' })
  message!: string;

  @ApiPropertyOptional({
    description: 'The stable name of the domain rule (422 only), e.g. `state-not-assigned`.',
    example: 'date-before-adoption',
  })
  rule?: string;
}

/** RFC 9457 problem details: the body of every error this API answers. */
@ApiSchema({
  name: 'Problem',
  description: 'RFC 9457 problem details (application/problem+json); extension members may follow.',
})
export class ProblemDto {
  @ApiProperty({
    description: 'A URI reference naming the kind of problem (`/problems/<slug>`, listed in the README).',
    example: '/problems/invalid-input',
  })
  type!: string;

  @ApiProperty({ example: 'Invalid input' })
  title!: string;

  @ApiProperty({ type: 'integer', minimum: 400, maximum: 599, example: 400 })
  status!: number;

  @ApiPropertyOptional({ example: '1 field(s) are invalid: adoptedOn' })
  detail?: string;

  @ApiPropertyOptional({ description: 'The request path and query.', example: '/frameworks' })
  instance?: string;

  @ApiPropertyOptional({
    type: [ProblemFieldErrorDto],
    description: 'Every invalid field (400) or every broken rule (422), not only the first.',
  })
  errors?: ProblemFieldErrorDto[];

  @ApiPropertyOptional({
    description: 'The stable name of the broken domain rule, when a single rule was broken.',
    example: 'date-before-adoption',
  })
  rule?: string;

  @ApiPropertyOptional({
    description: '503 read-model-behind: the position the client asked to read after.',
    pattern: '^\\d+$',
    example: '120',
  })
  requestedPosition?: string;

  @ApiPropertyOptional({
    description: '503 read-model-behind: the position the read models had reached.',
    pattern: '^\\d+$',
    example: '118',
  })
  checkpoint?: string;
}
