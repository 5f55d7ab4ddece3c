import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import {
  TRANSLATION_LANGUAGES,
  type IndicatorTranslationDto,
  type PutIndicatorTranslationRequest,
  type TranslationLanguage,
} from '@lcm/contracts';
import { EmptyAsNull } from '../frameworks/content-language';

export class IndicatorTranslationResponseDto implements IndicatorTranslationDto {
  @ApiProperty({ enum: TRANSLATION_LANGUAGES }) lang: TranslationLanguage;
  @ApiProperty({ type: String, nullable: true, description: 'null: the English name is shown' })
  name: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'null: the English definition is shown' })
  definition: string | null;
}

export class PutIndicatorTranslationRequestDto implements PutIndicatorTranslationRequest {
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Participation des adultes à l’éducation et à la formation',
    description: 'The name in this language; null or empty shows the English name',
  })
  @EmptyAsNull()
  @IsOptional()
  @IsString({ message: 'name must be text or null' })
  @MaxLength(300)
  name: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The definition in this language; null or empty shows the English definition',
  })
  @EmptyAsNull()
  @IsOptional()
  @IsString({ message: 'definition must be text or null' })
  @MaxLength(4000)
  definition: string | null;
}
