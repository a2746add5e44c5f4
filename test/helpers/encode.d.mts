export function utf16(text: string, endian: 'le' | 'be'): Buffer;
export function windows1258(text: string): Buffer | null;
