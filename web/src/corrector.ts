import { useEffect, useState } from 'preact/hooks';

/**
 * Who makes corrections in this browser: the name each correction and undo
 * is signed with ('Ana Reyes'), kept in localStorage so it is asked once.
 * Every form and the header read it through useCorrector, so a name given
 * in one correction form shows in the header at once.
 */

const storageKey = 'corroborate.corrector';
const listeners = new Set<(name: string) => void>();

/** localStorage can be refused (a private window, a storage quota): the name then lasts until the page is closed. */
let remembered = '';

export function correctorName(): string {
  try {
    return (localStorage.getItem(storageKey) ?? remembered).trim();
  } catch {
    return remembered.trim();
  }
}

export function setCorrectorName(name: string): void {
  remembered = name.trim();
  try {
    if (remembered) localStorage.setItem(storageKey, remembered);
    else localStorage.removeItem(storageKey);
  } catch {
    // Kept in memory only (see `remembered`).
  }
  for (const listener of listeners) listener(remembered);
}

/** The name as it stands, updated wherever it is changed. */
export function useCorrector(): string {
  const [name, setName] = useState(correctorName);
  useEffect(() => {
    listeners.add(setName);
    return () => void listeners.delete(setName);
  }, []);
  return name;
}
