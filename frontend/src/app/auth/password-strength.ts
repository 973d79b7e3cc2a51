import { ValidatorFn, Validators } from '@angular/forms';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

/** The rules auth-service enforces: 10 to 128 characters. */
export const passwordValidators: ValidatorFn[] = [
  Validators.required,
  Validators.minLength(PASSWORD_MIN),
  Validators.maxLength(PASSWORD_MAX),
];

export type StrengthLabel = 'Too short' | 'Weak' | 'Fair' | 'Good' | 'Strong';

export interface PasswordStrength {
  /** 0 (too short) to 4 (strong). */
  score: 0 | 1 | 2 | 3 | 4;
  label: StrengthLabel;
  hint: string;
}

const COMMON = [
  'password',
  'passw0rd',
  'qwerty',
  'letmein',
  'welcome',
  'admin',
  'iloveyou',
  '12345',
];
const SEQUENCES = ['abcdefghijklmnopqrstuvwxyz', '01234567890', 'qwertyuiopasdfghjklzxcvbnm'];
const LABELS: StrengthLabel[] = ['Too short', 'Weak', 'Fair', 'Good', 'Strong'];

/**
 * A rough strength estimate to guide the person, not a rule: length counts most, then variety;
 * common words, repeats and keyboard runs count against it.
 */
export function passwordStrength(password: string): PasswordStrength {
  if (password.length < PASSWORD_MIN) {
    return strength(0, `Use at least ${PASSWORD_MIN} characters.`);
  }
  const lower = password.toLowerCase();
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  const unique = new Set(password).size;

  let points = 1;
  points += [12, 16, 20].filter((length) => password.length >= length).length;
  points += classes >= 3 ? 2 : classes === 2 ? 1 : 0;
  const weakened =
    COMMON.some((word) => lower.includes(word)) ||
    unique <= password.length / 3 ||
    hasRun(lower, 4);
  if (weakened) {
    points -= 2;
  }
  if (password.length < 16) {
    // However varied, a short password is at best good.
    points = Math.min(points, 3);
  }

  const score = Math.min(4, Math.max(1, points)) as 1 | 2 | 3 | 4;
  if (weakened) {
    return strength(score, 'Avoid common words, repeated characters and keyboard runs.');
  }
  if (score < 4) {
    return strength(score, 'Longer is stronger: try a phrase of several unrelated words.');
  }
  return strength(score, 'Looks strong.');
}

function strength(score: PasswordStrength['score'], hint: string): PasswordStrength {
  return { score, label: LABELS[score], hint };
}

/** True when the text holds `length` consecutive characters of the alphabet, digits or keyboard. */
function hasRun(text: string, length: number): boolean {
  for (let i = 0; i + length <= text.length; i++) {
    const chunk = text.slice(i, i + length);
    if (SEQUENCES.some((seq) => seq.includes(chunk))) {
      return true;
    }
  }
  return false;
}
