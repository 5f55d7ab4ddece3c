import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import {
  EVIDENCE_NOTE_LINK_MAX_LENGTH,
  EVIDENCE_NOTE_MAX_LENGTH,
  type CreateEvidenceNoteRequest,
  type EvidenceNoteDto,
  type EvidenceNotesQuery,
  type UpdateEvidenceNoteRequest,
} from '@lcm/contracts';
import { IsReportingYear } from '../common/reporting-year';

// The exact length and link rules are checked by the service (see @lcm/domain); these bounds only keep
// absurd bodies out before that.
const TEXT_BODY_LIMIT = EVIDENCE_NOTE_MAX_LENGTH * 20;
const LINK_BODY_LIMIT = EVIDENCE_NOTE_LINK_MAX_LENGTH * 2;

export class EvidenceNotesQueryDto implements EvidenceNotesQuery {
  @ApiPropertyOptional({ example: 'SDG_4_3_1' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  indicator?: string;

  @ApiPropertyOptional({ example: 2022, description: 'Exactly this year' })
  @IsOptional()
  @IsReportingYear()
  year?: number;

  @ApiPropertyOptional({ example: 2015, description: 'From this year on' })
  @IsOptional()
  @IsReportingYear()
  from?: number;

  @ApiPropertyOptional({ example: 2025, description: 'Up to this year' })
  @IsOptional()
  @IsReportingYear()
  to?: number;
}

export class CreateEvidenceNoteDto implements CreateEvidenceNoteRequest {
  @ApiProperty({ example: 'SDG_4_3_1' })
  @IsString({ message: 'indicator must be an indicator code' })
  @MaxLength(50)
  indicator: string;

  @ApiProperty({ example: 2022 })
  @IsReportingYear({ fromQuery: false })
  year: number;

  @ApiProperty({
    example: 'Three new adult-learning centres opened in 2022',
    maxLength: EVIDENCE_NOTE_MAX_LENGTH,
  })
  @IsString({ message: 'text must be text' })
  @MaxLength(TEXT_BODY_LIMIT)
  text: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'https://www.corkcity.ie/en/learning-festival',
    description: 'An http or https address',
  })
  @IsOptional()
  @IsString({ message: 'link must be text' })
  @MaxLength(LINK_BODY_LIMIT)
  link?: string | null;
}

export class UpdateEvidenceNoteDto implements UpdateEvidenceNoteRequest {
  @ApiPropertyOptional({ maxLength: EVIDENCE_NOTE_MAX_LENGTH })
  @ValidateIf((body: UpdateEvidenceNoteDto) => body.text !== undefined)
  @IsString({ message: 'text must be text' })
  @MaxLength(TEXT_BODY_LIMIT)
  text?: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'null or empty removes the link' })
  @IsOptional()
  @IsString({ message: 'link must be text' })
  @MaxLength(LINK_BODY_LIMIT)
  link?: string | null;
}

export class EvidenceNoteResponseDto implements EvidenceNoteDto {
  @ApiProperty() id: number;
  @ApiProperty({ example: 'cork' }) city: string;
  @ApiProperty({ example: 'SDG_4_3_1' }) indicator: string;
  @ApiProperty({ example: 2022 }) year: number;
  @ApiProperty() text: string;
  @ApiProperty({ type: String, nullable: true }) link: string | null;
  @ApiProperty({ description: 'Display name of the author' }) author: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ description: 'The city-year is approved, so the public sees the note' }) published: boolean;
  @ApiProperty({ description: 'The caller may edit or delete it' }) editable: boolean;
}
