import { Injectable, type PipeTransform } from '@nestjs/common';
import { ApiException } from '../common/api-exception';

/** A numeric record id in a path (peer groups, local targets): a positive whole number. */
@Injectable()
export class RecordIdPipe implements PipeTransform<string, number> {
  transform(raw: string): number {
    if (!/^[1-9]\d{0,8}$/.test(raw)) {
      throw ApiException.validation('Invalid id', [
        { field: 'id', message: `id must be a positive whole number, got '${raw}'` },
      ]);
    }
    return Number(raw);
  }
}
