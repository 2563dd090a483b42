/** Which lessons name a handout (lessons' `handouts` field): the materials pages link back to them. */
export function lessonsUsing<L extends { data: { handouts: readonly string[] } }>(handoutId: string, lessons: readonly L[]): L[] {
  return lessons.filter((l) => l.data.handouts.includes(handoutId));
}
