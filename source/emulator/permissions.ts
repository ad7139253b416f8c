/** Whether granted `domain:entity:action` permissions (`*` too) cover one. */
export function isGranted(granted: readonly string[], needed: string): boolean {
  const wanted = needed.split(':');

  return granted.some((permission) => {
    if (permission === needed) return true;
    const parts = permission.split(':');

    return (
      parts.length === wanted.length &&
      parts.every((part, index) => part === '*' || part === wanted[index])
    );
  });
}
