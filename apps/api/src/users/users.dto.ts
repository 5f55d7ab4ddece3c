import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';
import {
  ROLES,
  type ApiTokenDto,
  type CreateApiTokenRequest,
  type CreatedApiTokenResponse,
  type InvitationRequest,
  type InvitationResponse,
  type Role,
  type UpdateUserRequest,
  type UserDto,
} from '@lcm/contracts';

export class UserResponseDto implements UserDto {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ type: [String] }) cities: string[];
  @ApiProperty() active: boolean;
  @ApiProperty({ description: 'False until the invitation was accepted' }) activated: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) lastLoginAt: string | null;
}

export class InvitationDto implements InvitationRequest {
  @ApiProperty({ example: 'official.lisbon@example.org' })
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(320)
  email: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role: Role;

  @ApiProperty({ type: [String], description: 'City slugs; required for officials and mayors' })
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  cities: string[];
}

export class InvitationResponseDto implements InvitationResponse {
  @ApiProperty({ type: UserResponseDto }) user: UserDto;
  @ApiProperty({ description: 'One-time link to set a password' }) inviteUrl: string;
  @ApiProperty({ description: 'True when the link was e-mailed' }) emailed: boolean;
}

export class UpdateUserDto implements UpdateUserRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role?: Role;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  cities?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class ApiTokenResponseDto implements ApiTokenDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() prefix: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) lastUsedAt: string | null;
}

export class CreateApiTokenDto implements CreateApiTokenRequest {
  @ApiProperty({ example: 'Nightly import script' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;
}

export class CreatedApiTokenResponseDto extends ApiTokenResponseDto implements CreatedApiTokenResponse {
  @ApiProperty({ description: 'Shown once; send as Authorization: Bearer <token>' }) token: string;
}
