import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  LABEL_MAPPING_DIMENSIONS,
  LABEL_MAPPING_KINDS,
  type LabelMappingDimension,
  type LabelMappingDto,
  type LabelMappingKind,
  type LabelMappingRequest,
} from '@lcm/contracts';
import { Trim } from '../../admin/admin-validators';

const MAX_LABEL_LENGTH = 500;

export class LabelMappingResponseDto implements LabelMappingDto {
  @ApiProperty({ example: 12 }) id: number;
  @ApiProperty({ enum: LABEL_MAPPING_KINDS, example: 'value' }) kind: LabelMappingKind;
  @ApiProperty({ example: 'Boys' }) label: string;
  @ApiProperty({ enum: LABEL_MAPPING_DIMENSIONS, example: 'SEX' }) dimension: LabelMappingDimension;
  @ApiProperty({ type: String, nullable: true, example: 'M' }) code: string | null;
}

export class LabelMappingRequestDto implements LabelMappingRequest {
  @ApiProperty({ enum: LABEL_MAPPING_KINDS, description: '`column` names a dimension, `value` a code' })
  @IsIn(LABEL_MAPPING_KINDS, { message: `kind must be one of ${LABEL_MAPPING_KINDS.join(', ')}` })
  kind: LabelMappingKind;

  @ApiProperty({ example: 'Boys', description: 'Matched without regard to case and surrounding spaces' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'label must not be empty' })
  @MaxLength(MAX_LABEL_LENGTH)
  label: string;

  @ApiProperty({ enum: LABEL_MAPPING_DIMENSIONS, example: 'SEX' })
  @IsIn(LABEL_MAPPING_DIMENSIONS, {
    message: `dimension must be one of ${LABEL_MAPPING_DIMENSIONS.join(', ')}`,
  })
  dimension: LabelMappingDimension;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'M',
    description: 'Required for `value` mappings',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(MAX_LABEL_LENGTH)
  code?: string | null;
}
