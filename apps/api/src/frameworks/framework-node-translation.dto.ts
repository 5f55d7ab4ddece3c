import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import {
  TRANSLATION_LANGUAGES,
  type FrameworkNodeTranslationDto,
  type PutFrameworkNodeTranslationRequest,
  type TranslationLanguage,
} from '@lcm/contracts';
import { EmptyAsNull } from './content-language';

export class FrameworkNodeTranslationResponseDto implements FrameworkNodeTranslationDto {
  @ApiProperty({ enum: TRANSLATION_LANGUAGES }) lang: TranslationLanguage;
  @ApiProperty({ type: String, nullable: true, description: 'null: the English name is shown' })
  name: string | null;
}

export class PutFrameworkNodeTranslationRequestDto implements PutFrameworkNodeTranslationRequest {
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Inclusion dans le système éducatif',
    description: 'The name in this language; null or empty removes it, so that the English name shows',
  })
  @EmptyAsNull()
  @IsOptional()
  @IsString({ message: 'name must be text or null' })
  @MaxLength(300)
  name: string | null;
}
