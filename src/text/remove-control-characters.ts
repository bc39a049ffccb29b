// Control characters (other than plain spaces) never mean anything in a command
// and can corrupt a terminal or a platform message.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g;

export function removeControlCharacters(value: string): string {
  return value.replace(CONTROL, ' ');
}
