import type { Page } from 'playwright-core';

/** Password of every demo account (see the README's "Demo accounts"). */
export const DEMO_PASSWORD = 'learning-cities-demo';

/**
 * Signs in through the `/login` form, as a person would, and waits until the header names the user.
 * The app then shows the account's start page (officials "My cities", analysts the review queue).
 */
export async function signIn(page: Page, email: string, password: string = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  const form = page.getByTestId('login-form');
  await form.getByLabel('E-mail address').fill(email);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('account-name').waitFor();
}
