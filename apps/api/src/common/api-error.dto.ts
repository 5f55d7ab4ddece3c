import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ERROR_CODES, type ApiError, type ApiErrorDetail, type ErrorCode } from '@lcm/contracts';

export class ApiErrorDetailDto implements ApiErrorDetail {
  @ApiPropertyOptional({ example: 'observations[3].value' }) field?: string;
  @ApiPropertyOptional({ example: 4 }) row?: number;
  @ApiPropertyOptional({ example: 'SDG_4_3_1' }) indicator?: string;
  @ApiPropertyOptional({ example: 'SEX=F' }) disaggregation?: string;
  @ApiProperty({ example: '120 is not a percentage between 0 and 100' }) message: string;
}

/** The one error body of the API. */
export class ApiErrorDto implements ApiError {
  @ApiProperty({ enum: ERROR_CODES }) code: ErrorCode;
  @ApiProperty() message: string;
  @ApiPropertyOptional({ type: [ApiErrorDetailDto] }) errors?: ApiErrorDetail[];
}
