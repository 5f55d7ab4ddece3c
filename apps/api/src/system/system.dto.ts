import { ApiProperty } from '@nestjs/swagger';
import type { HealthResponse, MetaResponse } from '@lcm/contracts';

export class HealthResponseDto implements HealthResponse {
  @ApiProperty({ enum: ['ok', 'error'] })
  status: 'ok' | 'error';

  @ApiProperty({ enum: ['up', 'down'] })
  database: 'up' | 'down';
}

export class MetaResponseDto implements MetaResponse {
  @ApiProperty({ description: 'True when the values are synthetic demo data' })
  demoData: boolean;

  @ApiProperty({ example: '0.1.0' })
  version: string;
}
