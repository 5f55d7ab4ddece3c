import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import {
  MIN_PASSWORD_LENGTH,
  ROLES,
  type AcceptInvitationRequest,
  type CurrentUser,
  type LoginRequest,
  type Role,
  type SessionResponse,
} from '@lcm/contracts';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'official.cork@demo.local' })
  @IsString()
  @MaxLength(320)
  email: string;

  @ApiProperty()
  @IsString()
  @MaxLength(1000)
  password: string;
}

export class AcceptInvitationDto implements AcceptInvitationRequest {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  token: string;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `password must be at least ${MIN_PASSWORD_LENGTH} characters` })
  @MaxLength(1000)
  password: string;
}

export class CurrentUserDto implements CurrentUser {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ type: [String], example: ['cork'] }) cities: string[];
}

export class SessionResponseDto implements SessionResponse {
  @ApiProperty({ description: 'Send as Authorization: Bearer <accessToken>' }) accessToken: string;
  @ApiProperty({ description: 'Seconds until the access token expires' }) expiresIn: number;
  @ApiProperty({ description: 'Echo as X-CSRF-Token on /api/auth/refresh and /api/auth/logout' })
  csrfToken: string;
  @ApiProperty({ type: CurrentUserDto }) user: CurrentUser;
}
