import { z } from 'zod';
import { numberInput, requiredText, versionField, wellFormedString } from '@/lib/core/fields';

export const ROLES = ['admin', 'counsel', 'reviewer', 'auditor'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  counsel: 'Counsel',
  reviewer: 'Reviewer',
  auditor: 'Auditor',
};

export const USER_STATUSES = ['active', 'disabled'] as const;

export const emailSchema = z
  .string({ message: 'Enter an email address.' })
  .trim()
  .toLowerCase()
  .min(1, 'Email is required.')
  .max(254, 'Email is too long.')
  .email('Enter a valid email address.');

export const passwordSchema = wellFormedString('Enter a password.')
  .pipe(z.string().min(12, 'Use at least 12 characters.').max(200, 'Use at most 200 characters.'));

export const signInSchema = z.object({
  email: emailSchema,
  password: wellFormedString('Enter your password.').pipe(z.string().min(1, 'Password is required.').max(200, 'Password is too long.')),
  // Asked for only once the password is right and the account has two-step sign-in on.
  code: z.string().trim().max(20, 'The code is too long.').optional(),
});

export const mfaCodeSchema = z.object({
  code: z.string().trim().min(1, 'Enter the code from your authenticator app.').max(20, 'The code is too long.'),
});

export const mfaRolesSchema = z.object({
  // react-hook-form sends a group of checkboxes as an array, but `false` when none is ticked and a
  // string when the group has one box: all mean the same list.
  roles: z.preprocess(
    (v) => (v === false || v === null || v === undefined ? [] : typeof v === 'string' ? [v] : v),
    z.array(z.enum(ROLES, { message: 'Choose a role.' })).max(ROLES.length).transform((r) => [...new Set(r)]),
  ),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: wellFormedString('Enter your current password.').pipe(z.string().min(1, 'Enter your current password.').max(200, 'Password is too long.')),
    newPassword: passwordSchema,
    confirmPassword: z.string({ message: 'Repeat the new password.' }).min(1, 'Repeat the new password.'),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The two new passwords differ.',
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ['newPassword'],
    message: 'Choose a password different from the current one.',
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const createUserSchema = z.object({
  email: emailSchema,
  name: requiredText(120, 'Name'),
  role: z.enum(ROLES, { message: 'Choose a role.' }),
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const updateUserSchema = z.object({
  userId: z.string({ message: 'Reload the page and try again.' }).uuid('Reload the page and try again.'),
  version: versionField,
  role: z.enum(ROLES, { message: 'Choose a role.' }),
  status: z.enum(USER_STATUSES, { message: 'Choose active or disabled.' }),
});
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const settingsSchema = z.object({
  sessionHours: numberInput('Enter a number of hours.').pipe(z.number().int('Whole hours only.').min(1, 'At least 1 hour.').max(24 * 14, 'At most 14 days.')),
});
