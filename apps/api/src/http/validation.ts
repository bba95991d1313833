import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

/** One `{ field, message }` per broken constraint, with the full path (`amount.currency`, `adoptingStates[1]`). */
export function flattenValidationErrors(
  errors: ValidationError[],
  parent = '',
): { field: string; message: string }[] {
  return errors.flatMap((error) => {
    const isIndex = /^\d+$/.test(error.property);
    const field =
      parent === ''
        ? error.property
        : isIndex
          ? `${parent}[${error.property}]`
          : `${parent}.${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export class InvalidInputException extends BadRequestException {
  constructor(readonly fieldErrors: { field: string; message: string }[]) {
    super('The request body is invalid');
  }
}

/** Whitelist, forbid unknown fields, transform: the DTO is the whole contract of an endpoint. */
export const validationPipe = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  transform: true,
  validationError: { target: false, value: false },
  exceptionFactory: (errors) => new InvalidInputException(flattenValidationErrors(errors)),
});
