import { type PipeTransform } from '@nestjs/common';
import { ID_PATTERN } from '../dto/common';
import { InvalidInputException } from './validation';

/** Path ids follow the same rule as ids in bodies, so a malformed one is a 400, not a 404. */
export class IdParamPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!ID_PATTERN.test(value))
      throw new InvalidInputException([
        { field: 'path:id', message: 'id must be 3-64 lowercase letters, digits or hyphens' },
      ]);
    return value;
  }
}
