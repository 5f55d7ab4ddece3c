import { Inject, Injectable, Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail when SMTP_URL is configured; otherwise says so, and callers show the link instead. */
@Injectable()
export class MailerService {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  /** True when the message was handed to the SMTP server. A failure is logged, never thrown at the caller. */
  async send(mail: OutgoingMail): Promise<boolean> {
    if (!this.transport) return false;
    try {
      await this.transport.sendMail({
        from: 'Learning Cities Monitor <no-reply@learning-cities.local>',
        ...mail,
      });
      return true;
    } catch (error) {
      this.logger.warn(
        `Could not send "${mail.subject}" to ${mail.to}: ${error instanceof Error ? error.message : String(error)}`,
      );
      return false;
    }
  }
}
