import { ApiProperty } from '@nestjs/swagger';
import {
  FRAMEWORK_CODES,
  type FrameworkCode,
  type FrameworkNodeDto,
  type FrameworkSummary,
  type FrameworkTreeDto,
} from '@lcm/contracts';

export class FrameworkSummaryDto implements FrameworkSummary {
  @ApiProperty({ enum: FRAMEWORK_CODES }) code: FrameworkCode;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
}

export class FrameworkNodeResponseDto implements FrameworkNodeDto {
  @ApiProperty({ example: 'KF.2.2' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'area' }) level: string;
  @ApiProperty({ type: [String] }) indicatorCodes: string[];
  @ApiProperty({ type: () => [FrameworkNodeResponseDto] }) children: FrameworkNodeDto[];
}

export class FrameworkTreeResponseDto extends FrameworkSummaryDto implements FrameworkTreeDto {
  @ApiProperty({ type: [FrameworkNodeResponseDto] }) nodes: FrameworkNodeDto[];
}
